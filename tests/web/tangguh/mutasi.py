"""Hypothesis strategies that mutate the Kalumpang 2023 workbook, cheaply.

Three levels, cheapest first:

- :class:`BukuMemori`: the workbook's cells read once with openpyxl; a mutation
  edits the cells in memory and the reader runs on them through a stand-in for
  ``openpyxl.load_workbook`` (everything after the XML parser is the real reader:
  cell conversion, headers, assembly, model validation, cross-checks, placement).
- :func:`mutasi_bita`: the workbook's bytes truncated, overwritten or with a
  member dropped/replaced (zip and XML level; the real ``sakip.berkas.baca``).
- :func:`mutasi_xml`: one sheet's XML or the workbook's sheet list edited
  (values, formulas, sheet names) and re-zipped uncompressed.

Budget: ``SAKIP_FUZZ_SKALA`` multiplies every test's ``max_examples`` (default 1;
the figures in docs/keandalan.md were measured with 10).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from contextlib import contextmanager
from unittest import mock

from hypothesis import strategies as st

SKALA = float(os.environ.get("SAKIP_FUZZ_SKALA", "1") or 1)


def contoh(n: int) -> int:
    return max(1, int(n * SKALA))


class SelPalsu:
    __slots__ = ("value", "data_type", "number_format")

    def __init__(self, value, data_type="n", number_format="General"):
        self.value, self.data_type, self.number_format = value, data_type, number_format


class _Lembar:
    def __init__(self, baris):
        self._baris = baris

    def reset_dimensions(self):
        pass

    def iter_rows(self):
        return iter(self._baris)


class _Buku:
    def __init__(self, lembar: dict):
        self._lembar = lembar
        self.sheetnames = list(lembar)

    def __getitem__(self, nama):
        return _Lembar(self._lembar[nama])

    def close(self):
        pass


class BukuMemori:
    """The cells of a workbook, read once; :meth:`dipakai` makes the reader see a mutated copy."""

    def __init__(self, path):
        import openpyxl

        buku = openpyxl.load_workbook(path, read_only=True, data_only=True)
        self.lembar = {}
        for nama in buku.sheetnames:
            ws = buku[nama]
            ws.reset_dimensions()
            self.lembar[nama] = [
                tuple(SelPalsu(getattr(c, "value", None), getattr(c, "data_type", None), getattr(c, "number_format", None))
                      for c in baris)
                for baris in ws.iter_rows()
            ]
        buku.close()

    def salin(self) -> dict:
        return {nama: list(baris) for nama, baris in self.lembar.items()}

    @contextmanager
    def dipakai(self, lembar: dict):
        with mock.patch("openpyxl.load_workbook", lambda *a, **k: _Buku(lembar)):
            yield


# ------------------------------------------------------------------ cell values

TEKS_ANGKA = st.sampled_from([
    "3.397.085.593", "Rp. 3.397.085.593,00", "88,72", "1.458.000.000,-", "100%", "133.825.00,00",
    "2.807.870.000.00", "-5", "0", "1e309", "NaN", "∞", "½", "٣", "  12 ", "12,5 %", "7/8", "3 - 5", "±2",
])
NILAI_SEL = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    TEKS_ANGKA,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.dates(),
    st.times(),
    st.sampled_from(["=SUM(A1:A3)", "=1/0", "#N/A", "#DIV/0!", "#REF!", "IKU-1", "S1", "T1", "2023", "ya", "tidak"]),
)


def sel_dari(nilai) -> SelPalsu:
    if isinstance(nilai, str) and nilai.startswith("#"):
        return SelPalsu(nilai, "e")
    if isinstance(nilai, str) and nilai.startswith("="):
        return SelPalsu(None, "f")  # a formula saved without a cached value reads as empty
    if isinstance(nilai, bool):
        return SelPalsu(nilai, "b")
    if isinstance(nilai, (dt.date, dt.time)):
        return SelPalsu(nilai, "d", "yyyy-mm-dd")
    if isinstance(nilai, str):
        return SelPalsu(nilai, "s")
    return SelPalsu(nilai, "n", st_format(nilai))


def st_format(nilai) -> str:
    return "#,##0" if isinstance(nilai, int) else "General"


# ------------------------------------------------------------------ in-memory mutations

NAMA_LEMBAR = st.text(alphabet=st.characters(exclude_characters="[]:*?/\\'", exclude_categories=["Cs", "Cc"]),
                      min_size=1, max_size=31).filter(str.strip)
"""What Excel accepts as a sheet name."""

@st.composite
def mutasi_sel(draw, nama_lembar: list[str]):
    """One edit of the workbook's cells: (kind, sheet, row, column, value)."""
    jenis = draw(st.sampled_from(["sel", "sel", "sel", "sel", "hapus_lembar", "nama_lembar", "hapus_kolom",
                                  "judul_kolom", "tambah_baris", "hapus_baris", "gandakan_baris", "lembar_baru"]))
    return (jenis, draw(st.sampled_from(nama_lembar)), draw(st.integers(0, 80)), draw(st.integers(0, 25)),
            draw(NILAI_SEL), draw(st.sampled_from(["Sheet1", "Indikator ", "INDIKATOR", "Realisasi2", "Renstra"]) | NAMA_LEMBAR))


