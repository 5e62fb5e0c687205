"""Realisasi: saving, the import's messages, the live capaian endpoint, no lost edits, evidence files."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.berkas import BerkasTidakSah, dari_yaml, ke_yaml
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client, orang, tk_a):
    client.force_login(orang["operator_a"])
    return client


def _realisasi(tk, kode="IKU-1", tahun=2023):
    return m.Realisasi.objects.get(tahun_kinerja=tk, indikator__kode=kode, tahun=tahun)


def test_simpan_realisasi_menaikkan_versi_dan_mencatat_pengubah(operator, orang, tk_a):
    r0, v0 = _realisasi(tk_a), tk_a.versi
    resp = operator.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": r0.versi, "nilai": "8:9", "keterangan": "naik"})
    assert resp.status_code == 302
    r1 = _realisasi(tk_a)
    assert (r1.nilai, r1.keterangan, r1.versi) == ("8:9", "naik", r0.versi + 1)
    assert r1.diubah_oleh == orang["operator_a"]
    tk = m.TahunKinerja.objects.get(pk=tk_a.pk)
    assert tk.versi == v0 + 1 and tk.diubah_oleh == orang["operator_a"]
    # the page shows the capaian computed after saving (works without JavaScript)
    html = operator.get(url("realisasi_ubah", tk_a, "IKU-1", 2023)).content.decode()
    assert "400,00 %" in html and "Sangat Tinggi" in html


def _pesan_impor(kalumpang, nilai: str) -> str:
    """The message the YAML import gives for the same value in the same place."""
    b = kalumpang.model_copy(deep=True)
    teks = ke_yaml(b).replace("nilai: '7:9'", f"nilai: '{nilai}'", 1).replace('nilai: "7:9"', f'nilai: "{nilai}"', 1)
    assert nilai in teks
    with pytest.raises(BerkasTidakSah) as e:
        dari_yaml(teks)
    return e.value.masalah[0].pesan


@pytest.mark.parametrize("nilai", ["133.825.00,00", "2.807.870.000.00"])
def test_pesan_galat_sama_dengan_impor(operator, tk_a, kalumpang, nilai):
    r0 = _realisasi(tk_a)
    resp = operator.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": r0.versi, "nilai": nilai})
    assert resp.status_code == 400
    galat = resp.context["form"].errors["nilai"]
    assert galat == [_pesan_impor(kalumpang, nilai)]
    assert _realisasi(tk_a).nilai == "7:9" and _realisasi(tk_a).versi == r0.versi  # nothing half-saved


def test_galat_triwulan_pada_kolomnya(operator, tk_a):
    r0 = _realisasi(tk_a, "IKU-3")
    resp = operator.post(url("realisasi_ubah", tk_a, "IKU-3", 2023), {"versi": r0.versi, "tw2": "1,2,3"})
    assert resp.status_code == 400 and "tw2" in resp.context["form"].errors


def test_versi_berubah_ditolak(client, orang, tk_a):
    r0 = _realisasi(tk_a)
    client.force_login(orang["admin"])
    client.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": r0.versi, "nilai": "8:9"})
    client.force_login(orang["operator_a"])
    resp = client.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": r0.versi, "nilai": "6:9"})
    assert resp.status_code == 409
    pesan = " ".join(resp.context["form"].non_field_errors())
    assert "belum disimpan karena data ini diubah orang lain" in pesan and "simpan lagi" in pesan
    assert "Admin" in resp.content.decode() and "8:9" in resp.content.decode()  # who and what, in the conflict box
    assert _realisasi(tk_a).nilai == "8:9"


def _capaian(client, tk, kode="IKU-1", **isian):
    r = client.get(url("realisasi_capaian", tk, kode, 2023), isian)
    assert r.status_code == 200
    return r.json()


def test_capaian_rasio_350_persen(operator, tk_a):
    d = _capaian(operator, tk_a, nilai="7:9")
    assert (d["status"], d["capaian"], d["kategori"]) == ("terhitung", "350,00 %", "Sangat Tinggi")
    assert d["target"] == "2 : 9" and d["sumber_target"] == "PK perubahan ke-1"
    assert d["rumus"] == "(7 / 9) / (2 / 9) × 100 = 350,00 %" and d["kode_warna"].startswith("#")


def test_capaian_ikm_105_62(operator, tk_a):
    d = _capaian(operator, tk_a, "IKU-3", nilai="88,72")
    assert (d["capaian"], d["kategori"]) == ("105,62 %", "Sangat Tinggi")


def test_capaian_tanpa_isian_dan_isian_rusak(operator, tk_a):
    assert _capaian(operator, tk_a, nilai="") == {**_capaian(operator, tk_a), "status": "belum_diisi"}
    assert _capaian(operator, tk_a)["alasan"] == "realisasi belum diisi"
    d = _capaian(operator, tk_a, "IKU-3", nilai="133.825.00,00")
    assert d["status"] == "tidak_sah" and d["medan"] == "nilai" and d["capaian"] is None
    assert "pemisah ribuan '.' tidak beraturan" in d["alasan"]


def test_capaian_dari_triwulan_dengan_metode_indikator(operator, tk_a):
    """No annual value: the quarters are combined by the indicator's metode_agregasi (nilai_akhir here)."""
    d = _capaian(operator, tk_a, "IKU-3", tw1="80", tw2="84")
    assert d["capaian"] == "100,00 %"


