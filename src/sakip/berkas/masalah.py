"""Problems (errors) and warnings about a data file, in Bahasa Indonesia.

A problem names where it is (``renstra.tujuan[1].sasaran[2].indikator[1].target.2023``,
1-based list positions, plus the YAML line when known), the value found, and
what is wrong. All problems of a file are collected and raised at once as
:class:`BerkasTidakSah`.
"""

from __future__ import annotations

import difflib
import types
import typing
import weakref
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from sakip.berkas import dasar
from sakip.core.exceptions import SakipError

Lokasi = tuple[Any, ...]


@dataclass(frozen=True)
class Masalah:
    """One error in a data file: where, the value found, and why (Indonesian)."""

    lokasi: str
    nilai: str | None
    pesan: str
    baris: int | None = None
    jenis: str = "tidak_sah"
    lembar: str | None = None
    """Workbook sheet (XLSX files); ``baris`` is then the row as Excel shows it."""
    kolom: str | None = None
    """Workbook column as ``"Header (C)"`` (XLSX files)."""

    def letak(self) -> str:
        """Where, for users: the YAML path and line, or the sheet, row and column."""
        if self.lembar:
            bagian = [f"lembar '{self.lembar}'"]
            if self.baris:
                bagian.append(f"baris {self.baris}")
            if self.kolom:
                bagian.append(f"kolom {self.kolom}")
            return ", ".join(bagian)
        return f"{self.lokasi} (baris {self.baris})" if self.baris else self.lokasi

    def __str__(self) -> str:
        nilai = f" [nilai: {self.nilai}]" if self.nilai is not None else ""
        return f"{self.letak()}: {self.pesan}{nilai}"

    def ke_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Peringatan(Masalah):
    """Something to look at, which does not stop the file from being used."""

    jenis: str = "peringatan"


class BerkasTidakSah(SakipError, ValueError):
    """The data file has errors; ``masalah`` lists every one of them."""

    def __init__(self, masalah: list[Masalah], sumber: str | None = None):
        self.masalah = list(masalah)
        self.sumber = sumber
        kepala = f"Berkas {sumber} tidak sah" if sumber else "Berkas data tidak sah"
        daftar = "\n".join(f"- {m}" for m in self.masalah)
        super().__init__(f"{kepala}: {len(self.masalah)} masalah.\n{daftar}")


# --- locations ------------------------------------------------------------


def _buka(anotasi: Any) -> Any:
    """Strip Annotated and Optional wrappers from a type annotation."""
    while True:
        asal = typing.get_origin(anotasi)
        if asal is typing.Annotated:
            anotasi = typing.get_args(anotasi)[0]
        elif asal in (typing.Union, types.UnionType):
            lain = [a for a in typing.get_args(anotasi) if a is not type(None)]
            if len(lain) != 1:
                return anotasi
            anotasi = lain[0]
        else:
            return anotasi


def _langkah(anotasi: Any, kunci: Any) -> Any:
    """The annotation one step down the path ``kunci`` from ``anotasi`` (None if unknown)."""
    anotasi = _buka(anotasi)
    asal = typing.get_origin(anotasi)
    if asal is list:
        return typing.get_args(anotasi)[0]
    if asal is dict:
        return typing.get_args(anotasi)[1]
    if isinstance(anotasi, type) and issubclass(anotasi, BaseModel):
        field = anotasi.model_fields.get(str(kunci))
        return field.annotation if field else None
    return None


def kelas_di(akar: type[BaseModel], lokasi: Lokasi) -> Any:
    """The (unwrapped) annotation found at ``lokasi`` below model ``akar``."""
    anotasi: Any = akar
    for kunci in lokasi:
        if anotasi is None:
            return None
        anotasi = _langkah(anotasi, kunci)
    return _buka(anotasi) if anotasi is not None else None


def teks_lokasi(akar: type[BaseModel], lokasi: Lokasi) -> str:
    """Render a path for users: list positions 1-based in brackets, keys dotted."""
    bagian: list[str] = []
    anotasi: Any = akar
    for kunci in lokasi:
        if kunci == "[key]":
            continue
        jenis = typing.get_origin(_buka(anotasi)) if anotasi is not None else None
        if jenis is list and isinstance(kunci, int):
            bagian.append(f"[{kunci + 1}]")
        else:
            bagian.append(("." if bagian else "") + str(kunci))
        anotasi = _langkah(anotasi, kunci) if anotasi is not None else None
    return "".join(bagian) or "(seluruh berkas)"


def cari_baris(baris: Mapping[Lokasi, int] | None, lokasi: Lokasi) -> int | None:
    """The line of the deepest known prefix of ``lokasi``."""
    if not baris:
        return None
    kunci = tuple(k for k in lokasi if k != "[key]")
    while True:
        if kunci in baris:
            return baris[kunci]
        if not kunci:
            return None
        kunci = kunci[:-1]


def teks_nilai(nilai: Any) -> str | None:
    if nilai is None:
        return None
    if isinstance(nilai, (dict, list)):
        return None
    teks = str(nilai)
    return teks if len(teks) <= 80 else teks[:77] + "..."


# --- where a validated file came from --------------------------------------------

_LETAK: dict[int, tuple[weakref.ref, Mapping[Lokasi, int]]] = {}


