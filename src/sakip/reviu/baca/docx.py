"""DOCX: paragraphs and tables in document order (python-docx).

A horizontally merged cell appears once (its repeats become empty cells, as a
printed table shows it); a vertically merged cell keeps its text in the first
row only. Locations are paragraph numbers (DOCX has no fixed pages). The caption
of a table is the "Tabel X.Y" paragraph just above it.
"""

from __future__ import annotations

from pathlib import Path

from sakip.reviu.baca.keterangan import PengumpulKeterangan, bersihkan
from sakip.reviu.baca.tabel import daftar_isi, gabung_lanjutan, pisah_kepala, potong_kosong
from sakip.reviu.model import BarisTabel, Dokumen, Lokasi, Paragraf, Tabel

_JARAK_JUDUL = 3


def _sel_tabel(tabel) -> list[list[str]]:
    hasil: list[list[str]] = []
    atas: dict[int, object] = {}
    for tr in tabel.rows:
        baris: list[str] = []
        sebelum = None
        for i, sel in enumerate(tr.cells):
            tc = sel._tc
            if tc is sebelum or atas.get(i) is tc:  # horizontal / vertical merge
                baris.append("")
            else:
                baris.append(bersihkan(sel.text))
            sebelum = tc
            atas[i] = tc
        hasil.append(potong_kosong(baris))
    return hasil


def baca_docx(path: Path) -> Dokumen:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

    berkas = docx.Document(str(path))
    dok = Dokumen(berkas=str(path), jenis="docx")
    pengumpul = PengumpulKeterangan()
    tabel: list[Tabel] = []
    nomor = 0
    judul: tuple[int, str, str] | None = None
    ada_teks = True
    for elemen in berkas.element.body.iterchildren():
        tag = elemen.tag.rsplit("}", 1)[-1]
        if tag == "p":
            nomor += 1
            teks = bersihkan(DocxParagraph(elemen, berkas).text)
            if not teks:
                continue
            ada_teks = True
            lok = Lokasi(baris=nomor, satuan="paragraf")
            k = pengumpul.baris(teks, lok)
            if k is not None and k.jenis == "tabel":
                judul = (nomor, k.teks, k.nomor)
            elif judul is not None and nomor - judul[0] <= 1 and len(teks) < 160:
                judul = (nomor, f"{judul[1]} {teks}", judul[2])
            elif k is None:
                dok.paragraf.append(Paragraf(teks, lok))
        elif tag == "tbl":
            nomor += 1
            try:
                baris = [BarisTabel(s, Lokasi(baris=nomor, satuan="paragraf")) for s in _sel_tabel(DocxTable(elemen, berkas)) if any(s)]
            except Exception as exc:  # a table python-docx cannot walk: say so, go on
                dok.masalah_baca.append((Lokasi(baris=nomor, satuan="paragraf"), f"tabel tidak terbaca ({exc})"))
                continue
            if daftar_isi(baris):  # DAFTAR TABEL / GAMBAR set as a table
                for b in baris:
                    pengumpul.baris("\t".join(b.sel), b.lokasi)
                continue
            kepala, isi = pisah_kepala(baris)
            if tabel and not ada_teks and judul is None and not kepala:
                tabel[-1].isi.extend(isi)  # the same table continued (split by an empty paragraph)
                continue
            ada_teks = False
            punya = judul is not None and nomor - judul[0] <= _JARAK_JUDUL
            t = Tabel(judul[1] if punya else "", kepala, isi, Lokasi(baris=nomor, satuan="paragraf"), nomor=judul[2] if punya else None,
                      judul_sendiri=punya)
            tabel.append(t)
            judul = None
    dok.tabel = gabung_lanjutan(tabel)
    dok.keterangan = pengumpul.keterangan
    dok.daftar = pengumpul.daftar
    return dok
