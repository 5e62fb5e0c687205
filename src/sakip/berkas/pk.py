"""Perjanjian Kinerja (performance agreement): murni and perubahan versions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from sakip.berkas.dasar import Kode, KodeProgram, Model, NilaiTertulis, Rupiah
from sakip.berkas.profil import Pejabat
from sakip.core import parameter

PARAMETER_PK = "pk.ketentuan_53_2014"


def kode_alasan_perubahan(tanggal: dt.date | None = None) -> list[str]:
    """Allowed reasons for a PK perubahan, from the dated regulation parameter."""
    p = parameter.parameter(PARAMETER_PK)
    berlaku = p.riwayat[-1] if tanggal is None or tanggal < p.riwayat[0].berlaku_sejak else p.pada(tanggal)
    return [a["kode"] for a in berlaku.nilai["alasan_perubahan"]]


class NilaiTriwulan(Model):
    """Values per quarter (TW I-IV), as written."""

    tw1: NilaiTertulis | None = None
    tw2: NilaiTertulis | None = None
    tw3: NilaiTertulis | None = None
    tw4: NilaiTertulis | None = None

    def terisi(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


class BarisSasaranPK(Model):
    sasaran: Kode | None = Field(None, description="Kode sasaran (boleh kosong bila indikator tingkat tujuan)")
    indikator: Kode = Field(description="Kode indikator yang diperjanjikan")
    target: NilaiTertulis = Field(description="Target tahunan yang diperjanjikan, sebagaimana ditulis")
    target_triwulan: NilaiTriwulan | None = Field(None, description="Target per triwulan, bila ada")


class BarisProgramPK(Model):
    program: KodeProgram = Field(description="Kode program")
    anggaran: Rupiah = Field(description="Anggaran program dalam PK")
    keterangan: str | None = None


AlasanPerubahan = Annotated[
    str,
    WithJsonSchema(
        {
            "type": "string",
            "enum": kode_alasan_perubahan(),
            "description": "Alasan perubahan PK menurut PermenPANRB 53/2014",
        }
    ),
]


class PerjanjianKinerja(Model):
    """One version of the PK. Versions are ordered by ``nomor_urut`` (murni = 0)."""

    jenis: Literal["murni", "perubahan"] = Field(description="murni atau perubahan")
    nomor_urut: int = Field(0, ge=0, description="0 untuk PK murni, 1, 2, ... untuk perubahan ke-n")
    nomor: str | None = Field(None, description="Nomor dokumen PK, bila ada")
    tanggal: dt.date = Field(description="Tanggal penandatanganan")
    tempat: str | None = Field(None, description="Tempat penandatanganan; kosong = tempat_penyusunan di profil")
    tanggal_dpa: dt.date | None = Field(None, description="Tanggal pengesahan DPA yang menjadi dasar PK")
    alasan_perubahan: AlasanPerubahan | None = Field(None, description="Wajib untuk PK perubahan")
    uraian_alasan: str | None = Field(None, description="Penjelasan alasan perubahan")
    pihak_pertama: Pejabat = Field(description="Kepala instansi (penerima amanah)")
    pihak_kedua: Pejabat = Field(description="Kepala daerah (pemberi amanah)")
    sasaran: list[BarisSasaranPK] = Field(default_factory=list, description="Sasaran - indikator - target")
    program: list[BarisProgramPK] = Field(default_factory=list, description="Program dan anggarannya")
    keterangan: str | None = None

    @field_validator("alasan_perubahan")
    @classmethod
    def _alasan_dikenal(cls, v: str | None) -> str | None:
        if v is not None and v not in kode_alasan_perubahan():
            raise PydanticCustomError(
                "literal_error", "harus salah satu dari: {pilihan}", {"pilihan": ", ".join(kode_alasan_perubahan())}
            )
        return v

    @model_validator(mode="after")
    def _jenis_dan_nomor(self) -> PerjanjianKinerja:
        if self.jenis == "murni" and self.nomor_urut != 0:
            raise ValueError("PK murni harus bernomor urut 0")
        if self.jenis == "perubahan" and self.nomor_urut == 0:
            raise ValueError("PK perubahan harus bernomor urut 1 atau lebih (perubahan ke-n)")
        if self.jenis == "murni" and self.alasan_perubahan is not None:
            raise ValueError("PK murni tidak memiliki alasan_perubahan")
        return self
