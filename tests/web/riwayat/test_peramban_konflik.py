"""In Chromium: two people edit the same realisasi; the second sees the first's change and keeps their input.
Then the year is submitted and the same screen is read-only and says why.

Screenshots: ``artefak/screenshots/30-konflik.png``, ``31-terkunci.png``, ``32-riwayat-objek.png``.
"""

from __future__ import annotations

import pytest

from web.test_peramban import _gambar, _masuk, peramban, pytestmark  # noqa: F401  (shared Chromium)

sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")
expect = sync_api.expect


@pytest.fixture
def data(transactional_db, orang, tk_a):
    return tk_a


def test_konflik_lalu_terkunci(peramban, live_server, data, sandi):
    alamat = f"{live_server.url}/instansi/{data.instansi_id}/kinerja/2023/entri/realisasi/IKU-1/2023/"
    a = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    b = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    try:
        operator, admin = a.new_page(), b.new_page()
        _masuk(operator, live_server, "operator.a", sandi)
        _masuk(admin, live_server, "admin", sandi)
        operator.goto(alamat)
        admin.goto(alamat)
        admin.get_by_label("Realisasi tahunan").fill("8:9")
        admin.get_by_label("Keterangan").fill("Diperbaiki sesuai SK Camat")
        admin.get_by_role("button", name="Simpan realisasi").click()
        expect(admin.get_by_text("disimpan")).to_be_visible()

        operator.get_by_label("Realisasi tahunan").fill("6:9")
        operator.get_by_label("Uraian/analisis capaian").fill("Analisis yang saya tulis panjang-panjang")
        operator.get_by_role("button", name="Simpan realisasi").click()
        kotak = operator.get_by_role("alert", name="Data ini diubah orang lain sejak Anda membukanya")
        expect(kotak).to_be_visible()
        expect(kotak).to_contain_text("Admin")
        expect(kotak).to_contain_text("8:9")
        expect(kotak).to_contain_text("Diperbaiki sesuai SK Camat")
        expect(operator.get_by_label("Uraian/analisis capaian")).to_have_value("Analisis yang saya tulis panjang-panjang")
        _gambar(operator, "30-konflik")
        operator.get_by_role("button", name="Simpan realisasi").click()  # saved knowingly, over the other change
        expect(operator.get_by_text("disimpan")).to_be_visible()
        expect(operator.get_by_label("Realisasi tahunan")).to_have_value("6:9")

        admin.goto(f"{live_server.url}/instansi/{data.instansi_id}/kinerja/2023/")
        admin.get_by_role("button", name="Ajukan untuk direviu").first.click()
        expect(admin.get_by_text("kini berstatus diajukan")).to_be_visible()
        operator.goto(alamat)
        expect(operator.get_by_text("dan terkunci; tidak dapat diubah")).to_be_visible()
        assert operator.get_by_role("button", name="Simpan realisasi").count() == 0
        _gambar(operator, "31-terkunci")
        operator.get_by_role("link", name="Riwayat data ini").click()
        expect(operator.get_by_role("heading", name="Riwayat perubahan 2023")).to_be_visible()
        expect(operator.get_by_text("Satu data: IKU-1|2023")).to_be_visible()
        _gambar(operator, "32-riwayat-objek")
    finally:
        a.close()
        b.close()
