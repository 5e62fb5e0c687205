"""Invariants and errors of the LKE rule (PermenPANRB 88/2021)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core import lke
from sakip.core.parameter import nilai

KOMPONEN = nilai("lke.komponen_88_2021", 2023)["komponen"]
JAWABAN = list(nilai("lke.jawaban_88_2021", 2023))


@st.composite
def lembar_kerja(draw):
    entri = []
    for k in KOMPONEN:
        for s in k["subkomponen"]:
            for i in range(draw(st.integers(min_value=1, max_value=6))):
                entri.append(lke.EntriLKE(komponen=k["nama"], subkomponen=s["nama"], kriteria=str(i),
                                          jawaban=draw(st.sampled_from(JAWABAN))))
    return entri


@given(lembar_kerja())
def test_nilai_akhir_adalah_jumlah_komponen(entri):
    hasil = lke.hitung_lke(entri, tahun=2023)
    assert hasil.nilai_akhir_tepat == sum(k.nilai_tepat for k in hasil.komponen)
    for k in hasil.komponen:
        assert k.nilai_tepat == sum(s.nilai_tepat for s in k.subkomponen)
        assert 0 <= k.nilai_tepat <= k.bobot
    assert Decimal(0) <= hasil.nilai_akhir <= Decimal(100)
    assert hasil.predikat == lke.predikat_lke(hasil.nilai_akhir, tahun=2023)[0]


def test_semua_aa_bernilai_100():
    entri = [lke.EntriLKE(komponen=k["nama"], subkomponen=s["nama"], jawaban="AA")
             for k in KOMPONEN for s in k["subkomponen"]]
    hasil = lke.hitung_lke(entri, tahun=2023)
    assert hasil.nilai_akhir == Decimal("100.00")
    assert (hasil.predikat, hasil.interpretasi) == ("AA", "Sangat Memuaskan")
    assert hasil.rumus == "Nilai akhir = 30,00 + 30,00 + 15,00 + 25,00 = 100,00 → AA"


def test_setiap_entri_salah_dilaporkan_sekaligus():
    entri = [
        lke.EntriLKE(komponen="Perencanaan Strategis", nilai=Decimal(5)),
        lke.EntriLKE(komponen="pengukuran", subkomponen="Keberadaan", jawaban="F"),
        lke.EntriLKE(komponen="pelaporan", subkomponen="Kualiti", jawaban="A"),
        lke.EntriLKE(komponen="evaluasi", nilai=Decimal(26)),
        lke.EntriLKE(komponen="perencanaan", subkomponen="Keberadaan", jawaban="A", nilai=Decimal(5)),
        lke.EntriLKE(komponen="perencanaan", subkomponen="Kualitas"),
    ]
    with pytest.raises(lke.LKETidakSah) as info:
        lke.hitung_lke(entri, tahun=2023)
    masalah = info.value.masalah
    assert [(m.indeks, m.kolom) for m in masalah] == [
        (0, "komponen"), (1, "jawaban"), (2, "subkomponen"), (3, "nilai"), (4, "nilai"), (5, "nilai")]
    assert "Perencanaan Kinerja" in masalah[0].alasan  # the message lists the known names
    assert "25" in masalah[3].alasan


def test_tingkat_yang_bertabrakan_ditolak():
    entri = [
        lke.EntriLKE(komponen="perencanaan", nilai=Decimal(20)),
        lke.EntriLKE(komponen="perencanaan", subkomponen="kualitas", jawaban="A"),
        lke.EntriLKE(komponen="pengukuran", subkomponen="kualitas", nilai=Decimal(5)),
        lke.EntriLKE(komponen="pengukuran", subkomponen="kualitas", jawaban="B"),
        lke.EntriLKE(komponen="pelaporan", nilai=Decimal(10)),
        lke.EntriLKE(komponen="Pelaporan Kinerja", nilai=Decimal(11)),
    ]
    masalah = lke.periksa_entri(entri, tahun=2023)
    assert [m.indeks for m in masalah] == [1, 3, 5]