def test_capaian_tidak_menyimpan(operator, tk_a):
    v = m.TahunKinerja.objects.get(pk=tk_a.pk).versi
    _capaian(operator, tk_a, nilai="9:9")
    assert m.TahunKinerja.objects.get(pk=tk_a.pk).versi == v and _realisasi(tk_a).nilai == "7:9"


def test_mengosongkan_semua_menghapus_realisasi(operator, tk_a):
    r0 = _realisasi(tk_a, "IK-7.01.01")
    operator.post(url("realisasi_ubah", tk_a, "IK-7.01.01", 2023), {"versi": r0.versi})
    assert not m.Realisasi.objects.filter(pk=r0.pk).exists()
    assert berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023).realisasi_indikator("IK-7.01.01") is None


# --- evidence -----------------------------------------------------------------------


def _unggah(client, tk, nama, isi, jenis="application/pdf"):
    return client.post(url("bukti_tambah", tk, "IKU-1", 2023), {"berkas": SimpleUploadedFile(nama, isi, content_type=jenis)},
                       follow=True)


def test_unggah_bukti_dan_unduh(operator, tk_a, settings, django_capture_on_commit_callbacks):
    r = _unggah(operator, tk_a, "SK Desa Maju.pdf", b"%PDF-1.7 data")
    assert "diunggah" in r.content.decode()
    bukti = m.BuktiRealisasi.objects.get(realisasi__indikator__kode="IKU-1")
    assert bukti.nama == "SK_Desa_Maju.pdf" and bukti.ukuran == 13
    assert str(settings.MEDIA_ROOT) in bukti.berkas.path
    assert berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023).realisasi_indikator("IKU-1").bukti == ["SK_Desa_Maju.pdf"]
    unduh = operator.get(url("bukti_unduh", tk_a, bukti.pk))
    assert b"".join(unduh.streaming_content) == b"%PDF-1.7 data"
    # the same name again gets a suffix, never overwrites
    _unggah(operator, tk_a, "SK Desa Maju.pdf", b"%PDF-1.7 lain")
    assert sorted(m.BuktiRealisasi.objects.values_list("nama", flat=True)) == ["SK_Desa_Maju-2.pdf", "SK_Desa_Maju.pdf"]
    # deleting removes the row and the file
    jalur = bukti.berkas.path
    with django_capture_on_commit_callbacks(execute=True):
        operator.post(url("bukti_hapus", tk_a, bukti.pk))
    assert not m.BuktiRealisasi.objects.filter(pk=bukti.pk).exists()
    assert not Path(jalur).exists()


@pytest.mark.parametrize("nama,isi,pesan", [
    ("program.exe", b"MZ\x90\x00", "tidak diterima"),
    ("palsu.pdf", b"MZ\x90\x00 bukan pdf", "Isi berkas tidak sesuai"),
    ("foto.png", b"\xff\xd8\xff jpeg", "Isi berkas tidak sesuai"),
])
def test_unggah_bukti_ditolak(operator, tk_a, nama, isi, pesan):
    r = _unggah(operator, tk_a, nama, isi)
    assert pesan in r.content.decode()
    assert not m.BuktiRealisasi.objects.exists()


def test_unggah_bukti_terlalu_besar(operator, tk_a, monkeypatch):
    from sakip.web.kinerja import models

    monkeypatch.setattr(models, "BATAS_BUKTI", 1000)
    r = _unggah(operator, tk_a, "besar.pdf", b"%PDF" + b"0" * 2000)
    assert "paling besar" in r.content.decode()
    assert not m.BuktiRealisasi.objects.exists()
