"""Numbering, cross-references, table grids and page parts of a :class:`Dokumen`.

Computed once here so that the three renderers print the same "Tabel 3.2".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from sakip.reports.dokumen import (
    Blok, Catatan, Daftar, DaftarGambar, DaftarIsi, DaftarTabel, DokumenTidakSah, Dokumen,
    Gambar, Judul, Lampiran, Paragraf, Rujukan, RujukanTidakDikenal, Run, Sampul, Sel, Tabel,
    TandaTangan, jelajahi,
)

JenisEntri = Literal["judul", "tabel", "gambar"]


@dataclass(frozen=True)
class Entri:
    """One heading, table or figure as listed in the TOC / lists of tables and figures.

    ``nomor`` is "3.2" for tables and figures (None when unnumbered); ``label`` is
    what a cross-reference prints ("Tabel 3.2", "BAB III", "Lampiran I").
    """

    jenis: JenisEntri
    judul: str
    nomor: str | None
    label: str
    level: int
    anchor: str
    id: str | None
    bab: int | None
    """Chapter ordinal (1-based) the entry sits in; None in front matter."""

    @property
    def teks(self) -> str:
        """The line as printed in a caption or a list: "Tabel 3.2 Judul"."""
        if self.jenis == "judul":
            return self.judul
        return f"{self.label} {self.judul}" if self.nomor else self.judul


@dataclass
class Penomoran:
    judul: list[Entri]
    tabel: list[Entri]
    gambar: list[Entri]
    _per_blok: dict[int, Entri]
    _per_id: dict[str, Entri]

    def entri(self, blok: Blok) -> Entri:
        return self._per_blok[id(blok)]

    def label(self, id_rujukan: str) -> str:
        return self.target(id_rujukan).label

    def target(self, id_rujukan: str) -> Entri:
        try:
            return self._per_id[id_rujukan]
        except KeyError:
            raise RujukanTidakDikenal(id_rujukan, self._per_id) from None

    def teks_run(self, run: Run) -> str:
        return self.label(run.id) if isinstance(run, Rujukan) else run.teks


def nomori(dokumen: Dokumen) -> Penomoran:
    """Number every heading, table and figure, and check every cross-reference.

    Tables and figures are numbered per chapter ("3.1", "3.2"; a chapter is a
    level 1 :class:`Judul` with ``nomor``), per appendix ("L1.1"), and plainly
    ("1", "2") before the first chapter. Raises :class:`DokumenTidakSah` for a
    duplicate id or a bad table grid, and :class:`RujukanTidakDikenal` for a
    reference to an unknown id.
    """
    judul: list[Entri] = []
    tabel: list[Entri] = []
    gambar: list[Entri] = []
    per_blok: dict[int, Entri] = {}
    per_id: dict[str, Entri] = {}
    bab = lampiran = 0
    awalan = ""
    hitung = {"tabel": 0, "gambar": 0}

    def daftarkan(blok: Blok, e: Entri) -> None:
        per_blok[id(blok)] = e
        if e.id is not None:
            if e.id in per_id:
                raise DokumenTidakSah(f"Id {e.id!r} dipakai lebih dari sekali")
            per_id[e.id] = e

    for blok in jelajahi(dokumen.blocks):
        if isinstance(blok, (Judul, Lampiran)):
            level = blok.level if isinstance(blok, Judul) else 1
            if isinstance(blok, Lampiran):
                lampiran += 1
                awalan, hitung = f"L{lampiran}.", {"tabel": 0, "gambar": 0}
                label = f"Lampiran {blok.nomor}" if blok.nomor else "Lampiran"
            elif level == 1 and blok.nomor:
                bab += 1
                awalan, hitung = f"{bab}.", {"tabel": 0, "gambar": 0}
                label = blok.nomor
            else:
                label = blok.nomor or blok.teks
            e = Entri("judul", blok.teks_lengkap, None, label, level,
                      f"h-{len(judul) + 1}", blok.id, bab or None)
            judul.append(e)
            daftarkan(blok, e)
        elif isinstance(blok, (DaftarIsi, DaftarTabel, DaftarGambar)):
            e = Entri("judul", blok.judul, None, blok.judul, 1, f"h-{len(judul) + 1}", None,
                      bab or None)
            judul.append(e)
            daftarkan(blok, e)
        elif isinstance(blok, (Tabel, Gambar)):
            jenis = "tabel" if isinstance(blok, Tabel) else "gambar"
            kumpulan = tabel if jenis == "tabel" else gambar
            if isinstance(blok, Tabel):
                tata_letak_tabel(blok)
            nomor = None
            if blok.bernomor:
                hitung[jenis] += 1
                nomor = f"{awalan}{hitung[jenis]}"
            nama = "Tabel" if jenis == "tabel" else "Gambar"
            label = f"{nama} {nomor}" if nomor else nama
            e = Entri(jenis, blok.judul, nomor, label, 0,
                      f"{jenis[0]}-{len(kumpulan) + 1}", blok.id, bab or None)
            kumpulan.append(e)
            daftarkan(blok, e)

    hasil = Penomoran(judul, tabel, gambar, per_blok, per_id)
    for run in _semua_run(dokumen.blocks):
        if isinstance(run, Rujukan):
            target = hasil.target(run.id)
            if target.jenis != "judul" and target.nomor is None:
                raise DokumenTidakSah(f"Rujukan ke {run.id!r}: {target.jenis} itu tidak bernomor")
    return hasil


def _semua_run(blocks: Sequence[Blok]):
    for blok in jelajahi(blocks):
        if isinstance(blok, Paragraf):
            yield from blok.isi
        elif isinstance(blok, Daftar):
            yield from _run_daftar(blok)
        elif isinstance(blok, Tabel):
            for bagian_tabel in (blok.kepala, blok.baris, blok.kaki):
                for baris in bagian_tabel:
                    for sel in baris:
                        if isinstance(sel, Sel):
                            yield from sel.isi
        elif isinstance(blok, Catatan):
            for isi in blok.isi:
                yield from (isi.isi if isinstance(isi, Paragraf) else _run_daftar(isi))


def _run_daftar(daftar: Daftar):
    for butir in daftar.butir:
        yield from (_run_daftar(butir) if isinstance(butir, Daftar) else butir)


# ------------------------------------------------------------------ table grid


@dataclass(frozen=True)
class SelPosisi:
    """A cell placed in the grid: its first column (0-based) and spans."""

    sel: Sel
    kolom: int

    @property
    def lebar(self) -> int:
        return self.sel.kolom

    @property
    def tinggi(self) -> int:
        return self.sel.baris


@dataclass(frozen=True)
class TataLetak:
    kepala: list[list[SelPosisi]]
    baris: list[list[SelPosisi]]
    kaki: list[list[SelPosisi]]
    jumlah_kolom: int


def _sel(x: Sel | str) -> Sel:
    return x if isinstance(x, Sel) else Sel(x)


def tata_letak(baris_baris: Sequence[Sequence[Sel | str]], jumlah_kolom: int,
               nama: str = "tabel") -> list[list[SelPosisi]]:
    """Place the cells of one table section on a grid, honouring colspan/rowspan.

    Every row must fill exactly ``jumlah_kolom`` columns, and a rowspan may not
    run past the section.

    >>> [[p.kolom for p in r] for r in tata_letak([[Sel("a", baris=2), "b"], ["c"]], 2)]
    [[0, 1], [1]]
    """
    terisi: list[set[int]] = [set() for _ in baris_baris]
    hasil: list[list[SelPosisi]] = []
    for i, baris in enumerate(baris_baris):
        posisi: list[SelPosisi] = []
        k = 0
        for x in baris:
            sel = _sel(x)
            while k in terisi[i]:
                k += 1
            if k + sel.kolom > jumlah_kolom:
                raise DokumenTidakSah(
                    f"{nama}, baris {i + 1}: sel melebihi {jumlah_kolom} kolom")
            if i + sel.baris > len(baris_baris):
                raise DokumenTidakSah(
                    f"{nama}, baris {i + 1}: rentang {sel.baris} baris melewati akhir bagian")
            for r in range(i, i + sel.baris):
                for c in range(k, k + sel.kolom):
                    if c in terisi[r]:
                        raise DokumenTidakSah(f"{nama}, baris {r + 1}: sel bertumpuk di kolom {c + 1}")
                    terisi[r].add(c)
            posisi.append(SelPosisi(sel, k))
            k += sel.kolom
        if len(terisi[i]) != jumlah_kolom:
            raise DokumenTidakSah(
                f"{nama}, baris {i + 1}: terisi {len(terisi[i])} dari {jumlah_kolom} kolom")
        hasil.append(posisi)
    return hasil


def tata_letak_tabel(tabel: Tabel) -> TataLetak:
    n = len(tabel.kolom)
    if n == 0:
        raise DokumenTidakSah(f"Tabel {tabel.judul!r} tidak memiliki kolom")
    nama = f"Tabel {tabel.judul!r}"
    return TataLetak(tata_letak(tabel.kepala, n, f"{nama} (kepala)"),
                     tata_letak(tabel.baris, n, nama),
                     tata_letak(tabel.kaki, n, f"{nama} (kaki)"), n)


# ------------------------------------------------------------------ page parts


@dataclass(frozen=True)
class Bagian:
    """The document split for page numbering: cover (no number), front matter
    (roman numerals) and body (arabic, restarting at 1 at the first chapter)."""

    sampul: list[Blok]
    depan: list[Blok]
    isi: list[Blok]


def bagian(dokumen: Dokumen) -> Bagian:
    blocks = list(dokumen.blocks)
    i = 0
    while i < len(blocks) and isinstance(blocks[i], Sampul):
        i += 1
    sampul, sisa = blocks[:i], blocks[i:]
    for j, blok in enumerate(sisa):
        if isinstance(blok, Judul) and blok.level == 1 and blok.nomor:
            return Bagian(sampul, sisa[:j], sisa[j:])
    return Bagian(sampul, [], sisa)


def teks_polos(dokumen: Dokumen) -> str:
    """All the text of the document, one block per line, references resolved."""
    p = nomori(dokumen)
    keluar: list[str] = [dokumen.judul]
    if dokumen.subjudul:
        keluar.append(dokumen.subjudul)

    def gabung(isi: Sequence[Run]) -> str:
        return "".join(p.teks_run(r) for r in isi)

    def daftar(d: Daftar) -> None:
        for b in d.butir:
            daftar(b) if isinstance(b, Daftar) else keluar.append(gabung(b))

    for blok in jelajahi(dokumen.blocks):
        if isinstance(blok, Sampul):
            keluar.extend([*blok.baris_judul, blok.instansi, blok.kabupaten, str(blok.tahun)])
        elif isinstance(blok, (Judul, Lampiran)):
            keluar.append(blok.teks_lengkap)
        elif isinstance(blok, Paragraf):
            keluar.append(gabung(blok.isi))
        elif isinstance(blok, Daftar):
            daftar(blok)
        elif isinstance(blok, Tabel):
            keluar.append(p.entri(blok).teks)
            for bagian_tabel in (blok.kepala, blok.baris, blok.kaki):
                for baris in bagian_tabel:
                    keluar.append(" | ".join(gabung(_sel(s).isi) for s in baris))
            if blok.catatan:
                keluar.append(blok.catatan)
        elif isinstance(blok, Gambar):
            keluar.append(p.entri(blok).teks)
        elif isinstance(blok, Catatan):
            if blok.judul:
                keluar.append(blok.judul)
            for isi in blok.isi:
                daftar(isi) if isinstance(isi, Daftar) else keluar.append(gabung(isi.isi))
        elif isinstance(blok, TandaTangan):
            if blok.tempat_tanggal:
                keluar.append(blok.tempat_tanggal)
            for orang in blok.penandatangan:
                keluar.extend(x for x in (orang.peran, orang.jabatan, orang.nama, orang.pangkat,
                                          f"NIP. {orang.nip}" if orang.nip else None) if x)
        elif isinstance(blok, (DaftarIsi, DaftarTabel, DaftarGambar)):
            keluar.append(blok.judul)
    return "\n".join(x for x in keluar if x)


__all__ = ["Bagian", "Entri", "Penomoran", "SelPosisi", "TataLetak", "bagian", "nomori",
           "tata_letak", "tata_letak_tabel", "teks_polos"]
