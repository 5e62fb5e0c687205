"""What the data-file checks share: the file, where each path sits, the findings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sakip.berkas.masalah import Lokasi, cari_baris, teks_lokasi
from sakip.berkas.model import BerkasData, IndikatorDiBerkas
from sakip.reviu.aturan import temuan
from sakip.reviu.model import Temuan

_UJUNG = re.compile(r"(\.[^.\[]+|\[\d+\])$")


@dataclass
class Konteks:
    berkas: BerkasData
    # YAML: path -> line; XLSX: path -> cell (sakip.berkas.xlsx Letak: lembar, baris, kolom)
    baris: Mapping[Lokasi, int] | None = None
    peta: Mapping[Lokasi, Any] | None = None
    temuan: list[Temuan] = field(default_factory=list)

    @property
    def tahun(self) -> int:
        return self.berkas.profil.tahun

    @cached_property
    def _sel_per_teks(self) -> dict[str, Any]:
        return {teks_lokasi(BerkasData, k): v for k, v in (self.peta or {}).items()}

    def letak(self, lokasi: Lokasi | str, baris: int | None = None) -> str:
        """A path in the file as users read it, with the YAML line or the workbook cell."""
        teks = lokasi if isinstance(lokasi, str) else teks_lokasi(BerkasData, lokasi)
        if self.peta is not None:
            sel = self._sel(teks)
            if sel is not None:
                bagian = [f"lembar '{sel.lembar}'"]
                if sel.baris:
                    bagian.append(f"baris {sel.baris}")
                if sel.kolom:
                    bagian.append(f"kolom {sel.kolom}")
                return f"{teks} ({', '.join(bagian)})"
            return teks
        if baris is None and not isinstance(lokasi, str):
            baris = cari_baris(self.baris, lokasi)
        return f"{teks} (baris {baris})" if baris else teks

    def _sel(self, teks: str):
        sel = self._sel_per_teks.get(teks)
        while sel is None and teks:
            teks = _UJUNG.sub("", teks) if _UJUNG.search(teks) else ""
            sel = self._sel_per_teks.get(teks)
        return sel

    def tambah(self, kode: str, lokasi: Lokasi | str, *, baris: int | None = None, **isian) -> None:
        self.temuan.append(temuan(kode, self.letak(lokasi, baris), **isian))

    def iku(self) -> list[IndikatorDiBerkas]:
        return self.berkas.iku()


def huruf_awal(teks: str) -> str:
    return teks[:1].upper() + teks[1:]
