"""Writes through the API go through the entry services: what is saved is what the screens show
(``berkas_get``), a stale ``versi`` is a 409, invalid values a 400 with the import's messages,
a locked office-year a 423 — and nothing is half-saved."""

from __future__ import annotations

import pytest

from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get

from .conftest import url_tk

pytestmark = pytest.mark.django_db

SUB = "7.01.01.2.01.0001"


@pytest.fixture
def operator(api, orang, tk_a):
    return api(orang["operator_a"])


def test_realisasi_pulang_pergi(operator, tk_a):
    alamat = url_tk("realisasi_detail", tk_a, "IKU-1", 2023)
    awal = operator.get(alamat).json()
    isi = {"versi": awal["versi"], "nilai": None, "tw1": "1:9", "tw2": "3:9", "tw3": "5:9", "tw4": "8:9",
           "keterangan": "lewat API", "uraian": "Naik karena pembinaan desa."}
    r = operator.put(alamat, isi)
    assert r.status_code == 200, r.json()
    baru = r.json()
    assert baru["versi"] == awal["versi"] + 1 and baru["tw4"] == "8:9" and baru["keterangan"] == "lewat API"
    assert operator.get(alamat).json() == baru
    berkas = berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023)  # what the screens read
    r_berkas = berkas.realisasi_indikator("IKU-1", 2023)
    assert r_berkas.nilai is None and r_berkas.triwulan.tw4 == "8:9" and r_berkas.uraian == "Naik karena pembinaan desa."
    baris = m.Realisasi.objects.get(tahun_kinerja=tk_a, indikator__kode="IKU-1", tahun=2023)
    assert baris.diubah_oleh.username == "operator.a"
    capaian = {c["kode"]: c for c in operator.get(url_tk("capaian_list", tk_a), {"ukuran": 200}).json()["hasil"]}
    assert capaian["IKU-1"]["realisasi"] == "8:9"  # nilai_akhir of the quarters


def test_realisasi_baru_versi_0(operator, tk_a):
    ada = set(m.Realisasi.objects.filter(tahun_kinerja=tk_a).values_list("indikator__kode", "tahun"))
    kode, th = next((i, th) for th in range(tk_a.renstra_tahun_awal, tk_a.renstra_tahun_akhir + 1)
                    for i in m.Indikator.objects.filter(tahun_kinerja=tk_a, iku=True).values_list("kode", flat=True)
                    if (i, th) not in ada)
    alamat = url_tk("realisasi_detail", tk_a, kode, th)
    assert operator.get(alamat).json()["versi"] == 0
    assert operator.put(alamat, {"versi": 1, "nilai": "75"}).status_code == 409  # the client claims a row that is not there
    r = operator.put(alamat, {"versi": 0, "nilai": "75"})
    assert r.status_code == 200 and r.json()["versi"] == 1 and r.json()["nilai"] == "75"


def test_konflik_409_tanpa_perubahan(api, orang, operator, tk_a):
    alamat = url_tk("realisasi_detail", tk_a, "IKU-1", 2023)
    dibaca = operator.get(alamat).json()["versi"]
    admin = api(orang["admin"])
    assert admin.put(alamat, {"versi": dibaca, "nilai": "6:9"}).status_code == 200
    versi = m.TahunKinerja.objects.get(pk=tk_a.pk).versi
    r = operator.put(alamat, {"versi": dibaca, "nilai": "9:9"})
    assert r.status_code == 409
    d = r.json()
    assert "telah diubah oleh Admin" in d["galat"]
    assert (d["versi_diharapkan"], d["versi_sekarang"]) == (dibaca, dibaca + 1)
    (lain,) = d["perubahan"]  # the other person's change, from the audit trail
    assert lain["pengguna"].startswith("Admin") and lain["jalur"] == "api"
    assert any(x["medan"] == "nilai" and x["lama"] == "7:9" and x["baru"] == "6:9" for x in lain["isian"]), lain["isian"]
    assert m.TahunKinerja.objects.get(pk=tk_a.pk).versi == versi
    assert operator.get(alamat).json()["nilai"] == "6:9"


