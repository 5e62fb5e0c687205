"""The ``sakip migrasi``, ``sakip demo`` and ``sakip server`` commands, run as a user would."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _env(**tambahan):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAKIP_") and k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(PYTHONPATH=SRC, PYTHONUNBUFFERED="1", COLUMNS="200", **tambahan)
    return env


def _sakip(*args, **env):
    return subprocess.run([sys.executable, "-m", "sakip", *args], env=_env(**env), capture_output=True, text=True, timeout=120)


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_migrasi_membuat_basis_data_di_folder_data(tmp_path):
    hasil = _sakip("migrasi", "--data", str(tmp_path))
    assert hasil.returncode == 0, hasil.stderr
    assert "migrasi diterapkan" in hasil.stdout
    assert (tmp_path / "sakip.sqlite3").exists() and (tmp_path / "unggahan").is_dir()
    lagi = _sakip("migrasi", "--data", str(tmp_path))
    assert "sudah mutakhir" in lagi.stdout


def test_demo_mencetak_akun_dan_sandi(tmp_path):
    hasil = _sakip("demo", "--data", str(tmp_path), "--tanpa-server")
    assert hasil.returncode == 0, hasil.stderr
    for username in ("admin", "operator.kalumpang", "pimpinan.kalumpang", "reviewer", "pembaca"):
        assert re.search(rf"\b{re.escape(username)}\s+.\s+demo-\S+", hasil.stdout), username
    # Fresh each time: a second run replaces the database and prints new passwords.
    lagi = _sakip("demo", "--data", str(tmp_path), "--tanpa-server")
    assert lagi.returncode == 0
    sandi = lambda teks: re.findall(r"demo-\S+", teks)  # noqa: E731
    assert sandi(hasil.stdout) and set(sandi(hasil.stdout)).isdisjoint(sandi(lagi.stdout))


def test_demo_tidak_menimpa_basis_data_sungguhan(tmp_path):
    assert _sakip("migrasi", "--data", str(tmp_path)).returncode == 0
    ukuran = (tmp_path / "sakip.sqlite3").stat().st_size
    hasil = _sakip("demo", "--data", str(tmp_path), "--tanpa-server")
    assert hasil.returncode == 2
    assert "bukan data contoh" in hasil.stdout
    assert (tmp_path / "sakip.sqlite3").stat().st_size == ukuran


def test_server_menolak_basis_data_yang_belum_dimigrasi(tmp_path):
    hasil = _sakip("server", "--data", str(tmp_path), "--port", str(_port_bebas()))
    assert hasil.returncode == 1
    assert "sakip migrasi" in hasil.stdout


def _buka(url, **header):
    return urllib.request.urlopen(urllib.request.Request(url, headers=header), timeout=10)


@pytest.mark.lambat
@pytest.mark.parametrize("produksi", [False, True], ids=["laptop", "produksi"])
def test_server_gunicorn_melayani_halaman_dan_berkas_statis(tmp_path, produksi):
    port = _port_bebas()
    env = _env(SAKIP_PRODUKSI="1") if produksi else _env()
    proses = subprocess.Popen(
        [sys.executable, "-m", "sakip", "server", "--data", str(tmp_path), "--port", str(port), "--migrasi", "--workers", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    # Guard: whatever happens, the server we started is stopped after 60 s.
    penjaga = threading.Timer(60, proses.kill)
    penjaga.start()
    # Production sits behind a TLS proxy that says so; without it Django redirects to https.
    header = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"} if produksi else {}
    try:
        keluaran = []
        for baris in proses.stdout:
            keluaran.append(baris)
            if "sakip berjalan di" in baris:
                break
        assert f"http://127.0.0.1:{port}/" in "".join(keluaran), "".join(keluaran)
        with _buka(f"http://127.0.0.1:{port}/publik/", **header) as resp:
            html = resp.read().decode()
        assert "Laporan Kinerja yang diterbitkan" in html
        css = re.search(r'href="(/statis/[^"]+\.css)"', html).group(1)
        with _buka(f"http://127.0.0.1:{port}{css}", **header) as resp:
            assert resp.status == 200
            if produksi:  # hashed name, compressed, cached for good
                assert re.fullmatch(r"/statis/sakip/sakip\.[0-9a-f]{12}\.css", css)
                assert resp.headers["Content-Encoding"] == "gzip"
                assert "immutable" in resp.headers["Cache-Control"]
            else:
                assert b".kepala" in resp.read()
        assert (tmp_path / "statis" / "sakip" / "sakip.css").exists()  # collectstatic ran into the data folder
    finally:
        proses.terminate()
        sisa, _ = proses.communicate(timeout=30)
        penjaga.cancel()
    assert proses.returncode == 0
    assert sisa.count("sakip berhenti.") == 1  # said once, by the master, not by each worker


def test_server_menjelaskan_port_yang_sudah_dipakai(tmp_path):
    assert _sakip("migrasi", "--data", str(tmp_path)).returncode == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        hasil = _sakip("server", "--data", str(tmp_path), "--port", str(s.getsockname()[1]))
    assert hasil.returncode == 1
    assert "sudah dipakai" in hasil.stdout and "--port" in hasil.stdout
