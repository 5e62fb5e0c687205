"""Exact arithmetic for the index rules (IKM, IDM, LKE).

A mean such as Σ NRR / 9 or the mean of seven criterion values has no finite
decimal expansion. The rules keep such values as :class:`fractions.Fraction`
and round half-up only at the named step (the published 2 or 4 decimals), so
a value that is exactly on a band boundary stays exactly on it.

>>> bulatkan(Fraction(2, 3), 2)
Decimal('0.67')
>>> bulatkan(Fraction(1, 8), 2)
Decimal('0.13')
>>> bulatkan(Fraction(-1, 8), 2)
Decimal('-0.13')
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

__all__ = ["Fraction", "bulatkan", "pecahan", "satuan_terkecil"]


def pecahan(x: Decimal | int | str | float | Fraction) -> Fraction:
    """The exact fraction of a Decimal, int or parameter value.

    YAML gives thresholds such as ``0.25`` as floats; they are read through
    ``str`` so 0.1 means 1/10, not the nearest binary float.
    """
    if isinstance(x, Fraction):
        return x
    if isinstance(x, float):
        return Fraction(Decimal(repr(x)))
    if isinstance(x, str):
        return Fraction(Decimal(x))
    return Fraction(x)


def bulatkan(x: Fraction, desimal: int) -> Decimal:
    """Round ``x`` half-up (ties away from zero, like ``ROUND_HALF_UP``) to ``desimal`` places."""
    skala = 10**desimal
    besar = math.floor(abs(x) * skala + Fraction(1, 2))
    return Decimal(besar if x >= 0 else -besar).scaleb(-desimal)


def satuan_terkecil(desimal: int) -> Fraction:
    """One unit in the last of ``desimal`` places (0,0001 for 4 decimals)."""
    return Fraction(1, 10**desimal)
