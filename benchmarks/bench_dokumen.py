"""Time to render the ~40-page sample document in DOCX, PDF and HTML.

Warm process (imports, fonts and templates loaded by one warm-up render), median
of 5 runs. Two scenarios:

- "edit": the same document with one paragraph changed (re-rendering after an edit;
  Typst's in-process memoisation reuses the unchanged layout);
- "baru": every paragraph changed (a new document, nothing to reuse).

    PYTHONPATH=src /work/venv/bin/python benchmarks/bench_dokumen.py
"""

from __future__ import annotations

import statistics
import time

from sakip.reports import FORMAT, render
from sakip.reports.contoh import dokumen_contoh
from sakip.reports.dokumen import Dokumen, Paragraf

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


def _cetak(judul: str, waktu: dict[str, list[float]]) -> None:
    median = {f: statistics.median(w) for f, w in waktu.items()}
    print(judul)
    for f in FORMAT:
        print(f"  {f:5s} median {median[f] * 1000:7.1f} ms   (min {min(waktu[f]) * 1000:.1f}, "
              f"max {max(waktu[f]) * 1000:.1f})")
    print(f"  total median {sum(median.values()) * 1000:7.1f} ms")


def main() -> None:
    dokumen = dokumen_contoh(halaman=40)
    for f in FORMAT:  # warm-up
        render(dokumen, f)

    def satu_suntingan():
        for i in range(ULANG):
            dokumen.blocks.append(Paragraf(f"Putaran pengukuran ke-{i + 1}."))
            yield dokumen
            dokumen.blocks.pop()

    _cetak("edit (satu paragraf berubah):", _ukur(satu_suntingan()))
    _cetak("baru (semua paragraf berubah):", _ukur(_varian(dokumen, i) for i in range(ULANG)))


if __name__ == "__main__":
    main()
