"""The reviu checks' catalogue, read from ``aturan.yaml`` (checks as data)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sakip.reviu.model import TINGKAT, Temuan


@dataclass(frozen=True)
class Aturan:
    kode: str
    nama: str
    tingkat: str
    sumber: str
    pesan: str

    def sebagai_dict(self) -> dict[str, str]:
        return {"kode": self.kode, "nama": self.nama, "tingkat": self.tingkat, "sumber": self.sumber, "pesan": self.pesan}


@cache
def semua_aturan() -> dict[str, Aturan]:
    teks = (resources.files("sakip.reviu") / "aturan.yaml").read_text(encoding="utf-8")
    hasil: dict[str, Aturan] = {}
    for d in yaml.safe_load(teks):
        a = Aturan(**d)
        if a.tingkat not in TINGKAT:
            raise ValueError(f"{a.kode}: tingkat {a.tingkat!r} tidak dikenal")
        hasil[a.kode] = a
    return hasil


def temuan(kode: str, lokasi: str, *, tertulis: str = "", seharusnya: str = "", tingkat: str | None = None, **isian) -> Temuan:
    """A finding of check ``kode``, its message filled from the template."""
    a = semua_aturan()[kode]
    isian.setdefault("tertulis", tertulis)
    isian.setdefault("tambahan", "")
    return Temuan(
        kode=kode,
        tingkat=tingkat or a.tingkat,
        lokasi=lokasi,
        pesan=a.pesan.format(**isian),
        tertulis=tertulis,
        seharusnya=seharusnya,
    )
