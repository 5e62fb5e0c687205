"""Helpers shared by the benchmark scripts: timing, machine description, verdict lines."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]


def mesin() -> str:
    cpu = "?"
    try:
        for baris in Path("/proc/cpuinfo").read_text().splitlines():
            if baris.startswith("model name"):
                cpu = baris.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} inti, {cpu}, Python {platform.python_version()}"


def waktu(fungsi, ulang: int = 3) -> float:
    """Median wall time in seconds of ``fungsi()`` over ``ulang`` runs."""
    hasil = []
    for _ in range(ulang):
        mulai = time.perf_counter()
        fungsi()
        hasil.append(time.perf_counter() - mulai)
    return statistics.median(hasil)


def jalankan_sakip(*argumen: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(AKAR / "src"))
    subprocess.run([sys.executable, "-m", "sakip", *argumen], check=True, env=env, stdout=subprocess.DEVNULL)


def putusan(nama: str, nilai: float, batas: float, satuan: str = "s", lebih_kecil_lebih_baik: bool = True) -> bool:
    lulus = nilai <= batas if lebih_kecil_lebih_baik else nilai >= batas
    tanda = "<=" if lebih_kecil_lebih_baik else ">="
    print(f"{'LULUS' if lulus else 'GAGAL'}: {nama} = {nilai:.3f} {satuan} (sasaran {tanda} {batas} {satuan})")
    return lulus
