"""DOCX renderer (python-docx), with real Word styles and fields.

Headings use Heading 1-3, captions use Caption with SEQ fields, the table of
contents and the lists of tables/figures are TOC fields (Word refreshes them on
open: ``updateFields``), page numbers are PAGE fields in the footer. Tables are
written as WordprocessingML directly (fast, exact control of merges and of the
repeating header rows).
"""

from __future__ import annotations

import io
from typing import Sequence
from xml.sax.saxutils import escape

from sakip.reports.dokumen import (
    Blok, Catatan, Daftar, DaftarGambar, DaftarIsi, DaftarTabel, Dokumen, Gambar, Judul,
    Lampiran, Lanskap, Paragraf, PemisahHalaman, Penandatangan, Rujukan, Run, Sampul, Tabel,
    TandaTangan,
)
from sakip.reports.penomoran import Entri, Penomoran, bagian, nomori, tata_letak_tabel

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
SERIF, SANS = "Liberation Serif", "Liberation Sans"
# A4 in twentieths of a point (dxa) and the margins (3 cm left, 2.5 cm elsewhere).
A4_W, A4_H = 11906, 16838
M_KIRI, M_KANAN, M_ATAS, M_BAWAH = 1701, 1417, 1417, 1417
LEBAR_TEKS = A4_W - M_KIRI - M_KANAN
LEBAR_TEKS_LANSKAP = A4_H - M_KIRI - M_KANAN
_JC = {"kiri": "left", "tengah": "center", "kanan": "right", "rata": "both"}
NBSP = "\u00a0"


def _t(teks: str) -> str:
    return f'<w:t xml:space="preserve">{escape(teks)}</w:t>'


def _r(teks: str, tebal: bool = False, miring: bool = False, ukuran: int | None = None) -> str:
    rpr = ("<w:b/>" if tebal else "") + ("<w:i/>" if miring else "") + (
        f'<w:sz w:val="{ukuran}"/>' if ukuran else "")
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    bagian_bagian = teks.split("\n")
    isi = "<w:br/>".join(_t(b) for b in bagian_bagian)
    return f"<w:r>{rpr}{isi}</w:r>"


def _fld(instr: str, hasil: str, rpr: str = "") -> str:
    """A complex field (begin / instr / separate / cached result / end)."""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}{_t(hasil)}</w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def _bookmark(nama: str, isi: str, n: int) -> str:
    return (f'<w:bookmarkStart w:id="{n}" w:name="{nama}"/>{isi}'
            f'<w:bookmarkEnd w:id="{n}"/>')


def _bm(anchor: str) -> str:
    """Bookmark name for an anchor ("t-3" -> "_sakip_t_3"): Word allows letters, digits, _."""
    return "_sakip_" + anchor.replace("-", "_")


def _gaya_xml() -> str:
    toc = []
    for lvl, indent in ((1, 0), (2, 284), (3, 567)):
        toc.append(
            f'<w:style {NS} w:type="paragraph" w:styleId="TOC{lvl}"><w:name w:val="toc {lvl}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
            f'<w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" '
            f'w:pos="{LEBAR_TEKS}"/></w:tabs><w:spacing w:before="0" w:after="60"/>'
            f'<w:ind w:left="{indent}"/><w:jc w:val="left"/></w:pPr>'
            f'{"<w:rPr><w:b/></w:rPr>" if lvl == 1 else ""}</w:style>')
    return toc + [
        f'<w:style {NS} w:type="paragraph" w:styleId="TableofFigures">'
        f'<w:name w:val="table of figures"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        f'<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" '
        f'w:leader="dot" w:pos="{LEBAR_TEKS}"/></w:tabs><w:spacing w:before="0" w:after="60"/>'
        f'<w:jc w:val="left"/></w:pPr></w:style>',
        f'<w:style {NS} w:type="paragraph" w:customStyle="1" w:styleId="IsiTabel">'
        f'<w:name w:val="Isi Tabel"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>'
        f'<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>'
        f'</w:pPr><w:rPr><w:rFonts w:ascii="{SANS}" w:hAnsi="{SANS}" w:cs="{SANS}" '
        f'w:eastAsia="{SANS}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>',
    ]