def test_nilai_tidak_sah_400_dengan_rincian(operator, tk_a):
    alamat = url_tk("realisasi_detail", tk_a, "IKU-1", 2023)
    versi = m.TahunKinerja.objects.get(pk=tk_a.pk).versi
    r = operator.put(alamat, {"versi": 1, "nilai": "133.825.00,00"})
    assert r.status_code == 400
    isi = r.json()
    assert isi["galat"] == "Data yang dikirim tidak sah."
    assert isi["rincian"] and all(x["pesan"] for x in isi["rincian"])
    assert any(x["lokasi"].startswith("realisasi[") and x["medan"] == "nilai" for x in isi["rincian"]), isi
    assert m.TahunKinerja.objects.get(pk=tk_a.pk).versi == versi
    r = operator.put(url_tk("realisasi_detail", tk_a, "IKU-3", 2023), {"versi": 1, "tw2": "1,2,3"})
    assert r.status_code == 400 and any(x["medan"] == "tw2" for x in r.json()["rincian"]), r.json()


@pytest.mark.parametrize("isi", [{}, {"versi": -1}, {"versi": "satu"}, [], {"versi": 1, "nilai": "a\u0000b"},
                                 {"versi": 1, "nilai": "\ud800"}, {"versi": 1, "nilai": 5}])
def test_kiriman_rusak_400(operator, tk_a, isi):
    versi = m.TahunKinerja.objects.get(pk=tk_a.pk).versi
    r = operator.put(url_tk("realisasi_detail", tk_a, "IKU-1", 2023), isi)
    assert r.status_code == 400, r.content
    assert r.json()["galat"] and r.json()["rincian"]
    assert m.TahunKinerja.objects.get(pk=tk_a.pk).versi == versi


def test_bukan_json_400(operator, tk_a):
    r = operator.generic("PUT", url_tk("realisasi_detail", tk_a, "IKU-1", 2023), b"{versi:", content_type="application/json",
                         HTTP_AUTHORIZATION=f"Token {operator.rahasia}")
    assert r.status_code == 400 and r.json()["galat"] == "Isi permintaan bukan JSON yang sah."
    r = operator.generic("PUT", url_tk("realisasi_detail", tk_a, "IKU-1", 2023), b"versi=1", content_type="application/x-www-form-urlencoded",
                         HTTP_AUTHORIZATION=f"Token {operator.rahasia}")
    assert r.status_code == 415 and "JSON" in r.json()["galat"]


def test_anggaran_pulang_pergi(operator, tk_a):
    alamat = url_tk("anggaran_detail", tk_a, SUB)
    awal = operator.get(alamat).json()
    r = operator.put(alamat, {"versi": awal["versi"], "pagu_murni": "2.000.000", "realisasi_tw1": "500.000",
                              "realisasi_tw2": "1.000.000,50", "sumber_dana": "DAU"})
    assert r.status_code == 200, r.json()
    d = r.json()
    assert d["pagu_murni"] == "2000000.00" and d["realisasi"] is None and d["realisasi_tw2"] == "1000000.50"
    assert d["serapan"]["status"] == "terhitung" and d["serapan"]["persen"].startswith("75.000025")
    a = berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023).anggaran_sub_kegiatan(SUB)
    assert a.pagu_murni == 2_000_000 and a.sumber_dana == "DAU"


@pytest.mark.parametrize("pagu", ["9" * 40, "10.000.000.000.000.000", "1e30", "NaN", "Infinity"])
def test_anggaran_jumlah_ekstrem_400(operator, tk_a, pagu):
    """Found by the fuzz test: a 40-digit pagu was a server error (and 17 digits overflow the column)."""
    versi = m.TahunKinerja.objects.get(pk=tk_a.pk).versi
    r = operator.put(url_tk("anggaran_detail", tk_a, SUB), {"versi": 1, "pagu_murni": pagu})
    assert r.status_code == 400 and any(x["medan"] == "pagu_murni" for x in r.json()["rincian"]), r.json()
    assert m.TahunKinerja.objects.get(pk=tk_a.pk).versi == versi


