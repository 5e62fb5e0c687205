"""Time to render the ~40-page sample document in DOCX, PDF and HTML.

Warm process (imports, fonts and templates loaded by one warm-up render), median
of 5 runs. Each run renders a slightly different document (one changed
paragraph), so Typst's in-process memoisation cannot replay an identical compile.

    PYTHONPATH=src /work/venv/bin/python benchmarks/bench_dokumen.py
"""

from __future__ import annotations

import statistics
import time

from sakip.reports import FORMAT, render
from sakip.reports.contoh import dokumen_contoh
from sakip.reports.dokumen import Paragraf

ULANG = 5


def main() -> None:
    dokumen = dokumen_contoh(halaman=40)
    for f in FORMAT:  # warm-up
        render(dokumen, f)
    waktu: dict[str, list[float]] = {f: [] for f in FORMAT}
    for i in range(ULANG):
        dokumen.blocks.append(Paragraf(f"Putaran pengukuran ke-{i + 1}."))
        for f in FORMAT:
            mulai = time.perf_counter()
            hasil = render(dokumen, f)
            waktu[f].append(time.perf_counter() - mulai)
            assert hasil
        dokumen.blocks.pop()
    median = {f: statistics.median(w) for f, w in waktu.items()}
    for f in FORMAT:
        print(f"{f:5s} median {median[f] * 1000:7.1f} ms   (min {min(waktu[f]) * 1000:.1f}, "
              f"max {max(waktu[f]) * 1000:.1f})")
    print(f"total median {sum(median.values()) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
