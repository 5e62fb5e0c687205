"""Reading one sheet into rows of converted cells, each cell with its place.

A sheet's first row holds the headers. Every header must be known (or be a
``Target TTTT`` column where the layout allows it); unknown, duplicated or
missing required headers are problems, as is anything typed under no header.
Each data row becomes a :class:`BarisLembar`: the converted value and the
:class:`Letak` (sheet, Excel row, header, column letter) of every column.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from sakip.berkas.masalah import Masalah
from sakip.berkas.xlsx import aman
from sakip.berkas.xlsx.sel import SelTidakSah, baca_sel
from sakip.berkas.xlsx.tata import POLA_TARGET, Kolom, LembarIsian, LembarTabel, normal


@dataclass(frozen=True)
class Letak:
    """Where a value sits in the workbook, as the user sees it."""

    lembar: str
    baris: int | None = None
    judul: str | None = None
    huruf: str | None = None
    isian: str | None = None
    """On a form sheet (Profil, Renstra): the label of the row."""

    @property
    def kolom(self) -> str | None:
        teks = f"'{self.judul}'" if self.judul else None
        if teks is None:
            return self.huruf
        if self.huruf:
            teks += f" ({self.huruf})"
        if teks and self.isian:
            teks += f", isian '{self.isian}'"
        return teks

    def masalah(self, nilai: Any, pesan: str, jenis: str = "xlsx") -> Masalah:
        teks = None if nilai is None else str(nilai)
        if teks is not None and len(teks) > 80:
            teks = teks[:77] + "..."
        return Masalah(lokasi=self.lembar, nilai=teks, pesan=pesan, baris=self.baris, jenis=jenis,
                       lembar=self.lembar, kolom=self.kolom)


@dataclass
class BarisLembar:
    """One data row: converted values (``None`` = empty or unreadable) and where each column is."""

    nomor: int
    nilai: dict[str, Any]
    letak: dict[str, Letak]
    target: dict[int, Any] = field(default_factory=dict)
    letak_target: dict[int, Letak] = field(default_factory=dict)
    awal: Letak | None = None

    def ada(self, kunci: str) -> bool:
        return self.nilai.get(kunci) is not None


@dataclass
class Sel:
    nilai: Any
    format: str | None
    huruf: str


@dataclass
class IsiLembar:
    """What was read from a sheet: rows, and whether its header was usable."""

    nama: str
    baris: list[BarisLembar]
    kolom_ada: set[str]


def sel_baris(ws_nilai, ws_rumus, nama: str, masalah: list[Masalah]) -> Iterator[tuple[int, list[Sel | None]]]:
    """Rows of a sheet as ``(excel row, cells)``, refusing formulas without a stored value.

    ``ws_rumus`` is the same sheet opened without ``data_only`` (only when the
    file has formulas at all), read in step to tell formulas from values.
    """
    ws_nilai.reset_dimensions()  # declared dimensions may lie (or be huge): stream what is there
    baris_nilai = ws_nilai.iter_rows()
    baris_rumus: Iterator[Any] | None = None
    if ws_rumus is not None:
        ws_rumus.reset_dimensions()
        baris_rumus = ws_rumus.iter_rows()
    kolom_lebih = False
    for nomor, sel_nilai in enumerate(baris_nilai, start=1):
        sel_rumus = next(baris_rumus, ()) if baris_rumus is not None else ()
        if not sel_nilai:
            continue  # a missing row (openpyxl fills gaps): nothing typed there
        if nomor > aman.BATAS_BARIS:
            if any(getattr(s, "value", None) is not None for s in sel_nilai):
                masalah.append(Letak(nama, nomor).masalah(
                    None, f"lembar melebihi batas {aman.BATAS_BARIS} baris; isian di baris ini tidak dapat dibaca"))
                return
            continue
        hasil: list[Sel | None] = []
        for i, s in enumerate(sel_nilai):
            rumus = i < len(sel_rumus) and getattr(sel_rumus[i], "data_type", None) == "f"
            v = getattr(s, "value", None)
            if i >= aman.BATAS_KOLOM:
                if v is not None and not kolom_lebih:
                    kolom_lebih = True
                    masalah.append(Letak(nama, nomor, None, get_column_letter(i + 1)).masalah(
                        v, f"isian di luar batas {aman.BATAS_KOLOM} kolom; sakip tidak membaca sejauh itu"))
                continue
            huruf = get_column_letter(i + 1)
            if getattr(s, "data_type", None) == "e":
                masalah.append(Letak(nama, nomor, None, huruf).masalah(v, "sel berisi galat (mis. #N/A, #DIV/0! atau tanggal di luar batas); perbaiki atau ganti dengan nilai"))
                hasil.append(None)
                continue
            if rumus and v is None:
                masalah.append(Letak(nama, nomor, None, huruf).masalah(
                    sel_rumus[i].value,
                    "sel berisi rumus tanpa nilai tersimpan; buka dan simpan ulang di Excel/LibreOffice, "
                    "atau salin lalu tempel sebagai nilai"))
            hasil.append(Sel(v, getattr(s, "number_format", None), huruf) if v is not None else None)
        yield nomor, hasil


def _kosong(s: Sel | None) -> bool:
    return s is None or (isinstance(s.nilai, str) and not s.nilai.strip())


def _saran(teks: str, pilihan: list[str]) -> str:
    mirip = difflib.get_close_matches(normal(teks), [normal(p) for p in pilihan], n=1, cutoff=0.6)
    if not mirip:
        return ""
    asli = next(p for p in pilihan if normal(p) == mirip[0])
    return f"; mungkin maksudnya '{asli}'?"


def baca_tabel(spek: LembarTabel | LembarIsian, nama: str, baris: Iterator[tuple[int, list[Sel | None]]],
               masalah: list[Masalah]) -> IsiLembar:
    """Headers checked against ``spek``; data rows converted cell by cell."""
    semua = list(baris)
    isi = IsiLembar(nama, [], set())
    if not semua or all(_kosong(s) for s in semua[0][1]):
        if any(not _kosong(s) for _, r in semua for s in r):
            masalah.append(Letak(nama, 1).masalah(None, "baris 1 harus berisi judul kolom"))
        else:
            isi.kolom_ada.update(k.kunci for k in spek.kolom)  # an empty sheet: nothing to say
        return isi
    kolom_di: dict[int, Kolom | int] = {}
    dilihat: dict[str, str] = {}
    nomor_judul, judul = semua[0]
    dikenal = [k.judul for k in spek.kolom]
    for i, s in enumerate(judul):
        if _kosong(s):
            continue
        teks = str(s.nilai).strip()
        letak = Letak(nama, nomor_judul, teks, s.huruf)
        kolom = spek.cari_kolom(teks)
        tahun = POLA_TARGET.match(teks) if getattr(spek, "target_tahunan", False) else None
        kunci = kolom.kunci if kolom else (f"target:{tahun[1]}" if tahun else None)
        if kunci is None:
            saran = _saran(teks, dikenal)
            tambahan = " atau 'Target TTTT'" if getattr(spek, "target_tahunan", False) else ""
            masalah.append(letak.masalah(teks, f"judul kolom tidak dikenal{saran} (yang dikenal: {', '.join(dikenal)}{tambahan})", "kolom_tidak_dikenal"))
            kolom_di[i] = -1
            continue
        if kunci in dilihat:
            masalah.append(letak.masalah(teks, f"judul kolom ini sudah ada di kolom {dilihat[kunci]}", "kolom_ganda"))
            kolom_di[i] = -1
            continue
        dilihat[kunci] = s.huruf
        kolom_di[i] = int(tahun[1]) if tahun else kolom
        isi.kolom_ada.add(kunci if not tahun else "target")
    for k in spek.kolom:
        if k.wajib and k.kunci not in isi.kolom_ada:
            masalah.append(Letak(nama, nomor_judul, k.judul).masalah(None, f"kolom wajib '{k.judul}' tidak ada di baris judul", "kolom_hilang"))
    for nomor, sel in semua[1:]:
        if all(_kosong(s) for s in sel):
            continue
        isi.baris.append(_baris(spek, nama, nomor, sel, kolom_di, masalah))
    return isi


def _baris(spek, nama: str, nomor: int, sel: list[Sel | None], kolom_di: dict[int, Kolom | int],
           masalah: list[Masalah]) -> BarisLembar:
    b = BarisLembar(nomor, {}, {}, awal=Letak(nama, nomor))
    for k in spek.kolom:
        b.nilai[k.kunci] = None
        b.letak[k.kunci] = Letak(nama, nomor, k.judul)
    for i, s in enumerate(sel):
        tujuan = kolom_di.get(i)
        if tujuan is None:
            if not _kosong(s):
                masalah.append(Letak(nama, nomor, None, s.huruf).masalah(s.nilai, "ada isian di kolom tanpa judul", "kolom_tanpa_judul"))
            continue
        if tujuan == -1:
            continue
        if isinstance(tujuan, int):
            letak = Letak(nama, nomor, f"Target {tujuan}", get_column_letter(i + 1))
            b.letak_target[tujuan] = letak
            b.target[tujuan] = _ubah(s, "nilai", (), letak, masalah)
            continue
        letak = Letak(nama, nomor, tujuan.judul, get_column_letter(i + 1))
        b.letak[tujuan.kunci] = letak
        if tujuan.jenis == "mentah":  # a form's value: its kind depends on the row
            b.nilai[tujuan.kunci] = s
            continue
        b.nilai[tujuan.kunci] = _ubah(s, tujuan.jenis, tujuan.pilihan, letak, masalah)
    return b


def _ubah(s: Sel | None, jenis: str, pilihan: tuple[str, ...], letak: Letak, masalah: list[Masalah]) -> Any:
    if s is None:
        return None
    try:
        return baca_sel(s.nilai, jenis, s.format, pilihan)
    except SelTidakSah as e:
        masalah.append(letak.masalah(s.nilai, e.pesan, "sel_tidak_sah"))
        return None


def ubah_sel(s: Sel | None, jenis: str, pilihan: tuple[str, ...], letak: Letak, masalah: list[Masalah]) -> Any:
    """Convert one cell for a form sheet (the kind depends on the row)."""
    return _ubah(s, jenis, pilihan, letak, masalah)
