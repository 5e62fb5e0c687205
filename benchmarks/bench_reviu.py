"""Time ``sakip reviu`` on the real 56-page LAKIP PDF, on the reference text, and on
the Kalumpang data file (YAML).

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_reviu.py

Targets on the project's 2-core machine: at most 5 s for a 60-page PDF; at most 1 s
for the reviu of a data file (first call in a fresh process, model import included).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
SHARED = (AKAR / ".." / "shared").resolve()
DATA = AKAR / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"
BERKAS = {
    "Cianjur LAKIP 2015 (PDF, 56 hlm.)": SHARED / "data" / "real" / "cianjur-dkp-2015" / "lakip-2015.pdf",
    "Kalumpang LKj 2023 (TXT)": SHARED / "reference" / "lkj-kalumpang-2023.txt",
}


def ukur(path: Path, ulang: int = 5) -> tuple[float, float, dict]:
    from sakip.reviu import reviu_berkas
    from sakip.reviu.baca import baca_dokumen

    total, baca = [], []
    hasil = None
    for _ in range(ulang):
        t0 = time.perf_counter()
        baca_dokumen(path)
        t1 = time.perf_counter()
        hasil = reviu_berkas(path)
        t2 = time.perf_counter()
        baca.append(t1 - t0)
        total.append(t2 - t1)
    return statistics.median(baca), statistics.median(total), hasil.ringkasan()


def ukur_data(path: Path, ulang: int = 5) -> tuple[float, float, dict]:
    """First reviu (imports of the data model included) and the median of the next ones."""
    from sakip.reviu import reviu_berkas

    t0 = time.perf_counter()
    hasil = reviu_berkas(path)
    pertama = time.perf_counter() - t0
    lagi = []
    for _ in range(ulang):
        t0 = time.perf_counter()
        reviu_berkas(path)
        lagi.append(time.perf_counter() - t0)
    return pertama, statistics.median(lagi), hasil.ringkasan()


def main() -> int:
    gagal = False
    pertama, lagi, ringkas = ukur_data(DATA)
    print(f"Kalumpang berkas data (YAML): reviu pertama {pertama:.2f} s (termasuk impor model), "
          f"berikutnya {lagi:.2f} s (median 5 kali); temuan {ringkas}")
    if pertama > 1:
        gagal = True
    try:
        import tempfile

        from sakip.berkas import baca
        from sakip.berkas.xlsx import tulis_xlsx
    except ImportError:
        pass
    else:
        with tempfile.TemporaryDirectory() as folder:
            xlsx = Path(folder) / "kalumpang-2023.xlsx"
            tulis_xlsx(baca(DATA), xlsx)
            _, lagi, ringkas = ukur_data(xlsx)
        print(f"Kalumpang berkas data (XLSX): reviu {lagi:.2f} s (median 5 kali); temuan {ringkas}")
        if lagi > 1:
            gagal = True
    t0 = time.perf_counter()
    import sakip.reviu.periksa  # noqa: F401  (import cost measured separately)

    print(f"impor modul reviu: {time.perf_counter() - t0:.2f} s")
    for nama, path in BERKAS.items():
        if not path.exists():
            print(f"{nama}: berkas tidak ada ({path})")
            continue
        baca, total, ringkas = ukur(path)
        print(f"{nama}: baca {baca:.2f} s, reviu lengkap {total:.2f} s (median 5 kali); temuan {ringkas}")
        if path.suffix == ".pdf" and total > 5:
            gagal = True
    return 1 if gagal else 0


if __name__ == "__main__":
    sys.exit(main())
