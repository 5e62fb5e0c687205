"""Invariants of the IKM rule (PermenPANRB 14/2017)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core import ikm

KODE = [u.kode for u in ikm.daftar_unsur(tahun=2023)]


@st.composite
def survei(draw):
    """Per-unsur answer counts of a survey: how many answered 1, 2, 3, 4 (some may skip)."""
    responden = draw(st.integers(min_value=1, max_value=500))
    jawaban = {}
    for k in KODE:
        frekuensi = draw(st.lists(st.integers(min_value=0, max_value=responden), min_size=4, max_size=4))
        while sum(frekuensi) > responden:
            frekuensi = [f // 2 for f in frekuensi]
        if sum(frekuensi) == 0:
            frekuensi[3] = 1
        jawaban[k] = frekuensi
    return responden, jawaban


def _jumlah(jawaban: dict) -> dict:
    return {k: ikm.JumlahUnsur(jumlah_nilai=sum((i + 1) * f for i, f in enumerate(fr)), jumlah_terisi=sum(fr))
            for k, fr in jawaban.items()}


@given(survei())
def test_ikm_antara_25_dan_100(data):
    responden, jawaban = data
    hasil = ikm.hitung_ikm(_jumlah(jawaban), responden=responden, tahun=2023)
    assert Decimal(25) <= hasil.ikm <= Decimal(100)
    assert hasil.mutu in {"A", "B", "C", "D"}


@given(survei())
def test_penimbang_tepat_tidak_pernah_di_bawah_0111(data):
    responden, jawaban = data
    tepat = ikm.hitung_ikm(_jumlah(jawaban), responden=responden, tahun=2023)
    lama = ikm.hitung_ikm(_jumlah(jawaban), responden=responden, tahun=2023, penimbang="0.111")
    assert tepat.ikm >= lama.ikm


@given(survei())
def test_responden_yang_menjawab_4_tidak_menurunkan_ikm(data):
    responden, jawaban = data
    sebelum = ikm.hitung_ikm(_jumlah(jawaban), responden=responden, tahun=2023)
    tambah = {k: [*fr[:3], fr[3] + 1] for k, fr in jawaban.items()}
    sesudah = ikm.hitung_ikm(_jumlah(tambah), responden=responden + 1, tahun=2023)
    assert sesudah.ikm_tepat >= sebelum.ikm_tepat


def test_ikm_adalah_rata_rata_nrr_kali_25():
    jumlah = {k: ikm.JumlahUnsur(jumlah_nilai=300 + 10 * i, jumlah_terisi=100) for i, k in enumerate(KODE)}
    hasil = ikm.hitung_ikm(jumlah, responden=100, tahun=2023)
    # NRR 3,00 ... 3,80: mean 3,40 -> 85,00
    assert hasil.ikm == Decimal("85.00")
    assert hasil.nilai_interval == Decimal("3.4000")
    assert [u.nrr for u in hasil.unsur][:2] == [Decimal("3.0000"), Decimal("3.1000")]
    assert hasil.rumus.endswith("= 85,00")
    assert "3,0000 + 3,1000" in hasil.rumus
    assert "ikm.penimbang" in hasil.parameter and "ikm.mutu_2017" in hasil.parameter


def test_unsur_tanpa_jawaban_diberi_alasan():
    jumlah = {k: ikm.JumlahUnsur(jumlah_nilai=8, jumlah_terisi=2) for k in KODE}
    jumlah["U4"] = ikm.JumlahUnsur(jumlah_nilai=0, jumlah_terisi=0)
    hasil = ikm.hitung_ikm(jumlah, responden=2, tahun=2023)
    assert hasil.status == ikm.TIDAK_DAPAT_DIHITUNG and hasil.ikm is None
    assert "U4" in hasil.alasan
    assert hasil.unsur[3].status == ikm.TIDAK_DAPAT_DIHITUNG


@pytest.mark.parametrize(
    "jumlah_nilai, jumlah_terisi, pesan",
    [(17, 4, "tidak mungkin"), (3, 4, "tidak mungkin"), (20, 5, "jumlah responden")],
)
def test_masukan_mustahil_ditolak(jumlah_nilai, jumlah_terisi, pesan):
    jumlah = {k: ikm.JumlahUnsur(jumlah_nilai=8, jumlah_terisi=2) for k in KODE}
    jumlah["U1"] = ikm.JumlahUnsur(jumlah_nilai=jumlah_nilai, jumlah_terisi=jumlah_terisi)
    with pytest.raises(ikm.MasukanTidakSah, match=pesan):
        ikm.hitung_ikm(jumlah, responden=4, tahun=2023)


def test_unsur_kurang_atau_asing_ditolak():
    jumlah = {k: ikm.JumlahUnsur(jumlah_nilai=4, jumlah_terisi=1) for k in KODE[:-1]}
    jumlah["U10"] = ikm.JumlahUnsur(jumlah_nilai=4, jumlah_terisi=1)
    with pytest.raises(ikm.MasukanTidakSah, match="U9.*U10"):
        ikm.hitung_ikm(jumlah, responden=1, tahun=2023)
