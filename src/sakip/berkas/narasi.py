"""Free-text sections of the LKj, keyed by a fixed set of section codes.

Every section is optional: an empty section is drafted by the LKj generator
from the numbers. The codes follow the LKj outline of PermenPANRB 53/2014
(see ``docs/format-berkas.md``).
"""

from __future__ import annotations

from pydantic import Field

from sakip.berkas.dasar import Model

_BAGIAN: dict[str, str] = {
    "kata_pengantar": "Kata Pengantar",
    "ikhtisar_eksekutif": "Ikhtisar Eksekutif",
    "latar_belakang": "BAB I A. Latar Belakang",
    "tugas_fungsi": "BAB I B. Pengantar Tugas dan Fungsi (daftar tugas ada di bagian tugas_fungsi)",
    "struktur_organisasi": "BAB I C. Pengantar Struktur Organisasi (unit ada di bagian struktur_organisasi)",
    "peran_strategis": "BAB I D. Peran Strategis Organisasi",
    "isu_strategis": "BAB I E. Isu Strategis (permasalahan utama)",
    "sistematika": "BAB I F. Sistematika Pelaporan",
    "rencana_strategis": "BAB II A. Rencana Strategis (pengantar)",
    "indikator_kinerja_utama": "BAB II B. Indikator Kinerja Utama (pengantar)",
    "rencana_kerja": "BAB II C. Rencana Kerja dan Anggaran (pengantar)",
    "perjanjian_kinerja": "BAB II D. Perjanjian Kinerja (pengantar)",
    "pengukuran_kinerja": "BAB II E. Pengukuran Kinerja (pengantar)",
    "akuntabilitas_kinerja": "BAB III Akuntabilitas Kinerja (pengantar)",
    "capaian_kinerja": "BAB III A. Capaian Kinerja Organisasi (pengantar)",
    "efisiensi": "Analisis atas efisiensi penggunaan sumber daya",
    "penyebab_keberhasilan": "Penyebab keberhasilan",
    "penyebab_kegagalan": "Penyebab kegagalan",
    "solusi": "Alternatif solusi yang telah dilakukan",
    "program_pendukung": "Analisis program/kegiatan yang menunjang keberhasilan atau kegagalan",
    "realisasi_anggaran": "BAB III B. Realisasi Anggaran (pengantar)",
    "prestasi": "BAB III C. Prestasi yang Dicapai (pengantar)",
    "penutup": "BAB IV Penutup",
}


class Narasi(Model):
    """Free text per LKj section. Empty = the generator drafts it from the data."""

    kata_pengantar: str | None = Field(None, description=_BAGIAN["kata_pengantar"])
    ikhtisar_eksekutif: str | None = Field(None, description=_BAGIAN["ikhtisar_eksekutif"])
    latar_belakang: str | None = Field(None, description=_BAGIAN["latar_belakang"])
    tugas_fungsi: str | None = Field(None, description=_BAGIAN["tugas_fungsi"])
    struktur_organisasi: str | None = Field(None, description=_BAGIAN["struktur_organisasi"])
    peran_strategis: str | None = Field(None, description=_BAGIAN["peran_strategis"])
    isu_strategis: str | None = Field(None, description=_BAGIAN["isu_strategis"])
    sistematika: str | None = Field(None, description=_BAGIAN["sistematika"])
    rencana_strategis: str | None = Field(None, description=_BAGIAN["rencana_strategis"])
    indikator_kinerja_utama: str | None = Field(None, description=_BAGIAN["indikator_kinerja_utama"])
    rencana_kerja: str | None = Field(None, description=_BAGIAN["rencana_kerja"])
    perjanjian_kinerja: str | None = Field(None, description=_BAGIAN["perjanjian_kinerja"])
    pengukuran_kinerja: str | None = Field(None, description=_BAGIAN["pengukuran_kinerja"])
    akuntabilitas_kinerja: str | None = Field(None, description=_BAGIAN["akuntabilitas_kinerja"])
    capaian_kinerja: str | None = Field(None, description=_BAGIAN["capaian_kinerja"])
    efisiensi: str | None = Field(None, description=_BAGIAN["efisiensi"])
    penyebab_keberhasilan: str | None = Field(None, description=_BAGIAN["penyebab_keberhasilan"])
    penyebab_kegagalan: str | None = Field(None, description=_BAGIAN["penyebab_kegagalan"])
    solusi: str | None = Field(None, description=_BAGIAN["solusi"])
    program_pendukung: str | None = Field(None, description=_BAGIAN["program_pendukung"])
    realisasi_anggaran: str | None = Field(None, description=_BAGIAN["realisasi_anggaran"])
    prestasi: str | None = Field(None, description=_BAGIAN["prestasi"])
    penutup: str | None = Field(None, description=_BAGIAN["penutup"])

    @classmethod
    def judul(cls, kode: str) -> str:
        """The Indonesian title of a section code."""
        return _BAGIAN[kode]


KODE_NARASI: tuple[str, ...] = tuple(_BAGIAN)
