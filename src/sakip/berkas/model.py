"""The office-year data file ("berkas data"): one source of truth for the LKj, the reviu and the web app.

Shape (top level, in file order)::

    versi_format, profil, narasi, dasar_hukum, tugas_fungsi, struktur_organisasi,
    renstra, program, perjanjian_kinerja, realisasi, anggaran, pembanding,
    prestasi, dokumentasi, rekomendasi_reviu, catatan_koreksi

Cross-references use ``kode``: indicators (``renstra`` and ``program`` trees),
sasaran, tujuan, programs and sub kegiatan. Reading a file checks them all
(:mod:`sakip.berkas.silang`); warnings come from :func:`sakip.berkas.periksa`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pydantic import Field

from sakip.berkas.dasar import Level, Model
from sakip.berkas.lampiran import Foto, Koreksi, Pembanding, Prestasi, RekomendasiReviu
from sakip.berkas.narasi import Narasi
from sakip.berkas.pk import PerjanjianKinerja
from sakip.berkas.profil import DasarHukum, Profil, UnitOrganisasi
from sakip.berkas.program import Kegiatan, Program, SubKegiatan
from sakip.berkas.realisasi import AnggaranSubKegiatan, RealisasiIndikator
from sakip.berkas.renstra import Indikator, Renstra, Sasaran, Tujuan
from sakip.core.angka import Nilai, coba_nilai
from sakip.core.capaian import agregasi_realisasi

VERSI_FORMAT = 1

Lokasi = tuple[str | int, ...]
"""A path in the file: keys and 0-based list indices, e.g. ``("renstra", "tujuan", 0)``."""


@dataclass(frozen=True)
class IndikatorDiBerkas:
    """An indicator with where it sits: its level by position and its parent's kode."""

    indikator: Indikator
    level: Level
    induk: str
    lokasi: Lokasi


