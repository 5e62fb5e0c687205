"""Reviu of a data file: IKU completeness, plausible values, quarters (RV-DAT-09 to 16, 24)."""

from __future__ import annotations

import pytest

from tests.reviu.data_berkas import anggaran, baru, hilang, indikator, kode, realisasi, ubah

from sakip.berkas.periksa import JENIS_PERINGATAN
from sakip.reviu.aturan import semua_aturan
from sakip.reviu.data.bungkus import KODE_PERINGATAN


def test_setiap_peringatan_berkas_punya_pemeriksaan_reviu():
    assert set(KODE_PERINGATAN) == set(JENIS_PERINGATAN)
    assert set(KODE_PERINGATAN.values()) <= set(semua_aturan())


def test_iku_tanpa_realisasi_kesalahan():
    temuan = baru(ubah(lambda d: d["realisasi"].remove(realisasi(d, "IKU-2"))))
    assert kode(temuan) == {"RV-DAT-09": 1}
    assert temuan[0].tingkat == "kesalahan" and "IKU-2" in temuan[0].pesan


def test_iku_tanpa_formulasi_dan_sumber_data():
    def kosongkan(d):
        indikator(d, "IKU-1").pop("formulasi")
        indikator(d, "IKU-1").pop("sumber_data")

    temuan = baru(ubah(kosongkan))
    assert kode(temuan) == {"RV-DAT-10": 1}
    assert "formulasi dan sumber_data" in temuan[0].pesan and temuan[0].lokasi.startswith("renstra.tujuan[1].sasaran[2]")


@pytest.mark.parametrize("nilai", ["120", "100,01 %", "-5"])
def test_persentase_bagian_di_atas_100(nilai):
    temuan = baru(ubah(lambda d: realisasi(d, "IKU-2").update(nilai=nilai)))
    assert kode(temuan) == {"RV-DAT-11": 1}
    assert temuan[0].tertulis == nilai and temuan[0].lokasi == "realisasi[3].nilai"


def test_persentase_peningkatan_boleh_di_atas_100():
    def pertumbuhan(d):
        indikator(d, "IKU-2")["nama"] = "Persentase Peningkatan BUMDes yang Beroperasi"
        realisasi(d, "IKU-2").update(nilai="120")

    assert not [t for t in baru(ubah(pertumbuhan)) if t.kode == "RV-DAT-11"]


def test_rasio_bagian_pembilang_melebihi_penyebut():
    temuan = [t for t in baru(ubah(lambda d: realisasi(d, "IKU-1").update(nilai="10:9"))) if t.kode == "RV-DAT-11"]
    assert len(temuan) == 1 and "penyebut 9" in temuan[0].pesan


def test_realisasi_anggaran_melebihi_pagu():
    temuan = baru(ubah(lambda d: anggaran(d, "7.01.01.2.01.0001").update(realisasi=8_000_001)))
    assert kode(temuan) == {"RV-DAT-12": 1}
    assert (temuan[0].tingkat, temuan[0].tertulis, temuan[0].seharusnya) == ("kesalahan", "8.000.001", "8.000.000")


def test_realisasi_dengan_pagu_nol():
    berkas = ubah(lambda d: anggaran(d, "7.01.01.2.08.0001").update(realisasi=100_000))
    assert kode(baru(berkas)) == {"RV-DAT-13": 1}
    assert kode(hilang(berkas)) == {"RV-DAT-14": 1}


def test_anggaran_triwulan_beda_setahun():
    tw = {"tw1": 1_000_000, "tw2": 2_000_000, "tw3": 2_000_000, "tw4": 2_000_000}
    temuan = baru(ubah(lambda d: anggaran(d, "7.01.01.2.01.0001").update(realisasi_triwulan=tw)))
    assert kode(temuan) == {"RV-DAT-16": 1}
    assert (temuan[0].tertulis, temuan[0].seharusnya) == ("7.000.000", "7.732.250")


def _triwulan(kode_indikator: str, metode: str, tw: list, tahunan: str | None = None):
    def f(d):
        indikator(d, kode_indikator)["metode_agregasi"] = metode
        r = realisasi(d, kode_indikator)
        r["triwulan"] = dict(zip(("tw1", "tw2", "tw3", "tw4"), tw))
        if tahunan is not None:
            r["nilai"] = tahunan

    return ubah(f)


