"""Shared test helpers: where the real published data lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# No per-example deadline: timing on a shared 2-core machine is not a property under test.
# Under CI the examples are derandomised, so a run is reproducible and never flaky;
# local runs keep exploring new random examples.
hypothesis_settings.register_profile("sakip", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, database=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "sakip")

AKAR = Path(__file__).resolve().parents[1]
SHARED = (AKAR / ".." / "shared").resolve()
DATA_NYATA = SHARED / "data" / "real"
REFERENSI = SHARED / "reference"


@pytest.fixture(scope="session")
def data_nyata() -> Path:
    if not DATA_NYATA.is_dir():
        pytest.skip(f"data nyata tidak ada di {DATA_NYATA}")
    return DATA_NYATA


@pytest.fixture(scope="session")
def referensi() -> Path:
    if not REFERENSI.is_dir():
        pytest.skip(f"dokumen referensi tidak ada di {REFERENSI}")
    return REFERENSI
