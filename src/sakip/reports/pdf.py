"""PDF renderer: the document model as Typst markup, compiled with the bundled fonts.

All user text enters the Typst source as string literals (``#"..."``), never as
markup, so characters such as ``# * _ $ @ < [ \\`` print as themselves.
System fonts are ignored: the output is the same on every machine.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Sequence

from sakip.reports.dokumen import (
    Blok, Catatan, Daftar, DaftarGambar, DaftarIsi, DaftarTabel, Dokumen, Gambar, Judul,
    Lampiran, Lanskap, Paragraf, PemisahHalaman, Penandatangan, Rujukan, Run, Sampul, Tabel,
    TandaTangan,
)
from sakip.reports.penomoran import Penomoran, SelPosisi, bagian, nomori, tata_letak_tabel

FONT_DIR = Path(__file__).with_name("fonts")
_ALIGN = {"kiri": "left", "tengah": "center", "kanan": "right", "rata": "left"}
_compiler = None
_kunci = threading.Lock()  # one compile at a time on the shared compiler
NBSP = "\u00a0"
BARIS_BARU = " \\\n"  # a Typst forced line break

PREAMBULE = """\
#set document(title: {judul}, author: {penulis}, date: none)
#set page(paper: "a4", margin: (top: 2.5cm, bottom: 2.5cm, left: 3cm, right: 2.5cm), numbering: none)
#set text(font: "Liberation Serif", size: 12pt, lang: "id", region: "ID")
#set par(justify: true, leading: 0.6em, spacing: 0.9em)
#show heading: set text(font: "Liberation Sans")
#show heading: set par(justify: false)
#show heading.where(level: 1): it => block(width: 100%, above: 0pt, below: 1.4em,
  align(center, text(size: 14pt, weight: "bold", it.body)))
