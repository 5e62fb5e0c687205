"""The office-year page, the instansi page's year list and the home page status."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sakip.web.kinerja.services import berkas_simpan

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_a(instansi_a, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)


def _masuk(client, user, sandi):
    assert client.login(username=user.username, password=sandi)
    return client


def test_beranda_menampilkan_status_tahun(client, orang, sandi, data_a):
    isi = _masuk(client, orang["admin"], sandi).get("/?tahun=2023").content.decode()
    assert "Draf" in isi and "Belum ada data" in isi  # Kalumpang has 2023 data, Dinas Pendidikan not
    isi = client.get("/?tahun=2022").content.decode()
    assert "Draf" not in isi


def test_halaman_instansi_mendaftar_tahun(client, orang, sandi, instansi_a, data_a):
    isi = _masuk(client, orang["pimpinan_a"], sandi).get(reverse("organisasi:instansi_detail", args=[instansi_a.pk])).content.decode()
    assert "Tahun 2023" in isi and reverse("kinerja:tahun_kinerja_detail", args=[instansi_a.pk, 2023]) in isi
    r = client.get(reverse("kinerja:tahun_kinerja_pilih", args=[instansi_a.pk]), {"tahun": "2021"})
    assert r.status_code == 302 and r["Location"].endswith("/kinerja/2021/")
    r = client.get(reverse("kinerja:tahun_kinerja_pilih", args=[instansi_a.pk]), {"tahun": "abc"}, follow=True)
    assert "tidak dapat dipakai" in r.content.decode()


@pytest.mark.parametrize(("siapa", "unggah"), [("operator_a", True), ("admin", True), ("pimpinan_a", False),
                                               ("reviewer", False), ("pembaca_a", False)])
def test_halaman_tahun_tombol_sesuai_peran(client, orang, sandi, instansi_a, data_a, siapa, unggah):
    isi = _masuk(client, orang[siapa], sandi).get(reverse("kinerja:tahun_kinerja_detail", args=[instansi_a.pk, 2023])).content.decode()
    assert "Unduh buku kerja (.xlsx)" in isi and "53 (IKU: 3)" in isi and "31 (pagu Rp 3.397.085.593)" in isi
    assert ("Unggah buku kerja" in isi.replace("Unduh buku kerja", "")) == unggah


def test_tahun_tanpa_data(client, orang, sandi, instansi_a):
    isi = _masuk(client, orang["operator_a"], sandi).get(reverse("kinerja:tahun_kinerja_detail", args=[instansi_a.pk, 2024])).content.decode()
    assert "Belum ada data kinerja tahun 2024" in isi and "Unduh buku kerja" not in isi


def test_tahun_di_luar_batas_404(client, orang, sandi, instansi_a):
    assert _masuk(client, orang["admin"], sandi).get(f"/instansi/{instansi_a.pk}/kinerja/1999/").status_code == 404


def test_admin_django_hanya_baca(client, data_a, django_user_model):
    django_user_model.objects.create_superuser("it", "", "sandi-it-panjang-123")
    client.login(username="it", password="sandi-it-panjang-123")
    isi = client.get("/admin/kinerja/tahunkinerja/").content.decode()
    assert "Kecamatan Kalumpang" in isi
    assert client.get("/admin/kinerja/tahunkinerja/add/").status_code == 403


def test_tahun_kosong_menawarkan_templat_yang_dapat_diisi(client, orang, sandi, instansi_a, instansi_b, tmp_path):
    import openpyxl

    _masuk(client, orang["operator_a"], sandi)
    halaman = client.get(reverse("kinerja:tahun_kinerja_detail", args=[instansi_a.pk, 2024])).content.decode()
    url = reverse("kinerja:templat_unduh", args=[instansi_a.pk, 2024])
    assert url in halaman and "sakip templat" not in halaman  # no command line needed
    r = client.get(url)
    assert r.status_code == 200 and r.content[:2] == b"PK"
    (tmp_path / "t.xlsx").write_bytes(r.content)
    buku = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert "Petunjuk" in buku.sheetnames
    assert any(c.value == "Target 2024" for c in buku["Indikator"][1])
    assert client.get(reverse("kinerja:templat_unduh", args=[instansi_b.pk, 2024])).status_code == 404