def terapkan_sel(lembar: dict, mutasi) -> None:
    jenis, nama, i, j, nilai, nama_baru = mutasi
    if nama not in lembar:
        return
    baris = lembar[nama]
    i = i % len(baris) if baris else 0
    if jenis == "sel" and baris:
        b = list(baris[i])
        b.extend([None] * max(0, j + 1 - len(b)))
        b[j] = sel_dari(nilai)
        baris[i] = tuple(b)
    elif jenis == "hapus_lembar":
        del lembar[nama]
    elif jenis == "nama_lembar":
        isi = lembar.pop(nama)
        lembar[nama_baru if nama_baru not in lembar else nama_baru + "_"] = isi
    elif jenis == "hapus_kolom":
        lembar[nama] = [tuple(s for k, s in enumerate(b) if k != j) for b in baris]
    elif jenis == "judul_kolom" and baris:
        b = list(baris[0])
        if j < len(b):
            b[j] = sel_dari(nama_baru or nilai)
            baris[0] = tuple(b)
    elif jenis == "tambah_baris":
        baris.append(tuple(sel_dari(nilai) for _ in range(j % 6 + 1)))
    elif jenis == "hapus_baris" and baris:
        del baris[i]
    elif jenis == "gandakan_baris" and baris:
        baris.insert(i, baris[i])
    elif jenis == "lembar_baru":
        lembar[nama_baru or "Sheet1"] = [(sel_dari(nilai),)]


# ------------------------------------------------------------------ byte mutations

@st.composite
def mutasi_bita(draw, asli: bytes) -> bytes:
    """The workbook's bytes damaged: truncated, overwritten, a member dropped or replaced."""
    jenis = draw(st.sampled_from(["potong", "timpa", "sisip", "hapus_anggota", "ganti_anggota", "sampah"]))
    n = len(asli)
    if jenis == "potong":
        return asli[: draw(st.integers(0, n - 1))]
    if jenis == "timpa":
        letak, isi = draw(st.integers(0, n - 1)), draw(st.binary(min_size=1, max_size=64))
        return asli[:letak] + isi + asli[letak + len(isi):]
    if jenis == "sisip":
        letak = draw(st.integers(0, n))
        return asli[:letak] + draw(st.binary(min_size=1, max_size=64)) + asli[letak:]
    if jenis == "sampah":
        return draw(st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), b"%PDF-1.4"])) + draw(st.binary(max_size=256))
    anggota = _anggota(asli)
    nama = draw(st.sampled_from(sorted(anggota)))
    if jenis == "hapus_anggota":
        del anggota[nama]
    else:
        anggota[nama] = draw(st.sampled_from([b"", b"<x>", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>"]) | st.binary(max_size=128))
    return zip_dari(anggota)


_CACHE: dict[int, dict[str, bytes]] = {}


def _anggota(asli: bytes) -> dict[str, bytes]:
    if id(asli) not in _CACHE:
        with zipfile.ZipFile(io.BytesIO(asli)) as z:
            _CACHE[id(asli)] = {n: z.read(n) for n in z.namelist()}
    return dict(_CACHE[id(asli)])


def zip_dari(anggota: dict[str, bytes]) -> bytes:
    keluaran = io.BytesIO()
    with zipfile.ZipFile(keluaran, "w", compression=zipfile.ZIP_STORED) as z:
        for nama, isi in anggota.items():
            z.writestr(nama, isi)
    return keluaran.getvalue()


_NILAI_XML = re.compile(rb"<v>[^<]*</v>|<t[^>]*>[^<]*</t>")
_LEMBAR_XML = re.compile(rb'<sheet [^>]*/>')


@st.composite
def mutasi_xml(draw, asli: bytes) -> bytes:
    """One sheet's stored values or the sheet list edited at the XML level, re-zipped."""
    anggota = _anggota(asli)
    jenis = draw(st.sampled_from(["nilai", "nilai", "rumus", "nama_lembar", "hapus_lembar"]))
    if jenis in ("nilai", "rumus"):
        nama = draw(st.sampled_from(sorted(n for n in anggota if n.startswith("xl/worksheets/sheet"))))
        xml = anggota[nama]
        cocok = list(_NILAI_XML.finditer(xml))
        if not cocok:
            return asli
        m = cocok[draw(st.integers(0, len(cocok) - 1))]
        if jenis == "nilai":
            teks = draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=30) | TEKS_ANGKA)
            baru = m.group(0)[: m.group(0).index(b">") + 1] + _escape(teks) + (b"</v>" if m.group(0).startswith(b"<v>") else b"</t>")
        else:
            baru = b"<f>" + _escape(draw(st.sampled_from(["SUM(A1:A3)", "1/0", "NOW()", "A1"]))) + b"</f>"
        anggota[nama] = xml[: m.start()] + baru + xml[m.end():]
    else:
        xml = anggota["xl/workbook.xml"]
        cocok = list(_LEMBAR_XML.finditer(xml))
        m = cocok[draw(st.integers(0, len(cocok) - 1))]
        if jenis == "hapus_lembar":
            baru = b""
        else:
            baru = re.sub(rb'name="[^"]*"', b'name="' + _escape(draw(NAMA_LEMBAR)) + b'"', m.group(0))
        anggota["xl/workbook.xml"] = xml[: m.start()] + baru + xml[m.end():]
    return zip_dari(anggota)


def _escape(teks: str) -> bytes:
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").encode("utf-8")
