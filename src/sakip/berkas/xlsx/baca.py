"""Reading a workbook into a :class:`~sakip.berkas.model.BerkasData`, all or nothing.

The steps: refuse hostile files (:mod:`.aman`), read every sheet into rows
(:mod:`.lembar`), assemble the plain data the YAML file would hold
(:mod:`.rakit`) while remembering the cell of every path, then validate with
the model and the cross-checks. Every problem found on the way is returned at
once, each placed on its sheet, row and column; a workbook with any problem is
not used.
"""

from __future__ import annotations

import difflib
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from sakip.berkas.masalah import BerkasTidakSah, Lokasi, Masalah, dari_validasi
from sakip.berkas.model import BerkasData
from sakip.berkas.silang import periksa_silang
from sakip.berkas.xlsx import aman
from sakip.berkas.xlsx.lembar import IsiLembar, Letak, baca_tabel, sel_baris
from sakip.berkas.xlsx.tata import LEMBAR, PETUNJUK, normal

Peta = dict[Lokasi, Letak]


def baca_xlsx(path: str | os.PathLike[str]) -> BerkasData:
    """Read a data workbook; raises :class:`BerkasTidakSah` listing every problem."""
    return baca_xlsx_dan_peta(path)[0]


def baca_xlsx_dan_peta(path: str | os.PathLike[str]) -> tuple[BerkasData, Peta]:
    """The data and, for later warnings, the cell of every path (see :func:`tempatkan`)."""
    path = Path(path)
    sumber = str(path)
    if not path.is_file():
        raise BerkasTidakSah([Masalah("(berkas)", str(path), "berkas tidak ditemukan", None, "tidak_ada")], sumber)
    try:
        periksa = aman.periksa_zip(path)
    except aman.BukuKerjaDitolak as e:
        raise BerkasTidakSah([Masalah("(berkas)", path.name, e.pesan, None, "berkas_ditolak")], sumber) from None
    except OSError as e:
        pesan = f"berkas tidak dapat dibuka ({e.strerror or type(e).__name__})"
        raise BerkasTidakSah([Masalah("(berkas)", path.name, pesan, None, "berkas_ditolak")], sumber) from None
    masalah: list[Masalah] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openpyxl's findings (bad dates...) become our messages
            isi = _baca_lembar(path, periksa.ada_rumus, masalah)
    except Exception as e:  # openpyxl on a malformed part: a message, never a traceback
        pesan = f"buku kerja rusak dan tidak dapat dibaca ({type(e).__name__}); simpan ulang dari Excel atau LibreOffice"
        raise BerkasTidakSah([Masalah("(berkas)", path.name, pesan, None, "berkas_rusak")], sumber) from None
    from sakip.berkas.xlsx.rakit import Perakit

    perakit = Perakit(isi, masalah)
    try:
        data = perakit.rakit()
    except Exception as e:  # a bug of ours must still not reach the user as a traceback
        pesan = f"buku kerja tidak dapat dibaca karena galat di sakip ({type(e).__name__}); mohon laporkan berkas ini"
        raise BerkasTidakSah([*masalah, Masalah("(berkas)", path.name, pesan, None, "galat_internal")], sumber) from e
    masalah.extend(_validasi(data, perakit.peta, bersih=not masalah, tambahan=perakit.lepas))
    if masalah:
        raise BerkasTidakSah(_urut(_tanpa_ganda(masalah)), sumber)
    return BerkasData.model_validate(data), perakit.peta


def _baca_lembar(path: Path, ada_rumus: bool, masalah: list[Masalah]) -> dict[str, IsiLembar]:
    import openpyxl

    buku = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    buku_rumus = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False) if ada_rumus else None
    hasil: dict[str, IsiLembar] = {}
    try:
        spek_per_nama = {normal(s.nama): s for s in LEMBAR}
        for nama in buku.sheetnames:
            if normal(nama) == normal(PETUNJUK):
                continue
            spek = spek_per_nama.get(normal(nama))
            ws = buku[nama]
            if spek is None and _kosong(ws, nama, masalah):
                continue  # an empty extra sheet ("Sheet1") holds nothing to lose
            if spek is None:
                mirip = difflib.get_close_matches(normal(nama), list(spek_per_nama), n=1, cutoff=0.6)
                saran = f"; mungkin maksudnya '{spek_per_nama[mirip[0]].nama}'?" if mirip else ""
                masalah.append(Letak(nama).masalah(None, f"lembar '{nama}' tidak dikenal{saran}", "lembar_tidak_dikenal"))
                continue
            if not hasattr(ws, "iter_rows"):
                masalah.append(Letak(nama).masalah(None, "lembar ini bukan lembar data (mis. lembar grafik)", "lembar_tidak_sah"))
                continue
            ws_rumus = buku_rumus[nama] if buku_rumus is not None else None
            hasil[spek.nama] = baca_tabel(spek, nama, sel_baris(ws, ws_rumus, nama, masalah), masalah)
        for spek in LEMBAR:
            if getattr(spek, "wajib", False) and spek.nama not in hasil and not any(
                m.jenis == "lembar_tidak_dikenal" and normal(m.lembar or "") == normal(spek.nama) for m in masalah
            ):
                masalah.append(Letak(spek.nama).masalah(None, f"lembar wajib '{spek.nama}' tidak ada", "lembar_hilang"))
    finally:
        buku.close()
        if buku_rumus is not None:
            buku_rumus.close()
    return hasil


