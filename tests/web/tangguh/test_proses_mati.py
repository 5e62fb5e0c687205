"""A server process killed in the middle of a write leaves the database exactly as it was.

A real ``sakip server`` (gunicorn, one worker) runs in a subprocess with a fail point armed
(``SAKIP_TITIK_GANGGUAN``, :mod:`sakip.web.titik_gangguan`). The test logs in over HTTP like a
browser, uploads a changed workbook, looks at the preview and presses "Terapkan semua" (or asks
for an LKj); the worker SIGKILLs itself half-way, the connection drops, and every row of every
table is compared with the dump taken just before. The same flow on an unarmed server must then
change the database (so the test can fail).

SQLite by default; ``SAKIP_TEST_DB=postgres`` runs the same tests on a fresh PostgreSQL
database per test (cloned from a seeded template, dropped afterwards): fixtures ``ruang_kerja``
in ``tests/web/conftest.py``.
"""

from __future__ import annotations

import http.client
import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

from ruang_kerja import AKAR, SANDI_OPERATOR, RuangKerja, tabel_beda

BATAS_DETIK = 60
"""Deadline for the server to start or to report a fail point (a hang fails the test, never blocks it)."""

pytestmark = pytest.mark.lambat


def _versi(isi: dict) -> dict:
    return {(json.dumps(r["fields"]["instansi"]), r["fields"]["tahun"]): r["fields"]["versi"] for r in isi["kinerja.tahunkinerja"]}


# ------------------------------------------------------------------ server and browser

def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Peladen:
    """``sakip server --workers 1`` in a subprocess; its output is read by a thread into a queue."""

    def __init__(self, ruang: RuangKerja, titik: str = ""):
        self.port = _port_bebas()
        self.log: list[str] = []
        self._antre: queue.Queue = queue.Queue()
        env = ruang.env(SAKIP_TITIK_GANGGUAN=titik) if titik else ruang.env()
        self.proses = subprocess.Popen(
            [sys.executable, "-m", "sakip", "server", "--data", str(ruang.data), "--port", str(self.port), "--workers", "1"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=AKAR,
        )
        threading.Thread(target=self._baca, daemon=True).start()
        self.tunggu("sakip berjalan di")

    def _baca(self) -> None:
        for baris in self.proses.stdout:
            self.log.append(baris)
            self._antre.put(baris)
        self._antre.put(None)

    def tunggu(self, teks: str) -> str:
        """Block until a line containing *teks* is printed (fail at the deadline or if the server stops)."""
        batas = time.monotonic() + BATAS_DETIK
        while True:
            try:
                baris = self._antre.get(timeout=max(0.0, batas - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"server tidak mencetak {teks!r} dalam {BATAS_DETIK} detik:\n{''.join(self.log)}")
            if baris is None:
                pytest.fail(f"server berhenti sebelum mencetak {teks!r}:\n{''.join(self.log)}")
            if teks in baris:
                return baris

    def berhenti(self) -> None:
        self.proses.terminate()
        try:
            self.proses.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proses.kill()
            self.proses.wait()

    def __enter__(self) -> Peladen:
        return self

    def __exit__(self, *_) -> None:
        self.berhenti()


class Klien:
    """A browser: cookies, CSRF token, redirects followed; 4xx/5xx returned, not raised."""

    def __init__(self, port: int):
        self.akar = f"http://127.0.0.1:{port}"
        self.kue = CookieJar()
        self.buka = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.kue))

    def pindah(self, port: int) -> None:
        """Keep the session while talking to a restarted server on another port."""
        self.akar = f"http://127.0.0.1:{port}"

    def minta(self, jalur: str, data: dict | None = None, berkas: tuple[str, bytes] | None = None) -> tuple[int, str, str]:
        """GET (or POST when *data* is given); returns (status, final URL path, body)."""
        url = jalur if jalur.startswith("http") else self.akar + jalur
        badan, header = None, {}
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": next(c.value for c in self.kue if c.name == "csrftoken")}
            if berkas is None:
                badan = urllib.parse.urlencode(data).encode()
            else:
                badan, header["Content-Type"] = _multipart(data, berkas)
        try:
            with self.buka.open(urllib.request.Request(url, data=badan, headers=header), timeout=120) as r:
                return r.status, urllib.parse.urlsplit(r.url).path, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, urllib.parse.urlsplit(e.url).path, e.read().decode()

    def masuk(self, username: str, sandi: str) -> None:
        self.minta("/masuk/")
        status, jalur, _ = self.minta("/masuk/", {"username": username, "password": sandi})
        assert (status, jalur) == (200, "/"), "gagal masuk"


