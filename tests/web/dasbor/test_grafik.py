"""Inline SVG charts: accessible, escaped, and "no value" is never drawn as zero."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sakip.web.dasbor.grafik import Batang, batang_mendatar, garis, kolom
from sakip.web.dasbor.rekap import BarisKantor, rekap_pemda


def test_batang_teraks_dan_tanpa_nilai_tanpa_batang():
    svg = batang_mendatar([Batang("<script>x</script>", None, "-"), Batang("IKU 2", Decimal("105.62"), "105,62 %")], judul="Capaian")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count("<title") == 2 and svg.count("<desc") == 2  # wide + narrow drawing
    assert "IKU 2: 105,62 %" in svg and "&lt;script&gt;x&lt;/script&gt;: -" in svg
    lebar = svg.split("grafik-sempit")[0]
    assert lebar.count('fill="#1f5f7a"') == 1  # one coloured bar: the empty value has only its track


def test_garis_dan_kolom_berangka_indonesia():
    assert "88,72" in garis([2022, 2023], {"Target": [Decimal(84), Decimal(85)], "Realisasi": [None, Decimal("88.72")]}, judul="Tren")
    assert "Sangat Tinggi: 5" in kolom(["Sangat Tinggi"], [Decimal(5)], ["5"], judul="Sebaran")


@given(st.lists(st.tuples(st.integers(1, 10**12), st.integers(0, 10**12)), min_size=1, max_size=8))
def test_serapan_pemda_rasio_jumlah(pasangan):
    kantor = [BarisKantor(None, None, {"rekap": {"iku": 0, "iku_terhitung": 0, "iku_tercapai": 0, "kategori": {}},
                                       "anggaran": {"pagu": str(p), "realisasi": str(r), "persen": None}})
              for p, r in pasangan]
    h = rekap_pemda(kantor).serapan
    assert h.persen == Decimal(sum(r for _, r in pasangan)) / Decimal(sum(p for p, _ in pasangan)) * 100
