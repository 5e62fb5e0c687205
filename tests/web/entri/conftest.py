"""Fixtures of the entry-screen tests: Kalumpang 2023 stored for office A (and a copy for office B)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.berkas import baca
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.kinerja.services import berkas_simpan

CONTOH = Path(__file__).resolve().parents[3] / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"


@pytest.fixture(scope="session")
def kalumpang():
    return baca(CONTOH)


@pytest.fixture
def tk_a(instansi_a, kalumpang) -> TahunKinerja:
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    return TahunKinerja.objects.get(instansi=instansi_a, tahun=2023)


@pytest.fixture
def tk_b(instansi_b, kalumpang) -> TahunKinerja:
    b = kalumpang.model_copy(deep=True)
    b.profil.instansi.nama = instansi_b.nama
    berkas_simpan(instansi=instansi_b, tahun=2023, berkas=b)
    return TahunKinerja.objects.get(instansi=instansi_b, tahun=2023)


def url(nama: str, tk: TahunKinerja, *lain) -> str:
    from django.urls import reverse

    return reverse(f"entri:{nama}", args=[tk.instansi_id, tk.tahun, *lain])
