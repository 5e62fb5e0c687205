"""Budget: serapan, roll-ups as ratios of sums, efficiency. Golden figures from real documents."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.anggaran import efisiensi, rekap, serapan
from sakip.core.angka import parse_angka
from sakip.core.exceptions import AngkaTidakSah
from sakip.core.format import bulatkan, persen
from sakip.io.tabel import baca_tabel

KALUMPANG = Path(__file__).parents[1] / "data" / "kalumpang-2023-tabel-3-7.csv"


def _baris_kalumpang():
    tabel = baca_tabel(KALUMPANG, kolom_wajib=("program", "pagu", "realisasi"))
    return [
        {"program": b.teks("program"), "pagu": parse_angka(b.teks("pagu")), "realisasi": parse_angka(b.teks("realisasi"))}
        for b in tabel.baris
    ]


def test_kalumpang_total_dan_program():
    baris = _baris_kalumpang()
    total = rekap(baris, kunci=lambda b: "total", pagu=lambda b: b["pagu"], realisasi=lambda b: b["realisasi"])[0].hasil
    assert total.pagu == Decimal("3397085593")
    # The rows sum to 2.635.415.921; the LKj prints 2.635.415.421 (Rp 500 off its own rows).
    assert total.realisasi == Decimal("2635415921")
    assert persen(total.persen) == "77,58 %"
    program = {
        r.kunci: persen(r.hasil.persen)
        for r in rekap(baris, kunci=lambda b: b["program"], pagu=lambda b: b["pagu"], realisasi=lambda b: b["realisasi"])
    }
    assert list(program.values()) == ["99,67 %", "97,49 %", "94,00 %", "99,98 %", "100,00 %", "75,89 %"]


def test_kalumpang_sub_kegiatan_yang_salah_cetak():
    s = serapan(pagu=Decimal("8062300"), realisasi=Decimal("7969650"))
    assert persen(s.persen) == "98,85 %"  # the LKj prints 99,85
    assert s.rumus == "7.969.650 / 8.062.300 × 100 = 98,85 %"


def test_pagu_nol_tidak_menjadi_nol_persen():
    s = serapan(pagu=Decimal(0), realisasi=Decimal("1439351000"))
    assert s.persen is None and s.status.value == "tidak_dapat_dihitung"
    assert "1.439.351.000" in s.alasan
    assert serapan(pagu=Decimal(100), realisasi=None).status.value == "belum_diisi"


def test_efisiensi_rasio_bukan_persen():
    e = efisiensi(capaian=Decimal(100), serapan=Decimal("95.52"), tahun=2023)
    assert e.tampil == "1,05" and "%" not in e.tampil
    assert e.kategori == "Efisien"
    assert efisiensi(capaian=Decimal(100), serapan=Decimal(100), tahun=2023).kategori == "Sesuai"
    assert efisiensi(capaian=Decimal(90), serapan=Decimal(100), tahun=2023).kategori == "Tidak Efisien"
    assert efisiensi(capaian=Decimal(100), serapan=Decimal(0), tahun=2023).status.value == "tidak_dapat_dihitung"


def test_efisiensi_metode_selisih():
    assert efisiensi(capaian=Decimal(100), serapan=Decimal(90), tahun=2023, metode="selisih").kategori == "Efisien"
    assert efisiensi(capaian=Decimal(100), serapan=Decimal(96), tahun=2023, metode="selisih").kategori == "Cukup Efisien"
    assert efisiensi(capaian=Decimal(80), serapan=Decimal(100), tahun=2023, metode="selisih").kategori == "Tidak Efisien"


baris_anggaran = st.lists(
    st.tuples(
        st.sampled_from("ABC"),
        st.integers(min_value=1, max_value=10**12),
        st.integers(min_value=0, max_value=10**12),
    ),
    min_size=1,
    max_size=30,
)


@given(baris_anggaran)
def test_rekap_sama_dengan_jumlah_bagiannya(baris):
    grup = rekap(baris, kunci=lambda b: b[0], pagu=lambda b: Decimal(b[1]), realisasi=lambda b: Decimal(b[2]))
    total = rekap(baris, kunci=lambda b: 0, pagu=lambda b: Decimal(b[1]), realisasi=lambda b: Decimal(b[2]))[0].hasil
    assert sum(g.hasil.pagu for g in grup) == total.pagu
    assert sum(g.hasil.realisasi for g in grup) == total.realisasi
    # a roll-up is Σ realisasi / Σ pagu, which lies between the smallest and largest part
    bagian = [g.hasil.persen for g in grup]
    assert min(bagian) <= total.persen <= max(bagian)


def test_cianjur_2015_anggaran_nyata(data_nyata):
    baris = list(csv.DictReader((data_nyata / "cianjur-dkp-2015" / "anggaran.csv").open(encoding="utf-8")))
    kegiatan = [b for b in baris if b["level"] == "kegiatan"]
    program = [b for b in baris if b["level"] == "program"]
    # Every kegiatan's printed percentage recomputes (where pagu > 0).
    for b in kegiatan:
        s = serapan(pagu=Decimal(b["anggaran"]), realisasi=Decimal(b["realisasi"]))
        if b["computed_pct_2dp"]:
            assert bulatkan(s.persen) == Decimal(b["computed_pct_2dp"]), b["kegiatan"]
        else:
            assert s.persen is None  # pagu 0: explicit status, never 0 %
    # Program totals as ratio of sums: 15.052.945.500 / 14.835.738.968 = 98,56 %.
    total = rekap(program, kunci=lambda b: 0, pagu=lambda b: Decimal(b["anggaran"]), realisasi=lambda b: Decimal(b["realisasi"]))[0]
    assert total.hasil.pagu == Decimal("15052945500") and total.hasil.realisasi == Decimal("14835738968")
    assert persen(total.hasil.persen) == "98,56 %"
    # Values as printed: malformed ones are refused, the rest read to the transcribed value.
    for b in kegiatan + program:
        for kolom, cetak in (("anggaran", "anggaran_as_printed"), ("realisasi", "realisasi_as_printed")):
            teks = b[cetak]
            if teks in ("133.825.00,00", "2.807.870.000.00", "00,0"):
                with pytest.raises(AngkaTidakSah):
                    parse_angka(teks)
            elif teks:
                assert parse_angka(teks) == Decimal(b[kolom]), teks
