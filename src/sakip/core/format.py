"""PLACEHOLDER until the lead's ``sakip.core.format`` lands on main (same API)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def angka(x, desimal: int = 2) -> str:
    d = Decimal(x).quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
    teks = f"{d:,.{desimal}f}"
    return teks.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
