"""Time to render the ~40-page sample document in DOCX, PDF and HTML.

Warm process (imports, fonts and templates loaded by one warm-up render), median
of 5 runs. Two scenarios:

- "edit": the same document with one paragraph changed (re-rendering after an edit;
  Typst's in-process memoisation reuses the unchanged layout);
- "baru": every paragraph changed (a new document, nothing to reuse).

Run: ``python benchmarks/bench_dokumen.py``. Target: the three formats together
well under 1,5 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _umum import AKAR, mesin, putusan  # noqa: E402

sys.path.insert(0, str(AKAR / "src"))
from sakip.reports import FORMAT, render  # noqa: E402
from sakip.reports.contoh import dokumen_contoh  # noqa: E402
from sakip.reports.dokumen import Dokumen, Paragraf  # noqa: E402

ULANG = 5


def _varian(dokumen: Dokumen, putaran: int) -> Dokumen:
    """The same document with every paragraph made unique to this run."""
    blocks = [Paragraf([*b.isi, f" ({putaran}.{i})"], b.perataan) if isinstance(b, Paragraf) else b
              for i, b in enumerate(dokumen.blocks)]
    return Dokumen(dokumen.judul, dokumen.instansi, dokumen.tahun, dokumen.subjudul,
                   dict(dokumen.metadata), blocks)


def _ukur(dokumen_per_putaran) -> dict[str, list[float]]:
    waktu: dict[str, list[float]] = {f: [] for f in FORMAT}
    for dokumen in dokumen_per_putaran:
        for f in FORMAT:
            mulai = time.perf_counter()
            hasil = render(dokumen, f)
            waktu[f].append(time.perf_counter() - mulai)
            assert hasil
    return waktu


def _cetak(judul: str, waktu: dict[str, list[float]]) -> float:
    median = {f: statistics.median(w) for f, w in waktu.items()}
    print(judul)
    for f in FORMAT:
        print(f"  {f:5s} median {median[f] * 1000:7.1f} ms   (min {min(waktu[f]) * 1000:.1f}, "
              f"max {max(waktu[f]) * 1000:.1f})")
    print(f"  total median {sum(median.values()) * 1000:7.1f} ms")
    return sum(median.values())


def main() -> int:
    print(f"Mesin: {mesin()}")
    dokumen = dokumen_contoh(halaman=40)
    for f in FORMAT:  # warm-up
        render(dokumen, f)

    def satu_suntingan():
        for i in range(ULANG):
            dokumen.blocks.append(Paragraf(f"Putaran pengukuran ke-{i + 1}."))
            yield dokumen
            dokumen.blocks.pop()

    _cetak("edit (satu paragraf berubah):", _ukur(satu_suntingan()))
    total = _cetak("baru (semua paragraf berubah):",
                   _ukur(_varian(dokumen, i) for i in range(ULANG)))
    return 0 if putusan("DOCX + PDF + HTML, dokumen 40 halaman", total, 1.5) else 1


if __name__ == "__main__":
    sys.exit(main())
