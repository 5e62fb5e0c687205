"""Benchmark ``sakip ikm`` on 1 000 000 respondents x 9 unsur.

Generates a seeded CSV in a temporary folder, runs ``sakip ikm FILE --format json``
as a subprocess (wall time, median of 3) and a plain Python ``csv`` loop computing
the same result in this process (median of 3), checks both give the same IKM,
and prints the figures and a PASS/FAIL line against the targets (<= 2 s, >= 10x).

    PYTHONPATH=src python benchmarks/bench_ikm.py [--responden N] [--profil]

``--profil`` adds five profile columns (layanan, jenis kelamin, usia, pendidikan,
pekerjaan) as a real SKM export has; both implementations then count them too.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
KODE = [f"U{i}" for i in range(1, 10)]
PROFIL = {
    "Layanan": ["KTP", "KK", "Akta Kelahiran", "Surat Pindah", "IMB"],
    "Jenis Kelamin": ["Laki-laki", "Perempuan"],
    "Usia": ["<20", "20-29", "30-39", "40-49", "50+"],
    "Pendidikan": ["SD", "SMP", "SMA", "D3", "S1", "S2"],
    "Pekerjaan": ["PNS", "Swasta", "Wiraswasta", "Petani", "Pelajar", "Lainnya"],
}
TARGET_DETIK, TARGET_RASIO = 2.0, 10.0


def buat_csv(path: Path, responden: int, profil: bool, benih: int = 2023) -> None:
    """Answers 1-4 (skewed to 3-4 as real surveys are) with 1 % unanswered cells."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv

    acak = np.random.default_rng(benih)
    kolom, nama = [], []
    if profil:
        for judul, pilihan in PROFIL.items():
            kolom.append(pa.array(np.array(pilihan, dtype=object)[acak.integers(0, len(pilihan), responden)]))
            nama.append(judul)
    for kode in KODE:
        nilai = acak.choice(np.array([1, 2, 3, 4], dtype=np.int8), size=responden, p=[0.05, 0.15, 0.45, 0.35])
        kolom.append(pa.array(nilai, mask=acak.random(responden) < 0.01))
        nama.append(kode)
    pacsv.write_csv(pa.table(kolom, names=nama), path, write_options=pacsv.WriteOptions(quoting_style="needed"))


