"""Reading the spreadsheets people live in: CSV or XLSX (first sheet), one way.

Headers are matched case-insensitively (``Jenis Kelamin`` = ``jenis_kelamin``).
Every problem is collected, with the file, sheet, row and column a user sees in
their spreadsheet, and raised together as :class:`BerkasTidakSah`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sakip.core.exceptions import SakipError

__all__ = ["KesalahanSel", "BerkasTidakSah", "Baris", "Tabel", "baca_tabel", "normalkan_kolom", "huruf_kolom"]

Sel = str | Decimal | int | dt.date | None


@dataclass(frozen=True)
class KesalahanSel:
    """One bad cell (or a whole-file problem when ``baris``/``kolom`` are None)."""

    berkas: str
    alasan: str
    baris: int | None = None
    kolom: str | None = None
    nilai: str | None = None
    lembar: str | None = None

    def lokasi(self) -> str:
        bagian = [self.berkas]
        if self.lembar:
            bagian.append(f"lembar '{self.lembar}'")
        if self.baris is not None:
            bagian.append(f"baris {self.baris}")
        if self.kolom:
            bagian.append(f"kolom '{self.kolom}'")
        return ", ".join(bagian)

    def __str__(self) -> str:
        nilai = f": nilai {self.nilai!r}" if self.nilai not in (None, "") else ""
        return f"{self.lokasi()}{nilai} \u2014 {self.alasan}"

    def sebagai_dict(self) -> dict:
        return {
            "berkas": self.berkas,
            "lembar": self.lembar,
            "baris": self.baris,
            "kolom": self.kolom,
            "nilai": self.nilai,
            "alasan": self.alasan,
        }


class BerkasTidakSah(SakipError):
    """A file that cannot be used; ``kesalahan`` lists every problem found."""

    def __init__(self, kesalahan: list[KesalahanSel]):
        self.kesalahan = list(kesalahan)
        jumlah = len(self.kesalahan)
        super().__init__(f"Berkas tidak dapat dipakai: {jumlah} kesalahan.\n" + "\n".join(map(str, self.kesalahan)))


@dataclass(frozen=True)
class Baris:
    nomor: int  # the row number the user sees in the spreadsheet (header is row 1)
    nilai: dict[str, Sel]

    def teks(self, kolom: str) -> str | None:
        """The cell as text (``None`` when empty)."""
        v = self.nilai.get(kolom)
        if v is None:
            return None
        s = str(v).strip()
        return s or None


@dataclass
class Tabel:
    berkas: str
    lembar: str | None
    kolom: list[str]  # normalised names, in file order
    judul_kolom: dict[str, str]  # normalised -> as written in the header
    baris: list[Baris] = field(default_factory=list)

    def kesalahan(self, baris: Baris | int | None, kolom: str | None, nilai: Sel, alasan: str) -> KesalahanSel:
        """A :class:`KesalahanSel` located in this table (the column as the user wrote it)."""
        nomor = baris.nomor if isinstance(baris, Baris) else baris
        return KesalahanSel(
            berkas=self.berkas,
            lembar=self.lembar,
            baris=nomor,
            kolom=self.judul_kolom.get(kolom, kolom) if kolom else None,
            nilai=None if nilai is None else str(nilai),
            alasan=alasan,
        )


def normalkan_kolom(nama: str) -> str:
    """``' Jenis  Kelamin '`` -> ``'jenis_kelamin'``."""
    return re.sub(r"[\s_]+", "_", str(nama).strip().lower())


def huruf_kolom(indeks: int) -> str:
    """0 -> 'A', 27 -> 'AB' (spreadsheet column letters)."""
    huruf = ""
    indeks += 1
    while indeks:
        indeks, sisa = divmod(indeks - 1, 26)
        huruf = chr(65 + sisa) + huruf
    return huruf


def _baris_csv(path: Path) -> Iterator[list[Sel]]:
    data = path.read_bytes()
    for kode in ("utf-8-sig", "cp1252"):
        try:
            teks = data.decode(kode)
            break
        except UnicodeDecodeError:
            continue
    contoh = teks[:4096]
    baris_pertama = contoh.splitlines()[0] if contoh else ""
    pemisah = max(",;\t", key=baris_pertama.count) if baris_pertama else ","
    yield from csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah)


def _nilai_xlsx(sel) -> Sel:
    v = sel.value
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, dt.datetime):
        return v.date() if v.time() == dt.time(0) else v
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)):
        if isinstance(v, float) and not math.isfinite(v):
            return str(v)  # "inf"/"nan": the number parser refuses it with a message
        d = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
        if "%" in (getattr(sel, "number_format", "") or ""):
            d = d * 100  # a cell typed as "100%" holds 1.0 with a percent format
        return d.quantize(Decimal(1)) if d == d.to_integral_value() else d
    return str(v)


def _baris_xlsx(path: Path) -> tuple[str, Iterator[list[Sel]]]:
    import openpyxl

    buku = openpyxl.load_workbook(path, read_only=True, data_only=True)
    lembar = buku.worksheets[0]

    def baris() -> Iterator[list[Sel]]:
        try:
            for r in lembar.iter_rows():
                yield [_nilai_xlsx(s) for s in r]
        finally:
            buku.close()

    return lembar.title, baris()


def _kosong(sel: Sel) -> bool:
    return sel is None or sel == "" or (sel.__class__ is str and sel.isspace())


def baca_tabel(
    path: str | Path,
    *,
    kolom_wajib: Iterable[str] = (),
    kolom_opsional: Iterable[str] = (),
    salah_satu: Iterable[Iterable[str]] = (),
) -> Tabel:
    """Read a CSV or XLSX file (first sheet) with a header row.

    ``kolom_wajib`` must all be present; of each group in ``salah_satu`` at least one.
    Other columns are kept (commands may summarise them). Raises
    :class:`BerkasTidakSah` listing every problem.
    """
    path = Path(path)
    nama = path.name
    if not path.is_file():
        raise BerkasTidakSah([KesalahanSel(nama, "berkas tidak ditemukan")])
    akhiran = path.suffix.lower()
    lembar: str | None = None
    try:
        if akhiran in (".csv", ".txt"):
            sumber = _baris_csv(path)
        elif akhiran in (".xlsx", ".xlsm"):
            lembar, sumber = _baris_xlsx(path)
        else:
            raise BerkasTidakSah([KesalahanSel(nama, f"jenis berkas {akhiran or '(tanpa akhiran)'} tidak didukung; gunakan .csv atau .xlsx")])
        semua = list(sumber)
    except BerkasTidakSah:
        raise
    except Exception as e:  # a broken or hostile file must give a message, not a traceback
        raise BerkasTidakSah([KesalahanSel(nama, f"berkas tidak dapat dibaca ({type(e).__name__}): pastikan berkas CSV atau XLSX yang utuh")]) from e
    return _susun(nama, lembar, semua, kolom_wajib, kolom_opsional, salah_satu, teks_saja=lembar is None)


def _susun(nama, lembar, semua, kolom_wajib, kolom_opsional, salah_satu, teks_saja=False) -> Tabel:
    kesalahan: list[KesalahanSel] = []
    indeks_judul = next((i for i, r in enumerate(semua) if any(not _kosong(s) for s in r)), None)
    if indeks_judul is None:
        raise BerkasTidakSah([KesalahanSel(nama, "berkas kosong: tidak ada baris judul kolom", lembar=lembar)])
    judul = semua[indeks_judul]
    kolom: list[str | None] = []
    judul_kolom: dict[str, str] = {}
    for i, j in enumerate(judul):
        if _kosong(j):
            kolom.append(None)
            continue
        n = normalkan_kolom(j)
        if n in judul_kolom:
            kesalahan.append(KesalahanSel(nama, f"judul kolom '{j}' muncul lebih dari sekali", baris=indeks_judul + 1, kolom=huruf_kolom(i), lembar=lembar))
        judul_kolom[n] = str(j).strip()
        kolom.append(n)
    for k in kolom_wajib:
        if k not in judul_kolom:
            kesalahan.append(KesalahanSel(nama, f"kolom wajib '{k}' tidak ada di baris judul", baris=indeks_judul + 1, lembar=lembar))
    for grup in salah_satu:
        grup = list(grup)
        if not any(k in judul_kolom for k in grup):
            kesalahan.append(KesalahanSel(nama, f"perlu salah satu kolom: {', '.join(grup)}", baris=indeks_judul + 1, lembar=lembar))
    tabel = Tabel(nama, lembar, [k for k in kolom if k], judul_kolom)
    berjudul = [(i, k) for i, k in enumerate(kolom) if k]
    lebar = len(kolom)
    for nomor, r in enumerate(semua[indeks_judul + 1 :], start=indeks_judul + 2):
        if (not "".join(r).strip()) if teks_saja else all(map(_kosong, r)):
            continue
        panjang = len(r)
        if panjang < lebar:
            r = [*r, *([None] * (lebar - panjang))]
        if teks_saja:  # CSV: every cell is a str (fast path for large files)
            isi: dict[str, Sel] = {k: (s if (s := r[i]) and not s.isspace() else None) for i, k in berjudul}
        else:
            isi = {k: (None if _kosong(r[i]) else r[i]) for i, k in berjudul}
        if panjang > lebar or None in kolom:
            for i, s in enumerate(r):
                if (i >= lebar or kolom[i] is None) and not _kosong(s):
                    kesalahan.append(KesalahanSel(nama, "ada isian di kolom tanpa judul", baris=nomor, kolom=huruf_kolom(i), nilai=str(s), lembar=lembar))
        tabel.baris.append(Baris(nomor, isi))
    if kesalahan:
        raise BerkasTidakSah(kesalahan)
    return tabel
