"""Regulation numbers as dated, cited data (OpenFisca style).

Every threshold, weight, band and formula choice lives in one YAML file under
``parameters/`` (one parameter per file, the file path is its name, e.g.
``peringkat/permendagri_86_2017.yaml`` -> ``peringkat.permendagri_86_2017``).
A file holds::

    deskripsi: short Indonesian description
    dokumentasi: the clause quoted or explained
    nilai:
      2017-01-01:            # date the value takes effect
        tanggal_terverifikasi: false   # the day is the regulation's year start, not yet
                                       # checked against the official text
        nilai: ...           # any YAML value
        referensi:
          judul: Permendagri No. 86 Tahun 2017, Lampiran ...
          tautan: https://...
          pasal: Lampiran I
        keyakinan: "2+"     # 2+, 1 or INF (see shared/reference/domain-rules.md)
        catatan: why, and what the alternatives are

A rule change adds a new dated entry; history is never edited, so the figures of
an old year recompute unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sakip.core.exceptions import ParameterTidakDitemukan

# libyaml's loader when available: 5x faster start-up for every command; same result as safe_load
_PEMUAT = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KEYAKINAN = {
    "2+": "dikonfirmasi dua sumber atau lebih",
    "1": "satu sumber",
    "INF": "inferensi; pilihan desain yang dapat diubah",
    "KLP": "dari LKj Kalumpang (dokumen praktik)",
}


@dataclass(frozen=True)
class Referensi:
    judul: str
    tautan: str | None = None
    pasal: str | None = None

    def __str__(self) -> str:
        bagian = [self.judul]
        if self.pasal:
            bagian.append(self.pasal)
        return ", ".join(bagian)


@dataclass(frozen=True)
class NilaiBerlaku:
    """One dated value of a parameter, with where it comes from."""

    nama: str
    nilai: Any
    berlaku_sejak: dt.date
    referensi: tuple[Referensi, ...]
    keyakinan: str
    catatan: str | None = None
    tanggal_terverifikasi: bool = True


@dataclass(frozen=True)
class Parameter:
    nama: str
    deskripsi: str
    dokumentasi: str
    riwayat: tuple[NilaiBerlaku, ...] = field(repr=False)

    def pada(self, tanggal: dt.date) -> NilaiBerlaku:
        """The value in force on ``tanggal``."""
        berlaku = [n for n in self.riwayat if n.berlaku_sejak <= tanggal]
        if not berlaku:
            raise ParameterTidakDitemukan(
                f"Parameter {self.nama!r} belum berlaku pada {tanggal.isoformat()} "
                f"(berlaku sejak {self.riwayat[0].berlaku_sejak.isoformat()})."
            )
        return berlaku[-1]


def tanggal_tahun(tahun: int) -> dt.date:
    """The date whose rules govern a reporting year: its last day.

    An LKj reports on a whole year; a rule that took effect during the year
    governs that year's report.
    """
    return dt.date(tahun, 12, 31)


def _referensi(data: Any) -> tuple[Referensi, ...]:
    daftar = data if isinstance(data, list) else [data]
    return tuple(Referensi(judul=r["judul"], tautan=r.get("tautan"), pasal=r.get("pasal")) for r in daftar if r)


def _baca(nama: str, teks: str) -> Parameter:
    data = yaml.load(teks, Loader=_PEMUAT)
    riwayat = []
    for tanggal, isi in sorted(data["nilai"].items()):
        if isinstance(tanggal, str):
            tanggal = dt.date.fromisoformat(tanggal)
        riwayat.append(
            NilaiBerlaku(
                nama=nama,
                nilai=isi["nilai"],
                berlaku_sejak=tanggal,
                referensi=_referensi(isi.get("referensi")),
                keyakinan=str(isi.get("keyakinan", "INF")),
                catatan=isi.get("catatan"),
                tanggal_terverifikasi=bool(isi.get("tanggal_terverifikasi", True)),
            )
        )
    return Parameter(
        nama=nama,
        deskripsi=data["deskripsi"],
        dokumentasi=(data.get("dokumentasi") or "").strip(),
        riwayat=tuple(riwayat),
    )


@cache
def semua_parameter() -> dict[str, Parameter]:
    """Every parameter shipped with sakip, by dotted name."""
    akar = resources.files("sakip.core") / "parameters"
    hasil: dict[str, Parameter] = {}

    def jelajah(folder, awalan: str) -> None:
        for item in sorted(folder.iterdir(), key=lambda x: x.name):
            if item.is_dir():
                jelajah(item, f"{awalan}{item.name}.")
            elif item.name.endswith(".yaml"):
                nama = awalan + item.name[: -len(".yaml")]
                hasil[nama] = _baca(nama, item.read_text(encoding="utf-8"))

    jelajah(akar, "")
    return hasil


def parameter(nama: str) -> Parameter:
    try:
        return semua_parameter()[nama]
    except KeyError:
        raise ParameterTidakDitemukan(f"Parameter {nama!r} tidak dikenal.") from None


@cache
def parameter_berlaku(nama: str, tanggal: dt.date) -> NilaiBerlaku:
    """The value of parameter ``nama`` in force on ``tanggal``."""
    return parameter(nama).pada(tanggal)


@cache
def nilai(nama: str, tahun: int) -> Any:
    """Shortcut: the bare value of ``nama`` governing reporting year ``tahun``.

    Values are shared: callers must not modify what they get.
    """
    return parameter_berlaku(nama, tanggal_tahun(tahun)).nilai


def berlaku_pada_tahun(tahun: int) -> list[NilaiBerlaku]:
    """Every parameter in force for reporting year ``tahun`` (for ``sakip aturan``)."""
    tanggal = tanggal_tahun(tahun)
    hasil = []
    for p in semua_parameter().values():
        try:
            hasil.append(p.pada(tanggal))
        except ParameterTidakDitemukan:
            continue
    return hasil
