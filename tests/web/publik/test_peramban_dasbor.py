"""End-to-end in Chromium: dashboards, generating and downloading the LKj, publishing, the public page.

Screenshots (desktop 1280 and phone 390 wide) go to ``artefak/screenshots/2x-*.png``.
"""

from __future__ import annotations

import subprocess

import pytest

from web.test_peramban import _gambar, _masuk, peramban, pytestmark  # noqa: F401  (shared Chromium)
from sakip.web.organisasi.models import Peran

sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")
expect = sync_api.expect


@pytest.fixture
def data(transactional_db, orang, kalumpang, disdik, buat_pengguna, pemda, instansi_a):
    return {"pimpinan": buat_pengguna("camat.kalumpang", pemda=pemda, peran=Peran.Jenis.PIMPINAN_INSTANSI, instansi=instansi_a),
            "tk": kalumpang}


def _tanpa_gulir_datar(page, lebar):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar


def test_dasbor_susun_unduh_terbitkan_publik(peramban, live_server, data, sandi, tmp_path):
    tk = data["tk"]
    konteks = peramban.new_context(viewport={"width": 1280, "height": 800}, locale="id-ID", accept_downloads=True)
    page = konteks.new_page()
    try:
        _masuk(page, live_server, "admin", sandi)
        page.get_by_role("link", name="Dasbor Pemda").click()
        expect(page.get_by_role("heading", name="Dasbor kinerja Kabupaten Hulu Sungai Selatan 2023")).to_be_visible()
        _gambar(page, "20-dasbor-pemda")
        page.get_by_role("link", name="Kecamatan Kalumpang").first.click()
        expect(page.get_by_role("heading", name="Dasbor kinerja Kecamatan Kalumpang 2023")).to_be_visible()
        assert "105,62 %" in page.locator("main").inner_text()
        _gambar(page, "21-dasbor-kantor")

        page.get_by_role("link", name="Tahun 2023").click()
        page.get_by_role("button", name="Susun LKj").click()
        expect(page.get_by_text("selesai disusun")).to_be_visible(timeout=60_000)
        _gambar(page, "22-dokumen-disusun")
        with page.expect_download() as unduhan:
            page.get_by_role("link", name="PDF").first.click()
        pdf = tmp_path / "lkj.pdf"
        unduhan.value.save_as(pdf)
        assert pdf.read_bytes()[:4] == b"%PDF"
        teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "105,62" in teks and "77,58" in teks

        # an unsigned LKj is not published: the year goes through approval first
        assert page.get_by_role("button", name="Terbitkan").count() == 0
        page.get_by_role("button", name="Ajukan untuk direviu").first.click()
        expect(page.get_by_text("kini berstatus diajukan")).to_be_visible()
        halaman_tahun = page.url
        page.get_by_role("button", name="Keluar").click()
        _masuk(page, live_server, "reviewer", sandi)
        page.goto(halaman_tahun)
        page.get_by_label("Catatan (boleh kosong)").fill("Angka dicocokkan dengan bukti dukung.")
        page.get_by_role("button", name="Nyatakan telah direviu").click()
        expect(page.get_by_text("kini berstatus direviu")).to_be_visible()
        page.get_by_role("button", name="Keluar").click()
        _masuk(page, live_server, "camat.kalumpang", sandi)
        page.goto(halaman_tahun)
        page.get_by_role("button", name="Sahkan").click()
        expect(page.get_by_text("kini berstatus disahkan")).to_be_visible(timeout=60_000)
        expect(page.get_by_text("Angka dicocokkan dengan bukti dukung.")).to_be_visible()
        _gambar(page, "23-persetujuan-disahkan")
        page.get_by_role("button", name="Keluar").click()
        _masuk(page, live_server, "admin", sandi)
        page.goto(halaman_tahun)
        page.get_by_role("button", name="Terbitkan").click()
        expect(page.get_by_text("LKj diterbitkan")).to_be_visible()
        _gambar(page, "23-dokumen-diterbitkan")
        page.get_by_role("link", name="Lihat seluruh riwayat perubahan").click()
        expect(page.get_by_role("heading", name="Riwayat perubahan 2023")).to_be_visible()
        _gambar(page, "23-riwayat")
        page.get_by_role("button", name="Keluar").click()

        page.goto(f"{live_server.url}/publik/")
        expect(page.get_by_role("cell", name="Kecamatan Kalumpang")).to_be_visible()
        assert "Dinas Pendidikan" not in page.locator("main").inner_text()  # nothing published there
        _gambar(page, "24-publik")
        page.get_by_role("link", name="Hasil IKU").click()
        expect(page.get_by_text("105,62 %")).to_be_visible()
        _gambar(page, "25-publik-detail")
    finally:
        konteks.close()

    ponsel = peramban.new_context(viewport={"width": 390, "height": 844}, locale="id-ID")
    page = ponsel.new_page()
    try:
        page.goto(f"{live_server.url}/publik/{tk.instansi_id}/2023/")
        _tanpa_gulir_datar(page, 390)
        _gambar(page, "26-publik-detail-ponsel")
        _masuk(page, live_server, "camat.kalumpang", sandi)
        page.goto(f"{live_server.url}/instansi/{tk.instansi_id}/kinerja/2023/dasbor/")
        _tanpa_gulir_datar(page, 390)
        _gambar(page, "27-dasbor-kantor-ponsel")
        page.get_by_role("button", name="Keluar").click()
        _masuk(page, live_server, "reviewer", sandi)
        page.goto(f"{live_server.url}/dasbor/")
        _tanpa_gulir_datar(page, 390)
        _gambar(page, "28-dasbor-pemda-ponsel")
    finally:
        ponsel.close()