def _kosong(ws, nama: str, masalah: list[Masalah]) -> bool:
    if not hasattr(ws, "iter_rows"):
        return False
    return all(s is None or (isinstance(s.nilai, str) and not s.nilai.strip())
               for _, baris in sel_baris(ws, None, nama, masalah) for s in baris)


def _validasi(data: dict[str, Any], peta: Peta, *, bersih: bool,
              tambahan: Iterable[tuple[type[BaseModel], dict[str, Any], Peta]]) -> list[Masalah]:
    """Model errors (and, when the sheets were clean, cross-check errors), placed on cells."""
    hasil: list[Masalah] = []
    for model, isi, peta_lepas in tambahan:  # rows that could not be placed are still checked
        try:
            model.model_validate(isi)
        except ValidationError as e:
            hasil.extend(tempatkan(dari_validasi(model, e), peta_lepas))
    try:
        berkas = BerkasData.model_validate(data)
    except ValidationError as e:
        return hasil + tempatkan(dari_validasi(BerkasData, e), peta)
    if bersih and not hasil:
        hasil.extend(tempatkan(periksa_silang(berkas), peta))
    return hasil


_UJUNG = re.compile(r"(\.[^.\[]+|\[\d+\])$")
_JALUR = re.compile(r"[a-z_]+(?:\.[a-z_]+)*\[\d+\](?:\.[a-z_]+|\[\d+\])*")


def tempatkan(masalah: Iterable[Masalah], peta: Mapping[Lokasi, Letak]) -> list[Masalah]:
    """Put problems (or warnings) found on the model onto the cells they came from."""
    masalah = list(masalah)
    if not masalah:
        return []
    per_teks = {teks_jalur(lokasi): letak for lokasi, letak in peta.items()}
    hasil = []
    for m in masalah:
        kunci = m.lokasi
        letak = per_teks.get(kunci)
        while letak is None and kunci:
            kunci = _UJUNG.sub("", kunci)
            letak = per_teks.get(kunci)
        if letak is None:
            hasil.append(m)
            continue
        pesan = _JALUR.sub(lambda j: _sebut(per_teks, j[0]), m.pesan)
        hasil.append(replace(m, pesan=pesan, lembar=letak.lembar, baris=letak.baris, kolom=letak.kolom))
    return hasil


def teks_jalur(lokasi: Lokasi) -> str:
    """:func:`~sakip.berkas.masalah.teks_lokasi` for the paths a workbook fills, without type lookups.

    In those paths an integer is a list position (shown 1-based in brackets), except the year
    key of ``target`` (shown as is). A test checks both renderings agree on every path.
    """
    bagian: list[str] = []
    for i, k in enumerate(lokasi):
        if isinstance(k, int) and not (i and lokasi[i - 1] == "target"):
            bagian.append(f"[{k + 1}]")
        else:
            bagian.append(("." if bagian else "") + str(k))
    return "".join(bagian) or "(seluruh berkas)"


def _sebut(per_teks: Mapping[str, Letak], jalur: str) -> str:
    """A model path inside a message (``realisasi[1]``) as the row the user sees."""
    letak = per_teks.get(jalur)
    while letak is None and jalur:
        jalur = _UJUNG.sub("", jalur)
        letak = per_teks.get(jalur)
    if letak is None or letak.baris is None:
        return jalur
    return f"lembar '{letak.lembar}' baris {letak.baris}"


def _tanpa_ganda(masalah: list[Masalah]) -> list[Masalah]:
    """One problem per cell: the first found (the most precise) wins."""
    dilihat: set[tuple] = set()
    hasil = []
    for m in masalah:
        kunci = (m.lembar, m.baris, m.kolom) if m.lembar else (m.lokasi, m.pesan)
        lembar_saja = (m.lembar, None, None)
        kolom_saja = (m.lembar, None, m.kolom)
        if kunci in dilihat or (m.lembar and m.jenis not in _STRUKTUR and (lembar_saja in dilihat or kolom_saja in dilihat)):
            continue
        dilihat.add(kunci)
        if m.jenis in ("lembar_hilang", "lembar_tidak_dikenal"):
            dilihat.add(lembar_saja)
        if m.jenis == "kolom_hilang":
            dilihat.add(kolom_saja)
        hasil.append(m)
    return hasil


_STRUKTUR = {"lembar_hilang", "lembar_tidak_dikenal", "kolom_hilang", "kolom_tidak_dikenal", "kolom_ganda"}
_HURUF = re.compile(r"\(([A-Z]{1,3})\)|^([A-Z]{1,3})$")
_URUTAN = {s.nama: i for i, s in enumerate(LEMBAR)}


def _urut(masalah: list[Masalah]) -> list[Masalah]:
    """In workbook order: sheet, then row, then column letter."""
    def kunci(m: Masalah):
        cocok = _HURUF.search(m.kolom or "")
        huruf = (cocok[1] or cocok[2]) if cocok else ""
        return (_URUTAN.get(m.lembar or "", -1 if not m.lembar else 99), m.baris or 0, len(huruf), huruf)

    return sorted(masalah, key=kunci)

