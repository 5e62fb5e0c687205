"""Shared test helpers: where the real published data lives."""

from __future__ import annotations

from pathlib import Path

import pytest

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
