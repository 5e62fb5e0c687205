"""What the read endpoints return: paginated lists, the dashboard's capaian, serapan from
``sakip.core``, documents with their SHA-256."""

from __future__ import annotations

import hashlib

import pytest

from sakip.web.dasbor.selectors import ringkasan_satu
from sakip.web.entri import hitung
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_dari_db

from .conftest import url, url_tk

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(api, orang, tk_a, tk_b):
    return api(orang["admin"])


def test_paginasi_ukuran_halaman_dan_batas(admin, tk_a):
    semua = m.Indikator.objects.filter(tahun_kinerja=tk_a).count()
    assert semua > 3
    d = admin.get(url_tk("indikator_list", tk_a), {"ukuran": 2}).json()
    assert d["jumlah"] == semua and len(d["hasil"]) == 2 and d["halaman"] == 1 and d["sebelumnya"] is None
    assert d["jumlah_halaman"] == -(-semua // 2) and "halaman=2" in d["berikutnya"]
    kode = [x["kode"] for h in range(1, d["jumlah_halaman"] + 1)
            for x in admin.get(url_tk("indikator_list", tk_a), {"ukuran": 2, "halaman": h}).json()["hasil"]]
    assert kode == list(m.Indikator.objects.filter(tahun_kinerja=tk_a).order_by("urutan", "pk").values_list("kode", flat=True))
    r = admin.get(url_tk("indikator_list", tk_a), {"halaman": 999})
    assert r.status_code == 404 and r.json()["galat"] == "Halaman 999 tidak ada."
    assert len(admin.get(url_tk("indikator_list", tk_a), {"ukuran": 100000}).json()["hasil"]) == min(semua, 200)
    for kueri in ({"halaman": "{x}"}, {"halaman": "0"}, {"halaman": "last"}):  # braces: found by schemathesis (a 500)
        r = admin.get(url_tk("dokumen_list", tk_a), kueri)
        assert r.status_code == 400 and r.json()["rincian"][0]["lokasi"] == "halaman"
    for salah in ("dua", "0", "-1", "1.5"):
        r = admin.get(url_tk("indikator_list", tk_a), {"ukuran": salah})
        assert r.status_code == 400 and r.json()["rincian"][0]["lokasi"] == "ukuran"


def test_batas_ukuran_200(admin, orang, instansi_a, pemda):
    from sakip.web.organisasi import services
    from sakip.web.organisasi.models import Instansi

    for i in range(205):
        services.instansi_create(pemda=pemda, nama=f"Desa {i:03}", jenis=Instansi.Jenis.KECAMATAN, kode=f"D-{i:03}")
    d = admin.get(url("instansi_list"), {"ukuran": 500}).json()
    assert d["jumlah"] == 207 and len(d["hasil"]) == 200
    assert len(admin.get(url("instansi_list")).json()["hasil"]) == 50


def test_instansi_dan_tahun(admin, api, orang, tk_a):
    d = admin.get(url("instansi_detail", tk_a.instansi_id)).json()
    assert d["nama"] == "Kecamatan Kalumpang" and d["boleh_ubah_kinerja"] is True
    assert api(orang["pembaca_a"]).get(url("instansi_detail", tk_a.instansi_id)).json()["boleh_ubah_kinerja"] is False
    daftar = admin.get(url("tahun_list", tk_a.instansi_id)).json()["hasil"]
    assert [(x["tahun"], x["status"], x["versi"]) for x in daftar] == [(2023, "draf", tk_a.versi)]
    t = admin.get(url_tk("tahun_detail", tk_a)).json()
    assert t["jumlah"]["iku"] == m.Indikator.objects.filter(tahun_kinerja=tk_a, iku=True).count()
    _, _, total = hitung.anggaran_baris(berkas_dari_db(tahun_kinerja=tk_a))
    assert t["serapan"]["persen"] == str(total.persen) and t["serapan"]["status"] == "terhitung"


def test_capaian_sama_dengan_dasbor(admin, tk_a):
    ringkasan = {x["kode"]: x for x in ringkasan_satu(tahun_kinerja=tk_a)["iku"]}
    hasil = admin.get(url_tk("capaian_list", tk_a), {"iku": "true", "ukuran": 200}).json()["hasil"]
    assert {x["kode"] for x in hasil} == set(ringkasan)
    for x in hasil:
        assert x["capaian"] == ringkasan[x["kode"]]["capaian"], x["kode"]
        assert x["target"] == ringkasan[x["kode"]]["target"] and x["realisasi"] == ringkasan[x["kode"]]["realisasi"]
    iku1 = next(x for x in hasil if x["kode"] == "IKU-1")
    assert iku1["capaian"]["status"] == "terhitung" and iku1["capaian"]["rumus"] and iku1["capaian"]["kategori"]
    semua = admin.get(url_tk("capaian_list", tk_a), {"ukuran": 200}).json()["jumlah"]
    assert semua == m.Indikator.objects.filter(tahun_kinerja=tk_a).count()
    assert admin.get(url_tk("capaian_list", tk_a), {"iku": "mungkin"}).status_code == 400


def test_anggaran_serapan_dari_core(admin, tk_a):
    baris, _, _ = hitung.anggaran_baris(berkas_dari_db(tahun_kinerja=tk_a))
    hasil = admin.get(url_tk("anggaran_list", tk_a), {"ukuran": 200}).json()["hasil"]
    assert [x["kode"] for x in hasil] == [b.kode for b in baris]
    for x, b in zip(hasil, baris):
        if b.serapan is None:
            assert x["serapan"] is None and x["versi"] == 0
        else:
            assert x["serapan"]["status"] == str(b.serapan.status)
            assert x["serapan"]["persen"] == (None if b.serapan.persen is None else str(b.serapan.persen))
    assert any(x["serapan"] and x["serapan"]["status"] == "terhitung" for x in hasil)


def test_target_realisasi_pk_tersaring(admin, tk_a):
    d = admin.get(url_tk("target_list", tk_a), {"indikator": "IKU-1", "tahun": "2023"}).json()
    assert [(x["indikator"], x["tahun"]) for x in d["hasil"]] == [("IKU-1", 2023)]
    assert admin.get(url_tk("target_list", tk_a), {"tahun": "dua"}).status_code == 400
    r = admin.get(url_tk("realisasi_list", tk_a), {"tahun": "2023", "ukuran": 200}).json()
    assert r["jumlah"] == m.Realisasi.objects.filter(tahun_kinerja=tk_a, tahun=2023).count()
    pk = admin.get(url_tk("pk_list", tk_a)).json()["hasil"]
    assert pk[0]["nomor_urut"] == 0 and pk[0]["nama"] == "PK murni"
    t = admin.get(url_tk("target_pk_list", tk_a, 0), {"ukuran": 200}).json()
    assert t["jumlah"] == m.TargetPK.objects.filter(perjanjian__tahun_kinerja=tk_a, perjanjian__nomor_urut=0).count()


def test_dokumen_daftar_dan_unduh(admin, api, orang, tk_a, tk_b, settings):
    from sakip.web.dokumen.models import DokumenTerbit
    from sakip.web.dokumen.services import folder_dokumen

    isi = b"%PDF-1.4 LKj uji"
    p = folder_dokumen() / "uji" / "lkj.pdf"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(isi)
    d = DokumenTerbit.objects.create(tahun_kinerja=tk_a, jenis="lkj", versi_data=tk_a.versi, berkas={
        "pdf": {"nama": "LKj-2023.pdf", "path": "uji/lkj.pdf", "sha256": hashlib.sha256(isi).hexdigest(), "ukuran": len(isi)}})
    hasil = admin.get(url_tk("dokumen_list", tk_a)).json()["hasil"]
    assert hasil[0]["id"] == d.pk and hasil[0]["basi"] is False
    info = hasil[0]["berkas"]["pdf"]
    assert info["sha256"] == hashlib.sha256(isi).hexdigest()
    r = admin.get(info["unduh"])
    assert r.status_code == 200 and b"".join(r.streaming_content) == isi and r["Content-Type"] == "application/pdf"
    assert admin.get(url_tk("dokumen_unduh", tk_a, d.pk, "docx")).status_code == 404
    assert admin.get(url_tk("dokumen_unduh", tk_a, d.pk, "exe")).status_code == 404
    assert admin.get(url_tk("dokumen_unduh", tk_b, d.pk, "pdf")).status_code == 404  # another office-year's id
    assert api(orang["operator_b"]).get(info["unduh"]).status_code == 404
    p.write_bytes(isi + b"diubah")  # altered on disk: not served
    assert admin.get(info["unduh"]).status_code == 404


def test_alamat_tak_dikenal_json_404(admin):
    for alamat in ("/api/v1/tidak-ada/", "/api/v1/instansi/99999999999999999999/", "/api/v1/instansi/1/tahun/20233/",
                   "/api/v1/instansi/1/tahun/%0A/"):  # found by schemathesis: a newline escaped the catch-all
        r = admin.get(alamat)
        assert r.status_code == 404 and r["Content-Type"] == "application/json" and r.json()["galat"]


def test_metode_tidak_didukung_405(admin, tk_a):
    r = admin.generic("POST", url_tk("realisasi_list", tk_a), b"{}", content_type="application/json",
                      HTTP_AUTHORIZATION=f"Token {admin.rahasia}")
    assert r.status_code == 405 and r.json()["galat"] == "Metode POST tidak didukung di alamat ini."


def test_saya(api, orang):
    d = api(orang["operator_a"]).get(url("saya")).json()
    assert d["username"] == "operator.a" and len(d["peran"]) == 1 and d["token"].startswith("sakip_")


def test_options_405_bukan_galat_server(admin, tk_a):
    """Found by the fuzz test: DRF's OPTIONS self-description crashed on views without a queryset."""
    for alamat in (url_tk("anggaran_detail", tk_a, "7.01.01.2.01.0001"), url_tk("realisasi_list", tk_a), url("instansi_list")):
        r = admin.generic("OPTIONS", alamat, HTTP_AUTHORIZATION=f"Token {admin.rahasia}")
        assert r.status_code == 405 and r.json()["galat"] == "Metode OPTIONS tidak didukung di alamat ini."