def _multipart(data: dict, berkas: tuple[str, bytes]) -> tuple[bytes, str]:
    batas = uuid.uuid4().hex
    bagian = [f'--{batas}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in data.items()]
    nama, isi = berkas
    bagian.append(f'--{batas}\r\nContent-Disposition: form-data; name="berkas"; filename="{nama}"\r\n'
                  "Content-Type: application/octet-stream\r\n\r\n".encode() + isi + b"\r\n")
    bagian.append(f"--{batas}--\r\n".encode())
    return b"".join(bagian), f"multipart/form-data; boundary={batas}"


def _mati(klien: Klien, jalur: str, data: dict) -> None:
    """The request is cut off: the worker died, no HTTP response at all (not even a 500)."""
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        klien.minta(jalur, data)


@pytest.fixture
def masuk():
    """Log in as Kalumpang's operator; return the client and the office-year's URL prefix."""

    def _masuk(peladen: Peladen) -> tuple[Klien, str]:
        klien = Klien(peladen.port)
        klien.masuk("operator.kalumpang", SANDI_OPERATOR)
        _, _, beranda = klien.minta("/")
        pk = re.search(r'href="/instansi/(\d+)/"', beranda).group(1)
        return klien, f"/instansi/{pk}/kinerja/2023"

    return _masuk


# ------------------------------------------------------------------ import

def _buku_kerja_berubah(tmp_path: Path) -> bytes:
    """Kalumpang 2023 with an indicator renamed (written before the fail point), one realisasi
    changed, one removed and an anggaran realisasi changed (written after it)."""
    from sakip.berkas import BerkasData, ke_data
    from sakip.berkas.xlsx import tulis_xlsx
    from sakip.web.kinerja.contoh import kalumpang_2023

    d = ke_data(kalumpang_2023())
    iku1 = d["renstra"]["tujuan"][0]["sasaran"][1]["indikator"][0]
    assert iku1["kode"] == "IKU-1"
    iku1["nama"] += " (diperbarui)"
    assert (d["realisasi"][0]["indikator"], d["realisasi"][0]["tahun"], d["realisasi"][1]["tahun"]) == ("IKU-1", 2023, 2022)
    d["realisasi"][0]["nilai"] = "8:9"
    del d["realisasi"][1]
    d["anggaran"][0]["realisasi"] = d["anggaran"][0]["pagu_murni"]
    path = tmp_path / "kalumpang-2023-diperbarui.xlsx"
    tulis_xlsx(BerkasData.model_validate(d), path)
    return path.read_bytes()


def _pratinjau(klien: Klien, dasar: str, isi: bytes) -> tuple[str, str]:
    """Upload the workbook; return the preview's path and the versi it was computed against."""
    status, jalur, teks = klien.minta(f"{dasar}/unggah/", {}, berkas=("kalumpang-2023-diperbarui.xlsx", isi))
    assert status == 200 and "Perubahan bila diterapkan" in teks, teks[:2000]
    return jalur, re.search(r'name="versi" value="(\d+)"', teks).group(1)


def test_impor_mati_di_tengah_tidak_mengubah_apa_pun(ruang_kerja, masuk, tmp_path):
    isi_buku = _buku_kerja_berubah(tmp_path)
    with Peladen(ruang_kerja, titik="impor.tengah") as peladen:
        klien, dasar = masuk(peladen)
        pratinjau, versi = _pratinjau(klien, dasar, isi_buku)
        sebelum = ruang_kerja.isi(semua=True)
        _mati(klien, f"{pratinjau}terapkan/", {"versi": versi})
        peladen.tunggu("titik gangguan 'impor.tengah' tercapai")
        sesudah = ruang_kerja.isi(semua=True)
        assert tabel_beda(sebelum, sesudah) == []
        assert sum(len(b) for b in sesudah.values()) > 1000  # a real database was compared
        # The respawned worker serves the same pending upload, computed against the same versi.
        status, _, teks = klien.minta(pratinjau)
        assert status == 200 and f'name="versi" value="{versi}"' in teks

    # Control: the same pending upload applied on an unarmed server changes the data.
    with Peladen(ruang_kerja) as peladen:
        klien.pindah(peladen.port)
        status, jalur, teks = klien.minta(f"{pratinjau}terapkan/", {"versi": versi})
        assert (status, jalur) == (200, f"{dasar}/") and "diterapkan" in teks, teks[:2000]
    diterapkan = ruang_kerja.isi(semua=True)
    assert {"kinerja.indikator", "kinerja.realisasi", "kinerja.anggaran", "kinerja.tahunkinerja",
            "kinerja.unggahan", "riwayat.riwayat"} <= set(tabel_beda(sebelum, diterapkan))
    beda_versi = {k: (v, _versi(diterapkan)[k]) for k, v in _versi(sebelum).items() if _versi(diterapkan)[k] != v}
    assert list(beda_versi.values()) == [(int(versi), int(versi) + 1)]


# ------------------------------------------------------------------ documents

def _folder_dokumen(ruang: RuangKerja) -> set[Path]:
    return {p for p in (ruang.data / "dokumen").glob("*/*/*") if p.is_dir()}


def test_dokumen_mati_setelah_berkas_ditulis_tanpa_baris_dan_sisanya_dibersihkan(ruang_kerja, masuk):
    with Peladen(ruang_kerja, titik="dokumen.berkas") as peladen:
        klien, dasar = masuk(peladen)
        sebelum, folder_sebelum = ruang_kerja.isi(semua=True), _folder_dokumen(ruang_kerja)
        _mati(klien, f"{dasar}/dokumen/susun/", {"jenis": "lkj"})
        peladen.tunggu("titik gangguan 'dokumen.berkas' tercapai")
        assert tabel_beda(sebelum, ruang_kerja.isi(semua=True)) == []
    (yatim,) = _folder_dokumen(ruang_kerja) - folder_sebelum  # the files were written, no row names them
    assert {p.suffix for p in yatim.iterdir()} == {".pdf", ".docx", ".html"}

    # Next start (the folder made older than the sweep's 15 minutes): the orphan goes, the draft stays.
    lama = time.time() - 3600
    os.utime(yatim, (lama, lama))
    with Peladen(ruang_kerja) as peladen:
        assert "1 folder dokumen sisa penyusunan yang terputus dihapus" in "".join(peladen.log)
        assert _folder_dokumen(ruang_kerja) == folder_sebelum
        klien.pindah(peladen.port)
        status, jalur, teks = klien.minta(f"{dasar}/dokumen/susun/", {"jenis": "lkj"})
        assert (status, jalur) == (200, f"{dasar}/") and "selesai disusun" in teks
    disusun = ruang_kerja.isi(semua=True)
    assert tabel_beda(sebelum, disusun) == ["dokumen.dokumenterbit"]  # control: the same request does write
    assert len(disusun["dokumen.dokumenterbit"]) == 1  # the new draft replaced the old one
    assert _folder_dokumen(ruang_kerja).isdisjoint(folder_sebelum)


def test_dokumen_mati_sebelum_commit_draf_lama_tetap_utuh(ruang_kerja, masuk):
    with Peladen(ruang_kerja, titik="dokumen.baris") as peladen:
        klien, dasar = masuk(peladen)
        sebelum = ruang_kerja.isi(semua=True)
        (draf,) = sebelum["dokumen.dokumenterbit"]
        _mati(klien, f"{dasar}/dokumen/susun/", {"jenis": "lkj"})
        peladen.tunggu("titik gangguan 'dokumen.baris' tercapai")
        assert tabel_beda(sebelum, ruang_kerja.isi(semua=True)) == []
        # The old draft's row and files survived its rolled-back replacement: still downloadable.
        status, _, teks = klien.minta(f"{dasar}/dokumen/{draf['pk']}.html")
        assert status == 200 and "Kecamatan Kalumpang" in teks
