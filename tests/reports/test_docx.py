"""DOCX output: opens in python-docx, real styles, fields, repeating headers, merges."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from sakip.reports.dokumen import Gambar, Tabel, jelajahi
from sakip.reports.penomoran import nomori


@pytest.fixture(scope="module")
def berkas(docx_bytes):
    return docx.Document(io.BytesIO(docx_bytes))


@pytest.fixture(scope="module")
def xml(docx_bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def test_judul_memakai_gaya_heading(berkas, dokumen):
    judul = [(p.style.name, p.text) for p in berkas.paragraphs if p.style.name.startswith("Heading")]
    teks = {t for _, t in judul}
    for e in nomori(dokumen).judul:
        assert e.judul in teks
    assert ("Heading 1", "BAB III AKUNTABILITAS KINERJA") in judul
    assert ("Heading 2", "A. Capaian Kinerja Organisasi") in judul
    assert any(gaya == "Heading 3" for gaya, _ in judul)


def test_daftar_isi_dan_daftar_tabel_adalah_field_toc(xml):
    dok = xml["word/document.xml"]
    assert 'TOC \\o "1-3"' in dok
    assert 'TOC \\h \\z \\c "Tabel"' in dok
    assert 'TOC \\h \\z \\c "Gambar"' in dok
    assert dok.count("SEQ Tabel") == 6 and dok.count("SEQ Gambar") == 2
    # the first caption of each chapter restarts the sequence (2.1, 3.1, L1.1; Gambar 3.1)
    assert dok.count("SEQ Tabel \\* ARABIC \\r 1") == 3
    assert dok.count("SEQ Gambar \\* ARABIC \\r 1") == 1
    assert "w:updateFields" in xml["word/settings.xml"]
    assert any(" PAGE " in isi for nama, isi in xml.items() if "footer" in nama)


def test_keterangan_tabel_bernomor_seperti_model(berkas, dokumen):
    keterangan = [p.text for p in berkas.paragraphs if p.style.name == "Caption"]
    p = nomori(dokumen)
    assert keterangan == [p.entri(b).teks for b in jelajahi(dokumen.blocks)
                          if isinstance(b, (Tabel, Gambar))]
    assert "Tabel 3.2 Realisasi Anggaran per Sub Kegiatan Tahun 2023" in keterangan


def test_baris_kepala_berulang_dan_sel_gabungan(xml, dokumen):
    dok = xml["word/document.xml"]
    n_kepala = sum(len(b.kepala) for b in jelajahi(dokumen.blocks) if isinstance(b, Tabel))
    assert dok.count("<w:tblHeader/>") == n_kepala
    assert 'w:vMerge w:val="restart"' in dok and "<w:gridSpan " in dok


def test_angka_tertulis_apa_adanya_dan_rata_kanan(berkas, dokumen):
    anggaran = next(b for b in dokumen.blocks if isinstance(b, Tabel) and b.id == "anggaran-sub-kegiatan")
    tabel = next(t for t in berkas.tables if t.rows[0].cells[1].text == "Sub Kegiatan")
    assert len(tabel.rows) == 2 + len(anggaran.baris) + 1
    for baris_model, baris in zip(anggaran.baris, tabel.rows[2:]):
        sel = baris.cells[2]
        assert sel.text == baris_model[2]
        assert sel.paragraphs[0].alignment == 2  # right
    assert tabel.rows[-1].cells[2].text == anggaran.kaki[0][1]


def test_halaman_a4_lanskap_dan_penomoran(berkas, xml):
    ukuran = {(round(s.page_width.cm, 1), round(s.page_height.cm, 1)) for s in berkas.sections}
    assert ukuran == {(21.0, 29.7), (29.7, 21.0)}
    dok = xml["word/document.xml"]
    assert re.search(r'w:fmt="lowerRoman" w:start="1"', dok)
    assert re.search(r'w:fmt="decimal" w:start="1"', dok)


def test_font_liberation_di_gaya(xml):
    gaya = xml["word/styles.xml"]
    assert 'w:ascii="Liberation Serif"' in gaya and 'w:ascii="Liberation Sans"' in gaya


def test_daftar_bernomor_mulai_dari_satu(xml):
    numbering = xml["word/numbering.xml"]
    assert '<w:startOverride w:val="1"/>' in numbering


def test_urutan_elemen_mengikuti_skema_word(xml):
    """Word rejects out-of-order elements: check the ones this renderer inserts itself."""
    settings = xml["word/settings.xml"]
    assert settings.index("<w:updateFields") < settings.index("<w:decimalSymbol")
    gaya = xml["word/styles.xml"]
    default = gaya[gaya.index("<w:docDefaults>"):gaya.index("</w:docDefaults>")]
    assert default.count("<w:lang ") == 1 and 'w:val="id-ID"' in default
    dok = xml["word/document.xml"]
    for tblpr in re.findall(r"<w:tblPr>(.*?)</w:tblPr>", dok):
        urutan = re.findall(r"<w:(tblStyle|tblW|jc|tblBorders|tblLayout|tblCellMar|tblLook)\b", tblpr)
        skema = ["tblStyle", "tblW", "jc", "tblBorders", "tblLayout", "tblCellMar", "tblLook"]
        assert urutan == sorted(urutan, key=skema.index), urutan
    for tcpr in re.findall(r"<w:tcPr>(.*?)</w:tcPr>", dok):
        urutan = re.findall(r"<w:(tcW|gridSpan|vMerge|shd|vAlign)\b", tcpr)
        skema = ["tcW", "gridSpan", "vMerge", "shd", "vAlign"]
        assert urutan == sorted(urutan, key=skema.index), urutan
    for ppr in re.findall(r"<w:pPr>(.*?)</w:pPr>", dok):
        urutan = re.findall(r"<w:(pStyle|keepNext|pageBreakBefore|numPr|spacing|ind|jc)\b", ppr)
        skema = ["pStyle", "keepNext", "pageBreakBefore", "numPr", "spacing", "ind", "jc"]
        assert urutan == sorted(urutan, key=skema.index), urutan


def test_gambar_hanya_svg_dirasterkan_untuk_word(tmp_path):
    from sakip.reports import render
    from sakip.reports.dokumen import Dokumen, Sampul

    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
           b'<rect width="40" height="20" fill="black"/></svg>')
    d = Dokumen("x", blocks=[Sampul(["JUDUL"], "INSTANSI", logo_svg=svg),
                             Gambar("Hanya SVG", svg=svg)])
    with zipfile.ZipFile(io.BytesIO(render(d, "docx"))) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert media and all(z.read(n)[:4] == b"\x89PNG" for n in media)
        assert z.read("word/document.xml").count(b"r:embed=") == 2  # logo and figure