def test_anggaran_hanya_sub_kegiatan(operator, tk_a):
    assert operator.get(url_tk("anggaran_detail", tk_a, "7.01.01")).status_code == 404
    assert operator.put(url_tk("anggaran_detail", tk_a, "7.01.01"), {"versi": 0, "pagu_murni": "1"}).status_code == 404


def test_target_pk_ubah_tambah_hapus(operator, tk_a):
    alamat = url_tk("target_pk_detail", tk_a, 0, "IKU-1")
    v = operator.get(alamat).json()["versi"]
    r = operator.put(alamat, {"versi": v, "target": "4:9", "sasaran": "S2"})
    assert r.status_code == 200 and r.json()["target"] == "4:9"
    pk = berkas_get(instansi_pk=tk_a.instansi_id, tahun=2023).perjanjian_kinerja[0]
    assert next(b for b in pk.sasaran if b.indikator == "IKU-1").target == "4:9"
    assert operator.delete(alamat + f"?versi={v}").status_code == 409  # stale
    assert operator.delete(alamat).status_code == 400  # versi required
    assert operator.delete(alamat + f"?versi={v + 1}").status_code == 204
    assert operator.get(alamat).status_code == 404
    assert operator.put(alamat, {"versi": 0, "target": "5:9", "sasaran": "S2"}).status_code == 200
    assert operator.put(url_tk("target_pk_detail", tk_a, 0, "TIDAK-ADA"), {"versi": 0, "target": "1"}).status_code == 404


@pytest.mark.parametrize("status", ["diajukan", "direviu", "disahkan"])
def test_data_terkunci_423(operator, tk_a, status):
    from sakip.web.api.galat import DataTerkunci
    from sakip.web.kinerja import services as ks

    if not hasattr(ks, "DataTerkunci"):
        pytest.skip("kinerja.services.DataTerkunci belum ada di cabang ini")
    assert DataTerkunci is ks.DataTerkunci
    m.TahunKinerja.objects.filter(pk=tk_a.pk).update(status=status)
    sebelum = (m.TahunKinerja.objects.get(pk=tk_a.pk).versi, m.Realisasi.objects.count(), m.Anggaran.objects.count())
    for alamat, isi in [(url_tk("realisasi_detail", tk_a, "IKU-1", 2023), {"versi": 1, "nilai": "8:9"}),
                        (url_tk("realisasi_detail", tk_a, "IKU-1", 2023), {"versi": "rusak"}),  # locked before the body is read
                        (url_tk("anggaran_detail", tk_a, SUB), {"versi": 1, "pagu_murni": "1"}),
                        (url_tk("target_pk_detail", tk_a, 0, "IKU-1"), {"versi": 1, "target": "3:9"})]:
        r = operator.put(alamat, isi)
        assert r.status_code == 423, (alamat, r.content)
        assert r.json()["galat"]
    assert (m.TahunKinerja.objects.get(pk=tk_a.pk).versi, m.Realisasi.objects.count(), m.Anggaran.objects.count()) == sebelum


def test_riwayat_mencatat_jalur_api(operator, orang, tk_a):
    from sakip.web.riwayat.models import Riwayat

    r = operator.put(url_tk("realisasi_detail", tk_a, "IKU-1", 2023), {"versi": 1, "nilai": "8:9"}, HTTP_USER_AGENT="skrip-uji/1")
    assert r.status_code == 200
    catatan = Riwayat.objects.filter(instansi_id=tk_a.instansi_id, tahun=2023).order_by("-id").first()
    assert catatan.jalur == "api" and catatan.pengguna == orang["operator_a"] and catatan.agen == "skrip-uji/1"