def csv_polos(path: Path) -> dict:
    """The same result with the standard library only: sums, counts, profile counts, IKM."""
    with open(path, newline="", encoding="utf-8") as f:
        baca = csv.reader(f)
        judul = [j.strip() for j in next(baca)]
        besar = [j.upper() for j in judul]
        indeks = [besar.index(k) for k in KODE]
        lain = [i for i in range(len(judul)) if i not in indeks]
        jumlah, terisi = [0] * len(KODE), [0] * len(KODE)
        profil = {judul[i]: {} for i in lain}
        responden = 0
        for nomor, baris in enumerate(baca, start=2):
            responden += 1
            for j, i in enumerate(indeks):
                teks = baris[i].strip()
                if teks:
                    if teks not in ("1", "2", "3", "4"):
                        raise ValueError(f"baris {nomor}, kolom {judul[i]}: {teks!r}")
                    jumlah[j] += int(teks)
                    terisi[j] += 1
            for i in lain:
                hitung = profil[judul[i]]
                nilai = baris[i].strip() or "(kosong)"
                hitung[nilai] = hitung.get(nilai, 0) + 1
    nrr = [Fraction(s, n) for s, n in zip(jumlah, terisi)]
    ikm = sum(nrr) / len(nrr) * 25
    ikm = (Decimal(ikm.numerator) / Decimal(ikm.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"responden": responden, "jumlah": jumlah, "terisi": terisi, "ikm": ikm, "profil": profil}


def jalankan_sakip(path: Path) -> tuple[float, dict]:
    env = {**os.environ, "PYTHONPATH": str(AKAR / "src")}
    mulai = time.perf_counter()
    hasil = subprocess.run([sys.executable, "-m", "sakip", "ikm", str(path), "--format", "json"],
                           capture_output=True, text=True, env=env, cwd=AKAR, check=True)
    return time.perf_counter() - mulai, json.loads(hasil.stdout)


def rekap_dalam_proses(path: Path) -> float:
    """Read + count + IKM inside this process (imports already warm): the algorithmic part alone."""
    sys.path.insert(0, str(AKAR / "src"))
    from sakip.core import ikm
    from sakip.io.survei import rekap_survei

    mulai = time.perf_counter()
    rekap = rekap_survei(path, kode_unsur=KODE, skala=(1, 4))
    jumlah = {k: ikm.JumlahUnsur(jumlah_nilai=s, jumlah_terisi=n) for k, (s, n) in rekap.jumlah.items()}
    ikm.hitung_ikm(jumlah, responden=rekap.responden, tahun=2023)
    return time.perf_counter() - mulai


def mesin() -> str:
    model = next((baris.split(":", 1)[1].strip() for baris in Path("/proc/cpuinfo").read_text().splitlines()
                  if baris.startswith("model name")), platform.processor() or "?")
    beban = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"nproc {os.cpu_count()}, {model}, Python {platform.python_version()}, beban rata-rata 1 menit {beban:.2f}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--responden", type=int, default=1_000_000)
    p.add_argument("--profil", action="store_true", help="tambahkan lima kolom profil responden")
    p.add_argument("--ulang", type=int, default=3)
    arg = p.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "skm.csv"
        buat_csv(path, arg.responden, arg.profil)
        print(f"Berkas: {arg.responden:,} responden x {len(KODE)} unsur"
              f"{' + 5 kolom profil' if arg.profil else ''}, {path.stat().st_size / 1e6:.1f} MB")
        print(f"Mesin: {mesin()}")
        waktu_sakip, waktu_polos, waktu_inti = [], [], []
        rekap_dalam_proses(path)  # warm the imports
        for _ in range(arg.ulang):
            waktu_inti.append(rekap_dalam_proses(path))
            detik, data = jalankan_sakip(path)
            waktu_sakip.append(detik)
            mulai = time.perf_counter()
            polos = csv_polos(path)
            waktu_polos.append(time.perf_counter() - mulai)
        assert Decimal(str(data["ikm"])) == polos["ikm"], (data["ikm"], polos["ikm"])
        assert [u["jumlah_nilai"] for u in data["unsur"]] == polos["jumlah"]
        assert [u["jumlah_terisi"] for u in data["unsur"]] == polos["terisi"]
        assert data["profil"] == polos["profil"]
    t_sakip, t_polos = statistics.median(waktu_sakip), statistics.median(waktu_polos)
    rasio = t_polos / t_sakip
    t_inti = statistics.median(waktu_inti)
    print(f"IKM {polos['ikm']} (sama pada kedua cara)")
    print(f"sakip ikm (proses terpisah, median {arg.ulang}x): {t_sakip:.3f} s  {[round(w, 3) for w in waktu_sakip]}")
    print(f"loop csv polos (median {arg.ulang}x):             {t_polos:.3f} s  {[round(w, 3) for w in waktu_polos]}")
    print(f"rasio: {rasio:.1f}x")
    print(f"(informasi) baca + hitung di dalam proses, tanpa waktu mulai Python/impor: {t_inti:.3f} s, "
          f"rasio {t_polos / t_inti:.1f}x")
    lulus = t_sakip <= TARGET_DETIK and rasio >= TARGET_RASIO
    print(f"{'PASS' if lulus else 'FAIL'}: waktu {t_sakip:.2f} s (target <= {TARGET_DETIK:.0f} s: "
          f"{'ya' if t_sakip <= TARGET_DETIK else 'tidak'}), rasio {rasio:.1f}x (target >= {TARGET_RASIO:.0f}x: "
          f"{'ya' if rasio >= TARGET_RASIO else 'tidak'})")
    return 0 if lulus else 1


if __name__ == "__main__":
    sys.exit(main())
