"""The neutral shape every reader produces, and the findings the checks return.

A document handed in for reviu (TXT, DOCX, PDF) becomes a :class:`Dokumen`:
tables (caption as printed, header rows, body rows of cell strings, where they
are), paragraphs with their location, and the captions of tables and figures in
the order they appear (plus the entries of the DAFTAR TABEL / DAFTAR GAMBAR
lists). Checks only ever look at this structure, never at the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lokasi:
    """Where something is: page (PDF/DOCX when known) and line (1-based)."""

    halaman: int | None = None
    baris: int | None = None
    satuan: str = "baris"  # "paragraf" for DOCX, where blocks are counted

    def __str__(self) -> str:
        bagian = []
        if self.halaman is not None:
            bagian.append(f"hlm. {self.halaman}")
        if self.baris is not None:
            bagian.append(f"{self.satuan} {self.baris}")
        return ", ".join(bagian) or "-"


@dataclass
class BarisTabel:
    sel: list[str]
    lokasi: Lokasi
    # for tables read from page layout: the text column where each cell starts
    x: list[int] | None = None

    @property
    def teks(self) -> str:
        return " | ".join(s for s in self.sel if s.strip())


@dataclass
class Tabel:
    judul: str
    kepala: list[list[str]]
    isi: list[BarisTabel]
    lokasi: Lokasi
    nomor: str | None = None
    # "tab": cells keep their column index (TXT, DOCX); "tata_letak": cells come
    # from text positions (PDF) and numbers are matched to columns from the right.
    susunan: str = "tab"
    # the caption was found right above this part (a part without one may be the
    # continuation of the previous table after a page break)
    judul_sendiri: bool = False
    # for tables read from page layout: where each header column starts
    kolom_x: list[int] | None = None
    # label fragments above the first row (tail of the previous page's last row)
    awalan: list = field(default_factory=list)
    # figures on label lines that could not be placed in a row (reported, not checked)
    tercecer: list = field(default_factory=list)

    @property
    def nama(self) -> str:
        return self.judul or f"Tabel tanpa judul ({self.lokasi})"


@dataclass
class Paragraf:
    teks: str
    lokasi: Lokasi
    # PDF: the block's lines were split in columns (table debris, not prose)
    berkolom: bool = False


@dataclass
class Keterangan:
    """A caption ("Tabel 3.7 ...", "Gambar 3.1") or a DAFTAR TABEL/GAMBAR entry."""

    jenis: str  # "tabel" | "gambar"
    nomor: str
    teks: str
    lokasi: Lokasi
    berjudul: bool = True  # a figure caption followed by a title line
    halaman: str | None = None  # page number printed in a DAFTAR TABEL/GAMBAR entry


@dataclass
class Dokumen:
    berkas: str
    jenis: str
    tabel: list[Tabel] = field(default_factory=list)
    paragraf: list[Paragraf] = field(default_factory=list)
    keterangan: list[Keterangan] = field(default_factory=list)
    daftar: list[Keterangan] = field(default_factory=list)
    # (lokasi, uraian) of parts the reader could not make sense of
    masalah_baca: list[tuple[Lokasi, str]] = field(default_factory=list)
    jumlah_halaman: int | None = None


@dataclass(frozen=True)
class Temuan:
    kode: str
    tingkat: str
    lokasi: str
    pesan: str
    tertulis: str = ""
    seharusnya: str = ""

    def sebagai_dict(self) -> dict[str, str]:
        return {
            "kode": self.kode,
            "tingkat": self.tingkat,
            "lokasi": self.lokasi,
            "pesan": self.pesan,
            "tertulis": self.tertulis,
            "seharusnya": self.seharusnya,
        }


TINGKAT = ("kesalahan", "peringatan", "catatan")


@dataclass
class HasilReviu:
    berkas: str
    jenis: str
    temuan: list[Temuan]
    jumlah_tabel: int = 0
    jumlah_halaman: int | None = None

    def ringkasan(self) -> dict[str, int]:
        hitung = {t: 0 for t in TINGKAT}
        for t in self.temuan:
            hitung[t.tingkat] += 1
        hitung["jumlah"] = len(self.temuan)
        return hitung

    def sebagai_dict(self) -> dict:
        return {
            "berkas": self.berkas,
            "ringkasan": self.ringkasan(),
            "temuan": [t.sebagai_dict() for t in self.temuan],
        }
