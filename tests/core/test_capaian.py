"""Capaian rules: YAML rule cases, invariants, and formulas shown to users."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sakip.core import exceptions
from sakip.core.capaian import agregasi_realisasi, hitung_capaian, hitung_capaian_periode
from sakip.core.format import bulatkan
from sakip.core.parameter import parameter_berlaku, tanggal_tahun
from sakip.core.peringkat import PARAMETER_PERINGKAT

KASUS = yaml.safe_load((Path(__file__).parent / "kasus" / "capaian.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("kasus", KASUS, ids=[k["name"] for k in KASUS])
def test_kasus_aturan(kasus):
    masukan, harapan = kasus["input"], kasus["output"]
    if "galat" in harapan:
        with pytest.raises(getattr(exceptions, harapan["galat"])):
            hitung_capaian(**masukan, tahun=kasus["tahun"])
        return
    h = hitung_capaian(**masukan, tahun=kasus["tahun"])
    if "status" in harapan:
        assert h.status.value == harapan["status"]
    if "capaian" in harapan:
        if harapan["capaian"] is None:
            assert h.capaian is None and h.alasan  # never 0 %, always a reason
        else:
            assert bulatkan(h.capaian) == Decimal(harapan["capaian"])
    if "capaian_dibatasi" in harapan:
        assert bulatkan(h.capaian_dibatasi) == Decimal(harapan["capaian_dibatasi"])
    if "kategori" in harapan:
        assert h.kategori == harapan["kategori"]
    if "aturan_referensi" in harapan:
        berlaku = parameter_berlaku(PARAMETER_PERINGKAT, tanggal_tahun(kasus["tahun"]))
        assert harapan["aturan_referensi"] in berlaku.referensi[0].judul


def test_rumus_menampilkan_angka_yang_dipakai():
    assert hitung_capaian(target="84", realisasi="88,72", tahun=2023).rumus == "88,72 / 84 × 100 = 105,62 %"
    assert hitung_capaian(target="2:9", realisasi="7:9", tahun=2023).rumus == "(7 / 9) / (2 / 9) × 100 = 350,00 %"
    neg = hitung_capaian(target="18", realisasi="25", polaritas="negatif", tahun=2015)
    assert neg.rumus == "(2 × 18 − 25) / 18 × 100 = 61,11 %"
    assert "capaian.rumus_negatif" in neg.aturan


def test_capaian_mentah_disimpan_dan_dibatasi_untuk_peringkat():
    h = hitung_capaian(target="2:9", realisasi="7:9", tahun=2023)
    assert bulatkan(h.capaian) == Decimal("350.00")
    assert h.capaian_dibatasi == 100


def test_masukan_rusak_ditolak_dengan_alasan():
    with pytest.raises(exceptions.MasukanTidakSah, match="realisasi"):
        hitung_capaian(target="100", realisasi="2.807.870.000.00", tahun=2023)
    with pytest.raises(exceptions.MasukanTidakSah, match="polaritas"):
        hitung_capaian(target="100", realisasi="5", polaritas="netral", tahun=2023)


angka_positif = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=2)


@given(t=angka_positif, r1=angka_positif, r2=angka_positif)
def test_realisasi_lebih_tinggi_tidak_menurunkan_capaian_positif(t, r1, r2):
    a, b = sorted((r1, r2))
    ca = hitung_capaian(target=t, realisasi=a, tahun=2023)
    cb = hitung_capaian(target=t, realisasi=b, tahun=2023)
    assert cb.capaian >= ca.capaian
    assert cb.capaian_dibatasi >= ca.capaian_dibatasi


@given(t=angka_positif, r1=angka_positif, r2=angka_positif)
def test_realisasi_lebih_tinggi_tidak_menaikkan_capaian_negatif(t, r1, r2):
    a, b = sorted((r1, r2))
    ca = hitung_capaian(target=t, realisasi=a, polaritas="negatif", tahun=2023)
    cb = hitung_capaian(target=t, realisasi=b, polaritas="negatif", tahun=2023)
    assert cb.capaian <= ca.capaian
    assert cb.capaian >= 0  # floored at the parameter's lower bound


@given(c=st.decimals(min_value=Decimal("-50"), max_value=Decimal("500"), places=3))
def test_setiap_capaian_mendapat_satu_kategori(c):
    h = hitung_capaian(target="100", realisasi=c, tahun=2023)
    assert h.kategori in {"Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"}


def test_agregasi_triwulan():
    assert agregasi_realisasi(["10", "20", None, "5"], "kumulatif").angka == 35
    assert agregasi_realisasi(["80", "85,5", None], "nilai_akhir").angka == Decimal("85.5")
    assert agregasi_realisasi(["80", "90"], "rata_rata").angka == 85
    rasio = agregasi_realisasi(["1:9", "2:9", "4:10"], "rasio")
    assert (rasio.pembilang, rasio.penyebut) == (7, 28)  # Σa : Σb, never a mean of ratios
    assert agregasi_realisasi([None, ""], "kumulatif") is None


def test_capaian_kumulatif_dengan_target_triwulan_hanya_periode_berjalan():
    h = hitung_capaian_periode(
        target="100", target_periode=["25", "25", "25", "25"], realisasi_periode=["20", "30", None, None], metode="kumulatif", tahun=2023
    )
    assert h.capaian == 100  # (20+30)/(25+25)
    kosong = hitung_capaian_periode(target="100", realisasi_periode=[None] * 4, metode="nilai_akhir", tahun=2023)
    assert kosong.status.value == "belum_diisi"
