"""Spreading a large batch over the machine's cores (fork), keeping row order.

Used by batch commands on large files; small inputs run in-process. The data is
shared with the workers by fork (copy-on-write), not pickled; only results travel back.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
_DATA: Sequence[Any] = ()
_FUNGSI: Callable[[Sequence[Any]], Any] | None = None


def _kerja(rentang: tuple[int, int]) -> Any:
    awal, akhir = rentang
    return _FUNGSI(_DATA[awal:akhir])


def petakan_potongan(fungsi: Callable[[Sequence[Any]], T], data: Sequence[Any], *, minimum: int = 20_000) -> list[T]:
    """``[fungsi(potongan) for potongan in chunks(data)]``, in parallel when ``data`` is large."""
    global _DATA, _FUNGSI
    inti = os.cpu_count() or 1
    if len(data) < minimum or inti < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [fungsi(data)]
    ukuran = -(-len(data) // inti)
    rentang = [(i, min(i + ukuran, len(data))) for i in range(0, len(data), ukuran)]
    _DATA, _FUNGSI = data, fungsi
    try:
        with multiprocessing.get_context("fork").Pool(len(rentang)) as pool:
            return pool.map(_kerja, rentang)
    finally:
        _DATA, _FUNGSI = (), None
