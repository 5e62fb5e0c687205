"""Import in Chromium: upload a broken workbook, read the errors, upload the good one, apply.

Screenshots go to ``artefak/screenshots/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sakip.web.kinerja.selectors import berkas_get
from sakip.web.organisasi.models import Peran

CHROMIUM = "/usr/bin/chromium"
ARGUMEN = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"]
FOLDER_GAMBAR = Path(__file__).resolve().parents[3] / "artefak" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.lambat,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK) and shutil.which("chromium") is None, reason="Chromium tidak ditemukan"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")
xlsx = pytest.importorskip("sakip.berkas.xlsx", reason="pembaca/penulis buku kerja (cabang xlsx) belum ada")
openpyxl = pytest.importorskip("openpyxl")
expect = sync_api.expect


@pytest.fixture
def halaman(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN)
        page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID").new_page()
        yield page
        browser.close()


def _gambar(page, nama: str) -> None:
    FOLDER_GAMBAR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(FOLDER_GAMBAR / f"{nama}.png"), full_page=True)


def test_unggah_pratinjau_terapkan(halaman, live_server, transactional_db, buat_pengguna, pemda, instansi_a, sandi,
                                   kalumpang, tmp_path):
    buat_pengguna("operator.kalumpang", pemda=pemda, peran=Peran.Jenis.OPERATOR_INSTANSI, instansi=instansi_a)
    baik = tmp_path / "kalumpang-2023.xlsx"
    xlsx.tulis_xlsx(kalumpang, baik)
    rusak = tmp_path / "kalumpang-rusak.xlsx"
    b = openpyxl.load_workbook(baik)
    b["Anggaran"]["B3"] = "133.825.00,00"
    b["Anggaran"]["B4"] = "2.807.870.000.00"
    b.save(rusak)

    page = halaman
    page.goto(f"{live_server.url}/masuk/")
    page.get_by_label("Nama pengguna").fill("operator.kalumpang")
    page.get_by_label("Kata sandi").fill(sandi)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(f"{live_server.url}/")
    page.get_by_role("link", name="Kecamatan Kalumpang").click()
    page.get_by_label("Buka tahun").fill("2023")
    page.get_by_role("button", name="Buka atau isi").click()
    expect(page.get_by_text("Belum ada data kinerja tahun 2023")).to_be_visible()
    page.get_by_role("link", name="Unggah buku kerja").click()
    _gambar(page, "kinerja-01-unggah")

    page.get_by_label("Buku kerja").set_input_files(str(rusak))
    page.get_by_role("button", name="Unggah dan periksa").click()
    expect(page.get_by_role("heading", name="2 kesalahan — buku kerja belum dapat diterapkan")).to_be_visible()
    expect(page.get_by_role("cell", name="2.807.870.000.00")).to_be_visible()
    _gambar(page, "kinerja-02-pratinjau-galat")
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) is None

    page.get_by_role("link", name="Unggah berkas yang sudah diperbaiki").click()
    page.get_by_label("Buku kerja").set_input_files(str(baik))
    page.get_by_role("button", name="Unggah dan periksa").click()
    expect(page.get_by_role("heading", name="Perubahan bila diterapkan")).to_be_visible()
    _gambar(page, "kinerja-03-pratinjau-perubahan")
    page.get_by_role("button", name="Terapkan semua").click()
    expect(page.get_by_text("diterapkan:")).to_be_visible()
    _gambar(page, "kinerja-04-diterapkan")
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == kalumpang
