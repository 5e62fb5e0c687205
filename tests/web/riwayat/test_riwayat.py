"""The audit trail: every change recorded with who/when/where/before/after, append-only, chained, exportable."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError

from sakip.web.entri import services
from sakip.web.kinerja import models as m
from sakip.web.riwayat.models import Riwayat, RiwayatTidakBolehDiubah
from sakip.web.riwayat.selectors import rantai_periksa

from .conftest import url

pytestmark = pytest.mark.django_db


def _baru(sejak: int):
    return list(Riwayat.objects.filter(id__gt=sejak).order_by("id"))


def _akhir() -> int:
    return Riwayat.objects.order_by("-id").values_list("id", flat=True).first() or 0


def test_rangkaian_suntingan_tercatat_semua(client, orang, tk_a):
    """A scripted series of edits through the screens: one audit row per thing changed, with its values."""
    client.force_login(orang["operator_a"])
    awal = _akhir()
    r = m.Realisasi.objects.get(tahun_kinerja=tk_a, indikator__kode="IKU-1", tahun=2023)
    lama = r.nilai
    client.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": r.versi, "nilai": "8:9", "uraian": "Naik"},
                REMOTE_ADDR="10.1.2.3", HTTP_USER_AGENT="Uji/1.0")
    a = m.Anggaran.objects.get(tahun_kinerja=tk_a, sub_kegiatan__kode="7.01.01.2.01.0001")
    client.post(url("anggaran_ubah", tk_a, "7.01.01.2.01.0001"), {"versi": a.versi, "pagu_murni": "1.500.000,50"})
    tk_a.refresh_from_db()
    narasi = {k: v for k, v in (tk_a.narasi or {}).items() if v}
    client.post(url("narasi", tk_a), {**narasi, "versi": tk_a.versi, "penutup": "Penutup baru."})
    t = m.TargetPK.objects.get(perjanjian__tahun_kinerja=tk_a, perjanjian__nomor_urut=0, indikator__kode="IKU-1")
    client.post(url("target_pk_ubah", tk_a, 0, "IKU-1"), {"versi": t.versi, "target": "9:9"})
    t.refresh_from_db()
    client.post(url("target_pk_ubah", tk_a, 0, "IKU-1"), {"versi": t.versi, "target": "9:9", "hapus": "1"})

    baris = _baru(awal)
    assert [(x.entitas, x.aksi) for x in baris] == [
        ("Realisasi", "diubah"), ("Anggaran", "diubah"), ("Narasi", "diubah"), ("Target PK", "diubah"), ("Target PK", "dihapus"),
    ]
    real = baris[0]
    assert real.kunci == "IKU-1|2023" and real.sebelum["nilai"] == lama and real.sesudah["nilai"] == "8:9"
    assert real.sesudah["uraian"] == "Naik"
    assert real.pengguna == orang["operator_a"] and real.jalur == "web"
    assert real.alamat_ip == "10.1.2.3" and real.agen == "Uji/1.0"
    assert baris[1].sesudah["pagu_murni"] == "1.500.000,50"  # as the user typed it
    assert baris[2].kunci == "penutup" and baris[2].sesudah == {"teks": "Penutup baru."}
    assert baris[4].sebelum["target"] == "9:9" and baris[4].sesudah is None
    assert [x.versi_data for x in baris] == sorted(x.versi_data for x in baris)
    assert rantai_periksa(instansi_id=tk_a.instansi_id, tahun=2023) == []


def test_impor_tercatat_per_data(client, orang, tk_a, kalumpang):
    from sakip.web.kinerja.services import berkas_simpan
    from sakip.web.riwayat.konteks import jalur_audit

    awal = _akhir()
    b = kalumpang.model_copy(deep=True)
    b.anggaran[0] = b.anggaran[0].model_copy(update={"realisasi": b.anggaran[0].pagu})
    del b.realisasi[0]
    with jalur_audit("cli", oleh=orang["admin"]):
        berkas_simpan(instansi=tk_a.instansi, tahun=2023, berkas=b)
    baris = _baru(awal)
    assert {(x.entitas, x.aksi) for x in baris} == {("Anggaran", "diubah"), ("Realisasi", "dihapus")}
    assert all(x.jalur == "cli" and x.pengguna == orang["admin"] for x in baris)


def test_riwayat_tidak_dapat_diubah_atau_dihapus_lewat_orm(tk_a):
    r = Riwayat.objects.filter(instansi_id=tk_a.instansi_id).first()
    r.alasan = "diubah diam-diam"
    for aksi in (r.save, r.delete, lambda: Riwayat.objects.filter(pk=r.pk).update(alasan="x"),
                 lambda: Riwayat.objects.filter(pk=r.pk).delete()):
        with pytest.raises(RiwayatTidakBolehDiubah):
            aksi()


def test_basis_data_menolak_update_riwayat(tk_a):
    """Even SQL written by hand cannot edit a row (trigger); on PostgreSQL it cannot delete one either."""
    r = Riwayat.objects.filter(instansi_id=tk_a.instansi_id).first()
    perintah = ["UPDATE riwayat_riwayat SET alasan = 'x' WHERE id = %s"]
    if connection.vendor == "postgresql":
        perintah.append("DELETE FROM riwayat_riwayat WHERE id = %s")
    for sql in perintah:
        with pytest.raises(DatabaseError, match="hanya dapat ditambah"), transaction.atomic(), connection.cursor() as c:
            c.execute(sql, [r.pk])
    assert Riwayat.objects.get(pk=r.pk).alasan == r.alasan


def test_rantai_mendeteksi_baris_yang_dihapus_atau_diubah(tk_a):
    """Tampering behind the application's back (triggers removed first) breaks the SHA-256 chain."""
    ids = list(Riwayat.objects.filter(instansi_id=tk_a.instansi_id).order_by("id").values_list("id", flat=True))
    assert len(ids) >= 3 and rantai_periksa(instansi_id=tk_a.instansi_id, tahun=2023) == []
    with connection.cursor() as c:
        if connection.vendor == "postgresql":
            c.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks pending before ALTER TABLE
            c.execute("ALTER TABLE riwayat_riwayat DISABLE TRIGGER riwayat_tambah_saja")
        else:
            c.execute("DROP TRIGGER riwayat_tambah_saja")
        c.execute("UPDATE riwayat_riwayat SET label = 'palsu' WHERE id = %s", [ids[0]])
        c.execute("DELETE FROM riwayat_riwayat WHERE id = %s", [ids[1]])
    putus = rantai_periksa(instansi_id=tk_a.instansi_id, tahun=2023)
    assert [p.id for p in putus] == [ids[0], ids[2]]


