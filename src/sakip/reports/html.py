"""HTML renderer: one self-contained page (inline CSS, images as data URIs).

No external resource of any kind is referenced, and a Content-Security-Policy
forbids loading one. Wide tables scroll inside their own box on a phone.
"""

from __future__ import annotations

import base64
from functools import lru_cache
from typing import Sequence

from markupsafe import Markup, escape

from sakip.reports.dokumen import (
    Blok, Catatan, Daftar, DaftarGambar, DaftarIsi, DaftarTabel, Dokumen, Gambar, Judul,
    Lampiran, Lanskap, Paragraf, PemisahHalaman, Penandatangan, Rujukan, Run, Sampul, Tabel,
    TandaTangan,
)
from sakip.reports.penomoran import Entri, Penomoran, SelPosisi, nomori, tata_letak_tabel

_KELAS = {"kiri": "kiri", "tengah": "tengah", "kanan": "kanan", "rata": "rata"}


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("sakip.reports", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("dokumen.html")


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


class _Penulis:
    def __init__(self, p: Penomoran):
        self.p = p

    def run(self, r: Run) -> str:
        if isinstance(r, Rujukan):
            t = self.p.target(r.id)
            return f'<a href="#{t.anchor}">{str(escape(t.label)).replace(" ", "&nbsp;")}</a>'
        teks = str(escape(r.teks)).replace("\n", "<br>")
        if r.miring:
            teks = f"<em>{teks}</em>"
        if r.tebal:
            teks = f"<strong>{teks}</strong>"
        return teks

    def isi(self, runs: Sequence[Run]) -> str:
        return "".join(self.run(r) for r in runs)

    def blok(self, b: Blok) -> str:
        return getattr(self, "b_" + type(b).__name__.lower())(b)

    def blok_blok(self, blocks: Sequence[Blok]) -> str:
        return "\n".join(self.blok(b) for b in blocks)

    def b_sampul(self, b: Sampul) -> str:
        judul = "".join(f"<span>{escape(x)}</span>" for x in b.baris_judul)
        logo = ""
        if b.logo_svg or b.logo_png:
            uri = _data_uri("image/svg+xml", b.logo_svg) if b.logo_svg else _data_uri("image/png", b.logo_png)
            logo = f'<img class="logo" src="{uri}" alt="Logo">'
        bawah = "".join(f"<span>{escape(str(x))}</span>" for x in (b.instansi, b.kabupaten, b.tahun)
                        if str(x))
        return (f'<header class="sampul"><p class="judul-sampul">{judul}</p>{logo}'
                f'<p class="instansi">{bawah}</p></header>')

    def b_judul(self, b: Judul) -> str:
        e = self.p.entri(b)
        if b.level == 1 and b.nomor:
            isi = f'<span class="nomor-bab">{escape(b.nomor)}</span> {escape(b.teks)}'
        else:
            isi = escape(b.teks_lengkap)
        return f'<h{b.level} id="{e.anchor}">{isi}</h{b.level}>'

    def b_lampiran(self, b: Lampiran) -> str:
        e = self.p.entri(b)
        label = f"LAMPIRAN {b.nomor}" if b.nomor else "LAMPIRAN"
        return (f'<h1 id="{e.anchor}" class="lampiran"><span class="nomor-bab">{escape(label)}'
                f'</span> {escape(b.teks)}</h1>')

    def b_paragraf(self, b: Paragraf) -> str:
        return f'<p class="{_KELAS[b.perataan]}">{self.isi(b.isi)}</p>'

    def b_daftar(self, b: Daftar) -> str:
        tag = "ol" if b.bernomor else "ul"
        butir: list[str] = []
        for x in b.butir:
            if isinstance(x, Daftar):
                butir[-1] = butir[-1][:-5] + self.b_daftar(x) + "</li>"
            else:
                butir.append(f"<li>{self.isi(x)}</li>")
        return f"<{tag}>{''.join(butir)}</{tag}>"

    def sel(self, pos: SelPosisi, jenis: str, b: Tabel) -> str:
        sel = pos.sel
        tag = "th" if jenis == "kepala" else "td"
        perataan = sel.perataan or ("tengah" if jenis == "kepala" else b.kolom[pos.kolom].perataan)
        atribut = [f'class="{_KELAS[perataan]}"']
        if pos.lebar > 1:
            atribut.append(f'colspan="{pos.lebar}"')
        if pos.tinggi > 1:
            atribut.append(f'rowspan="{pos.tinggi}"')
        if tag == "th":
            atribut.append('scope="colgroup"' if pos.lebar > 1 else 'scope="col"')
        isi = self.isi(sel.isi)
        if sel.tebal and jenis == "baris":
            isi = f"<strong>{isi}</strong>"
        return f"<{tag} {' '.join(atribut)}>{isi}</{tag}>"

    def b_tabel(self, b: Tabel) -> str:
        e = self.p.entri(b)
        tl = tata_letak_tabel(b)
        total = sum(k.lebar for k in b.kolom)
        col = "".join(f'<col style="width:{k.lebar / total * 100:.1f}%">' for k in b.kolom)
        bagian = []
        for tag, jenis, baris_baris in (("thead", "kepala", tl.kepala), ("tbody", "baris", tl.baris),
                                        ("tfoot", "kaki", tl.kaki)):
            if baris_baris:
                rows = "".join("<tr>" + "".join(self.sel(p, jenis, b) for p in r) + "</tr>"
                               for r in baris_baris)
                bagian.append(f"<{tag}>{rows}</{tag}>")
        lebar_min = f' style="min-width:{len(b.kolom) * 5}em"' if len(b.kolom) > 5 else ""
        kelas = "tabel kecil" if b.kecil else "tabel"
        catatan = (f'<p class="catatan-tabel"><em>Catatan:</em> {escape(b.catatan)}</p>'
                   if b.catatan else "")
        return (f'<figure class="{kelas}" id="{e.anchor}"><figcaption>{escape(e.teks)}</figcaption>'
                f'<div class="gulir" tabindex="0" role="region" aria-label="{escape(e.teks)}">'
                f'<table{lebar_min}><colgroup>{col}</colgroup>{"".join(bagian)}</table></div>'
                f"{catatan}</figure>")

    def b_gambar(self, b: Gambar) -> str:
        e = self.p.entri(b)
        uri = _data_uri("image/svg+xml", b.svg) if b.svg is not None else _data_uri("image/png", b.png)
        return (f'<figure class="gambar" id="{e.anchor}"><img src="{uri}" alt="{escape(e.teks)}" '
                f'style="width:{b.lebar * 100:g}%"><figcaption>{escape(e.teks)}</figcaption></figure>')

    def _daftar(self, b, entri: list[Entri], kelas: str) -> str:
        e = self.p.entri(b)
        butir = "".join(f'<li class="level-{x.level}"><a href="#{x.anchor}">{escape(x.teks)}</a></li>'
                        for x in entri)
        return (f'<nav class="{kelas}" aria-labelledby="{e.anchor}"><h1 id="{e.anchor}">'
                f'{escape(b.judul)}</h1><ol>{butir}</ol></nav>')

    def b_daftarisi(self, b: DaftarIsi) -> str:
        return self._daftar(b, self.p.judul, "daftar-isi")

    def b_daftartabel(self, b: DaftarTabel) -> str:
        return self._daftar(b, [e for e in self.p.tabel if e.nomor], "daftar-tabel")

    def b_daftargambar(self, b: DaftarGambar) -> str:
        return self._daftar(b, [e for e in self.p.gambar if e.nomor], "daftar-gambar")

    def b_pemisahhalaman(self, b: PemisahHalaman) -> str:
        return '<div class="pisah-halaman" aria-hidden="true"></div>'

    def _orang(self, o: Penandatangan, tempat_tanggal: str | None) -> str:
        baris = []
        if tempat_tanggal is not None:
            baris.append(escape(tempat_tanggal) or "&nbsp;")
        if o.peran:
            baris.append(f"<strong>{escape(o.peran)}</strong>")
        baris.append(escape(o.jabatan))
        bawah = [f'<strong class="nama">{escape(o.nama)}</strong>']
        bawah += [escape(x) for x in (o.pangkat, f"NIP. {o.nip}" if o.nip else None) if x]
        return (f'<div class="penandatangan"><p>{"<br>".join(baris)}</p>'
                f'<p class="ruang-ttd"></p><p>{"<br>".join(bawah)}</p></div>')

    def b_tandatangan(self, b: TandaTangan) -> str:
        if len(b.penandatangan) == 1:
            isi = '<div></div>' + self._orang(b.penandatangan[0], b.tempat_tanggal)
        else:
            kiri, kanan = b.penandatangan
            isi = (self._orang(kiri, "" if b.tempat_tanggal else None)
                   + self._orang(kanan, b.tempat_tanggal))
        return f'<div class="tanda-tangan">{isi}</div>'

    def b_catatan(self, b: Catatan) -> str:
        judul = f"<p><strong>{escape(b.judul)}</strong></p>" if b.judul else ""
        return f'<aside class="catatan">{judul}{self.blok_blok(b.isi)}</aside>'

    def b_lanskap(self, b: Lanskap) -> str:
        return f'<section class="lanskap">{self.blok_blok(b.isi)}</section>'


def render_html(dokumen: Dokumen) -> bytes:
    p = nomori(dokumen)
    isi = _Penulis(p).blok_blok(dokumen.blocks)
    html = _template().render(dokumen=dokumen, isi=Markup(isi),
                              penulis=dokumen.metadata.get("penulis", dokumen.instansi))
    return html.encode("utf-8")
