"""Checks on small made-up documents: each rule fires on its case and stays quiet otherwise."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sakip.core import format as fmt
from sakip.reviu.aturan import semua_aturan
from sakip.reviu.baca.teks import baca_teks
from sakip.reviu.periksa import periksa_dokumen
from sakip.reviu.periksa.konteks import banding


def _reviu(teks: str):
    return periksa_dokumen(baca_teks(teks))


def test_katalog_lengkap():
    aturan = semua_aturan()
    assert all(a.pesan and a.sumber for a in aturan.values())


def test_persen_benar_tidak_dilaporkan():
    teks = "Tabel 1.1 Realisasi\n\nSub Kegiatan\tAnggaran\tRealisasi\t%\nA\t3.000\t1.000\t33,33\nJUMLAH\t3.000\t1.000\t33,33\n"
    assert _reviu(teks) == []


def test_persen_dipotong_peringatan():
    teks = "Tabel 1.1 Realisasi\n\nSub Kegiatan\tAnggaran\tRealisasi\t%\nA\t3.000\t2.000\t66,66\n"
    (t,) = _reviu(teks)
    assert t.kode == "RV-PRS-02" and t.seharusnya == "66,67 %"


def test_kalimat_persen_salah():
    teks = "Program A dengan anggaran Rp. 1.000.000,00 dan realisasi Rp. 900.000,00 atau 91,00%.\n"
    (t,) = _reviu(teks)
    assert t.kode == "RV-KLM-01" and t.seharusnya == "90,00 %"


def test_target_nol():
    teks = "Tabel 1.1 Capaian\n\nIndikator\tTarget\tRealisasi\tCapaian\nA\t0\t0\t0\n"
    (t,) = _reviu(teks)
    assert t.kode == "RV-CAP-04"


@given(
    a=st.integers(min_value=1, max_value=10**12),
    r=st.integers(min_value=0, max_value=10**12),
)
def test_pembulatan_benar_selalu_cocok(a, r):
    hitung = Decimal(r) / Decimal(a) * 100
    assert banding(fmt.bulatkan(hitung, 2), hitung, 2) == "cocok"
    assert banding(fmt.bulatkan(hitung, 0), hitung, 0) == "cocok"


def test_efisiensi():
    teks = ("No\tIndikator\tcapaian kinerja\trealisasi anggaran\tefisiensi\n"
            "1\tA\t100%\t95,52%\t1,05\n2\tB\t100%\t80%\t1,20\n")
    (t,) = _reviu(teks)
    assert t.kode == "RV-EFI-01" and t.tertulis == "1,20" and t.seharusnya == "1,25"
