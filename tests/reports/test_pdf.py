"""PDF (Typst) output: text, page numbers in the table of contents, fonts, escaping."""

from __future__ import annotations

import re
import shutil
import subprocess

import pdfplumber
import pytest
from hypothesis import given, settings, strategies as st
from pypdf import PdfReader

from sakip.reports import render
from sakip.reports.dokumen import (
    Catatan, Daftar, Dokumen, Judul, Kolom, Paragraf, Sel, Tabel, Teks,
)
from sakip.reports.penomoran import nomori
from sakip.reports.pdf import s

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def halaman_teks(path) -> list[str]:
    keluar = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                            capture_output=True, text=True).stdout
    return [x.replace("\u2060", "").replace("\u00a0", " ") for x in keluar.split("\f")]


def rapat(teks: str) -> str:
    return re.sub(r"\s+", " ", teks)


def test_pdf_memuat_teks_dan_angka(pdf_path, dokumen):
    semua = rapat(" ".join(halaman_teks(pdf_path)))
    for potongan in ("LAPORAN KINERJA", "KATA PENGANTAR", "BAB III", "AKUNTABILITAS KINERJA",
                     "Tabel 3.2 Realisasi Anggaran per Sub Kegiatan Tahun 2023",
                     "Gambar 3.1 Capaian Indikator Kinerja Utama 2022 dan 2023",
                     "sebagaimana terlihat pada Tabel 3.1 dan Gambar 3.1",
                     "NIP. 19900107 201206 1 001", "PIHAK PERTAMA", "PIHAK KEDUA",
                     "Catatan koreksi"):
        assert potongan in semua, potongan
    # Every Rupiah amount of the long table is printed as written.
    anggaran = next(b for b in dokumen.blocks if isinstance(b, Tabel) and b.id == "anggaran-sub-kegiatan")
    for baris in anggaran.baris:
        assert baris[2] in semua
    assert anggaran.kaki[0][1] in semua


def test_daftar_isi_menunjuk_halaman_yang_benar(pdf_path, dokumen):
    """Each DAFTAR ISI line "Judul .... n" points at the page labelled n, and the
    heading is really printed on that page (TOC read with pdfplumber, pages with
    pdftotext, which is much faster)."""
    label = PdfReader(str(pdf_path)).page_labels
    teks_halaman = [rapat(t) for t in halaman_teks(pdf_path)]
    i_toc = next(i for i, t in enumerate(teks_halaman) if t.lstrip().startswith("DAFTAR ISI"))
    with pdfplumber.open(str(pdf_path)) as pdf:
        teks_toc = rapat((pdf.pages[i_toc].extract_text() or "").replace("\u2060", ""))
    p = nomori(dokumen)
    for e in p.judul:
        m = re.search(re.escape(e.judul) + r"[ .]*\.{2,}[ .]*([ivxlc]+|\d+)\b", teks_toc)
        assert m, f"{e.judul!r} tidak ada di DAFTAR ISI"
        halaman = label.index(m.group(1))
        kata_akhir = e.judul.split(" ", 2)[-1] if e.level == 1 and " " in e.judul else e.judul
        assert kata_akhir in teks_halaman[halaman], (e.judul, m.group(1))
    assert len(p.judul) >= 25


def test_nomor_halaman_romawi_lalu_arab_mulai_bab_i(pdf_path):
    label = PdfReader(str(pdf_path)).page_labels
    teks = halaman_teks(pdf_path)
    assert label[1] == "i"
    i_bab1 = next(i for i, t in enumerate(teks) if "PENDAHULUAN" in t and "BAB I" in t
                  and "DAFTAR" not in t)
    assert label[i_bab1] == "1"
    assert len(teks) >= 38


def test_kepala_tabel_berulang_di_tiap_halaman(pdf_path):
    teks = halaman_teks(pdf_path)
    halaman_tabel = [t for t in teks if re.search(r"Desa \(\d+\)|Kantor \(\d+\)", t)]
    assert len(halaman_tabel) >= 2
    for t in halaman_tabel:
        assert "Pagu (Rp)" in t and "Realisasi (Rp)" in t and "Sub Kegiatan" in t


def test_halaman_lanskap_ada(pdf_path):
    reader = PdfReader(str(pdf_path))
    lanskap = [i for i, hal in enumerate(reader.pages) if hal.mediabox.width > hal.mediabox.height]
    assert len(lanskap) == 1
    assert "Tabel 2.1 Target dan Realisasi Renstra" in halaman_teks(pdf_path)[lanskap[0]]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils")
def test_font_tertanam_dan_hanya_liberation(pdf_path):
    keluar = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True).stdout
    baris = keluar.strip().splitlines()[2:]
    assert baris
    for b in baris:
        kolom = b.split()
        assert "Liberation" in kolom[0], b
        assert kolom[-5] == "yes", f"font tidak tertanam: {b}"


NAKAL = 'Tanda #pagar *bintang* _garis_ $x$ @ref <label> [kurung] \\miring // /* "kutip" ~ = - + 1.'


def test_karakter_khusus_typst_tercetak_apa_adanya(tmp_path):
    d = Dokumen("Uji #1 $", blocks=[
        Judul(1, NAKAL, nomor="BAB #1"),
        Paragraf([NAKAL, Teks(" *tebal*", tebal=True)]),
        Daftar(["- " + NAKAL]),
        Tabel(NAKAL, [Kolom(), Kolom(1, "kanan")], [[NAKAL, "#"]], [[Sel(NAKAL, kolom=2)]],
              catatan=NAKAL),
        Catatan([Paragraf(NAKAL)], judul="= judul"),
    ])
    jalur = tmp_path / "nakal.pdf"
    jalur.write_bytes(render(d, "pdf"))
    teks = rapat(" ".join(halaman_teks(jalur)))
    harapan = rapat(NAKAL)
    assert teks.count(harapan) >= 6
    assert "*tebal*" in teks and "BAB #1" in teks and "= judul" in teks


@settings(max_examples=8, deadline=None)
@given(st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40))
def test_teks_acak_tercetak_utuh(tmp_path_factory, teks):
    jalur = tmp_path_factory.mktemp("acak") / "acak.pdf"
    jalur.write_bytes(render(Dokumen("x", blocks=[Paragraf(teks, perataan="kiri")]), "pdf"))
    baris = [b.strip() for b in halaman_teks(jalur)[0].splitlines() if b.strip()]
    assert baris[0] == teks and baris[-1] == "1"  # the text, then the page number


def test_literal_string_typst():
    assert s('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
