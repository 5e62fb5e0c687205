"""YAML -> workbook -> model gives back exactly the model: nothing a user wrote is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.berkas import baca, dari_yaml, ke_yaml
from sakip.berkas.lampiran import Koreksi
from sakip.berkas.realisasi import AnggaranSubKegiatan
from sakip.berkas.renstra import Indikator
from sakip.berkas.xlsx import baca_xlsx, tulis_xlsx

KALUMPANG = Path(__file__).parents[2] / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"


def _bolak_balik(berkas, path):
    tulis_xlsx(berkas, path)
    return baca_xlsx(path)


def test_semua_isian_model_bertahan(tmp_path, berkas_kaya):
    dibaca = _bolak_balik(berkas_kaya, tmp_path / "kaya.xlsx")
    assert dibaca == berkas_kaya
    assert ke_yaml(dibaca) == ke_yaml(berkas_kaya)


def test_berkas_minimal_bertahan(tmp_path, teks_minimal):
    berkas = dari_yaml(teks_minimal)
    assert _bolak_balik(berkas, tmp_path / "m.xlsx") == berkas


@pytest.mark.skipif(not KALUMPANG.is_file(), reason="contoh Kalumpang belum ada di cabang ini")
def test_contoh_kalumpang_bertahan(tmp_path):
    berkas = baca(KALUMPANG)
    assert _bolak_balik(berkas, tmp_path / "kalumpang.xlsx") == berkas


def test_baca_memilih_pembaca_menurut_akhiran(buku_kaya, berkas_kaya):
    assert baca(buku_kaya) == berkas_kaya


def test_nilai_disimpan_sebagai_teks_dan_rupiah_sebagai_angka(buku_kaya):
    buku = openpyxl.load_workbook(buku_kaya)
    realisasi = buku["Realisasi"]
    assert realisasi["G2"].value == "7:9" and realisasi["G2"].data_type == "s"
    assert realisasi["G3"].value == "88,72"
    anggaran = buku["Anggaran"]
    assert anggaran["B2"].value == 8062300 and anggaran["B2"].number_format == "#,##0"
    assert anggaran["E2"].value == pytest.approx(2000000.25) and anggaran["E2"].number_format == "#,##0.00"
    # more than 15 significant digits: Excel would round it, so it is kept as exact text
    assert anggaran["B4"].value == "123.456.789.012.345,67"
    assert buku["Narasi"]["C24"].value == "=bukan rumus, hanya teks"
    assert buku["Narasi"]["C24"].data_type == "s"


def test_narasi_sangat_panjang_dipecah_dan_disambung(tmp_path, berkas_kaya):
    berkas_kaya.narasi.latar_belakang = ("Paragraf panjang tentang kecamatan. " * 2000).strip() + " 😀" * 10
    path = tmp_path / "panjang.xlsx"
    dibaca = _bolak_balik(berkas_kaya, path)
    assert dibaca.narasi.latar_belakang == berkas_kaya.narasi.latar_belakang
    bagian = [r[0].value for r in openpyxl.load_workbook(path)["Narasi"].iter_rows(min_row=2)]
    assert bagian.count("latar_belakang") == 3


def test_angka_yang_diketik_pengguna_dibaca_tanpa_artefak_float(buku_kaya):
    buku = openpyxl.load_workbook(buku_kaya)
    ws = buku["Realisasi"]
    ws["G3"] = 88.72  # typed as a number
    ws["G4"] = 0.8872
    ws["G4"].number_format = "0.00%"
    ws["C2"] = 0.1 + 0.2  # a float artefact in Python, stored as 0.3 in the cell
    buku["Anggaran"]["B3"] = "Rp 3.397.085.593,00"
    buku["Anggaran"]["C2"] = 9000000.0
    buku["PK"]["D2"] = "16/01/2023"
    buku["Indikator"]["B2"] = "Tujuan"  # dropdown choice in another case
    buku.save(buku_kaya)
    dibaca = baca_xlsx(buku_kaya)
    assert dibaca.realisasi[1].nilai == "88,72"
    assert dibaca.realisasi[2].nilai == "88,72"
    assert dibaca.realisasi[0].triwulan.tw1 == "0,3"
    assert dibaca.anggaran[1].pagu_murni == Decimal("3397085593")
    assert dibaca.anggaran[0].pagu_perubahan == Decimal("9000000")
    assert dibaca.perjanjian_kinerja[0].tanggal == dt.date(2023, 1, 16)
    assert dibaca.renstra.tujuan[0].indikator[0].level == "tujuan"


# --- generated models ---------------------------------------------------------------

_teks = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r") | st.just("\n"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
_angka = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
_nilai = st.one_of(
    _angka.map(lambda d: f"{d}".replace(".", ",")),
    st.tuples(st.integers(0, 99), st.integers(1, 99)).map(lambda t: f"{t[0]}:{t[1]}"),
    st.integers(0, 12).map(lambda n: f"{n} Bulan"),
    st.sampled_from(["-", "WTP", "true", "=1+1", "0x10", "100 %"]),
)
_rupiah = st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.dictionaries(st.integers(2019, 2023), _nilai, max_size=5),
    baseline=st.none() | _nilai,
    nama=_teks,
    formulasi=st.none() | _teks,
    pagu=_rupiah,
    realisasi=st.none() | _rupiah,
    koreksi=st.lists(st.tuples(_teks, _teks), max_size=2),
)
def test_model_acak_bertahan(tmp_path_factory, teks_minimal, target, baseline, nama, formulasi, pagu, realisasi, koreksi):
    berkas = dari_yaml(teks_minimal)
    berkas.renstra.tujuan[0].indikator = [
        Indikator(kode="X-1", nama=nama, target=target, baseline=baseline, formulasi=formulasi)
    ]
    berkas.anggaran = [AnggaranSubKegiatan(sub_kegiatan="7.01.06.2.01.0001", pagu_murni=pagu, realisasi=realisasi)]
    berkas.catatan_koreksi = [Koreksi(lokasi=a, tertulis=b, koreksi=a, alasan=b) for a, b in koreksi]
    path = tmp_path_factory.mktemp("acak") / "acak.xlsx"
    assert _bolak_balik(berkas, path) == berkas


# --- every field of the model has a cell ------------------------------------------------


def _daun(model, jalur=(), leluhur=()) -> set[tuple]:
    """Every field path of the model; lists as ``*``, lists of scalars and dicts as leaves."""
    import typing

    from pydantic import BaseModel

    from sakip.berkas.masalah import _buka

    hasil = set()
    for nama, f in model.model_fields.items():
        anotasi, p = _buka(f.annotation), (*jalur, nama)
        if typing.get_origin(anotasi) is list:
            isi = _buka(typing.get_args(anotasi)[0])
            if isinstance(isi, type) and issubclass(isi, BaseModel):
                hasil |= {p} if isi in leluhur else _daun(isi, (*p, "*"), (*leluhur, model))
                continue
        elif isinstance(anotasi, type) and issubclass(anotasi, BaseModel):
            hasil |= _daun(anotasi, p, (*leluhur, model))
            continue
        hasil.add(p)
    return hasil


def test_setiap_isian_model_punya_sel(buku_kaya):
    """A field added to the model without a column in the workbook fails here, by name."""
    from sakip.berkas.model import BerkasData
    from sakip.berkas.xlsx import baca_xlsx_dan_peta

    def normal(lokasi) -> tuple:
        p = tuple("*" if isinstance(k, int) else k for k in lokasi)
        if "target" in p:
            p = p[: p.index("target") + 1]
        while p[2:4] == ("sub_unit", "*"):  # units nest without limit: one level stands for all
            p = p[:2] + p[4:]
        return p

    _, peta = baca_xlsx_dan_peta(buku_kaya)
    dipetakan = {normal(lokasi) for lokasi in peta}
    dipetakan.add(("struktur_organisasi", "*", "sub_unit"))  # the Tingkat column
    assert {normal(p) for p in _daun(BerkasData)} - dipetakan == set()


def test_teks_jalur_sama_dengan_teks_lokasi(buku_kaya):
    from sakip.berkas.masalah import teks_lokasi
    from sakip.berkas.model import BerkasData
    from sakip.berkas.xlsx.baca import baca_xlsx_dan_peta, teks_jalur

    _, peta = baca_xlsx_dan_peta(buku_kaya)
    assert len(peta) > 500
    for lokasi in peta:
        assert teks_jalur(lokasi) == teks_lokasi(BerkasData, lokasi)
