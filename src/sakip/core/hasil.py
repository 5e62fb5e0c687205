"""Results that explain themselves: value, status, reason, formula, rules used."""

from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    """Whether a figure could be computed. Zero is a value, not a missing one."""

    TERHITUNG = "terhitung"
    BELUM_DIISI = "belum_diisi"
    TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"

    def __str__(self) -> str:
        return self.value
