"""Helpers shared by the readers: header detection, caption lookup, continuation merge."""

from __future__ import annotations

import re

from sakip.reviu.model import BarisTabel, Tabel

_NOMOR_KOLOM = re.compile(r"^\(?\d{1,2}\)?$")
_ADA_ANGKA = re.compile(r"\d")


def potong_kosong(sel: list[str]) -> list[str]:
    """Drop trailing empty cells."""
    sel = list(sel)
    while sel and not sel[-1].strip():
        sel.pop()
    return sel


def baris_nomor_kolom(sel: list[str]) -> bool:
    """'(1) (2) (3)' or '1 2 3 4' : the column-number row that closes a header."""
    isi = [s.strip() for s in sel if s.strip()]
    return len(isi) >= 3 and all(_NOMOR_KOLOM.match(s) for s in isi)


def _baris_kepala(sel: list[str]) -> bool:
    """A header row holds words only: no cell (after the first) carries a digit,
    except years ("Tahun 2023", "2019") which headers often show."""
    for s in sel[1:]:
        t = re.sub(r"\b(19|20)\d\d\b", "", s)
        t = re.sub(r"\b(th|tahun)\b\.?", "", t, flags=re.IGNORECASE)
        if _ADA_ANGKA.search(t):
            return False
    return any(s.strip() for s in sel)


def pisah_kepala(baris: list[BarisTabel]) -> tuple[list[list[str]], list[BarisTabel]]:
    """Split leading header rows from body rows.

    Header rows are the leading rows without figures, plus the column-number row
    ("(1) (2) ...") that often closes them.
    """
    kepala: list[list[str]] = []
    i = 0
    while i < len(baris) and i < 4:
        sel = baris[i].sel
        if baris_nomor_kolom(sel):
            kepala.append(sel)
            i += 1
            break
        if not _baris_kepala(sel):
            break
        kepala.append(sel)
        i += 1
    if i == len(baris):  # a table of words only: keep the first row as header
        return [baris[0].sel] if baris else [], baris[1:]
    return kepala, baris[i:]


def kunci_kepala(kepala: list[list[str]]) -> str:
    """A header reduced to letters, to recognise a header repeated after a page break."""
    teks = " ".join(" ".join(r) for r in kepala if not baris_nomor_kolom(r))
    return re.sub(r"[^a-z]", "", teks.lower())


def gabung_lanjutan(tabel: list[Tabel]) -> list[Tabel]:
    """Merge a table part that repeats the previous part's header (page break)."""
    hasil: list[Tabel] = []
    for t in tabel:
        if hasil and t.kepala and not t.judul_sendiri and kunci_kepala(t.kepala) == kunci_kepala(hasil[-1].kepala):
            hasil[-1].isi.extend(t.isi)
            continue
        hasil.append(t)
    return hasil


_NOMOR_HALAMAN = re.compile(r"^([ivxlc]+|\d{1,3})$", re.IGNORECASE)


def daftar_isi(baris: list[BarisTabel]) -> bool:
    """A run of 'entry | page' rows (DAFTAR ISI / TABEL / GAMBAR), not a table."""
    return bool(baris) and all(
        1 <= len([s for s in b.sel if s.strip()]) <= 2 and b.sel and _NOMOR_HALAMAN.match(b.sel[-1].strip()) for b in baris
    )
