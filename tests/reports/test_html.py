"""HTML output: self-contained, all tables present, links resolve, text escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from sakip.reports import render
from sakip.reports.dokumen import Dokumen, Judul, Paragraf, Tabel, Kolom, jelajahi
from sakip.reports.penomoran import nomori


class Pengumpul(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tautan: list[tuple[str, str, str]] = []
        self.id: set[str] = set()
        self.tag: dict[str, int] = {}
        self.terbuka: list[str] = []
        self.html_lang = None
        self.teks: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tag[tag] = self.tag.get(tag, 0) + 1
        if tag == "html":
            self.html_lang = a.get("lang")
        if "id" in a:
            assert a["id"] not in self.id, f"id ganda {a['id']}"
            self.id.add(a["id"])
        for atribut in ("src", "href", "action", "srcset", "poster", "data"):
            if atribut in a:
                self.tautan.append((tag, atribut, a[atribut]))
        if tag not in ("meta", "img", "br", "col", "link", "input", "hr"):
            self.terbuka.append(tag)

    def handle_endtag(self, tag):
        assert self.terbuka and self.terbuka[-1] == tag, f"</{tag}> tidak berpasangan"
        self.terbuka.pop()

    def handle_data(self, data):
        self.teks.append(data)


@pytest.fixture(scope="module")
def halaman(html_bytes) -> Pengumpul:
    p = Pengumpul()
    p.feed(html_bytes.decode("utf-8"))
    p.close()
    assert p.terbuka == []
    return p


def test_tidak_ada_sumber_eksternal(halaman, html_bytes):
    assert halaman.tautan
    for tag, atribut, nilai in halaman.tautan:
        assert nilai.startswith(("#", "data:")), (tag, atribut, nilai[:60])
    teks = html_bytes.decode()
    assert "default-src 'none'" in teks
    assert "@import" not in teks and "url(" not in teks


def test_semua_tautan_internal_punya_tujuan(halaman):
    for _, atribut, nilai in halaman.tautan:
        if atribut == "href":
            assert nilai[1:] in halaman.id, nilai


def test_semua_tabel_dan_gambar_ada(halaman, dokumen):
    n_tabel = sum(isinstance(b, Tabel) for b in jelajahi(dokumen.blocks))
    assert halaman.tag["table"] == n_tabel
    teks = " ".join(halaman.teks)
    p = nomori(dokumen)
    for e in p.tabel + p.gambar:
        assert e.teks in teks
    assert halaman.html_lang == "id"


def test_daftar_isi_berupa_tautan(halaman, dokumen):
    p = nomori(dokumen)
    hrefs = {nilai for _, atribut, nilai in halaman.tautan if atribut == "href"}
    for e in p.judul + p.tabel + p.gambar:
        assert f"#{e.anchor}" in hrefs


def test_teks_pengguna_di_escape():
    d = Dokumen("<script>x</script>", blocks=[
        Judul(1, "<b>judul</b>"), Paragraf('<img src="http://contoh.invalid/x.png"> & "kutip"'),
        Tabel("<i>t</i>", [Kolom()], [["<th>"]], [["<td>&amp;"]])])
    teks = render(d, "html").decode()
    assert "<script>x" not in teks and "<b>judul" not in teks and "<img src=\"http" not in teks
    assert "&lt;img src=" in teks and "&amp;amp;" in teks
    p = Pengumpul()
    p.feed(teks)
    assert all(n.startswith(("#", "data:")) for _, _, n in p.tautan)
