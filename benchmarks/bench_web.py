"""Benchmark: the dashboards under load (``sakip server --workers 2``, SQLite).

A Pemda of 60 offices × 30 indicators × 5 years (``buat_pemda_contoh`` from the
kinerja app) is written into a temporary data folder; ``sakip server`` is started
on a free loopback port; an admin_pemda logs in (session cookie); 20 client threads
send a bounded number of requests (default 2 000) alternately to an office
dashboard (a random office, year 2023) and to the Pemda dashboard. Prints p50/p95/max
per page and PASS/FAIL against p95 <= 150 ms. The first (cold) request of each page,
which builds the summaries, is timed separately. Only 127.0.0.1 is used.

Run: ``python benchmarks/bench_web.py [--permintaan 2000] [--klien 20] [--instansi 60]``.
"""

from __future__ import annotations

import argparse
import shutil
import http.client
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _umum import AKAR, mesin, putusan  # noqa: E402

HOST = "127.0.0.1"
SANDI = "Sandi-Beban-2024!"
TAHUN = 2023
BATAS_P95_MS = 150


def port_bebas() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def siapkan_data(data: Path, instansi: int, indikator: int) -> tuple[int, list[int], float]:
    """Migrate, load the Pemda and an admin_pemda in this process; return (pemda pk, instansi pks, seconds)."""
    os.environ["SAKIP_DATA_DIR"] = str(data)
    os.environ["DJANGO_SETTINGS_MODULE"] = "sakip.web.settings"
    sys.path.insert(0, str(AKAR / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from sakip.web.kinerja.contoh import buat_pemda_contoh
    from sakip.web.organisasi import services
    from sakip.web.organisasi.models import Instansi

    mulai = time.perf_counter()
    r = buat_pemda_contoh(jumlah_instansi=instansi, indikator_per_instansi=indikator, tahun=range(TAHUN - 4, TAHUN + 1))
    detik = time.perf_counter() - mulai
    services.pengguna_create(username="admin.beban", nama_lengkap="Admin Uji Beban", email="", password=SANDI,
                             pemda=r.pemda, peran="admin_pemda")
    pks = list(Instansi.objects.filter(pemda=r.pemda).values_list("pk", flat=True))
    print(f"Data: {r.jumlah_instansi} instansi, {r.jumlah_tahun_kinerja} tahun-kinerja, {r.jumlah_indikator} indikator "
          f"dimuat dalam {detik:.1f} s")
    return r.pemda.pk, pks, detik


def mulai_server(data: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(AKAR / "src"), SAKIP_DATA_DIR=str(data))
    proses = subprocess.Popen(
        [sys.executable, "-m", "sakip", "server", "--port", str(port), "--data", str(data), "--workers", "2", "--host", HOST],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    batas = time.monotonic() + 60
    while time.monotonic() < batas:
        if proses.poll() is not None:
            raise SystemExit(f"server berhenti: {proses.stdout.read().decode(errors='replace')}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return proses
        except OSError:
            time.sleep(0.2)
    hentikan(proses)
    raise SystemExit("server tidak mulai dalam 60 detik")


def hentikan(proses: subprocess.Popen) -> None:
    """Stop the server we started (its own process group: gunicorn's master and workers)."""
    if proses.poll() is None:
        os.killpg(proses.pid, signal.SIGTERM)
        try:
            proses.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proses.pid, signal.SIGKILL)
            proses.wait()


def masuk(port: int) -> str:
    """Log in through the form (CSRF cookie + token); return the Cookie header to send."""
    c = http.client.HTTPConnection(HOST, port, timeout=30)
    c.request("GET", "/masuk/")
    r = c.getresponse()
    html = r.read().decode()
    csrf = re.search(r"csrftoken=([^;]+)", r.getheader("Set-Cookie") or "").group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    badan = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": "admin.beban", "password": SANDI})
    c.request("POST", "/masuk/", body=badan, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}",
        "Referer": f"http://{HOST}:{port}/masuk/"})
    r = c.getresponse()
    r.read()
    sesi = re.search(r"sessionid=([^;]+)", r.getheader("Set-Cookie") or "")
    if r.status != 302 or not sesi:
        raise SystemExit(f"gagal masuk (HTTP {r.status})")
    c.close()
    return f"csrftoken={csrf}; sessionid={sesi.group(1)}"


def ambil(c: http.client.HTTPConnection, url: str, cookie: str) -> tuple[float, int]:
    mulai = time.perf_counter()
    c.request("GET", url, headers={"Cookie": cookie})
    r = c.getresponse()
    r.read()
    return (time.perf_counter() - mulai) * 1000, r.status


def beban(port: int, cookie: str, url: dict[str, list[str]], permintaan: int, klien: int) -> dict[str, list[float]]:
    hasil: dict[str, list[float]] = {k: [] for k in url}
    galat: list[str] = []
    kunci = threading.Lock()
    antrian = iter(range(permintaan))

    def kerja(n: int) -> None:
        rng = random.Random(n)
        c = http.client.HTTPConnection(HOST, port, timeout=60)
        while True:
            with kunci:
                i = next(antrian, None)
            if i is None:
                break
            halaman = list(url)[i % len(url)]
            ms, status = ambil(c, rng.choice(url[halaman]), cookie)
            with kunci:
                (hasil[halaman] if status == 200 else galat).append(ms if status == 200 else f"{halaman}: HTTP {status}")
        c.close()

    benang = [threading.Thread(target=kerja, args=(n,)) for n in range(klien)]
    for b in benang:
        b.start()
    for b in benang:
        b.join()
    if galat:
        raise SystemExit(f"{len(galat)} permintaan gagal, mis. {galat[0]}")
    return hasil


_LUA = """
local jalur = {%s}
local i = 0
wrk.headers["Cookie"] = "%s"
request = function()
  i = i + 1
  return wrk.format("GET", jalur[(i %% #jalur) + 1])
end
done = function(ringkas, latensi, permintaan)
  io.write(string.format("HASIL %%d %%d %%.3f %%.3f %%.3f %%d\\n", ringkas.requests, ringkas.duration,
    latensi:percentile(50) / 1000, latensi:percentile(95) / 1000, latensi.max / 1000,
    ringkas.errors.status + ringkas.errors.connect + ringkas.errors.read + ringkas.errors.timeout))
end
"""


def beban_wrk(port: int, cookie: str, jalur: list[str], klien: int, detik: int) -> dict[str, float]:
    """Closed-loop load from wrk (a C client: the load generator takes little CPU)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(_LUA % (", ".join(f'"{j}"' for j in jalur), cookie))
    keluaran = subprocess.run(
        ["wrk", "-t2", f"-c{klien}", f"-d{detik}s", "-s", f.name, f"http://{HOST}:{port}"],
        capture_output=True, text=True, check=True,
    ).stdout
    os.unlink(f.name)
    baris = next(b for b in keluaran.splitlines() if b.startswith("HASIL"))
    n, durasi_us, p50, p95, maks, galat = baris.split()[1:]
    return {"n": int(n), "rps": int(n) / (int(durasi_us) / 1e6), "p50": float(p50), "p95": float(p95), "maks": float(maks), "galat": int(galat)}


def persentil(data: list[float], p: float) -> float:
    return statistics.quantiles(data, n=100, method="inclusive")[int(p) - 1] if len(data) > 1 else data[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--permintaan", type=int, default=2000)
    ap.add_argument("--klien", type=int, default=20)
    ap.add_argument("--instansi", type=int, default=60)
    ap.add_argument("--indikator", type=int, default=30)
    ap.add_argument("--detik", type=int, default=15, help="durasi tiap halaman dengan wrk")
    ap.add_argument("--python", action="store_true", help="pakai klien Python berulir walau wrk tersedia")
    arg = ap.parse_args()
    pakai_wrk = shutil.which("wrk") is not None and not arg.python
    print(f"Mesin: {mesin()}")
    with tempfile.TemporaryDirectory(prefix="sakip-bench-web-") as tmp:
        data = Path(tmp)
        pemda, instansi, _ = siapkan_data(data, arg.instansi, arg.indikator)
        port = port_bebas()
        proses = mulai_server(data, port)
        try:
            cookie = masuk(port)
            url = {
                "dasbor kantor": [f"/instansi/{pk}/kinerja/{TAHUN}/dasbor/" for pk in instansi],
                "dasbor Pemda": [f"/dasbor/pemda/{pemda}/?tahun={TAHUN}"],
            }
            c = http.client.HTTPConnection(HOST, port, timeout=300)
            dingin, _ = ambil(c, url["dasbor Pemda"][0], cookie)
            print(f"Permintaan pertama dasbor Pemda (membangun {len(instansi)} ringkasan): {dingin:.0f} ms")
            hangat, _ = ambil(c, url["dasbor Pemda"][0], cookie)
            print(f"Permintaan kedua dasbor Pemda (ringkasan segar): {hangat:.0f} ms")
            berurutan = {nama: [ambil(c, random.Random(i).choice(u), cookie)[0] for i in range(100)] for nama, u in url.items()}
            c.close()
            for nama, ms in berurutan.items():
                print(f"Satu klien, 100 permintaan {nama}: p50 {persentil(ms, 50):.1f} ms, p95 {persentil(ms, 95):.1f} ms")
            print(f"Beban mesin (load average 1 menit) sebelum uji serentak: {os.getloadavg()[0]:.1f}")
            if pakai_wrk:
                return _laporan_wrk(port, cookie, url, arg)
            mulai = time.perf_counter()
            hasil = beban(port, cookie, url, arg.permintaan, arg.klien)
            detik = time.perf_counter() - mulai
        finally:
            hentikan(proses)
    print(f"Beban mesin (load average 1 menit) sesudah: {os.getloadavg()[0]:.1f}")
    total = sum(len(v) for v in hasil.values())
    print(f"{total} permintaan, {arg.klien} klien serentak, {detik:.1f} s ({total / detik:.0f} permintaan/s)")
    print(f"{'halaman':<16}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'maks ms':>10}")
    lulus = True
    for nama, ms in hasil.items():
        p50, p95 = persentil(ms, 50), persentil(ms, 95)
        print(f"{nama:<16}{len(ms):>6}{p50:>10.1f}{p95:>10.1f}{max(ms):>10.1f}")
    for nama, ms in hasil.items():
        lulus &= putusan(f"p95 {nama}", persentil(ms, 95), BATAS_P95_MS, "ms")
    print("PASS" if lulus else "FAIL")
    return 0 if lulus else 1


def _laporan_wrk(port, cookie, url, arg) -> int:
    print(f"Klien: wrk, {arg.klien} koneksi serentak tanpa jeda, {arg.detik} s per halaman")
    print(f"{'halaman':<16}{'n':>7}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'maks ms':>9}{'galat':>7}")
    lulus = True
    for nama, jalur in url.items():
        h = beban_wrk(port, cookie, jalur, arg.klien, arg.detik)
        print(f"{nama:<16}{h['n']:>7}{h['rps']:>8.0f}{h['p50']:>9.1f}{h['p95']:>9.1f}{h['maks']:>9.1f}{h['galat']:>7}")
        lulus &= putusan(f"p95 {nama}", h["p95"], BATAS_P95_MS, "ms") and h["galat"] == 0
    print(f"Beban mesin (load average 1 menit) sesudah: {os.getloadavg()[0]:.1f}")
    print("PASS" if lulus else "FAIL")
    return 0 if lulus else 1


if __name__ == "__main__":
    raise SystemExit(main())
