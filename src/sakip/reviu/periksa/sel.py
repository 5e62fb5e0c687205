"""Reading table cells for the checks: column roles, figures, labels.

Column roles come from the header words (anggaran, realisasi, %, target,
capaian). A row's figure for a role is taken from the column's index when the
row is aligned with its header (tab tables); otherwise (page-layout tables,
misaligned total rows) figures are matched to the trailing role columns from
the right, since budget and capaian columns end LKj tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.angka import Nilai, parse_angka, parse_nilai
from sakip.core.exceptions import AngkaTidakSah
from sakip.reviu.baca.tabel import baris_nomor_kolom
from sakip.reviu.baca.tata_letak import sel_angka
from sakip.reviu.model import BarisTabel, Tabel

ANGGARAN, REALISASI, PERSEN, TARGET, CAPAIAN = "anggaran", "realisasi", "persen", "target", "capaian"
EFISIENSI = "efisiensi"


def _ada(kata: str, teks: str) -> int:
    m = re.search(rf"\b{kata}", teks)
    if m:
        return m.start()
    # a header word broken by a narrow column ("Anggara n"): look without spaces
    rapat = re.sub(r"\s+", "", teks)
    i = rapat.find(kata)
    return i if i >= 0 and len(rapat) < 80 else -1


def peran_kolom(label: str) -> list[str]:
    """Roles of one header column (a merged header cell may carry several)."""
    l = re.sub(r"\(\d+\)", "", label.lower()).strip()  # drop the column number "(8)"
    if l == "efisiensi" or l.startswith("efisiensi ") and _ada("capaian", l) < 0:
        return [EFISIENSI]
    if _ada("serapan", l) >= 0 and _ada("rp", l) < 0:  # "Serapan Anggaran": a percentage, not an amount
        return [PERSEN]
    if _ada("realisasi", l) >= 0 and (_ada("anggaran", l) >= 0 or "rp" in l) and _ada("target", l) < 0:
        return [REALISASI]
    if (_ada("anggaran", l) >= 0 or _ada("pagu", l) >= 0) and _ada("realisasi", l) < 0:
        return [ANGGARAN]
    posisi = sorted((p, r) for r, p in ((TARGET, _ada("target", l)), (REALISASI, _ada("realisasi", l)), (CAPAIAN, _ada("capaian", l))) if p >= 0)
    if posisi:
        return [r for _, r in posisi]
    if re.fullmatch(r"\W*%\W*|\(%\)", l.strip()) or _ada("persen", l) >= 0 or _ada("serapan", l) >= 0:
        return [PERSEN]
    return []


def label_kolom(tabel: Tabel) -> list[str]:
    """One label per header column: the lowest non-empty header cell above it."""
    baris = [r for r in tabel.kepala if not baris_nomor_kolom(r)]
    lebar = max((len(r) for r in baris), default=0)
    label = [""] * lebar
    for r in baris:
        for i, s in enumerate(r):
            if s.strip():
                label[i] = s.strip()
    return label


@dataclass(frozen=True)
class Kolom:
    """A (virtual) column: header index and role; a merged header cell carrying
    several roles ("Satuan Target Realisasi Capaian") gives several columns."""

    indeks: int
    peran: str | None
    dari_kanan: int  # position counted from the right end of the virtual columns
    ekor: bool  # every column from here to the right end carries a figure role


def daftar_kolom(tabel: Tabel) -> list[Kolom]:
    virtual: list[tuple[int, str | None]] = []
    for i, l in enumerate(label_kolom(tabel)):
        peran = peran_kolom(l)
        if peran:
            virtual.extend((i, r) for r in peran)
        else:
            virtual.append((i, None))
    n = len(virtual)
    hasil = []
    for v, (i, r) in enumerate(virtual):
        ekor = all(rr is not None for _, rr in virtual[v:])
        hasil.append(Kolom(i, r, n - v, ekor))
    return hasil


def nilai_kolom(tabel: Tabel, baris: BarisTabel, kolom: Kolom) -> str:
    """The cell text of ``kolom`` in ``baris`` ('' when absent)."""
    sel = baris.sel
    if tabel.susunan == "tab":
        lebar = len(label_kolom(tabel))
        if len(sel) == lebar:  # aligned with its header: an empty cell is empty
            return sel[kolom.indeks]
        if kolom.indeks < len(sel) and sel[kolom.indeks].strip() and len(sel) < lebar:
            return sel[kolom.indeks]
    if not kolom.ekor:
        if tabel.susunan == "tab" and kolom.indeks < len(sel):
            return sel[kolom.indeks]
        return ""
    angka = [s for s in sel if sel_angka(s)]
    if len(angka) < kolom.dari_kanan:
        return ""
    return angka[len(angka) - kolom.dari_kanan]


@dataclass(frozen=True)
class Kelompok:
    """Role columns checked together: (anggaran, realisasi, persen) or (target, realisasi, capaian)."""

    jenis: str  # "anggaran" | "capaian"
    kolom: dict[str, Kolom]


def kelompok_peran(tabel: Tabel) -> list[Kelompok]:
    kolom = [k for k in daftar_kolom(tabel) if k.peran]
    ada_anggaran = any(k.peran == ANGGARAN for k in kolom)
    hasil: list[Kelompok] = []
    buka: dict | None = None
    for k in kolom:
        r = k.peran
        if r == ANGGARAN or (r == TARGET and not ada_anggaran):
            buka = {"jenis": ANGGARAN if r == ANGGARAN else CAPAIAN, "kolom": {r: k}}
        elif r == CAPAIAN and buka is None:
            buka = {"jenis": EFISIENSI, "kolom": {r: k}}
        elif r == EFISIENSI and buka is not None and buka["jenis"] == EFISIENSI and REALISASI in buka["kolom"]:
            buka["kolom"][r] = k
            hasil.append(Kelompok(EFISIENSI, buka["kolom"]))
            buka = None
        elif r == REALISASI and buka is not None and REALISASI not in buka["kolom"]:
            buka["kolom"][r] = k
        elif r in (PERSEN, CAPAIAN) and buka is not None and REALISASI in buka["kolom"]:
            buka["kolom"][PERSEN if buka["jenis"] == ANGGARAN else CAPAIAN] = k
            hasil.append(Kelompok(buka["jenis"], buka["kolom"]))
            buka = None
    return hasil


def nilai_peran(tabel: Tabel, baris: BarisTabel, kel: Kelompok) -> dict[str, str] | None:
    """The cell text for each role of ``kel`` in ``baris`` (None if one is missing)."""
    hasil = {r: nilai_kolom(tabel, baris, k) for r, k in kel.kolom.items()}
    return hasil if all(v.strip() for v in hasil.values()) else None


def kolom_uang(tabel: Tabel) -> list[Kolom]:
    """Money columns to add up: anggaran columns and the realisasi of budget groups
    (a realisasi next to a target is a performance figure, not money)."""
    kolom = [k for k in daftar_kolom(tabel) if k.peran == ANGGARAN]
    if not kolom:
        return []
    for kel in kelompok_peran(tabel):
        if kel.jenis == ANGGARAN and REALISASI in kel.kolom:
            kolom.append(kel.kolom[REALISASI])
    return kolom


def baca_angka(teks: str) -> Decimal | None:
    """A figure, or None when the cell is not one plain number (malformed numbers are RV-ANG-01)."""
    try:
        n = parse_nilai(teks)
    except AngkaTidakSah:
        return None
    return n.angka if n.jenis == "angka" else None


def baca_nilai(teks: str) -> Nilai | None:
    try:
        return parse_nilai(teks)
    except AngkaTidakSah:
        return None


def desimal(teks: str) -> int:
    """Decimals as printed: '99,85' -> 2, '61%' -> 0, '73.3 %' -> 1."""
    try:
        d = parse_angka(teks.split()[0] if re.match(r"^\d", teks) and " " in teks.strip() else teks)
    except (AngkaTidakSah, IndexError):
        return 2
    return max(0, -d.as_tuple().exponent)


_MIRIP_ANGKA = re.compile(r"^(?:rp\.?\s*)?[\d.,]*\d[\d.,]*(?:,-)?\s*%?$", re.IGNORECASE)


def mirip_angka(teks: str) -> bool:
    """Text written as a single figure (possibly malformed: '133.825.00,00')."""
    return bool(_MIRIP_ANGKA.match(teks.strip()))


_KOSONG_LABEL = re.compile(r"^[\W\d]*$")


def teks_label(tabel: Tabel, baris: BarisTabel) -> list[str]:
    """The word cells of a row (names), in order."""
    return [s for s in baris.sel if s.strip() and not sel_angka(s) and not _KOSONG_LABEL.match(s)]


def nama_baris(tabel: Tabel, baris: BarisTabel) -> str:
    """A short name for a row in messages."""
    label = teks_label(tabel, baris)
    nama = max(label, key=len) if label else baris.teks
    return nama if len(nama) <= 70 else nama[:67] + "..."


def lokasi_baris(tabel: Tabel, baris: BarisTabel) -> str:
    return f"{tabel.nama}, {baris.lokasi}, \u201c{nama_baris(tabel, baris)}\u201d"


_NORMAL = re.compile(r"[^a-z0-9]+")


def normal(nama: str) -> str:
    """Name for matching: lower case, no punctuation, no leading 'program'."""
    n = _NORMAL.sub(" ", nama.lower()).strip()
    n = re.sub(r"^(program|kegiatan|sub kegiatan)\s+", "", n)
    return n
