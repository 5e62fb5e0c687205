"""End-to-end in Chromium (Debian's /usr/bin/chromium via Playwright) against a live server.

Screenshots go to ``artefak/screenshots/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sakip.web.organisasi import services
from sakip.web.organisasi.models import Peran

CHROMIUM = "/usr/bin/chromium"
ARGUMEN = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
FOLDER_GAMBAR = Path(__file__).resolve().parents[2] / "artefak" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.lambat,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK) and shutil.which("chromium") is None, reason=f"Chromium tidak ditemukan di {CHROMIUM}"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")
expect = sync_api.expect



@pytest.fixture(scope="module")
def peramban():
    # Playwright's sync API keeps an event loop on this thread while the browser
    # is open; the ORM calls of these tests (and their database flush) are still
    # synchronous and safe, so Django's async guard is lifted for this module only.
    with pytest.MonkeyPatch.context() as mp, sync_api.sync_playwright() as p:
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN)
        yield browser
        browser.close()


@pytest.fixture
def halaman(peramban):
    konteks = peramban.new_context(viewport={"width": 1280, "height": 800}, locale="id-ID")
    page = konteks.new_page()
    yield page
    konteks.close()


def _gambar(page, nama: str) -> Path:
    FOLDER_GAMBAR.mkdir(parents=True, exist_ok=True)
    tujuan = FOLDER_GAMBAR / f"{nama}.png"
    page.screenshot(path=str(tujuan), full_page=True)
    return tujuan


def _masuk(page, live_server, username, sandi):
    page.goto(f"{live_server.url}/masuk/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(sandi)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(f"{live_server.url}/")


@pytest.fixture
def data_demo(transactional_db, buat_pengguna, pemda, instansi_a, instansi_b, instansi_lain):
    J = Peran.Jenis
    for k, (nama, jenis) in enumerate([("Badan Perencanaan Pembangunan Daerah", "badan"), ("Inspektorat Daerah", "inspektorat")]):
        services.instansi_create(pemda=pemda, nama=nama, jenis=jenis, kode=f"C-0{k}")
    return {
        "operator": buat_pengguna("operator.kalumpang", pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=instansi_a),
        "admin": buat_pengguna("admin", pemda=pemda, peran=J.ADMIN_PEMDA),
        "B": instansi_b,
    }


def test_operator_hanya_melihat_instansinya(halaman, live_server, data_demo, sandi):
    page = halaman
    page.goto(f"{live_server.url}/masuk/")
    _gambar(page, "01-masuk")
    _masuk(page, live_server, "operator.kalumpang", sandi)
    baris = page.locator("table.tabel tbody tr")
    assert baris.count() == 1
    assert "Kecamatan Kalumpang" in baris.first.inner_text()
    teks = page.locator("main").inner_text()
    assert "Dinas Pendidikan" not in teks and "Tapin" not in teks
    assert page.get_by_role("link", name="Kelola instansi").count() == 0
    _gambar(page, "02-beranda-operator")

    resp = page.goto(f"{live_server.url}/instansi/{data_demo['B'].pk}/")
    assert resp.status == 404
    assert "Dinas Pendidikan" not in page.content()
    _gambar(page, "03-instansi-lain-404")

    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Kecamatan Kalumpang").click()
    expect(page.get_by_role("heading", name="Kecamatan Kalumpang")).to_be_visible()
    _gambar(page, "04-instansi-detail")

    resp = page.goto(f"{live_server.url}/kelola/instansi/")
    assert resp.status == 403
    expect(page.get_by_text("Halaman ini hanya untuk admin Pemda.")).to_be_visible()
    _gambar(page, "04b-kelola-ditolak-403")


def test_ganti_sandi_lalu_keluar_dan_masuk_lagi(halaman, live_server, data_demo, sandi):
    page = halaman
    _masuk(page, live_server, "operator.kalumpang", sandi)
    page.get_by_title("Ubah kata sandi").click()
    page.get_by_label("Kata sandi lama", exact=True).fill(sandi)
    page.get_by_label("Kata sandi baru", exact=True).fill("1234")
    page.get_by_label("Ulangi kata sandi baru").fill("1234")
    page.get_by_role("button", name="Simpan kata sandi").click()
    expect(page.locator(".galat").first).to_be_visible()
    _gambar(page, "13-sandi-ditolak")
    page.get_by_label("Kata sandi lama", exact=True).fill(sandi)
    page.get_by_label("Kata sandi baru", exact=True).fill("Kalumpang-Baru-2024")
    page.get_by_label("Ulangi kata sandi baru").fill("Kalumpang-Baru-2024")
    page.get_by_role("button", name="Simpan kata sandi").click()
    expect(page.get_by_role("heading", name="Kata sandi diganti")).to_be_visible()
    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_role("heading", name="Masuk")).to_be_visible()
    _masuk(page, live_server, "operator.kalumpang", "Kalumpang-Baru-2024")
    expect(page.get_by_role("heading", name="Instansi Anda")).to_be_visible()


def test_admin_mengelola_instansi_dan_pengguna(halaman, live_server, data_demo, sandi):
    page = halaman
    _masuk(page, live_server, "admin", sandi)
    assert page.locator("table.tabel tbody tr").count() == 4  # A, B and two more; not Tapin
    _gambar(page, "05-beranda-admin")

    page.get_by_role("link", name="Kelola instansi").click()
    page.get_by_role("link", name="Tambah instansi").click()
    page.get_by_label("Nama instansi").fill("Kecamatan Angkinang")
    page.get_by_label("Jenis").select_option("kecamatan")
    page.get_by_label("Kode").fill("C-09")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text("Instansi “Kecamatan Angkinang” ditambahkan.")).to_be_visible()
    _gambar(page, "06-kelola-instansi")

    page.get_by_role("link", name="Kelola pengguna").click()
    _gambar(page, "07-kelola-pengguna")
    page.get_by_role("link", name="operator.kalumpang").click()
    expect(page.get_by_text("Operator instansi — Kecamatan Kalumpang")).to_be_visible()
    _gambar(page, "08-pengguna-ubah")

    page.goto(f"{live_server.url}/kelola/pengguna/")
    page.get_by_role("link", name="Tambah pengguna").click()
    page.get_by_role("button", name="Simpan").click()  # empty form: every required field flagged by the browser
    _gambar(page, "09-pengguna-tambah")


def test_halaman_publik_dan_layar_sempit(peramban, live_server, data_demo, sandi):
    konteks = peramban.new_context(viewport={"width": 390, "height": 844}, locale="id-ID")
    page = konteks.new_page()
    try:
        page.goto(f"{live_server.url}/publik/")
        expect(page.get_by_role("heading", name="Akuntabilitas kinerja instansi pemerintah daerah")).to_be_visible()
        _gambar(page, "10-publik-ponsel")
        _masuk(page, live_server, "operator.kalumpang", sandi)
        # No horizontal scrolling of the whole page on a phone.
        lebar = page.evaluate("document.documentElement.scrollWidth")
        assert lebar <= 390
        _gambar(page, "11-beranda-ponsel")
    finally:
        konteks.close()


def test_admin_django_berbahasa_indonesia(halaman, live_server, data_demo, django_user_model):
    django_user_model.objects.create_superuser("it.pemda", password="Sandi-Admin-2024!")
    page = halaman
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Nama pengguna").fill("it.pemda")
    page.get_by_label("Sandi").fill("Sandi-Admin-2024!")
    page.get_by_role("button", name="Masuk").click()
    page.get_by_role("link", name="Instansi", exact=True).first.click()
    expect(page.get_by_role("link", name="Kecamatan Kalumpang")).to_be_visible()
    expect(page.get_by_role("heading", name="Pilih instansi untuk diubah")).to_be_visible()
    _gambar(page, "12-admin-django")
