"""Benchmark: ``sakip laporan`` (the Kalumpang LKj in DOCX, PDF and HTML).

Targets: at most 1,5 s per office in a warm process; at most 4 s for one cold
command; 60 offices in one batch command in at most 60 s on 2 cores, with peak
memory that does not grow with the number of offices (20 vs 60). For comparison,
the time LibreOffice needs to turn the same DOCX into a PDF.

Run: ``python benchmarks/bench_laporan.py`` (add ``--cepat`` to skip the 60-office batch).
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _umum import AKAR, mesin, putusan, waktu  # noqa: E402

sys.path.insert(0, str(AKAR / "src"))
CONTOH = [AKAR / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml", AKAR / "tests" / "laporan" / "data" / "kalumpang-2023.yaml"]


def sumber() -> Path:
    return next(p for p in CONTOH if p.is_file())


def formats() -> tuple[str, ...]:
    from sakip.laporan.keluaran import format_tersedia

    return tuple(f for f in ("docx", "pdf", "html") if format_tersedia(f))


def varian(folder: Path, jumlah: int) -> None:
    """``jumlah`` offices: the example with its name, IKM and budget realisasi varied (charts differ)."""
    import yaml

    from sakip.berkas import tulis_yaml, validasi

    dasar = yaml.safe_load(sumber().read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(jumlah):
        d = copy.deepcopy(dasar)
        d["profil"]["instansi"]["nama"] = f"Kecamatan Contoh {i + 1:02d}"
        for r in d["realisasi"]:
            if r["indikator"] == "IKU-3" and r["tahun"] == 2023:
                r["nilai"] = f"{80 + i % 17},{i % 100:02d}"
        for a in d["anggaran"]:
            if a.get("realisasi") not in (None, 0, "0"):
                pagu = Decimal(str(a["pagu_murni"]).replace(".", ""))
                a["realisasi"] = int(pagu * Decimal(60 + (i * 7 + len(a["sub_kegiatan"])) % 41) / 100)
        tulis_yaml(validasi(d), folder / f"kantor-{i + 1:02d}.yaml")


def beban() -> str:
    """The 1-minute load average: the machine is shared, so wall times depend on it."""
    return f"beban 1 menit {os.getloadavg()[0]:.1f}"


def _sakip(*argumen: str) -> list[str]:
    return [sys.executable, "-m", "sakip", *argumen]


def _proses_turunan(akar: int) -> dict[int, dict[str, int]]:
    """Every live descendant of ``akar`` (and itself): peak RSS, current RSS (KiB) and CPU ticks."""
    induk: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                induk[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    keluarga, tambah = {akar}, True
    while tambah:
        baru = {p for p, i in induk.items() if i in keluarga} - keluarga
        keluarga |= baru
        tambah = bool(baru)
    hasil = {}
    for p in keluarga:
        try:
            status = dict(x.split(":", 1) for x in (Path("/proc") / str(p) / "status").read_text().splitlines() if ":" in x)
            stat = (Path("/proc") / str(p) / "stat").read_text().rsplit(")", 1)[1].split()
            hasil[p] = {"puncak": int(status["VmHWM"].split()[0]), "rss": int(status["VmRSS"].split()[0]),
                        "cpu": int(stat[11]) + int(stat[12])}
        except (OSError, KeyError, IndexError, ValueError):
            pass
    return hasil


def kumpulan(folder: Path, keluar: Path) -> tuple[float, int, int, float]:
    """One batch command: wall time, the largest single-process peak RSS (KiB), the largest total
    RSS of all its processes at one moment (KiB) and CPU seconds, sampled from /proc every 0,25 s."""
    env = dict(os.environ, PYTHONPATH=str(AKAR / "src"))
    mulai = time.perf_counter()
    proses = subprocess.Popen(_sakip("laporan", str(folder), "-o", str(keluar), "-f", ",".join(formats())),
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    puncak = total = 0
    cpu: dict[int, int] = {}
    while proses.poll() is None:
        turunan = _proses_turunan(proses.pid)
        puncak = max([puncak, *(x["puncak"] for x in turunan.values())])
        total = max(total, sum(x["rss"] for x in turunan.values()))
        cpu.update({p: x["cpu"] for p, x in turunan.items()})
        time.sleep(0.25)
    t = time.perf_counter() - mulai
    if proses.returncode:
        raise SystemExit(f"sakip laporan gagal (kode {proses.returncode})")
    return t, puncak, total, sum(cpu.values()) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    cepat = "--cepat" in sys.argv
    print(f"Mesin: {mesin()}")
    f = formats()
    print(f"Format: {', '.join(f)}" + ("" if "html" in f else " (renderer HTML belum tersedia di instalasi ini)"))
    lulus = True
    from sakip.berkas import baca
    from sakip.laporan import susun_lkj
    from sakip.reports import render

    b = baca(sumber())
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        susun_lkj(b)  # warm up: imports, fonts, Typst compiler
        t_susun = waktu(lambda: susun_lkj(b), 5)
        dok = susun_lkj(b)
        per_format = {x: waktu(lambda x=x: render(dok, x), 5) for x in f}
        cpu = time.process_time()
        def satu_kantor():
            dok = susun_lkj(baca(sumber()))
            return [render(dok, x) for x in f]

        t_hangat = waktu(satu_kantor, 5)
        cpu = (time.process_time() - cpu) / 5
        print(f"Proses hangat (median 5x): baca+analisis+susun {t_susun:.3f} s; "
              + "; ".join(f"{x} {t:.3f} s" for x, t in per_format.items())
              + f"; satu kantor semua format: CPU {cpu:.3f} s, {beban()}")
        lulus &= putusan("LKj Kalumpang, semua format, proses hangat", t_hangat, 1.5)
        env = dict(os.environ, PYTHONPATH=str(AKAR / "src"))
        perintah = _sakip("laporan", str(sumber()), "-o", str(d / "satu"), "-f", ",".join(f))
        t_dingin = waktu(lambda: subprocess.run(perintah, check=True, env=env, stdout=subprocess.DEVNULL,
                                                stderr=subprocess.DEVNULL), 3)
        lulus &= putusan("sakip laporan satu berkas, proses baru", t_dingin, 4.0)
        docx = next((d / "satu").glob("*.docx"))
        if shutil.which("soffice"):
            mulai = time.perf_counter()
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d / "lo"), str(docx)],
                           check=True, capture_output=True)
            print(f"Pembanding: LibreOffice DOCX -> PDF (proses baru): {time.perf_counter() - mulai:.3f} s "
                  f"(sakip PDF dalam proses hangat: {per_format.get('pdf', 0):.3f} s)")
        if not cepat:
            for n in (20, 60):
                varian(d / f"v{n}", n)
                t, puncak, total, cpu = kumpulan(d / f"v{n}", d / f"k{n}")
                jumlah = len(list((d / f"k{n}").glob("*.pdf")))
                print(f"Kumpulan {n} kantor ({jumlah} PDF): {t:.1f} s, {t / n:.2f} s per kantor, "
                      f"CPU ~{cpu:.1f} s ({cpu / n:.2f} s per kantor), RSS puncak satu proses {puncak / 1024:.0f} MiB, "
                      f"RSS semua proses sekaligus {total / 1024:.0f} MiB, {beban()}")
                if n == 60:
                    lulus &= putusan("sakip laporan 60 kantor (2 proses)", t, 60.0)
    return 0 if lulus else 1


if __name__ == "__main__":
    sys.exit(main())
