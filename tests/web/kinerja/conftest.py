"""Fixtures of the kinerja tests: the Kalumpang 2023 example as a berkas model."""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip.berkas import baca

CONTOH = Path(__file__).resolve().parents[3] / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"


@pytest.fixture(scope="session")
def kalumpang():
    """The reference office-year (Kecamatan Kalumpang 2023), read once."""
    return baca(CONTOH)
