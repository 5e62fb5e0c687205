"""Who may open and who may change each entry screen.

Office A's data: its operator and the Pemda-wide admin may change it; its pimpinan,
pembaca and the reviewer only read it (POST -> 403, nothing changes); office B's
operator and another Pemda's admin get 404 as if it did not exist.
"""

from __future__ import annotations

import pytest

from sakip.web.kinerja import models as m

from .conftest import url

pytestmark = pytest.mark.django_db

# (url name, extra args) readable with GET
HALAMAN = [
    ("beranda", ()), ("realisasi_list", ()), ("realisasi_ubah", ("IKU-1", 2023)), ("realisasi_capaian", ("IKU-1", 2023)),
    ("pk_list", ()), ("pk_ubah", (0,)), ("target_pk_ubah", (0, "IKU-1")), ("program_pk_ubah", (1, "7.01.01")),
    ("anggaran_list", ()), ("anggaran_ubah", ("7.01.01.2.01.0001",)), ("narasi", ()), ("lampiran", ()),
    ("renstra", ()), ("program_list", ()), ("tujuan_ubah", ("T1",)), ("sasaran_ubah", ("S2",)),
    ("indikator_ubah", ("IKU-1",)), ("kode_anggaran_ubah", ("7.01.01",)),
]

# (url name, args, POST data) that would change something if allowed
TULIS = [
    ("realisasi_ubah", ("IKU-1", 2023), {"versi": 1, "nilai": "8:9"}),
    ("pk_perubahan_buat", (), {"versi": 1, "alasan_perubahan": "pergantian_pejabat", "tanggal": "2023-10-02"}),
    ("pk_ubah", (0,), {"versi": 1, "tanggal": "2023-01-02", "nomor": "X"}),
    ("target_pk_ubah", (0, "IKU-1"), {"versi": 1, "target": "3:9"}),
    ("program_pk_ubah", (1, "7.01.01"), {"versi": 1, "anggaran": "1.000"}),
    ("anggaran_ubah", ("7.01.01.2.01.0001",), {"versi": 1, "pagu_murni": "1.000"}),
    ("narasi", (), {"versi": 1, "penutup": "Teks"}),
    ("lampiran", (), {"versi": 1, "prestasi": ""}),
    ("renstra", (), {"versi": 1, "tahun_awal": 2019, "tahun_akhir": 2023, "visi": "V", "misi-TOTAL_FORMS": 0,
                     "misi-INITIAL_FORMS": 0}),
    ("tujuan_ubah", ("T1",), {"versi": 1, "kode": "T1", "uraian": "U"}),
    ("sasaran_ubah", ("S2",), {"versi": 1, "kode": "S2", "uraian": "U"}),
    ("indikator_ubah", ("IKU-1",), {"versi": 1, "kode": "IKU-1", "nama": "N", "polaritas": "positif",
                                    "metode_agregasi": "nilai_akhir"}),
    ("kode_anggaran_ubah", ("7.01.01",), {"versi": 1, "kode": "7.01.01", "nama": "N"}),
    ("bukti_tambah", ("IKU-1", 2023), {}),
]

BACA = ["operator_a", "admin", "pimpinan_a", "pembaca_a", "pembaca_pemda", "reviewer"]
UBAH = ["operator_a", "admin"]
TERTUTUP = ["operator_b", "admin_lain"]


@pytest.fixture
def data(orang, tk_a, tk_b):
    return tk_a


def _masuk(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("siapa", BACA + TERTUTUP)
def test_halaman_baca(client, orang, data, siapa):
    _masuk(client, orang[siapa])
    for nama, args in HALAMAN:
        r = client.get(url(nama, data, *args))
        assert r.status_code == (200 if siapa in BACA else 404), (siapa, nama, r.status_code)


def test_tanpa_masuk_diarahkan_ke_halaman_masuk(client, data):
    for nama, args in HALAMAN:
        r = client.get(url(nama, data, *args))
        assert r.status_code == 302 and "/masuk/" in r["Location"], nama


@pytest.mark.parametrize("siapa", ["pimpinan_a", "pembaca_a", "pembaca_pemda", "reviewer", "operator_b", "admin_lain"])
def test_tulis_ditolak_tanpa_perubahan(client, orang, data, siapa):
    _masuk(client, orang[siapa])
    versi = m.TahunKinerja.objects.get(pk=data.pk).versi
    for nama, args, isi in TULIS:
        r = client.post(url(nama, data, *args), isi)
        assert r.status_code == (404 if siapa in TERTUTUP else 403), (siapa, nama, r.status_code)
    assert m.TahunKinerja.objects.get(pk=data.pk).versi == versi


def test_halaman_baca_saja_tanpa_tombol_simpan(client, orang, data):
    r = _masuk(client, orang["pimpinan_a"]).get(url("realisasi_ubah", data, "IKU-1", 2023))
    html = r.content.decode()
    assert "tidak dapat mengubahnya" in html and "Simpan realisasi" not in html and "disabled" in html


def test_bukti_orang_lain_404(client, orang, data, tk_b):
    """An evidence row of office B cannot be reached through office A's URL, nor by A's operator at all."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from sakip.web.entri import services

    bukti = services.bukti_tambah(tahun_kinerja=tk_b, oleh=None, kode="IKU-1", tahun=2023,
                                  berkas=SimpleUploadedFile("sk.pdf", b"%PDF-1.4 isi", content_type="application/pdf"))
    _masuk(client, orang["operator_a"])
    assert client.get(url("bukti_unduh", tk_b, bukti.pk)).status_code == 404
    assert client.get(url("bukti_unduh", data, bukti.pk)).status_code == 404
    assert client.post(url("bukti_hapus", data, bukti.pk)).status_code == 404
    _masuk(client, orang["operator_b"])
    r = client.get(url("bukti_unduh", tk_b, bukti.pk))
    assert r.status_code == 200 and b"".join(r.streaming_content) == b"%PDF-1.4 isi"
