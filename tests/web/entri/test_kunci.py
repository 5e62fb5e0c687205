"""A year past draf, or a PK version past draf, is refused by every write path and nothing changes."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.web.entri import services
from sakip.web.kinerja import models as m
from sakip.web.kinerja.services import DataTerkunci, berkas_simpan
from sakip.web.riwayat.models import Riwayat

from .conftest import url
from .test_akses import TULIS

pytestmark = pytest.mark.django_db


def _jejak(tk):
    """What a refused write must leave untouched: the data version, every row version, the audit trail."""
    versi = [tuple(model.objects.filter(tahun_kinerja=tk).values_list("pk", "versi").order_by("pk"))
             for model in (m.Realisasi, m.Anggaran, m.TargetPK, m.ProgramPK, m.PerjanjianKinerja, m.Indikator)]
    return m.TahunKinerja.objects.get(pk=tk.pk).versi, versi, Riwayat.objects.count()


def _kunci(tk, status):
    m.TahunKinerja.objects.filter(pk=tk.pk).update(status=status)
    tk.refresh_from_db()


@pytest.mark.parametrize("status", ["diajukan", "direviu", "disahkan"])
@pytest.mark.parametrize("siapa", ["operator_a", "admin"])
def test_layar_menolak_tahun_terkunci(client, orang, tk_a, status, siapa):
    _kunci(tk_a, status)
    sebelum = _jejak(tk_a)
    client.force_login(orang[siapa])
    for nama, args, isi in TULIS:
        if nama == "bukti_tambah":
            isi = {"berkas": SimpleUploadedFile("sk.pdf", b"%PDF-1.4 x", content_type="application/pdf")}
        r = client.post(url(nama, tk_a, *args), isi)
        assert r.status_code == 423, (nama, r.status_code)
        assert "terkunci" in r.content.decode(), nama
    assert _jejak(tk_a) == sebelum


def test_layar_terkunci_tanpa_tombol_simpan(client, orang, tk_a):
    _kunci(tk_a, "disahkan")
    html = client.force_login(orang["operator_a"]) or client.get(url("realisasi_ubah", tk_a, "IKU-1", 2023)).content.decode()
    assert "berstatus <strong>disahkan</strong> dan terkunci" in html and "Simpan realisasi" not in html


def test_layanan_dan_impor_menolak_tahun_disahkan(orang, tk_a, kalumpang):
    _kunci(tk_a, "disahkan")
    sebelum = _jejak(tk_a)
    r = m.Realisasi.objects.filter(tahun_kinerja=tk_a).select_related("indikator").first()
    panggilan = [
        lambda: services.realisasi_simpan(tahun_kinerja=tk_a, oleh=orang["operator_a"], kode=r.indikator.kode, tahun=r.tahun,
                                          isian={"nilai": "1"}, versi=r.versi),
        lambda: services.bagian_simpan(tahun_kinerja=tk_a, oleh=None, bagian="prestasi", nilai=[], versi=tk_a.versi),
        lambda: services.bukti_tambah(tahun_kinerja=tk_a, oleh=None, kode="IKU-1", tahun=2023,
                                      berkas=SimpleUploadedFile("a.pdf", b"%PDF-1.4", content_type="application/pdf")),
        lambda: berkas_simpan(instansi=tk_a.instansi, tahun=2023, berkas=kalumpang.model_copy(update={"prestasi": []})),
        lambda: berkas_simpan(instansi=tk_a.instansi, tahun=2023, berkas=kalumpang, versi=tk_a.versi),
    ]
    for panggil in panggilan:
        with pytest.raises(DataTerkunci, match="sudah disahkan dan terkunci"):
            panggil()
    assert _jejak(tk_a) == sebelum


def test_impor_web_menolak_tahun_terkunci(client, orang, tk_a, kalumpang, tmp_path):
    from sakip.berkas.xlsx.tulis import tulis_xlsx

    client.force_login(orang["operator_a"])
    jalur = tmp_path / "k.xlsx"
    tulis_xlsx(kalumpang.model_copy(update={"prestasi": []}), jalur)
    with jalur.open("rb") as f:
        r = client.post(f"/instansi/{tk_a.instansi_id}/kinerja/2023/unggah/", {"berkas": f})
    assert r.status_code == 302
    _kunci(tk_a, "diajukan")
    sebelum = _jejak(tk_a)
    pratinjau = client.get(r["Location"])
    assert "terkunci" in pratinjau.content.decode()
    r = client.post(r["Location"] + "terapkan/", {"versi": tk_a.versi})
    assert r.status_code == 423 and "sudah diajukan untuk direviu dan terkunci" in r.content.decode()
    assert _jejak(tk_a) == sebelum


def test_pk_disahkan_terkunci_sisanya_tetap_dapat_diisi(client, orang, tk_a):
    pj = m.PerjanjianKinerja.objects.get(tahun_kinerja=tk_a, nomor_urut=0)
    m.PerjanjianKinerja.objects.filter(pk=pj.pk).update(status="disahkan")
    t = m.TargetPK.objects.filter(perjanjian=pj).select_related("indikator").first()
    client.force_login(orang["operator_a"])
    sebelum = _jejak(tk_a)
    r = client.post(url("target_pk_ubah", tk_a, 0, t.indikator.kode), {"versi": t.versi, "target": "99"})
    assert r.status_code == 423 and "PK murni sudah disahkan dan terkunci" in r.content.decode()
    assert _jejak(tk_a) == sebelum
    # the year itself is draf: realisasi is still entered
    real = m.Realisasi.objects.filter(tahun_kinerja=tk_a, tahun=2023).select_related("indikator").first()
    r = client.post(url("realisasi_ubah", tk_a, real.indikator.kode, 2023), {"versi": real.versi, "nilai": "5"})
    assert r.status_code == 302
    # a new PK perubahan is a new version beside the signed one, which stays as it was
    jumlah = m.PerjanjianKinerja.objects.filter(tahun_kinerja=tk_a).count()
    tk_a.refresh_from_db()
    r = client.post(url("pk_perubahan_buat", tk_a), {"versi": tk_a.versi, "alasan_perubahan": "pergantian_pejabat",
                                                     "tanggal": "2023-10-02"})
    assert r.status_code == 302
    assert m.PerjanjianKinerja.objects.filter(tahun_kinerja=tk_a).count() == jumlah + 1
    assert m.TargetPK.objects.get(pk=t.pk).target == t.target


def test_admin_django_hanya_baca(admin_client, tk_a):
    for model in (m.TahunKinerja, Riwayat):
        nama = f"admin:{model._meta.app_label}_{model._meta.model_name}_change"
        from django.urls import reverse

        obj = model.objects.filter(instansi_id=tk_a.instansi_id).first() if model is Riwayat else tk_a
        r = admin_client.post(reverse(nama, args=[obj.pk]), {"status": "draf"})
        assert r.status_code == 403, model