class _Penulis:
    def __init__(self, doc, p: Penomoran):
        self.doc, self.p = doc, p
        self.body = doc.element.body
        self.n_bookmark = 0
        self.lebar = LEBAR_TEKS

    # ------------------------------------------------------------ helpers
    def tambah_xml(self, xml: str) -> None:
        from docx.oxml import parse_xml

        el = parse_xml(xml)
        sect = self.body.find(f"{{{W_NS}}}sectPr")
        if sect is not None:
            sect.addprevious(el)
        else:
            self.body.append(el)

    def par(self, isi: str, gaya: str | None = None, jc: str | None = None,
            extra_ppr: str = "") -> str:
        ppr = (f'<w:pStyle w:val="{gaya}"/>' if gaya else "") + extra_ppr + (
            f'<w:jc w:val="{jc}"/>' if jc else "")
        return f'<w:p {NS}><w:pPr>{ppr}</w:pPr>{isi}</w:p>'

    def bookmark(self, anchor: str, isi: str) -> str:
        self.n_bookmark += 1
        return _bookmark(_bm(anchor), isi, self.n_bookmark)

    def run(self, r: Run, tebal: bool = False, ukuran: int | None = None) -> str:
        if isinstance(r, Rujukan):
            target = self.p.target(r.id)
            return (f'<w:hyperlink w:anchor="{_bm(target.anchor)}">'
                    f'{_r(target.label.replace(" ", NBSP), tebal, ukuran=ukuran)}</w:hyperlink>')
        return _r(r.teks, r.tebal or tebal, r.miring, ukuran)

    def isi(self, runs: Sequence[Run], tebal: bool = False, ukuran: int | None = None) -> str:
        return "".join(self.run(r, tebal, ukuran) for r in runs)

    # ------------------------------------------------------------ blocks
    def blok(self, b: Blok) -> None:
        getattr(self, "b_" + type(b).__name__.lower())(b)

    def blok_blok(self, blocks: Sequence[Blok]) -> None:
        for b in blocks:
            self.blok(b)

    def b_sampul(self, b: Sampul) -> None:
        kosong = self.par("", jc="center")
        self.tambah_xml(self.par("", extra_ppr='<w:spacing w:before="1400"/>'))
        for baris in b.baris_judul:
            self.tambah_xml(self.par(_r(baris), "Title", "center"))
        for _ in range(4):
            self.tambah_xml(kosong)
        if b.logo_png or b.logo_svg:
            from docx.shared import Cm

            png = b.logo_png if b.logo_png is not None else _svg_ke_png(b.logo_svg)
            self.doc.add_picture(io.BytesIO(png), width=Cm(4.5))
            self.doc.paragraphs[-1].alignment = 1
        for _ in range(4):
            self.tambah_xml(kosong)
        for x in (b.instansi, b.kabupaten, b.tahun):
            if str(x):
                self.tambah_xml(self.par(_r(str(x), True, ukuran=30), jc="center"))

    def _judul(self, e: Entri, teks: str, gaya: str) -> None:
        self.tambah_xml(self.par(self.bookmark(e.anchor, _r(teks)), gaya))

    def b_judul(self, b: Judul) -> None:
        self._judul(self.p.entri(b), b.teks_lengkap, f"Heading{b.level}")

    def b_lampiran(self, b: Lampiran) -> None:
        self._judul(self.p.entri(b), b.teks_lengkap, "Heading1")

    def b_paragraf(self, b: Paragraf) -> None:
        self.tambah_xml(self.par(self.isi(b.isi), jc=_JC[b.perataan]))

    def b_daftar(self, b: Daftar, level: int = 1) -> None:
        gaya = ("ListNumber" if b.bernomor else "ListBullet") + ("" if level == 1 else "2")
        num = self.num_baru(gaya) if b.bernomor else None
        numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else ""
        for butir in b.butir:
            if isinstance(butir, Daftar):
                self.b_daftar(butir, level + 1)
            else:
                self.tambah_xml(self.par(self.isi(butir), gaya, "left", numpr))

    def num_baru(self, gaya: str) -> int | None:
        """A fresh numbering instance (restarting at 1) of the list style's numbering."""
        from docx.oxml import parse_xml

        style = self.doc.styles.element.get_by_id(gaya)
        numid_el = style.find(f".//{{{W_NS}}}numId") if style is not None else None
        if numid_el is None:
            return None
        numbering = self.doc.part.numbering_part.element
        lama = numid_el.get(f"{{{W_NS}}}val")
        abstrak = None
        for num in numbering.findall(f"{{{W_NS}}}num"):
            if num.get(f"{{{W_NS}}}numId") == lama:
                abstrak = num.find(f"{{{W_NS}}}abstractNumId").get(f"{{{W_NS}}}val")
        if abstrak is None:
            return None
        baru = max(int(n.get(f"{{{W_NS}}}numId")) for n in numbering.findall(f"{{{W_NS}}}num")) + 1
        numbering.append(parse_xml(
            f'<w:num {NS} w:numId="{baru}"><w:abstractNumId w:val="{abstrak}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return baru

    def caption(self, e: Entri, nama: str, keep_next: bool) -> None:
        """Caption "Tabel 3.2 Judul": the "2" is a SEQ field so Word can renumber and
        collect it (TOC \\c). The first of each chapter resets the sequence with \\r 1
        (understood by Word and LibreOffice alike; \\s is ignored by LibreOffice)."""
        if e.nomor:
            awalan, _, urut = e.nomor.rpartition(".")
            reset = " \\r 1" if urut == "1" else ""
            nomor = _r(f"{nama} {awalan}{'.' if awalan else ''}") + _fld(
                f"SEQ {nama} \\* ARABIC{reset}", urut) + _r(" " + e.judul)
        else:
            nomor = _r(e.judul)
        ppr = "<w:keepNext/>" if keep_next else ""
        self.tambah_xml(self.par(self.bookmark(e.anchor, nomor), "Caption", "center", ppr))

    def b_tabel(self, b: Tabel) -> None:
        e = self.p.entri(b)
        self.caption(e, "Tabel", keep_next=True)
        self.tambah_xml(self.tabel_xml(b))
        if b.catatan:
            self.tambah_xml(self.par(_r("Catatan: ", miring=True, ukuran=18) + _r(b.catatan, ukuran=18),
                                     jc="left", extra_ppr='<w:spacing w:before="60"/>'))
        else:
            self.tambah_xml(self.par("", extra_ppr='<w:spacing w:after="0"/>'))

    def tabel_xml(self, b: Tabel) -> str:
        tl = tata_letak_tabel(b)
        total = sum(k.lebar for k in b.kolom)
        lebar = [round(self.lebar * k.lebar / total) for k in b.kolom]
        ukuran = 16 if b.kecil else None
        baris_xml = []
        for jenis, baris_baris in (("kepala", tl.kepala), ("baris", tl.baris), ("kaki", tl.kaki)):
            kisi: list[dict[int, tuple[str, object]]] = [{} for _ in baris_baris]
            for i, r in enumerate(baris_baris):
                for pos in r:
                    kisi[i][pos.kolom] = ("awal", pos)
                    for j in range(i + 1, i + pos.tinggi):
                        kisi[j][pos.kolom] = ("lanjut", pos)
            for i, peta in enumerate(kisi):
                sel_xml = []
                for kolom in sorted(peta):
                    jenis_sel, pos = peta[kolom]
                    sel_xml.append(self.sel_xml(jenis, jenis_sel, pos, b, lebar, ukuran))
                trpr = "<w:cantSplit/>" + ("<w:tblHeader/>" if jenis == "kepala" else "")
                baris_xml.append(f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(sel_xml)}</w:tr>")
        grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in lebar)
        return (f'<w:tbl {NS}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                f'<w:tblW w:w="{sum(lebar)}" w:type="dxa"/><w:jc w:val="center"/>'
                f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/>'
                f'<w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
                f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
                f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                f'<w:tblGrid>{grid}</w:tblGrid>{"".join(baris_xml)}</w:tbl>')

    def sel_xml(self, jenis: str, jenis_sel: str, pos, b: Tabel, lebar: list[int],
                ukuran: int | None) -> str:
        sel = pos.sel
        w = sum(lebar[pos.kolom:pos.kolom + pos.lebar])
        tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
        if pos.lebar > 1:
            tcpr += f'<w:gridSpan w:val="{pos.lebar}"/>'
        if pos.tinggi > 1:
            tcpr += '<w:vMerge w:val="restart"/>' if jenis_sel == "awal" else "<w:vMerge/>"
        if jenis != "baris":
            tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{"D9D9D9" if jenis == "kepala" else "F2F2F2"}"/>'
        tcpr += f'<w:vAlign w:val="{"center" if jenis == "kepala" or pos.tinggi > 1 else "top"}"/>'
        if jenis_sel == "lanjut":
            return f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr><w:pStyle w:val="IsiTabel"/></w:pPr></w:p></w:tc>'
        perataan = sel.perataan or ("tengah" if jenis == "kepala" else b.kolom[pos.kolom].perataan)
        jc = _JC["kiri" if perataan == "rata" else perataan]
        isi = self.isi(sel.isi, tebal=sel.tebal or jenis != "baris", ukuran=ukuran)
        ppr = f'<w:pStyle w:val="IsiTabel"/>{"<w:keepNext/>" if jenis == "kepala" else ""}<w:jc w:val="{jc}"/>'
        return f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr>{ppr}</w:pPr>{isi}</w:p></w:tc>'

    def b_gambar(self, b: Gambar) -> None:
        from docx.shared import Emu

        e = self.p.entri(b)
        png = b.png if b.png is not None else _svg_ke_png(b.svg)
        self.doc.add_picture(io.BytesIO(png), width=Emu(int(self.lebar * b.lebar * 635)))
        p = self.doc.paragraphs[-1]
        p.alignment = 1
        p.paragraph_format.keep_with_next = True
        self.caption(e, "Gambar", keep_next=False)

    def _toc(self, judul_blok, instr: str, entri: list[Entri], gaya_fn) -> None:
        e = self.p.entri(judul_blok)
        self._judul(e, judul_blok.judul, "Heading1")
        if not entri:
            self.tambah_xml(self.par(_fld(instr, "(kosong)")))
            return
        awal = (f'<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        for i, x in enumerate(entri):
            halaman = _fld("PAGEREF " + _bm(x.anchor) + " \\h", "")
            isi = (f'<w:hyperlink w:anchor="{_bm(x.anchor)}" w:history="1">{_r(x.teks)}'
                   f'<w:r><w:tab/></w:r>{halaman}</w:hyperlink>')
            akhir = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entri) - 1 else ""
            self.tambah_xml(self.par((awal if i == 0 else "") + isi + akhir, gaya_fn(x)))

    def b_daftarisi(self, b: DaftarIsi) -> None:
        self._toc(b, 'TOC \\o "1-3" \\h \\z \\u', self.p.judul, lambda x: f"TOC{x.level}")

    def b_daftartabel(self, b: DaftarTabel) -> None:
        self._toc(b, 'TOC \\h \\z \\c "Tabel"', [e for e in self.p.tabel if e.nomor],
                  lambda x: "TableofFigures")

    def b_daftargambar(self, b: DaftarGambar) -> None:
        self._toc(b, 'TOC \\h \\z \\c "Gambar"', [e for e in self.p.gambar if e.nomor],
                  lambda x: "TableofFigures")

    def b_pemisahhalaman(self, b: PemisahHalaman) -> None:
        self.tambah_xml(self.par('<w:r><w:br w:type="page"/></w:r>'))

    def _orang(self, o: Penandatangan, tempat_tanggal: str | None) -> str:
        baris = []
        if tempat_tanggal is not None:
            baris.append(_r(tempat_tanggal or " "))
        if o.peran:
            baris.append(_r(o.peran, True))
        baris.append(_r(o.jabatan))
        p = [self.par(x, jc="center", extra_ppr='<w:keepNext/><w:spacing w:after="0"/>')
             for x in baris]
        p.append(self.par("", extra_ppr='<w:keepNext/><w:spacing w:before="1200" w:after="0"/>'))
        nama = f'<w:r><w:rPr><w:b/><w:u w:val="single"/></w:rPr>{_t(o.nama)}</w:r>'
        bawah = [nama] + [_r(x) for x in (o.pangkat, f"NIP. {o.nip}" if o.nip else None) if x]
        p += [self.par(x, jc="center", extra_ppr='<w:keepNext/><w:spacing w:after="0"/>')
              for x in bawah]
        return "".join(p).replace(f"<w:p {NS}>", "<w:p>")

    def b_tandatangan(self, b: TandaTangan) -> None:
        if len(b.penandatangan) == 1:
            sel = [self.par(""), self._orang(b.penandatangan[0], b.tempat_tanggal)]
        else:
            kiri, kanan = b.penandatangan
            sel = [self._orang(kiri, "" if b.tempat_tanggal else None),
                   self._orang(kanan, b.tempat_tanggal)]
        setengah = self.lebar // 2
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{setengah}" w:type="dxa"/></w:tcPr>'
                      f'{x.replace(f"<w:p {NS}>", "<w:p>")}</w:tc>' for x in sel)
        self.tambah_xml(self.par("", extra_ppr='<w:keepNext/>'))
        self.tambah_xml(
            f'<w:tbl {NS}><w:tblPr><w:tblW w:w="{setengah * 2}" w:type="dxa"/>'
            f'<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
            f'<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
            f'<w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
            f'<w:gridCol w:w="{setengah}"/><w:gridCol w:w="{setengah}"/></w:tblGrid>'
            f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{tcs}</w:tr></w:tbl>')
        self.tambah_xml(self.par(""))

    def b_catatan(self, b: Catatan) -> None:
        isi = []
        if b.judul:
            isi.append(self.par(_r(b.judul, True), jc="left"))
        for x in b.isi:
            if isinstance(x, Paragraf):
                isi.append(self.par(self.isi(x.isi), jc=_JC[x.perataan]))
            else:
                for butir in x.butir:
                    if not isinstance(butir, Daftar):
                        isi.append(self.par(self.isi(butir), "ListBullet", "left"))
        tc = "".join(isi).replace(f"<w:p {NS}>", "<w:p>")
        garis = '<w:{0} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        batas = "".join(garis.format(x) for x in ("top", "left", "bottom", "right"))
        self.tambah_xml(
            f'<w:tbl {NS}><w:tblPr><w:tblW w:w="{self.lebar}" w:type="dxa"/>'
            f'<w:tblBorders>{batas}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:top w:w="100" w:type="dxa"/><w:left w:w="140" w:type="dxa"/>'
            f'<w:bottom w:w="60" w:type="dxa"/><w:right w:w="140" w:type="dxa"/></w:tblCellMar>'
            f'</w:tblPr><w:tblGrid><w:gridCol w:w="{self.lebar}"/></w:tblGrid><w:tr><w:tc><w:tcPr>'
            f'<w:tcW w:w="{self.lebar}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
            f'w:fill="F7F7F7"/></w:tcPr>{tc}</w:tc></w:tr></w:tbl>')
        self.tambah_xml(self.par(""))

    def b_lanskap(self, b: Lanskap) -> None:
        from docx.enum.section import WD_ORIENT

        bagian_baru(self.doc)
        sec = self.doc.sections[-1]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = _twip(A4_H), _twip(A4_W)
        self.lebar = LEBAR_TEKS_LANSKAP
        self.blok_blok(b.isi)
        bagian_baru(self.doc)
        sec = self.doc.sections[-1]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = _twip(A4_W), _twip(A4_H)
        self.lebar = LEBAR_TEKS


def _twip(x: int):
    from docx.shared import Twips

    return Twips(x)


def bagian_baru(doc, format_nomor: str | None = None, mulai: int | None = None):
    """Start a new section on a new page; page numbering continues unless ``mulai``."""
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sectpr = sec._sectPr
    lama = sectpr.find(f"{{{W_NS}}}pgNumType")
    if format_nomor is None and lama is not None:
        format_nomor = lama.get(f"{{{W_NS}}}fmt")
    if lama is not None:
        sectpr.remove(lama)
    atribut = (f' w:fmt="{format_nomor}"' if format_nomor else "") + (
        f' w:start="{mulai}"' if mulai is not None else "")
    pg = parse_xml(f"<w:pgNumType {NS}{atribut}/>")
    # pgNumType must precede cols/titlePg/docGrid etc.; put it after pgMar.
    pgmar = sectpr.find(f"{{{W_NS}}}pgMar")
    pgmar.addnext(pg)
    sec.different_first_page_header_footer = False
    return sec


def _siapkan(doc) -> None:
    from docx.oxml import parse_xml
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    for xml in _gaya_xml():
        styles.element.append(parse_xml(xml))

    def font(nama_gaya: str, nama: str, ukuran: float | None = None, tebal: bool | None = None):
        st = styles[nama_gaya]
        st.font.name = nama
        rfonts = st.element.rPr.rFonts
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(f"{{{W_NS}}}{attr}", None)
        rfonts.set(f"{{{W_NS}}}eastAsia", nama)
        rfonts.set(f"{{{W_NS}}}cs", nama)
        if ukuran:
            st.font.size = Pt(ukuran)
        if tebal is not None:
            st.font.bold = tebal
        st.font.color.rgb = RGBColor(0, 0, 0)
        return st

    normal = font("Normal", SERIF, 12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for i, ukuran in ((1, 14), (2, 12.5), (3, 12)):
        h = font(f"Heading {i}", SANS, ukuran, True)
        h.font.italic = i == 3
        h.paragraph_format.space_before = Pt(0 if i == 1 else 12)
        h.paragraph_format.space_after = Pt(18 if i == 1 else 6)
        h.paragraph_format.keep_with_next = True
    h1 = styles["Heading 1"]
    h1.paragraph_format.alignment = 1
    h1.paragraph_format.page_break_before = True
    cap = font("Caption", SANS, 10, True)
    cap.paragraph_format.alignment = 1
    cap.paragraph_format.space_before = Pt(6)
    cap.paragraph_format.space_after = Pt(4)
    font("Title", SANS, 20, True).paragraph_format.alignment = 1
    styles["Title"].paragraph_format.space_after = Pt(4)
    ppr = styles["Title"].element.pPr
    for border in ppr.findall(f"{{{W_NS}}}pBdr"):
        ppr.remove(border)
    for gaya in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        styles[gaya].paragraph_format.space_after = Pt(3)
    _sisipkan_menurut_skema(doc.settings.element, parse_xml(f'<w:updateFields {NS} w:val="true"/>'),
                            SETELAH_UPDATE_FIELDS)
    rpr = styles.element.find(f"{{{W_NS}}}docDefaults").find(f".//{{{W_NS}}}rPr")
    lang = rpr.find(f"{{{W_NS}}}lang")
    if lang is None:
        lang = parse_xml(f'<w:lang {NS}/>')
        rpr.append(lang)
    lang.set(f"{{{W_NS}}}val", "id-ID")


# Elements that CT_Settings allows after w:updateFields, in schema order: Word is strict
# about element order, so updateFields goes before the first of these that is present.
SETELAH_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
)


def _sisipkan_menurut_skema(induk, anak, penerus: Sequence[str]) -> None:
    for nama in penerus:
        el = induk.find(f"{{{W_NS}}}{nama}")
        if el is not None:
            el.addprevious(anak)
            return
    induk.append(anak)


def _halaman(doc, dokumen: Dokumen) -> None:
    from docx.oxml import parse_xml

    sec = doc.sections[0]
    sec.page_width, sec.page_height = _twip(A4_W), _twip(A4_H)
    sec.left_margin, sec.right_margin = _twip(M_KIRI), _twip(M_KANAN)
    sec.top_margin, sec.bottom_margin = _twip(M_ATAS), _twip(M_BAWAH)
    footer = sec.footer.paragraphs[0]
    footer.alignment = 1
    footer._p.append(parse_xml(f"<w:r {NS}><w:fldChar w:fldCharType=\"begin\"/></w:r>"))
    footer._p.append(parse_xml(f'<w:r {NS}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    footer._p.append(parse_xml(f"<w:r {NS}><w:fldChar w:fldCharType=\"separate\"/></w:r>"))
    footer._p.append(parse_xml(f"<w:r {NS}><w:t>1</w:t></w:r>"))
    footer._p.append(parse_xml(f"<w:r {NS}><w:fldChar w:fldCharType=\"end\"/></w:r>"))
    cp = doc.core_properties
    cp.title = dokumen.judul
    cp.author = dokumen.metadata.get("penulis", dokumen.instansi)
    cp.subject = dokumen.subjudul
    cp.language = "id-ID"
    cp.comments = "Dibuat dengan sakip"
    if "tanggal" in dokumen.metadata:  # ISO date; otherwise the template's fixed dates stay
        import datetime as dt

        cp.created = cp.modified = dt.datetime.fromisoformat(dokumen.metadata["tanggal"])


def _svg_ke_png(svg: bytes) -> bytes:
    """Rasterise an SVG with Typst (DOCX needs a bitmap; no extra dependency)."""
    import tempfile
    from pathlib import Path

    from sakip.reports.pdf import _compiler_typst, _kunci

    with tempfile.TemporaryDirectory(prefix="sakip-svg-") as tmp:
        folder = Path(tmp)
        (folder / "g.svg").write_bytes(svg)
        (folder / "g.typ").write_text('#set page(width: auto, height: auto, margin: 0pt)\n'
                                      '#image("g.svg", width: 16cm)\n', encoding="utf-8")
        with _kunci:
            return _compiler_typst().compile(input=str(folder / "g.typ"), root=str(folder),
                                             format="png", ppi=200)


def render_docx(dokumen: Dokumen) -> bytes:
    import docx

    p = nomori(dokumen)
    bag = bagian(dokumen)
    doc = docx.Document()
    _siapkan(doc)
    _halaman(doc, dokumen)
    w = _Penulis(doc, p)
    # python-docx's template starts with no paragraph; the cover section keeps no footer
    if bag.sampul:
        doc.sections[0].different_first_page_header_footer = True
        w.blok_blok(bag.sampul)
    if bag.depan:
        if bag.sampul:
            bagian_baru(doc, "lowerRoman", 1)
        w.blok_blok(bag.depan)
    if bag.sampul or bag.depan:
        bagian_baru(doc, "decimal", 1)
    w.blok_blok(bag.isi)
    keluar = io.BytesIO()
    doc.save(keluar)
    return _zip_stabil(keluar.getvalue())


def _zip_stabil(data: bytes) -> bytes:
    """Re-pack the DOCX with fixed timestamps: the same document gives the same bytes."""
    import zipfile

    keluar = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as asal, \
            zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as tujuan:
        for info in asal.infolist():
            # images are compressed already: store them, deflate only the XML parts
            cara = zipfile.ZIP_STORED if info.filename.startswith("word/media/") else zipfile.ZIP_DEFLATED
            tujuan.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)),
                            asal.read(info.filename), compress_type=cara)
    return keluar.getvalue()
