"""What the checks share while reviewing one document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from sakip.core import format as fmt
from sakip.reviu.model import Dokumen, Temuan

_TAHUN = re.compile(r"\b(?:tahun|ta\.?|th\.?)\s*(?:anggaran\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


@dataclass
class Konteks:
    dok: Dokumen
    tahun: int
    temuan: list[Temuan] = field(default_factory=list)
    # malformed cell text -> value implied by its table (total minus the other rows)
    tersirat: dict[tuple[int, str], Decimal] = field(default_factory=dict)

    def tambah(self, t: Temuan) -> None:
        self.temuan.append(t)


def tahun_dokumen(dok: Dokumen, bawaan: int) -> int:
    """The reporting year: the year most often written as 'Tahun 20xx' in the text."""
    hitung: Counter[int] = Counter()
    for p in dok.paragraf:
        hitung.update(int(m.group(1)) for m in _TAHUN.finditer(p.teks))
    for t in dok.tabel:
        hitung.update(int(m.group(1)) for m in _TAHUN.finditer(t.judul))
    return hitung.most_common(1)[0][0] if hitung else bawaan


def banding(tertulis: Decimal, hitung: Decimal, desimal: int) -> str:
    """'cocok' when the printed value is the half-up rounding of ``hitung`` at the
    printed precision, 'bawah' when it is the truncation, else 'salah'."""
    if fmt.bulatkan(hitung, desimal) == tertulis:
        return "cocok"
    if Decimal(hitung).quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_DOWN) == tertulis:
        return "bawah"
    return "salah"


def persen(x: Decimal, desimal: int = 2) -> str:
    return fmt.persen(x, desimal)


def rp(x: Decimal) -> str:
    return fmt.rupiah(x, sen=x != x.to_integral_value())
