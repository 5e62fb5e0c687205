"""Approval: draf -> diajukan -> direviu -> disahkan, who may take each step, reasons, and the signed LKj."""

from __future__ import annotations

import hashlib

import pytest
from django.core.exceptions import PermissionDenied

from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.dokumen.services import folder_dokumen
from sakip.web.kinerja import models as m
from sakip.web.kinerja.services_alur import TRANSISI, StatusTidakSah, status_ubah, transisi_untuk
from sakip.web.riwayat.models import Riwayat

pytestmark = pytest.mark.django_db

# step -> roles of office A (or Pemda-wide) that may take it
BOLEH = {
    "ajukan": {"operator_a", "admin"}, "tarik": {"operator_a", "admin"}, "reviu": {"reviewer"},
    "kembalikan": {"reviewer"}, "sahkan": {"pimpinan_a"}, "buka": {"admin"},
}
SEMUA = ["operator_a", "admin", "pimpinan_a", "pembaca_a", "pembaca_pemda", "reviewer", "operator_b", "admin_lain"]
DARI = {"ajukan": "draf", "tarik": "diajukan", "reviu": "diajukan", "kembalikan": "direviu", "sahkan": "direviu",
        "buka": "disahkan"}
ALASAN = "Alasan yang cukup panjang."


@pytest.fixture
def tk(orang, instansi_a, kalumpang):
    from sakip.web.kinerja.services import berkas_simpan

    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    return m.TahunKinerja.objects.get(instansi=instansi_a, tahun=2023)


@pytest.mark.parametrize("langkah", list(BOLEH))
def test_siapa_boleh_melakukan_langkah(orang, tk, langkah, monkeypatch):
    monkeypatch.setattr("sakip.web.kinerja.services_alur._susun_dokumen_sah", lambda objek, oleh: None)
    assert set(BOLEH) == set(TRANSISI)
    for siapa in SEMUA:
        m.TahunKinerja.objects.filter(pk=tk.pk).update(status=DARI[langkah])
        tk.refresh_from_db()
        terlihat = {t.nama for t in transisi_untuk(user=orang[siapa], objek=tk)}
        if siapa in BOLEH[langkah]:
            assert langkah in terlihat, siapa
            status_ubah(objek=tk, transisi=langkah, oleh=orang[siapa], alasan=ALASAN)
            assert m.TahunKinerja.objects.get(pk=tk.pk).status == TRANSISI[langkah].ke
        else:
            assert langkah not in terlihat, siapa
            with pytest.raises(PermissionDenied):
                status_ubah(objek=tk, transisi=langkah, oleh=orang[siapa], alasan=ALASAN)
            assert m.TahunKinerja.objects.get(pk=tk.pk).status == DARI[langkah]


def test_alasan_wajib_dan_status_salah(orang, tk):
    n = Riwayat.objects.count()
    with pytest.raises(StatusTidakSah, match="sedikit 10 huruf"):
        status_ubah(objek=tk, transisi="tarik", oleh=orang["operator_a"], alasan="  ")
    with pytest.raises(StatusTidakSah, match="berstatus draf"):
        status_ubah(objek=tk, transisi="reviu", oleh=orang["reviewer"])
    with pytest.raises(StatusTidakSah, match="tidak dikenal"):
        status_ubah(objek=tk, transisi="hapus", oleh=orang["admin"])
    assert Riwayat.objects.count() == n and m.TahunKinerja.objects.get(pk=tk.pk).status == "draf"


@pytest.mark.lambat
def test_alur_lengkap_lewat_layar_dan_lkj_yang_disahkan(client, orang, tk):
    alamat = f"/instansi/{tk.instansi_id}/kinerja/2023/status/"
    langkah = [("operator_a", "ajukan", ""), ("reviewer", "kembalikan", "Bukti realisasi IKU-2 belum lengkap."),
               ("operator_a", "ajukan", ""), ("reviewer", "reviu", "Sesuai bukti."), ("pimpinan_a", "sahkan", "")]
    for siapa, t, alasan in langkah:
        client.force_login(orang[siapa])
        r = client.post(alamat, {"transisi": t, "alasan": alasan}, follow=True)
        assert r.status_code == 200 and "kini berstatus" in r.content.decode(), (siapa, t)
    tk.refresh_from_db()
    assert tk.status == "disahkan"
    sah = DokumenTerbit.objects.get(tahun_kinerja=tk, disahkan_pada__isnull=False)
    assert sah.jenis == "lkj" and sah.disahkan_oleh == orang["pimpinan_a"] and sah.versi_data == tk.versi
    pdf = (folder_dokumen() / sah.berkas["pdf"]["path"]).read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == sah.berkas["pdf"]["sha256"]

    jejak = list(Riwayat.objects.filter(instansi_id=tk.instansi_id, aksi="status").order_by("id"))
    assert [(r.sebelum["status"], r.sesudah["status"]) for r in jejak] == [
        ("draf", "diajukan"), ("diajukan", "draf"), ("draf", "diajukan"), ("diajukan", "direviu"), ("direviu", "disahkan")]
    assert jejak[1].alasan == "Bukti realisasi IKU-2 belum lengkap." and jejak[1].pengguna == orang["reviewer"]
    assert jejak[-1].sesudah["dokumen"]["pdf"] == sah.berkas["pdf"]["sha256"]

    # generating another LKj later never replaces the signed one
    from sakip.web.dokumen.services import dokumen_susun

    dokumen_susun(tahun_kinerja=tk, jenis="lkj")
    dokumen_susun(tahun_kinerja=tk, jenis="lkj")
    assert DokumenTerbit.objects.filter(pk=sah.pk).exists()

    # reopening needs the admin and a written reason, and is recorded
    client.force_login(orang["admin"])
    html = client.post(alamat, {"transisi": "buka", "alasan": "pendek"}, follow=True).content.decode()
    assert "paling sedikit 10 huruf" in html and m.TahunKinerja.objects.get(pk=tk.pk).status == "disahkan"
    client.post(alamat, {"transisi": "buka", "alasan": "Koreksi realisasi IKU-3 atas temuan BPK."})
    assert m.TahunKinerja.objects.get(pk=tk.pk).status == "draf"
    buka = Riwayat.objects.filter(instansi_id=tk.instansi_id, aksi="status").order_by("-id").first()
    assert buka.alasan == "Koreksi realisasi IKU-3 atas temuan BPK." and buka.pengguna == orang["admin"]
    assert DokumenTerbit.objects.filter(pk=sah.pk, disahkan_pada__isnull=False).exists()  # the signed file stays


@pytest.mark.lambat
def test_pk_murni_disahkan_lalu_perubahan_keduanya_tersimpan(orang, tk):
    murni = m.PerjanjianKinerja.objects.get(tahun_kinerja=tk, nomor_urut=0)
    for siapa, t in (("operator_a", "ajukan"), ("reviewer", "reviu"), ("pimpinan_a", "sahkan")):
        status_ubah(objek=murni, transisi=t, oleh=orang[siapa])
    assert m.PerjanjianKinerja.objects.get(pk=murni.pk).status == "disahkan"
    assert m.TahunKinerja.objects.get(pk=tk.pk).status == "draf"  # the year goes on
    dok = DokumenTerbit.objects.get(tahun_kinerja=tk, disahkan_pada__isnull=False)
    assert dok.jenis == "pk-murni" and dok.nomor_urut_pk == 0
    assert Riwayat.objects.filter(instansi_id=tk.instansi_id, entitas="Perjanjian kinerja", kunci="0", aksi="status").count() == 3
