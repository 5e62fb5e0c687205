"""Program -> kegiatan -> sub kegiatan (Permendagri 90/2019 nomenclature and its updates)."""

from __future__ import annotations

from pydantic import Field

from sakip.berkas.dasar import Kode, KodeKegiatan, KodeProgram, KodeSubKegiatan, Model, Teks
from sakip.berkas.renstra import Indikator


class SubKegiatan(Model):
    kode: KodeSubKegiatan
    nama: Teks = Field(description="Nomenklatur sub kegiatan")
    indikator: list[Indikator] = Field(default_factory=list, description="Indikator keluaran sub kegiatan")
    mendukung: list[Kode] = Field(default_factory=list, description="Kode sasaran/indikator yang didukung")
    keterangan: str | None = None


class Kegiatan(Model):
    kode: KodeKegiatan
    nama: Teks = Field(description="Nomenklatur kegiatan")
    indikator: list[Indikator] = Field(default_factory=list, description="Indikator kegiatan")
    mendukung: list[Kode] = Field(default_factory=list, description="Kode sasaran/indikator yang didukung")
    sub_kegiatan: list[SubKegiatan] = Field(default_factory=list)


class Program(Model):
    kode: KodeProgram
    nama: Teks = Field(description="Nomenklatur program")
    sasaran_program: str | None = Field(None, description="Rumusan sasaran program (outcome)")
    indikator: list[Indikator] = Field(default_factory=list, description="Indikator program")
    mendukung: list[Kode] = Field(
        default_factory=list, description="Kode sasaran/indikator Renstra yang didukung program ini"
    )
    kegiatan: list[Kegiatan] = Field(default_factory=list)
