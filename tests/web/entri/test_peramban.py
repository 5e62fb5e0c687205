"""In Chromium: type a realisasi, see capaian and kategori appear before saving, save, see it kept.

Screenshots (desktop and a 390-px phone) go to ``artefak/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import os
import shutil

import pytest

from sakip.web.kinerja import models as m
from sakip.web.kinerja.services import berkas_simpan
from sakip.web.organisasi.models import Peran

from ..test_peramban import CHROMIUM, FOLDER_GAMBAR, peramban  # noqa: F401  (shared Chromium)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.lambat,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK) and shutil.which("chromium") is None, reason=f"Chromium tidak ditemukan di {CHROMIUM}"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")
expect = sync_api.expect
expect.set_options(timeout=15_000)  # a busy 2-core machine can be slow; a real failure still fails


@pytest.fixture
def data(transactional_db, buat_pengguna, pemda, instansi_a, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    buat_pengguna("operator.kalumpang", pemda=pemda, peran=Peran.Jenis.OPERATOR_INSTANSI, instansi=instansi_a)
    return m.TahunKinerja.objects.get(instansi=instansi_a, tahun=2023)


def _gambar(page, nama: str) -> None:
    FOLDER_GAMBAR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(FOLDER_GAMBAR / f"{nama}.png"), full_page=True)


def _masuk(page, live_server, sandi):
    page.goto(f"{live_server.url}/masuk/")
    page.get_by_label("Nama pengguna").fill("operator.kalumpang")
    page.get_by_label("Kata sandi").fill(sandi)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(f"{live_server.url}/")


@pytest.mark.parametrize("layar,lebar,tinggi", [("desktop", 1280, 900), ("ponsel", 390, 844)])
def test_capaian_muncul_saat_mengetik_lalu_tersimpan(peramban, live_server, data, sandi, layar, lebar, tinggi):
    konteks = peramban.new_context(viewport={"width": lebar, "height": tinggi}, locale="id-ID")
    page = konteks.new_page()
    try:
        _masuk(page, live_server, sandi)
        dasar = f"{live_server.url}/instansi/{data.instansi_id}/kinerja/2023/entri/"
        page.goto(dasar + "realisasi/")
        expect(page.get_by_role("heading", name="Realisasi indikator 2023")).to_be_visible()
        _gambar(page, f"entri-realisasi-daftar-{layar}")
        page.get_by_role("link", name="Isi IKU-3").click()
        kotak = page.locator(".capaian-kotak")
        expect(kotak.locator('[data-c="capaian"]')).to_have_text("105,62 %")

        isian = page.get_by_label("Realisasi tahunan")
        isian.fill("")
        expect(kotak.locator('[data-c="alasan"]')).to_have_text("realisasi belum diisi")
        isian.fill("133.825.00,00")
        expect(kotak.locator('[data-c="alasan"]')).to_contain_text("pemisah ribuan '.' tidak beraturan")
        expect(isian).to_have_attribute("aria-invalid", "true")
        _gambar(page, f"entri-realisasi-salah-{layar}")

        isian.fill("92,4")
        expect(kotak.locator('[data-c="capaian"]')).to_have_text("110,00 %")
        expect(kotak.locator('[data-c="kategori"]')).to_have_text("Sangat Tinggi")
        expect(kotak.locator('[data-c="rumus"]')).to_have_text("92,4 / 84 × 100 = 110,00 %")
        assert m.Realisasi.objects.get(indikator__kode="IKU-3", tahun=2023).nilai == "88,72"  # not saved yet
        _gambar(page, f"entri-realisasi-mengetik-{layar}")

        page.get_by_role("button", name="Simpan realisasi").click()
        expect(page.get_by_text("Realisasi IKU-3 tahun 2023 disimpan.")).to_be_visible()
        expect(page.get_by_label("Realisasi tahunan")).to_have_value("92,4")
        expect(kotak.locator('[data-c="capaian"]')).to_have_text("110,00 %")
        r = m.Realisasi.objects.get(indikator__kode="IKU-3", tahun=2023)
        assert r.nilai == "92,4" and r.diubah_oleh.username == "operator.kalumpang"
        assert page.evaluate("document.documentElement.scrollWidth") <= lebar
        _gambar(page, f"entri-realisasi-tersimpan-{layar}")

        for nama, alamat in [("pk", "pk/1/"), ("anggaran", "anggaran/"), ("renstra", "renstra/"), ("lampiran", "lampiran/"), ("beranda", "")]:
            page.goto(dasar + alamat)
            _gambar(page, f"entri-{nama}-{layar}")
    finally:
        konteks.close()