def catat_letak(berkas: BaseModel, baris: Mapping[Lokasi, int]) -> None:
    """Remember the source lines of a model a reader produced (for later warnings)."""
    kunci = id(berkas)
    _LETAK[kunci] = (weakref.ref(berkas, lambda _: _LETAK.pop(kunci, None)), baris)


def letak(berkas: BaseModel) -> Mapping[Lokasi, int] | None:
    """The source lines recorded by :func:`catat_letak`, if this model came from a reader."""
    simpan = _LETAK.get(id(berkas))
    return simpan[1] if simpan and simpan[0]() is berkas else None


# --- pydantic errors in Indonesian -------------------------------------------

_POLA = {
    dasar.POLA_PROGRAM: "kode program harus berbentuk U.BB.PP, mis. 7.01.01 (angka atau X)",
    dasar.POLA_KEGIATAN: "kode kegiatan harus berbentuk U.BB.PP.K.KK, mis. 7.01.01.2.01 (angka atau X)",
    dasar.POLA_SUB_KEGIATAN: (
        "kode sub kegiatan harus berbentuk U.BB.PP.K.KK.SSSS, mis. 7.01.01.2.01.0001 "
        "(atau 2 angka terakhir menurut Permendagri 90/2019)"
    ),
    dasar.POLA_KODE: "kode hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung, tanpa spasi",
}

_PESAN = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "string_too_short": "tidak boleh kosong",
    "int_parsing": "harus bilangan bulat, mis. 2023",
    "int_type": "harus bilangan bulat, mis. 2023",
    "int_from_float": "harus bilangan bulat, mis. 2023",
    "bool_parsing": "harus true atau false (ya atau tidak)",
    "bool_type": "harus true atau false (ya atau tidak)",
    "date_parsing": "harus tanggal berbentuk TTTT-BB-HH, mis. 2023-10-02",
    "date_from_datetime_parsing": "harus tanggal berbentuk TTTT-BB-HH, mis. 2023-10-02",
    "date_from_datetime_inexact": "harus tanggal tanpa jam, mis. 2023-10-02",
    "date_type": "harus tanggal berbentuk TTTT-BB-HH, mis. 2023-10-02",
    "decimal_parsing": "harus angka",
    "decimal_type": "harus angka",
    "dict_type": "harus berupa kumpulan 'kunci: nilai'",
    "model_type": "harus berupa kumpulan 'kunci: nilai'",
    "model_attributes_type": "harus berupa kumpulan 'kunci: nilai'",
    "list_type": "harus berupa daftar (setiap butir diawali '- ')",
    "none_required": "harus kosong",
}


def _pilihan(akar: type[BaseModel], lokasi: Lokasi) -> list[str]:
    anotasi = kelas_di(akar, lokasi)
    if typing.get_origin(anotasi) is typing.Literal:
        return [str(a) for a in typing.get_args(anotasi)]
    return []


def _pesan(akar: type[BaseModel], galat: Mapping[str, Any]) -> str:
    jenis = galat["type"]
    lokasi = tuple(galat["loc"])
    ctx = galat.get("ctx") or {}
    if "[key]" in lokasi:
        return f"kunci tidak sah: {_pesan(akar, {**galat, 'loc': ()})}"
    if jenis == "extra_forbidden":
        kunci = str(lokasi[-1]) if lokasi else "?"
        induk = kelas_di(akar, lokasi[:-1])
        saran = ""
        if isinstance(induk, type) and issubclass(induk, BaseModel):
            mirip = difflib.get_close_matches(kunci, list(induk.model_fields), n=1)
            if mirip:
                saran = f"; mungkin maksudnya '{mirip[0]}'?"
        return f"kunci '{kunci}' tidak dikenal{saran}"
    if jenis in ("literal_error", "enum"):
        pilihan = _pilihan(akar, lokasi)
        return f"harus salah satu dari: {', '.join(pilihan)}" if pilihan else galat["msg"]
    if jenis == "string_pattern_mismatch":
        return _POLA.get(ctx.get("pattern"), f"tidak sesuai pola {ctx.get('pattern')}")
    if jenis in ("greater_than_equal", "greater_than"):
        return f"harus paling kecil {ctx.get('ge', ctx.get('gt'))}"
    if jenis in ("less_than_equal", "less_than"):
        return f"harus paling besar {ctx.get('le', ctx.get('lt'))}"
    if jenis in ("value_error", "assertion_error"):
        return str(ctx.get("error", galat["msg"]))
    # our own PydanticCustomError messages are already Indonesian
    return _PESAN.get(jenis, galat["msg"])


def dari_validasi(
    akar: type[BaseModel], galat: ValidationError, baris: Mapping[Lokasi, int] | None = None
) -> list[Masalah]:
    """Translate every pydantic error into a :class:`Masalah`."""
    hasil = []
    for g in galat.errors(include_url=False):
        lokasi = tuple(g["loc"])
        nilai = None if g["type"] == "missing" else teks_nilai(g.get("input"))
        hasil.append(
            Masalah(
                lokasi=teks_lokasi(akar, lokasi),
                nilai=nilai,
                pesan=_pesan(akar, g),
                baris=cari_baris(baris, lokasi),
                jenis=g["type"],
            )
        )
    return hasil
