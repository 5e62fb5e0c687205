"""The Kalumpang 2023 data file (from the reference LKj tables) and variants of it."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from sakip.berkas import baca, validasi

DATA = Path(__file__).with_name("data") / "kalumpang-2023.yaml"


@pytest.fixture(scope="session")
def berkas():
    return baca(DATA)


@pytest.fixture(scope="session")
def data_mentah() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@pytest.fixture
def ubah(data_mentah):
    """Build a valid BerkasData from a modified copy of the Kalumpang data."""

    def _ubah(fungsi) -> object:
        d = copy.deepcopy(data_mentah)
        fungsi(d)
        return validasi(d)

    return _ubah


@pytest.fixture(scope="session")
def analisa(berkas):
    from sakip.laporan import analisis

    return analisis(berkas)


@pytest.fixture(scope="session")
def dokumen(berkas):
    from sakip.laporan import susun_lkj

    return susun_lkj(berkas)
