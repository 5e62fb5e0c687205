"""The neutral document model shared by the DOCX, PDF and HTML renderers.

A :class:`Dokumen` is a flat list of blocks (cover, headings, paragraphs, lists,
tables, figures, signatures...). Builders (LKj, PK, reviu) fill it; renderers
only lay it out. Everything that must agree between the three outputs (table and
figure numbers, cross-references, the split into cover / front matter / body)
is computed here, once, by :func:`nomori` and :func:`bagian`.

Plain strings are accepted wherever inline text is expected and turned into a
single :class:`Teks` run:

>>> Paragraf("Capaian kinerja").isi
(Teks(teks='Capaian kinerja', tebal=False, miring=False),)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Sequence, Union

from sakip.core.exceptions import SakipError

Perataan = Literal["kiri", "tengah", "kanan", "rata"]
"""Alignment: left, centre, right, justified ("rata" = rata kiri-kanan)."""

PERATAAN = ("kiri", "tengah", "kanan", "rata")


class DokumenTidakSah(SakipError, ValueError):
    """The document model is inconsistent (duplicate id, bad table grid...)."""


class RujukanTidakDikenal(DokumenTidakSah, KeyError):
    """A :class:`Rujukan` points to an id that no numbered table or figure has."""

    def __init__(self, id_rujukan: str, dikenal: Sequence[str] = ()):
        self.id_rujukan = id_rujukan
        petunjuk = f" (id yang ada: {', '.join(sorted(dikenal))})" if dikenal else ""
        super().__init__(
            f"Rujukan ke {id_rujukan!r} tidak dapat diselesaikan: tidak ada tabel, "
            f"gambar atau judul bernomor dengan id itu{petunjuk}"
        )

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


# --------------------------------------------------------------------- inline


@dataclass(frozen=True)
class Teks:
    """A run of text, optionally bold and/or italic."""

    teks: str
    tebal: bool = False
    miring: bool = False


@dataclass(frozen=True)
class Rujukan:
    """A cross-reference, rendered as the target's label ("Tabel 3.2")."""

    id: str


Run = Union[Teks, Rujukan]
IsiTeks = Union[str, Run, Sequence[Union[str, Run]]]


def runs(isi: IsiTeks) -> tuple[Run, ...]:
    """Normalise inline content (a string, a run or a sequence of both) to runs."""
    if isinstance(isi, str):
        return (Teks(isi),) if isi else ()
    if isinstance(isi, (Teks, Rujukan)):
        return (isi,)
    hasil: list[Run] = []
    for bagian_isi in isi:
        if isinstance(bagian_isi, str):
            hasil.append(Teks(bagian_isi))
        elif isinstance(bagian_isi, (Teks, Rujukan)):
            hasil.append(bagian_isi)
        else:
            raise DokumenTidakSah(f"Isi teks tidak dikenal: {bagian_isi!r}")
    return tuple(hasil)


def _cek_perataan(nilai: str | None) -> None:
    if nilai is not None and nilai not in PERATAAN:
        raise DokumenTidakSah(f"Perataan {nilai!r} tidak dikenal; pilih {', '.join(PERATAAN)}")


# --------------------------------------------------------------------- blocks


@dataclass
class Sampul:
    """The cover page."""

    baris_judul: Sequence[str]
    instansi: str
    kabupaten: str = ""
    tahun: int | str = ""
    logo_png: bytes | None = None
    logo_svg: bytes | None = None


@dataclass
class Judul:
    """A heading, level 1 to 3.

    Level 1 headings start a new page. A level 1 heading with ``nomor`` (for
    example ``"BAB III"``) is a chapter: it restarts table and figure numbering
    ("Tabel 3.1"). Level 1 headings without ``nomor`` are front matter
    (KATA PENGANTAR, DAFTAR ISI...). At levels 2-3 ``nomor`` is a plain prefix
    ("A.", "1.").
    """

    level: int
    teks: str
    nomor: str | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise DokumenTidakSah(f"Level judul harus 1, 2 atau 3, bukan {self.level!r}")

    @property
    def teks_lengkap(self) -> str:
        """The heading as one line, as listed in the table of contents."""
        return f"{self.nomor} {self.teks}" if self.nomor else self.teks


def romawi(angka: int) -> str:
    """Roman numeral for chapter and appendix numbers.

    >>> romawi(4), romawi(14)
    ('IV', 'XIV')
    """
    if not 0 < angka < 4000:
        raise DokumenTidakSah(f"Nomor {angka} tidak dapat ditulis dengan angka Romawi")
    hasil = ""
    for nilai, huruf in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                         (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                         (4, "IV"), (1, "I")):
        while angka >= nilai:
            hasil, angka = hasil + huruf, angka - nilai
    return hasil


def bab(angka: int, teks: str, id: str | None = None) -> Judul:
    """A chapter heading: ``bab(3, "AKUNTABILITAS KINERJA")`` is "BAB III AKUNTABILITAS KINERJA".

    >>> bab(3, "AKUNTABILITAS KINERJA").teks_lengkap
    'BAB III AKUNTABILITAS KINERJA'
    """
    return Judul(1, teks, nomor=f"BAB {romawi(angka)}", id=id)


@dataclass
class Lampiran:
    """An appendix heading ("LAMPIRAN I" + title); starts a page, like a chapter.

    Tables and figures after it are numbered "L1.1", "L1.2"...
    """

    teks: str
    nomor: str | None = None
    id: str | None = None

    @property
    def teks_lengkap(self) -> str:
        label = f"LAMPIRAN {self.nomor}" if self.nomor else "LAMPIRAN"
        return f"{label} {self.teks}".strip()


