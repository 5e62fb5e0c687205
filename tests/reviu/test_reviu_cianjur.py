"""Golden findings on a real LAKIP PDF (DKP Kabupaten Cianjur 2015, 56 pages);
the expected problems are those listed in shared/data/real/README.md."""

from __future__ import annotations

import time

import pytest

from sakip.reviu import reviu_berkas
from tests.reviu.conftest import cari


def test_angka_tidak_sah(cianjur):
    tertulis = {t.tertulis for t in cari(cianjur, "RV-ANG-01")}
    assert {"133.825.00,00", "2.807.870.000.00", "00,0", "Rp. 549.481.005.00,-", "Rp. 52.809.142.50,-"} <= tertulis
    assert not any("1.458.000.000,-" in x for x in tertulis)  # ',-' is a valid ending


def test_angka_tidak_sah_disimpulkan_dari_jumlah_program(cianjur):
    (t,) = cari(cianjur, "RV-ANG-01", tertulis="133.825.00,00")
    assert t.seharusnya.startswith("133.825.000,00")
    (t,) = cari(cianjur, "RV-ANG-01", tertulis="2.807.870.000.00")
    assert t.seharusnya.startswith("2.807.870.000,00")


def test_baris_ganda_realisasi_tanpa_anggaran(cianjur):
    (t,) = cari(cianjur, "RV-PRS-03")
    assert "1.439.351.000" in t.tertulis and "Persampahan" in t.pesan
    (g,) = cari(cianjur, "RV-JML-03")
    assert "Persampulan" in g.lokasi


def test_jumlah_program_persampahan(cianjur):
    temuan = cari(cianjur, "RV-JML-02")
    assert len(temuan) == 1  # the other ten programs add up
    (t,) = temuan
    assert t.tertulis == "4.979.049.500,00" and "selisih 1.439.351.000" in t.pesan and "ganda" in t.pesan


def test_capaian_dipotong(cianjur):
    assert {t.tertulis for t in cari(cianjur, "RV-CAP-02")} == {"84.61 %", "99%"}
    (t,) = cari(cianjur, "RV-CAP-02", tertulis="84.61")
    assert t.seharusnya == "84,62 %" and t.tingkat == "peringatan"


def test_tpst_sesuai_polaritas_negatif(cianjur):
    (t,) = cari(cianjur, "RV-CAP-03")
    assert t.tertulis == "61%" and "(2T \u2212 R) / T" in t.pesan and t.tingkat == "catatan"
    assert not cari(cianjur, "RV-CAP-01")


def test_target_nol(cianjur):
    (t,) = cari(cianjur, "RV-CAP-04")
    assert t.tertulis == "0" and "pembagian dengan nol" in t.pesan


def test_tanpa_derau(cianjur):
    assert not cari(cianjur, "RV-PRS-01")  # every budget percentage is right
    assert cianjur.jumlah_halaman == 56
    assert cianjur.ringkasan()["jumlah"] < 30


def test_cepat(data_nyata):
    awal = time.perf_counter()
    reviu_berkas(data_nyata / "cianjur-dkp-2015" / "lakip-2015.pdf")
    assert time.perf_counter() - awal < 5


@pytest.mark.lambat
def test_tanpa_pdftotext_pypdf_memberi_temuan_yang_sama(data_nyata, monkeypatch):
    import shutil

    asli = shutil.which
    monkeypatch.setattr(shutil, "which", lambda nama, *a, **k: None if nama == "pdftotext" else asli(nama, *a, **k))
    hasil = reviu_berkas(data_nyata / "cianjur-dkp-2015" / "lakip-2015.pdf")
    assert {t.tertulis for t in cari(hasil, "RV-ANG-01")} >= {"133.825.00,00", "2.807.870.000.00", "00,0"}
    assert cari(hasil, "RV-PRS-03") and cari(hasil, "RV-JML-02") and cari(hasil, "RV-CAP-03") and cari(hasil, "RV-CAP-04")
    assert {t.tertulis for t in cari(hasil, "RV-CAP-02")} == {"84.61 %", "99%"}
    assert not cari(hasil, "RV-PRS-01")


def test_semua_pemeriksaan_selesai(cianjur, kalumpang):
    for hasil in (cianjur, kalumpang):
        assert not [t for t in hasil.temuan if "tidak selesai" in t.pesan]
