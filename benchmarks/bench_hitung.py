"""Benchmark: ``sakip hitung`` on 100 000 indicator rows (target: at most 2 s wall).

Run: ``python benchmarks/bench_hitung.py``. Prints the figures and a verdict; the
baseline in the same run is a bare float loop (no parsing rules, no validation, no
formula text), to show what the exactness costs.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _umum import jalankan_sakip, mesin, putusan, waktu  # noqa: E402

BARIS = 100_000


def buat_csv(path: Path) -> None:
    acak = random.Random(2023)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["indikator", "satuan", "polaritas", "target", "realisasi"])
        for i in range(BARIS):
            jenis = acak.random()
            if jenis < 0.6:
                t = acak.randint(1, 1000)
                w.writerow([f"Indikator {i}", "%", "positif", str(t), f"{acak.uniform(0, 1200):.2f}".replace(".", ",")])
            elif jenis < 0.8:
                w.writerow([f"Indikator {i}", "Desa", "positif", f"{acak.randint(1, 9)}:9", f"{acak.randint(0, 9)}:9"])
            elif jenis < 0.95:
                w.writerow([f"Indikator {i}", "kasus", "negatif", str(acak.randint(1, 50)), str(acak.randint(0, 80))])
            else:
                w.writerow([f"Indikator {i}", "Rp", "positif", f"{acak.randint(1, 10**9):,}".replace(",", "."), ""])


def garis_dasar(path: Path) -> None:
    with path.open(encoding="utf-8") as f:
        for b in csv.DictReader(f):
            try:
                float(b["realisasi"].replace(",", ".")) / float(b["target"]) * 100
            except (ValueError, ZeroDivisionError):
                pass


def main() -> int:
    print(f"Mesin: {mesin()}")
    with tempfile.TemporaryDirectory() as d:
        sumber = Path(d) / "indikator.csv"
        buat_csv(sumber)
        keluar = Path(d) / "hasil.json"
        t_sakip = waktu(lambda: jalankan_sakip("hitung", str(sumber), "--tahun", "2023", "--format", "json", "--keluaran", str(keluar)))
        t_dasar = waktu(lambda: garis_dasar(sumber))
    print(f"sakip hitung, {BARIS:,} baris, JSON (proses baru, median 3x): {t_sakip:.3f} s")
    print(f"garis dasar: loop float tanpa aturan (dalam proses): {t_dasar:.3f} s; rasio {t_sakip / t_dasar:.1f}x")
    return 0 if putusan("sakip hitung 100 000 baris", t_sakip, 2.0) else 1


if __name__ == "__main__":
    raise SystemExit(main())