def test_halaman_riwayat_per_objek_dan_ekspor(client, orang, tk_a):
    client.force_login(orang["operator_a"])
    r = m.Realisasi.objects.get(tahun_kinerja=tk_a, indikator__kode="IKU-1", tahun=2023)
    client.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": r.versi, "nilai": "8:9"}, REMOTE_ADDR="10.9.9.9")
    alamat = f"/instansi/{tk_a.instansi_id}/kinerja/2023/riwayat/"
    html = client.get(alamat, {"entitas": "Realisasi", "kunci": "IKU-1|2023"}).content.decode()
    assert "IKU-1 tahun 2023" in html and "8:9" in html and "Rantai sidik SHA-256 utuh" in html
    assert "10.9.9.9" not in html  # operators do not see IP addresses
    reviewer = client.get(alamat, {"entitas": "Realisasi"}, HTTP_HOST="testserver")
    client.force_login(orang["reviewer"])
    assert "10.9.9.9" in client.get(alamat, {"entitas": "Realisasi"}).content.decode()
    assert reviewer.status_code == 200

    isi = client.get(alamat, {"entitas": "Realisasi", "format": "csv"}).content.decode("utf-8-sig")
    baris = list(csv.reader(io.StringIO(isi)))
    assert baris[0][:3] == ["Waktu", "Pengguna", "Jalur"]
    assert any(b[9] == "nilai" and b[11] == "8:9" and b[3] == "10.9.9.9" for b in baris[1:])

    from openpyxl import load_workbook

    resp = client.get(alamat, {"format": "xlsx"})
    ws = load_workbook(io.BytesIO(resp.content)).active
    assert ws["A2"].value == "Waktu" and ws.max_row > 3

    client.force_login(orang["operator_b"])
    assert client.get(alamat).status_code == 404


def test_konflik_menampilkan_perubahan_orang_lain(client, orang, tk_a):
    """Two people open the same realisasi; the second save is refused and shows what the first changed."""
    r = m.Realisasi.objects.get(tahun_kinerja=tk_a, indikator__kode="IKU-1", tahun=2023)
    dilihat = r.versi
    services.realisasi_simpan(tahun_kinerja=tk_a, oleh=orang["admin"], kode="IKU-1", tahun=2023,
                              isian={"nilai": "7:9", "keterangan": "dari admin"}, versi=dilihat)
    client.force_login(orang["operator_a"])
    resp = client.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": dilihat, "nilai": "6:9", "uraian": "isian saya"})
    html = resp.content.decode()
    assert resp.status_code == 409
    assert "diubah orang lain sejak Anda membukanya" in html
    assert "admin" in html and "7:9" in html and "dari admin" in html
    assert "isian saya" in html  # what the user typed is still in the form
    assert m.Realisasi.objects.get(pk=r.pk).nilai == "7:9"
    # the form now carries the current version: saving again, knowingly, goes through
    versi_kini = m.Realisasi.objects.get(pk=r.pk).versi
    assert f'name="versi" value="{versi_kini}"' in html
    client.post(url("realisasi_ubah", tk_a, "IKU-1", 2023), {"versi": versi_kini, "nilai": "6:9", "uraian": "isian saya"})
    assert m.Realisasi.objects.get(pk=r.pk).nilai == "6:9"


def test_layar_isian_menaut_riwayat_datanya(client, orang, tk_a):
    client.force_login(orang["pembaca_a"])
    html = client.get(url("realisasi_ubah", tk_a, "IKU-1", 2023)).content.decode()
    assert f"/instansi/{tk_a.instansi_id}/kinerja/2023/riwayat/?entitas=Realisasi&amp;kunci=IKU-1%7C2023" in html


def test_simpan_tanpa_mengubah_tidak_mencatat_apa_pun(client, orang, tk_a):
    """A browser sends text areas back with CRLF line ends; saving an untouched form changes nothing."""
    client.force_login(orang["operator_a"])
    awal, versi = _akhir(), tk_a.versi
    for alamat in (url("realisasi_ubah", tk_a, "IKU-1", 2023), url("narasi", tk_a)):
        form = client.get(alamat).context["form"]
        isi = {k: str(v).replace("\n", "\r\n") for k, v in form.initial.items() if v is not None}
        assert any("\r\n" in v for v in isi.values()), alamat  # the case that matters: multi-line text
        r = client.post(alamat, isi)
        assert r.status_code == 302, alamat
    assert _baru(awal) == [] and m.TahunKinerja.objects.get(pk=tk_a.pk).versi == versi
