"""Charts: deterministic bytes, Indonesian numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.reports.grafik import format_angka, grafik_batang, grafik_garis


@pytest.mark.parametrize("nilai, desimal, harapan", [
    (Decimal("1234.565"), 2, "1.234,57"),
    (Decimal("105.625"), 2, "105,63"),
    (Decimal("3397085593"), 0, "3.397.085.593"),
    (Decimal("0.005"), 2, "0,01"),
    (None, 2, "-"),
])
def test_format_angka_indonesia_setengah_ke_atas(nilai, desimal, harapan):
    assert format_angka(nilai, desimal) == harapan


def test_grafik_batang_stabil_dan_memuat_label():
    args = (["IKM", "BUMDes"], {"2022": [Decimal("82.1"), Decimal(100)],
                                 "2023": [Decimal("105.62"), None]})
    a = grafik_batang(*args, target=[Decimal(100), Decimal(100)], satuan=" %")
    b = grafik_batang(*args, target=[Decimal(100), Decimal(100)], satuan=" %")
    assert a == b
    assert a.svg.startswith(b"<?xml") and a.png.startswith(b"\x89PNG")
    assert b"<dc:date>" not in a.svg


def test_grafik_garis_stabil():
    a = grafik_garis(["2022", "2023"], {"IKM": [82, Decimal("84.4")]}, target=[83, 84])
    assert a == grafik_garis(["2022", "2023"], {"IKM": [82, Decimal("84.4")]}, target=[83, 84])


def test_seri_yang_tidak_sepanjang_kategori_ditolak():
    with pytest.raises(ValueError, match="Seri 'x': 1 nilai untuk 2 kategori"):
        grafik_batang(["a", "b"], {"x": [1]})