@dataclass
class Paragraf:
    isi: tuple[Run, ...]
    perataan: Perataan = "rata"

    def __init__(self, isi: IsiTeks, perataan: Perataan = "rata"):
        _cek_perataan(perataan)
        self.isi = runs(isi)
        self.perataan = perataan


@dataclass
class Daftar:
    """A bulleted or numbered list. A nested :class:`Daftar` placed right after an
    item belongs to that item (one level of nesting)."""

    butir: list[Union[tuple[Run, ...], "Daftar"]]
    bernomor: bool = False

    def __init__(self, butir: Sequence[Union[IsiTeks, "Daftar"]], bernomor: bool = False):
        self.bernomor = bernomor
        self.butir = []
        for b in butir:
            if isinstance(b, Daftar):
                if not self.butir or isinstance(self.butir[-1], Daftar):
                    raise DokumenTidakSah("Daftar bersarang harus mengikuti sebuah butir")
                if any(isinstance(x, Daftar) for x in b.butir):
                    raise DokumenTidakSah("Daftar hanya boleh bersarang satu tingkat")
                self.butir.append(b)
            else:
                self.butir.append(runs(b))


@dataclass
class Sel:
    """A table cell. ``kolom``/``baris`` are the colspan/rowspan."""

    isi: tuple[Run, ...]
    kolom: int = 1
    baris: int = 1
    perataan: Perataan | None = None
    tebal: bool = False

    def __init__(self, isi: IsiTeks = "", kolom: int = 1, baris: int = 1,
                 perataan: Perataan | None = None, tebal: bool = False):
        if kolom < 1 or baris < 1:
            raise DokumenTidakSah("Rentang sel (kolom/baris) minimal 1")
        _cek_perataan(perataan)
        self.isi, self.kolom, self.baris = runs(isi), kolom, baris
        self.perataan, self.tebal = perataan, tebal


@dataclass
class Kolom:
    """A column: relative width and default alignment of its body cells."""

    lebar: float = 1.0
    perataan: Perataan = "kiri"

    def __post_init__(self) -> None:
        _cek_perataan(self.perataan)
        if self.lebar <= 0:
            raise DokumenTidakSah("Lebar kolom harus positif")


BarisTabel = Sequence[Union[Sel, str]]


@dataclass
class Tabel:
    """A table with caption above it.

    ``kepala`` rows repeat on every page; ``kaki`` rows (totals) are set bold
    and shaded. Cells may span columns and rows within their section.
    """

    judul: str
    kolom: Sequence[Kolom]
    kepala: Sequence[BarisTabel]
    baris: Sequence[BarisTabel]
    kaki: Sequence[BarisTabel] = ()
    catatan: str | None = None
    id: str | None = None
    bernomor: bool = True
    kecil: bool = False
    """Smaller type for dense tables."""


@dataclass
class Gambar:
    """An image with caption below it. ``lebar`` is the fraction of text width."""

    judul: str
    svg: bytes | None = None
    png: bytes | None = None
    lebar: float = 0.8
    id: str | None = None
    bernomor: bool = True

    def __post_init__(self) -> None:
        if self.svg is None and self.png is None:
            raise DokumenTidakSah(f"Gambar {self.judul!r} tidak memiliki isi (svg atau png)")
        if not 0 < self.lebar <= 1:
            raise DokumenTidakSah("Lebar gambar adalah pecahan lebar teks, antara 0 dan 1")


@dataclass
class DaftarIsi:
    judul: str = "DAFTAR ISI"


@dataclass
class DaftarTabel:
    judul: str = "DAFTAR TABEL"


@dataclass
class DaftarGambar:
    judul: str = "DAFTAR GAMBAR"


@dataclass
class PemisahHalaman:
    pass


@dataclass
class Penandatangan:
    jabatan: str
    nama: str
    pangkat: str | None = None
    nip: str | None = None
    peran: str | None = None
    """Role line above the jabatan, e.g. "PIHAK PERTAMA"."""


@dataclass
class TandaTangan:
    """A signature block: one signer (right side) or two side by side (PK:
    PIHAK KEDUA on the left, PIHAK PERTAMA on the right)."""

    penandatangan: Sequence[Penandatangan]
    tempat_tanggal: str | None = None

    def __post_init__(self) -> None:
        if len(self.penandatangan) not in (1, 2):
            raise DokumenTidakSah("Blok tanda tangan memuat satu atau dua penandatangan")


@dataclass
class Catatan:
    """A boxed note (e.g. reviu corrections)."""

    isi: Sequence[Union[Paragraf, Daftar]]
    judul: str | None = None


@dataclass
class Lanskap:
    """Blocks set on landscape pages (wide tables)."""

    isi: Sequence["Blok"]


Blok = Union[Sampul, Judul, Lampiran, Paragraf, Daftar, Tabel, Gambar, DaftarIsi,
             DaftarTabel, DaftarGambar, PemisahHalaman, TandaTangan, Catatan, Lanskap]


@dataclass
class Dokumen:
    judul: str
    instansi: str = ""
    tahun: int | str = ""
    subjudul: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    blocks: list[Blok] = field(default_factory=list)

    def tambah(self, *blok: Blok) -> "Dokumen":
        self.blocks.extend(blok)
        return self


def jelajahi(blocks: Sequence[Blok]):
    """Every block in document order, descending into :class:`Lanskap`."""
    for blok in blocks:
        yield blok
        if isinstance(blok, Lanskap):
            yield from jelajahi(blok.isi)
