"""Perjanjian Kinerja: a perubahan is a NEW version copied from the latest; earlier versions stay."""

from __future__ import annotations

import pytest

from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client, orang, tk_a):
    client.force_login(orang["operator_a"])
    return client


def _pk(tk):
    return {p.nomor_urut: p for p in m.PerjanjianKinerja.objects.filter(tahun_kinerja=tk)}


def test_pk_perubahan_versi_baru_dan_murni_tetap(operator, tk_a):
    sebelum = berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023).perjanjian_kinerja
    murni = _pk(tk_a)[0]
    r = operator.post(url("pk_perubahan_buat", tk_a), {
        "versi": tk_a.versi, "alasan_perubahan": "pergantian_pejabat", "uraian_alasan": "Camat baru", "tanggal": "2023-11-01",
        "nomor": "800/2023"})
    assert r.status_code == 302 and r["Location"].endswith("/pk/2/")
    sesudah = berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023).perjanjian_kinerja
    assert [p.nomor_urut for p in sesudah] == [0, 1, 2]
    assert sesudah[:2] == sebelum  # murni and perubahan 1 untouched
    baru = sesudah[2]
    assert (baru.jenis, baru.alasan_perubahan, baru.uraian_alasan, str(baru.tanggal)) == (
        "perubahan", "pergantian_pejabat", "Camat baru", "2023-11-01")
    assert baru.sasaran == sebelum[1].sasaran and baru.program == sebelum[1].program  # copied from the latest
    assert _pk(tk_a)[0].versi == murni.versi
    # the realisasi screen now measures against the new version
    d = operator.get(url("realisasi_capaian", tk_a, "IKU-1", 2023), {"nilai": "7:9"}).json()
    assert d["sumber_target"] == "PK perubahan ke-2"


def test_pk_perubahan_wajib_alasan_dari_parameter(operator, tk_a):
    r = operator.post(url("pk_perubahan_buat", tk_a), {"versi": tk_a.versi, "alasan_perubahan": "", "tanggal": "2023-11-01"})
    assert r.status_code == 400 and "alasan_perubahan" in r.context["form"].errors
    r = operator.post(url("pk_perubahan_buat", tk_a), {"versi": tk_a.versi, "alasan_perubahan": "bosan", "tanggal": "2023-11-01"})
    assert r.status_code == 400
    assert sorted(_pk(tk_a)) == [0, 1]


def test_pk_perubahan_versi_data_berubah(operator, tk_a):
    r = operator.post(url("pk_perubahan_buat", tk_a), {"versi": tk_a.versi - 1 or 99, "alasan_perubahan": "pergantian_pejabat",
                                                        "tanggal": "2023-11-01"})
    assert r.status_code == 409 and sorted(_pk(tk_a)) == [0, 1]


def test_ubah_target_pk_hanya_versi_itu(operator, tk_a):
    t = m.TargetPK.objects.get(perjanjian__tahun_kinerja=tk_a, perjanjian__nomor_urut=1, indikator__kode="IKU-3")
    r = operator.post(url("target_pk_ubah", tk_a, 1, "IKU-3"), {"versi": t.versi, "sasaran": "S3", "target": "85"})
    assert r.status_code == 302
    b = berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023)
    assert b.target_pk("IKU-3") == "85"
    assert next(s for s in b.perjanjian_kinerja[0].sasaran if s.indikator == "IKU-3").target == "84"


def test_target_pk_tidak_sah_pesan_model(operator, tk_a):
    t = m.TargetPK.objects.get(perjanjian__tahun_kinerja=tk_a, perjanjian__nomor_urut=1, indikator__kode="IKU-3")
    r = operator.post(url("target_pk_ubah", tk_a, 1, "IKU-3"), {"versi": t.versi, "sasaran": "S3", "target": ""})
    assert r.status_code == 400 and r.context["form"].errors["target"] == ["wajib diisi"]


def test_hapus_dan_tambah_program_pk(operator, tk_a):
    p = m.ProgramPK.objects.get(perjanjian__nomor_urut=1, program__kode="7.01.06", tahun_kinerja=tk_a)
    assert operator.post(url("program_pk_ubah", tk_a, 1, "7.01.06"), {"versi": p.versi, "hapus": "1"}).status_code == 302
    assert not m.ProgramPK.objects.filter(pk=p.pk).exists()
    r = operator.post(url("program_pk_tambah", tk_a, 1), {"versi": 0, "program": "7.01.06", "anggaran": "Rp 1.500.000,50"})
    assert r.status_code == 302
    assert str(m.ProgramPK.objects.get(perjanjian__nomor_urut=1, program__kode="7.01.06", tahun_kinerja=tk_a).anggaran) == "1500000.50"


def test_tanggal_pk_tampil_di_isian_tanggal(operator, tk_a):
    """<input type=date> only takes ISO dates: a localised "2/1/2023" would show an empty box."""
    html = operator.get(url("pk_ubah", tk_a, 0)).content.decode()
    tanggal = _pk(tk_a)[0].tanggal.isoformat()
    assert f'type="date" name="tanggal" value="{tanggal}"' in html
