"""Fixtures of the dashboard, document and public-page tests: offices with real-shaped data.

``kalumpang``: office A (Kecamatan Kalumpang) holds the reference office-year 2023 (and 2022),
written through ``berkas_simpan`` like an import. ``disdik``: office B holds a generated
office-year of a very different size. The dokumen and publik tests import these fixtures.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from sakip.web.kinerja.contoh import berkas_turunan, kalumpang_2022, kalumpang_2023
from sakip.web.kinerja.services import berkas_simpan


@pytest.fixture(scope="session")
def berkas_kalumpang():
    return kalumpang_2023()


@pytest.fixture
def kalumpang(orang, instansi_a, berkas_kalumpang):
    """Office A's office-year 2023 (TahunKinerja)."""
    berkas_simpan(instansi=instansi_a, tahun=2022, berkas=kalumpang_2022(berkas_kalumpang))
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=berkas_kalumpang)
    return instansi_a.tahun_kinerja.get(tahun=2023)


@pytest.fixture
def disdik(orang, instansi_b):
    """Office B's generated office-year 2023, its budget a thousandth of Kalumpang's and absorbed at 10 %."""
    b = berkas_turunan(nama_instansi=instansi_b.nama, tahun=2023, rng=random.Random(7), jumlah_desa=40, jumlah_indikator=12)
    kecil = []
    for a in b.anggaran:
        pagu = (a.pagu / 1000).quantize(Decimal(1))
        kecil.append(a.model_copy(update={"pagu_murni": pagu, "pagu_perubahan": None, "realisasi": pagu / 10,
                                          "realisasi_triwulan": None}))
    b = b.model_copy(update={"anggaran": kecil})
    berkas_simpan(instansi=instansi_b, tahun=2023, berkas=b)
    return instansi_b.tahun_kinerja.get(tahun=2023)
