"""Fuzzing the workbook reader: any mutated Kalumpang workbook gives a valid model or
``BerkasTidakSah`` with located Indonesian messages, never another exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.berkas import BerkasData, BerkasTidakSah, baca

from .conftest import catat
from .mutasi import BukuMemori, contoh, mutasi_bita, mutasi_sel, mutasi_xml, terapkan_sel

pytestmark = pytest.mark.fuzz
CEPAT = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def hasil_baca(path, nama_uji: str) -> str:
    """Read *path*; check the outcome contract; return "sah" or "masalah"."""
    try:
        berkas = baca(path)
    except BerkasTidakSah as e:
        assert e.masalah, "BerkasTidakSah tanpa masalah"
        for m in e.masalah:
            assert m.pesan and m.pesan.strip(), m
            assert m.jenis != "galat_internal", f"galat program tertangkap: {m}"
            assert m.lembar or m.lokasi == "(berkas)", f"masalah tanpa letak lembar: {m}"
        catat(f"{nama_uji}.masalah")
        return "masalah"
    assert isinstance(berkas, BerkasData)
    catat(f"{nama_uji}.sah")
    return "sah"


@pytest.fixture(scope="module")
def memori(buku_kalumpang):
    return BukuMemori(buku_kalumpang)


def test_buku_asli_sah(buku_kalumpang, memori, kalumpang):
    with memori.dipakai(memori.salin()):
        assert baca(buku_kalumpang) == kalumpang  # the stand-in reads what openpyxl reads


@settings(max_examples=contoh(30), **CEPAT)
@given(data=st.data())
def test_sel_acak(buku_kalumpang, memori, data):
    lembar = memori.salin()
    for m in data.draw(st.lists(mutasi_sel(list(memori.lembar)), min_size=1, max_size=5)):
        terapkan_sel(lembar, m)
    with memori.dipakai(lembar):
        hasil_baca(buku_kalumpang, "sel")


@settings(max_examples=contoh(100), **CEPAT)
@given(data=st.data())
def test_bita_acak(tmp_path_factory, bita_kalumpang, data):
    path = tmp_path_factory.mktemp("bita", numbered=False) / "acak.xlsx" if not hasattr(test_bita_acak, "p") else test_bita_acak.p
    test_bita_acak.p = path
    path.write_bytes(data.draw(mutasi_bita(bita_kalumpang)))
    hasil_baca(path, "bita")


@settings(max_examples=contoh(5), **CEPAT)
@given(data=st.data())
def test_xml_acak(tmp_path_factory, bita_kalumpang, data):
    path = tmp_path_factory.mktemp("xml") / "acak.xlsx"
    path.write_bytes(data.draw(mutasi_xml(bita_kalumpang)))
    hasil_baca(path, "xml")