#show heading.where(level: 2): set text(size: 12.5pt, weight: "bold")
#show heading.where(level: 2): set block(above: 1.3em, below: 0.8em)
#show heading.where(level: 3): set text(size: 12pt, weight: "bold", style: "italic")
#set table(stroke: 0.5pt, inset: (x: 4pt, y: 3.5pt))
#show table: set text(font: "Liberation Sans", size: 9pt)
#show table: set par(justify: false, leading: 0.45em)
#show figure.where(kind: table): set figure.caption(position: top)
#show figure.where(kind: table): set block(breakable: true)
#show figure: set block(above: 1.1em, below: 1.1em)
#set figure.caption(separator: [ ])
#show figure.caption: set text(font: "Liberation Sans", size: 10pt, weight: "bold")
#show figure.caption: set par(justify: false)
#show outline: it => {{ show linebreak: [ ]; it }}
#set list(indent: 0.6em, body-indent: 0.5em)
#set enum(indent: 0.6em, body-indent: 0.5em)
"""


def s(teks: str) -> str:
    """A Typst string literal for ``teks`` (the only way user text enters the source).

    >>> s('a "b" \\\\ #c')
    '"a \\\\"b\\\\" \\\\\\\\ #c"'
    """
    return '"' + (teks.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\r", "").replace("\t", "\\t")) + '"'


def _compiler_typst():
    global _compiler
    if _compiler is None:
        import typst

        _compiler = typst.Compiler(font_paths=[str(FONT_DIR)], ignore_system_fonts=True)
    return _compiler


class _Penulis:
    """Turns blocks into Typst markup; writes images into ``folder``."""

    def __init__(self, p: Penomoran, folder: Path):
        self.p, self.folder, self.n_berkas = p, folder, 0

    # ------------------------------------------------------------ inline
    def run(self, r: Run) -> str:
        if isinstance(r, Rujukan):
            target = self.p.target(r.id)
            return f"#link(<{target.anchor}>)[#{s(target.label.replace(' ', NBSP))}]"
        inti = s(r.teks)
        if r.miring:
            inti = f"emph({inti})"
        if r.tebal:
            inti = f"strong({inti})"
        return "#" + inti

    def isi(self, runs: Sequence[Run]) -> str:
        return "".join(self.run(r) for r in runs)

    # ------------------------------------------------------------ blocks
    def blok(self, b: Blok) -> str:
        metode = getattr(self, "b_" + type(b).__name__.lower())
        return metode(b)

    def blok_blok(self, blocks: Sequence[Blok]) -> str:
        return "\n".join(self.blok(b) for b in blocks)

    def b_sampul(self, b: Sampul) -> str:
        judul = "\n".join(f"#text(size: 18pt, weight: \"bold\", {s(x)})\\" for x in b.baris_judul)
        logo = self.gambar_berkas(b.logo_svg, b.logo_png)
        logo = f"#image({s(logo)}, width: 4.5cm)" if logo else ""
        bawah = "\n".join(f"#text(size: 15pt, weight: \"bold\", {s(str(x))})\\"
                          for x in (b.instansi, b.kabupaten, b.tahun) if str(x))
        return (f"#page(numbering: none)[#set align(center)\n#set text(font: \"Liberation Sans\")\n"
                f"#v(2cm)\n{judul}\n#v(1fr)\n{logo}\n#v(1fr)\n{bawah}\n#v(1.5cm)]\n")

    def b_judul(self, b: Judul) -> str:
        e = self.p.entri(b)
        if b.level == 1 and b.nomor:
            tubuh = f"#{s(b.nomor)}#linebreak()#{s(b.teks)}"
        else:
            tubuh = f"#{s(b.teks_lengkap)}"
        pisah = "#pagebreak(weak: true)\n" if b.level == 1 else ""
        return f"{pisah}#heading(level: {b.level})[{tubuh}] <{e.anchor}>\n"

    def b_lampiran(self, b: Lampiran) -> str:
        e = self.p.entri(b)
        label = f"LAMPIRAN {b.nomor}" if b.nomor else "LAMPIRAN"
        tubuh = f"#{s(label)}#linebreak()#{s(b.teks)}" if b.teks else f"#{s(label)}"
        return f"#pagebreak(weak: true)\n#heading(level: 1)[{tubuh}] <{e.anchor}>\n"

    def b_paragraf(self, b: Paragraf) -> str:
        isi = self.isi(b.isi)
        if b.perataan == "rata":
            return f"#par(justify: true)[{isi}]\n"
        return f"#align({_ALIGN[b.perataan]}, par(justify: false)[{isi}])\n"

    def b_daftar(self, b: Daftar) -> str:
        fungsi = "enum" if b.bernomor else "list"
        butir: list[str] = []
        for x in b.butir:
            if isinstance(x, Daftar):
                butir[-1] = butir[-1][:-1] + " " + self.b_daftar(x).strip() + "]"
            else:
                butir.append(f"[{self.isi(x)}]")
        return f"#{fungsi}({', '.join(butir)})\n"

    def sel(self, pos: SelPosisi, bagian_tabel: str) -> str:
        sel = pos.sel
        isi = self.isi(sel.isi)
        if sel.tebal or bagian_tabel != "baris":
            isi = f"#strong[{isi}]"
        arg = []
        if sel.kolom > 1:
            arg.append(f"colspan: {sel.kolom}")
        if sel.baris > 1:
            arg.append(f"rowspan: {sel.baris}")
        if sel.perataan:
            arg.append(f"align: {_ALIGN[sel.perataan]} + horizon")
        elif bagian_tabel == "kepala":
            arg.append("align: center + horizon")
        if not arg:
            return f"[{isi}]"
        return f"table.cell({', '.join(arg)})[{isi}]"

    def b_tabel(self, b: Tabel) -> str:
        e = self.p.entri(b)
        tl = tata_letak_tabel(b)
        kolom = ", ".join(f"{k.lebar:g}fr" for k in b.kolom)
        rata = ", ".join(f"{_ALIGN[k.perataan]} + top" for k in b.kolom)
        isi = []
        kepala = [self.sel(p, "kepala") for r in tl.kepala for p in r]
        if kepala:
            isi.append("table.header(repeat: true, " + ", ".join(kepala) + ")")
        isi.extend(self.sel(p, "baris") for r in tl.baris for p in r)
        kaki = [self.sel(p, "kaki") for r in tl.kaki for p in r]
        if kaki:
            isi.append("table.footer(repeat: false, " + ", ".join(kaki) + ")")
        n_kepala, n_isi = len(tl.kepala), len(tl.kepala) + len(tl.baris)
        tabel = (
            f"[#set text(size: {'8pt' if b.kecil else '9pt'})\n"
            f"#table(columns: ({kolom},), align: ({rata},),\n"
            f"  fill: (_, y) => if y < {n_kepala} {{ luma(225) }} "
            f"else if y >= {n_isi} {{ luma(240) }},\n"
            f"  {', '.join(isi)})]"
        )
        hasil = self._figure(e, tabel, "table", "Tabel")
        if b.catatan:
            hasil += (f"#block(above: -0.4em, below: 1.1em, text(size: 9pt)"
                      f"[#emph(\"Catatan: \")#{s(b.catatan)}])\n")
        return hasil

    def _figure(self, e, isi: str, kind: str, supplement: str) -> str:
        if e.nomor:
            nomor = f"numbering: _ => {s(e.nomor)}"
        else:
            nomor = "numbering: none"
        return (f"#figure(kind: {kind}, supplement: [{supplement}], {nomor},\n"
                f"  caption: [#{s(e.judul)}],\n  {isi}) <{e.anchor}>\n")

    def gambar_berkas(self, svg: bytes | None, png: bytes | None) -> str | None:
        if svg is None and png is None:
            return None
        self.n_berkas += 1
        nama = f"gambar-{self.n_berkas}.{'svg' if svg is not None else 'png'}"
        (self.folder / nama).write_bytes(svg if svg is not None else png)
        return nama

    def b_gambar(self, b: Gambar) -> str:
        e = self.p.entri(b)
        nama = self.gambar_berkas(b.svg, b.png)
        return self._figure(e, f"image({s(nama)}, width: {b.lebar * 100:g}%)", "image", "Gambar")

    def _daftar(self, b, outline: str, tebal: bool = False) -> str:
        gaya = '#show outline.entry.where(level: 1): set text(weight: "bold")\n' if tebal else ""
        return (f"#pagebreak(weak: true)\n#heading(level: 1)[#{s(b.judul)}] "
                f"<{self.p.entri(b).anchor}>\n#[{gaya}#outline(title: none, {outline})]\n")

    def b_daftarisi(self, b: DaftarIsi) -> str:
        return self._daftar(b, "depth: 3, indent: auto", tebal=True)

    def b_daftartabel(self, b: DaftarTabel) -> str:
        return self._daftar(b, "target: figure.where(kind: table)")

    def b_daftargambar(self, b: DaftarGambar) -> str:
        return self._daftar(b, "target: figure.where(kind: image)")

    def b_pemisahhalaman(self, b: PemisahHalaman) -> str:
        return "#pagebreak(weak: true)\n"

    def _orang(self, o: Penandatangan, tempat_tanggal: str | None) -> str:
        baris = []
        if tempat_tanggal is not None:
            baris.append(f"#{s(tempat_tanggal)}")
        if o.peran:
            baris.append(f"#strong({s(o.peran)})")
        baris.append(f"#{s(o.jabatan)}")
        isi = BARIS_BARU.join(baris)
        bawah = [f"#underline(strong({s(o.nama)}))"]
        if o.pangkat:
            bawah.append(f"#{s(o.pangkat)}")
        if o.nip:
            bawah.append(f"#{s('NIP. ' + o.nip)}")
        return f"[{isi}\n#v(2.2cm)\n{BARIS_BARU.join(bawah)}]"

    def b_tandatangan(self, b: TandaTangan) -> str:
        if len(b.penandatangan) == 1:
            kolom = ["[]", self._orang(b.penandatangan[0], b.tempat_tanggal)]
        else:
            kiri, kanan = b.penandatangan
            kolom = [self._orang(kiri, "" if b.tempat_tanggal else None),
                     self._orang(kanan, b.tempat_tanggal)]
        return (f"#block(breakable: false, above: 1.5em, grid(columns: (1fr, 1fr), "
                f"align: center + top, column-gutter: 1cm, {', '.join(kolom)}))\n")

    def b_catatan(self, b: Catatan) -> str:
        judul = f"#strong({s(b.judul)})\n\n" if b.judul else ""
        return (f"#block(width: 100%, stroke: 0.8pt, inset: 9pt, radius: 2pt, fill: luma(248), "
                f"breakable: true)[{judul}{self.blok_blok(b.isi)}]\n")

    def b_lanskap(self, b: Lanskap) -> str:
        return f"#page(flipped: true)[\n{self.blok_blok(b.isi)}]\n"


def typst_source(dokumen: Dokumen, folder: Path) -> str:
    """The complete Typst source of ``dokumen``; images are written into ``folder``."""
    p = nomori(dokumen)
    bag = bagian(dokumen)
    w = _Penulis(p, folder)
    penulis = dokumen.metadata.get("penulis", dokumen.instansi)
    keluar = [PREAMBULE.format(judul=s(dokumen.judul), penulis=s(penulis))]
    keluar.append(w.blok_blok(bag.sampul))
    if bag.depan:
        keluar.append('#set page(numbering: "i")\n#counter(page).update(1)\n')
        keluar.append(w.blok_blok(bag.depan))
    keluar.append('#set page(numbering: "1")\n#counter(page).update(1)\n')
    keluar.append(w.blok_blok(bag.isi))
    return "\n".join(keluar)


def render_pdf(dokumen: Dokumen) -> bytes:
    with tempfile.TemporaryDirectory(prefix="sakip-typst-") as tmp:
        folder = Path(tmp)
        sumber = typst_source(dokumen, folder)
        utama = folder / "dokumen.typ"
        utama.write_text(sumber, encoding="utf-8")
        with _kunci:
            return _compiler_typst().compile(input=str(utama), root=str(folder))
