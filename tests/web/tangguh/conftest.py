"""Shared fixtures of the hardening tests: the Kalumpang 2023 workbook, written once."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from sakip.berkas import baca

AKAR = Path(__file__).resolve().parents[3]
CONTOH = AKAR / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"
HITUNGAN: Counter = Counter()
"""Outcome counts of the fuzz tests (printed at the end of the session with -s)."""
CATATAN = os.environ.get("SAKIP_FUZZ_CATAT")
"""A file to which every fuzz outcome is appended as it happens (long runs, see docs/keandalan.md)."""


def catat(kunci: str) -> None:
    HITUNGAN[kunci] += 1
    if CATATAN:
        with open(CATATAN, "a", encoding="utf-8") as f:
            f.write(kunci + "\n")


@pytest.fixture(scope="session")
def kalumpang():
    return baca(CONTOH)


@pytest.fixture(scope="session")
def buku_kalumpang(tmp_path_factory, kalumpang) -> Path:
    from sakip.berkas.xlsx import tulis_xlsx

    path = tmp_path_factory.mktemp("kalumpang") / "kalumpang-2023.xlsx"
    tulis_xlsx(kalumpang, path)
    return path


class Bita(bytes):
    """Workbook bytes with a short repr (Hypothesis prints fixtures of a failing example)."""

    def __repr__(self) -> str:
        return f"<buku kerja {len(self)} bita>"


@pytest.fixture(scope="session")
def bita_kalumpang(buku_kalumpang) -> bytes:
    return Bita(buku_kalumpang.read_bytes())


@pytest.fixture(scope="session", autouse=True)
def _laporan_fuzz():
    yield
    if HITUNGAN:
        print("\nfuzz:", dict(sorted(HITUNGAN.items())))