@pytest.mark.parametrize(("kode_indikator", "metode", "tw", "cocok"), [
    ("IK-7.01.01.2.01.0001", "kumulatif", ["3 Dok", "4 Dok", "4 Dok", "4 Dok"], True),
    ("IK-7.01.01.2.01.0001", "kumulatif", ["3 Dok", "4 Dok", "4 Dok", "3 Dok"], False),
    ("IKU-3", "nilai_akhir", ["80", "85", "87", "88,72"], True),
    ("IKU-3", "nilai_akhir", ["80", "85", "88,72", "87"], False),
    ("IKU-3", "rata_rata", ["88", "89", "88,5", "89,38"], True),
    ("IKU-3", "rata_rata", ["88", "89", "88,5", "89"], False),
    ("IKU-1", "nilai_akhir", ["2:9", "4:9", "6:9", "7:9"], True),
    ("IKU-1", "rasio", ["7:9", "7:9", "7:9", "7:9"], True),
    ("IKU-1", "rasio", ["6:9", "7:9", "7:9", "7:9"], False),
])
def test_triwulan_lawan_tahunan(kode_indikator, metode, tw, cocok):
    temuan = baru(_triwulan(kode_indikator, metode, tw))
    if cocok:
        assert not temuan
    else:
        assert kode(temuan) == {"RV-DAT-15": 1}
        assert temuan[0].tingkat == "kesalahan" and metode.replace("_", " ") in temuan[0].pesan


def test_triwulan_kumulatif_menyebut_jumlahnya():
    temuan = baru(_triwulan("IK-7.01.01.2.01.0001", "kumulatif", ["3 Dok", "4 Dok", "4 Dok", "3 Dok"]))
    assert temuan[0].tertulis == "15 Dok" and temuan[0].seharusnya == "14"
    assert "3 Dok + 4 Dok + 4 Dok + 3 Dok = 14" in temuan[0].pesan


def test_triwulan_belum_lengkap_catatan():
    temuan = baru(_triwulan("IK-7.01.01.2.01.0001", "kumulatif", ["3 Dok", "4 Dok", None, "4 Dok"]))
    assert kode(temuan) == {"RV-DAT-24": 1}
    assert "TW III" in temuan[0].pesan and temuan[0].tingkat == "catatan"


def test_triwulan_jenis_berbeda_kesalahan():
    temuan = baru(_triwulan("IKU-1", "rasio", ["7:9", "7", "7:9", "7:9"]))
    assert kode(temuan) == {"RV-DAT-15": 1}


# --- invariants --------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=4, max_size=4))
def test_triwulan_kumulatif_yang_dijumlah_benar_tidak_pernah_ditandai(tw):
    berkas = _triwulan("IK-7.01.01.2.01.0001", "kumulatif", [f"{x} Dok" for x in tw], tahunan=f"{sum(tw)} Dok")
    assert not [t for t in baru(berkas) if t.kode in ("RV-DAT-15", "RV-DAT-24")]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=4, max_size=4), st.integers(min_value=1, max_value=5))
def test_triwulan_kumulatif_yang_salah_selalu_ditandai(tw, selisih):
    berkas = _triwulan("IK-7.01.01.2.01.0001", "kumulatif", [f"{x} Dok" for x in tw], tahunan=f"{sum(tw) + selisih} Dok")
    assert kode(baru(berkas)) == {"RV-DAT-15": 1}


def test_pemeriksaan_yang_gagal_tidak_menghentikan_reviu(monkeypatch):
    from sakip.reviu.data import indikator as modul
    from sakip.reviu.data import periksa_berkas

    def rusak(k):
        raise ValueError("uji")

    monkeypatch.setattr(modul, "periksa", rusak)
    temuan = periksa_berkas(ubah(lambda d: None))
    assert [t.tingkat for t in temuan if t.kode == "RV-BAC-01"] == ["catatan"]
    assert {"RV-DAT-04", "RV-DAT-03"} <= {t.kode for t in temuan}