class BerkasData(Model):
    """Everything one office reports for one year."""

    versi_format: int = Field(VERSI_FORMAT, ge=1, le=VERSI_FORMAT, description="Versi format berkas data (saat ini 1)")
    profil: Profil
    narasi: Narasi = Field(default_factory=Narasi, description="Teks bebas per bagian LKj; kosong = disusun otomatis")
    dasar_hukum: list[DasarHukum] = Field(default_factory=list, description="Dasar hukum kedudukan dan tugas instansi")
    tugas_fungsi: list[str] = Field(default_factory=list, description="Daftar tugas dan fungsi instansi")
    struktur_organisasi: list[UnitOrganisasi] = Field(default_factory=list, description="Unit organisasi dan tugasnya")
    renstra: Renstra
    program: list[Program] = Field(default_factory=list, description="Program -> kegiatan -> sub kegiatan")
    perjanjian_kinerja: list[PerjanjianKinerja] = Field(
        default_factory=list, description="Versi PK tahun laporan: murni (nomor_urut 0) dan perubahan"
    )
    realisasi: list[RealisasiIndikator] = Field(default_factory=list, description="Realisasi indikator per tahun")
    anggaran: list[AnggaranSubKegiatan] = Field(default_factory=list, description="Pagu dan realisasi per sub kegiatan")
    pembanding: Pembanding = Field(default_factory=Pembanding, description="Nilai instansi lain dan standar nasional")
    prestasi: list[Prestasi] = Field(default_factory=list)
    dokumentasi: list[Foto] = Field(default_factory=list, description="Foto kegiatan dan keterangannya")
    rekomendasi_reviu: list[RekomendasiReviu] = Field(default_factory=list, description="Rekomendasi reviu tahun lalu")
    catatan_koreksi: list[Koreksi] = Field(default_factory=list, description="Koreksi terhadap dokumen sumber")

    # --- navigation -------------------------------------------------------

    def semua_indikator(self) -> Iterator[IndikatorDiBerkas]:
        """Every indicator of the file, Renstra first, then the program tree, in file order."""
        for it, tujuan in enumerate(self.renstra.tujuan):
            dasar: Lokasi = ("renstra", "tujuan", it)
            yield from _indikator(tujuan.indikator, "tujuan", tujuan.kode, dasar)
            for isas, sasaran in enumerate(tujuan.sasaran):
                yield from _indikator(sasaran.indikator, "sasaran", sasaran.kode, (*dasar, "sasaran", isas))
        for ip, program in enumerate(self.program):
            dasar = ("program", ip)
            yield from _indikator(program.indikator, "program", program.kode, dasar)
            for ik, kegiatan in enumerate(program.kegiatan):
                dk = (*dasar, "kegiatan", ik)
                yield from _indikator(kegiatan.indikator, "kegiatan", kegiatan.kode, dk)
                for isub, sub in enumerate(kegiatan.sub_kegiatan):
                    yield from _indikator(sub.indikator, "sub_kegiatan", sub.kode, (*dk, "sub_kegiatan", isub))

    def semua_sasaran(self) -> Iterator[tuple[Tujuan, Sasaran]]:
        for tujuan in self.renstra.tujuan:
            for sasaran in tujuan.sasaran:
                yield tujuan, sasaran

    def semua_kegiatan(self) -> Iterator[tuple[Program, Kegiatan]]:
        for program in self.program:
            for kegiatan in program.kegiatan:
                yield program, kegiatan

    def semua_sub_kegiatan(self) -> Iterator[tuple[Program, Kegiatan, SubKegiatan]]:
        for program, kegiatan in self.semua_kegiatan():
            for sub in kegiatan.sub_kegiatan:
                yield program, kegiatan, sub

    def indikator(self, kode: str) -> IndikatorDiBerkas:
        for i in self.semua_indikator():
            if i.indikator.kode == kode:
                return i
        raise KeyError(kode)

    def iku(self) -> list[IndikatorDiBerkas]:
        return [i for i in self.semua_indikator() if i.indikator.iku]

    def realisasi_indikator(self, kode: str, tahun: int | None = None) -> RealisasiIndikator | None:
        tahun = self.profil.tahun if tahun is None else tahun
        return next((r for r in self.realisasi if r.indikator == kode and r.tahun == tahun), None)

    def nilai_realisasi(self, kode: str, tahun: int | None = None) -> Nilai | None:
        """The annual realisasi of an indicator, read: the annual value as written, else the
        quarters combined by the indicator's ``metode_agregasi``; None when nothing is filled."""
        r = self.realisasi_indikator(kode, tahun)
        if r is None:
            return None
        if r.nilai is not None:
            return coba_nilai(r.nilai)
        if r.triwulan is None:
            return None
        metode = self.indikator(kode).indikator.metode_agregasi
        return agregasi_realisasi([r.triwulan.tw1, r.triwulan.tw2, r.triwulan.tw3, r.triwulan.tw4], metode)

    def pk_berlaku(self) -> PerjanjianKinerja | None:
        """The PK in force at year end: the version with the highest ``nomor_urut``."""
        return max(self.perjanjian_kinerja, key=lambda p: p.nomor_urut, default=None)

    def target_pk(self, kode_indikator: str) -> str | None:
        """Target of an indicator in the PK in force, as written."""
        pk = self.pk_berlaku()
        baris = next((b for b in pk.sasaran if b.indikator == kode_indikator), None) if pk else None
        return baris.target if baris else None

    def anggaran_sub_kegiatan(self, kode: str) -> AnggaranSubKegiatan | None:
        return next((a for a in self.anggaran if a.sub_kegiatan == kode), None)

    def pagu_program(self, kode_program: str) -> Decimal:
        """Sum of the pagu (perubahan when present) of a program's sub kegiatan."""
        return sum(
            (a.pagu for a in self.anggaran if a.sub_kegiatan.startswith(kode_program + ".")),
            Decimal(0),
        )

    def realisasi_program(self, kode_program: str) -> Decimal:
        return sum(
            (a.realisasi_total or Decimal(0) for a in self.anggaran if a.sub_kegiatan.startswith(kode_program + ".")),
            Decimal(0),
        )


def _indikator(daftar: list[Indikator], level: Level, induk: str, dasar: Lokasi) -> Iterator[IndikatorDiBerkas]:
    for i, ind in enumerate(daftar):
        yield IndikatorDiBerkas(indikator=ind, level=level, induk=induk, lokasi=(*dasar, "indikator", i))
