"""The one formatter: Indonesian numbers, money, percentages and dates (Babel, ``id_ID``).

Rounding is half-up, and happens here (at display) or at a named step, never
inside a calculation.

>>> rupiah(Decimal("3397085593"))
'3.397.085.593'
>>> persen(Decimal("105.619047"))
'105,62 %'
>>> angka(Decimal("1.047"), desimal=2)
'1,05'
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import get_decimal_symbol, get_group_symbol

LOKAL = "id_ID"
_KELOMPOK = get_group_symbol(LOKAL)  # "."
_DESIMAL = get_decimal_symbol(LOKAL)  # ","
_TUKAR = str.maketrans({",": _KELOMPOK, ".": _DESIMAL})

__all__ = ["bulatkan", "angka", "rupiah", "persen", "tanggal", "nilai_teks", "Decimal"]


_EKSPONEN = {d: Decimal(1).scaleb(-d) for d in range(9)}


def bulatkan(x: Decimal, desimal: int = 2) -> Decimal:
    """Round half-up to ``desimal`` places (the published precision)."""
    if not isinstance(x, Decimal):
        x = Decimal(x)
    return x.quantize(_EKSPONEN.get(desimal) or Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)


def angka(x: Decimal | int | None, desimal: int = 2, *, tetap: bool = True) -> str:
    """``1234.5`` -> ``1.234,50``. With ``tetap=False`` trailing zeros are dropped (``84``)."""
    if x is None:
        return "-"
    nilai = bulatkan(x, desimal)
    if nilai == 0:
        nilai = abs(nilai)  # never print "-0,00"
    teks = f"{nilai:,.{desimal}f}"
    if not tetap and desimal:
        teks = teks.rstrip("0").rstrip(".")
    # Babel's id_ID symbols, applied to Python's fixed-point output (fast on 100 000 rows)
    return teks.translate(_TUKAR)


def rupiah(x: Decimal | int | None, *, sen: bool = False) -> str:
    """Rupiah without the symbol, thousands grouped: ``3.397.085.593`` (``,00`` with ``sen``)."""
    return angka(x, 2 if sen else 0)


def persen(x: Decimal | None, desimal: int = 2) -> str:
    """``105,62 %`` (Indonesian style: a space before the sign)."""
    return "-" if x is None else f"{angka(x, desimal)} %"


def tanggal(d: dt.date | None) -> str:
    """``31 Desember 2023``."""
    return "-" if d is None else format_date(d, format="d MMMM y", locale=LOKAL)


def nilai_teks(x: Decimal | None) -> str:
    """A plain value as users write it: no forced decimals (``84``, ``88,72``, ``0,5``);
    at most 4 decimals."""
    if x is None:
        return "-"
    return _nilai_teks(x if isinstance(x, Decimal) else Decimal(x))


@lru_cache(maxsize=16384)
def _nilai_teks(x: Decimal) -> str:
    teks = f"{x.normalize():,f}"
    titik = teks.find(".")
    if titik >= 0 and len(teks) - titik > 5:
        teks = f"{bulatkan(x, 4).normalize():,f}"
    if teks in ("-0", "-0.0"):
        teks = "0"
    return teks.translate(_TUKAR)
