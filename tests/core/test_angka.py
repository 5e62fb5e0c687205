"""The number parser: what offices write, and what it refuses to guess."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.angka import coba_nilai, parse_angka, parse_nilai
from sakip.core.exceptions import AngkaTidakSah
from sakip.core.format import angka, persen, rupiah


@pytest.mark.parametrize(
    ("teks", "harapan"),
    [
        ("88,72", "88.72"),
        ("3.397.085.593", "3397085593"),
        ("Rp. 3.397.085.593,00", "3397085593"),
        ("Rp 7.969.650", "7969650"),
        ("100%", "100"),
        ("100 %", "100"),
        ("1.458.000.000,-", "1458000000"),
        ("0.820", "0.82"),
        ("338.5", "338.5"),
        ("52809142.50", "52809142.5"),
        ("1.500", "1500"),
        ("1,234,567.89", "1234567.89"),
        ("-5", "-5"),
        ("0", "0"),
    ],
)
def test_angka_yang_sah(teks, harapan):
    assert parse_angka(teks) == Decimal(harapan)


@pytest.mark.parametrize(
    ("teks", "alasan"),
    [
        ("133.825.00,00", "pemisah ribuan"),
        ("2.807.870.000.00", "pemisah ribuan"),
        ("00,0", "diawali nol"),
        ("12,3,4", "pemisah ribuan"),
        ("1,2.3", "pemisah ribuan"),
        ("abc", "bukan angka"),
        ("", "kosong"),
    ],
)
def test_angka_ambigu_ditolak_dengan_alasan(teks, alasan):
    with pytest.raises(AngkaTidakSah) as e:
        parse_angka(teks)
    assert alasan in str(e.value)
    assert repr(teks) in str(e.value)  # the message shows the value


@pytest.mark.parametrize(
    ("teks", "jenis", "angka_", "satuan"),
    [
        ("12 Bulan", "angka", "12", "Bulan"),
        ("15 Dok", "angka", "15", "Dok"),
        ("1 Unit", "angka", "1", "Unit"),
        ("Nilai 84", "angka", "84", "Nilai"),
        ("100 %", "angka", "100", "%"),
    ],
)
def test_nilai_dengan_satuan(teks, jenis, angka_, satuan):
    n = parse_nilai(teks)
    assert (n.jenis, n.angka, n.satuan) == (jenis, Decimal(angka_), satuan)


def test_rasio_dan_rentang():
    r = parse_nilai("2 : 9")
    assert (r.jenis, r.pembilang, r.penyebut) == ("rasio", 2, 9)
    for teks in ("80-90", "80 – 90", "80 s.d. 90", "80 s/d 90"):
        n = parse_nilai(teks)
        assert (n.jenis, n.bawah, n.atas) == ("rentang", 80, 90), teks
    with pytest.raises(AngkaTidakSah, match="batas bawah"):
        parse_nilai("90-80")


def test_teks_kualitatif_dan_kosong():
    assert parse_nilai("WTP").jenis == "kualitatif"
    assert coba_nilai("-") is None and coba_nilai("  ") is None and coba_nilai(None) is None


def test_format_indonesia():
    assert rupiah(Decimal("3397085593")) == "3.397.085.593"
    assert persen(Decimal("98.85")) == "98,85 %"
    assert angka(Decimal("1.047"), 2) == "1,05"
    assert angka(Decimal("2.675"), 2) == "2,68"  # half-up, not banker's rounding
    assert angka(Decimal("-0.001"), 2) == "0,00"


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2))
def test_format_lalu_baca_kembali_sama(x):
    assert parse_angka(angka(x, 2)) == x
    assert parse_angka(rupiah(x.to_integral_value())) == x.to_integral_value()
