"""Rating a capaian on the Permendagri 86/2017 five-band scale (bands are parameters).

>>> kategori_capaian(Decimal("90.5"), tahun=2023).kategori
'Tinggi'
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from sakip.core.parameter import nilai

__all__ = ["Kategori", "kategori_capaian", "PARAMETER_PERINGKAT", "Decimal"]

PARAMETER_PERINGKAT = "peringkat.permendagri_86_2017"


@dataclass(frozen=True)
class Kategori:
    kategori: str
    warna: str
    kode_warna: str
    rentang: str


def _rentang(pita: dict) -> str:
    if pita["batas_bawah"] is None:
        return f"\u2264 {pita['batas_atas']} %"
    return f"{pita['batas_bawah']} % \u2264 C \u2264 {pita['batas_atas']} %"


def daftar_kategori(tahun: int) -> list[Kategori]:
    """The bands in force for ``tahun``, best first (for legends and tables)."""
    return [
        Kategori(p["kategori"], p["warna"], p["kode_warna"], _rentang(p))
        for p in nilai(PARAMETER_PERINGKAT, tahun)["pita"]
    ]


def kategori_capaian(capaian_dibatasi: Decimal, *, tahun: int) -> Kategori:
    """The band of an (already capped) capaian. Gap-free: every value gets a band.

    With ``celah: batas_bawah`` a value belongs to the first band whose lower bound it
    reaches; with ``celah: bulatkan`` it is first rounded half-up to an integer.
    """
    bulatkan, pita = _pita(tahun)
    c = Decimal(capaian_dibatasi)
    if bulatkan:
        c = c.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    for batas, kategori in pita:
        if batas is None or c >= batas:
            return kategori
    raise AssertionError("the last band has no lower bound")  # pragma: no cover


@lru_cache(maxsize=64)
def _pita(tahun: int) -> tuple[bool, tuple[tuple[Decimal | None, Kategori], ...]]:
    """The bands of ``tahun`` prepared once: (round first?, ((lower bound, category), ...))."""
    aturan = nilai(PARAMETER_PERINGKAT, tahun)
    return aturan["celah"] == "bulatkan", tuple(
        (
            None if p["batas_bawah"] is None else Decimal(str(p["batas_bawah"])),
            Kategori(p["kategori"], p["warna"], p["kode_warna"], _rentang(p)),
        )
        for p in aturan["pita"]
    )
