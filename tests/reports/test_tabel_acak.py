"""Random table shapes (colspan/rowspan, optional header and footer) render in all three
formats, with every cell's text present."""

from __future__ import annotations

import io
import shutil
import subprocess
from html.parser import HTMLParser

import docx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sakip.reports import render
from sakip.reports.dokumen import Dokumen, Judul, Kolom, Sel, Tabel

TEKS = st.text(st.sampled_from("abcXYZ019#*_$@<>[]\\\"'/=-+~"), min_size=1, max_size=6)


@st.composite
def partisi(draw, n: int) -> list[int]:
    lebar = []
    while n > 0:
        w = draw(st.integers(1, n))
        lebar.append(w)
        n -= w
    return lebar


@st.composite
def bagian_tabel(draw, n: int, min_baris: int, max_baris: int):
    jumlah = draw(st.integers(min_baris, max_baris))
    baris, tertutup = [], 0
    for i in range(jumlah):
        sel = []
        sisa = n - tertutup
        tertutup = 0
        if sisa == n and i < jumlah - 1 and draw(st.booleans()):
            w0 = draw(st.integers(1, n))
            sel.append(Sel(draw(TEKS), kolom=w0, baris=2))
            tertutup, sisa = w0, n - w0
        sel += [Sel(draw(TEKS), kolom=w) for w in (draw(partisi(sisa)) if sisa else [])]
        baris.append(sel)
    return baris


@st.composite
def tabel_acak(draw) -> Tabel:
    n = draw(st.integers(1, 5))
    perataan = st.sampled_from(["kiri", "tengah", "kanan", "rata"])
    return Tabel(draw(TEKS), [Kolom(draw(st.floats(0.5, 3)), draw(perataan)) for _ in range(n)],
                 kepala=draw(bagian_tabel(n, 0, 2)), baris=draw(bagian_tabel(n, 1, 4)),
                 kaki=draw(bagian_tabel(n, 0, 1)), catatan=draw(st.none() | TEKS))


def semua_teks(t: Tabel) -> list[str]:
    return [r.teks for bagian in (t.kepala, t.baris, t.kaki) for baris in bagian
            for sel in baris for r in sel.isi]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tabel_acak())
def test_tabel_acak_dirender_di_ketiga_format(tabel):
    d = Dokumen("acak", blocks=[Judul(1, "UJI", "BAB I"), tabel])
    teks_sel = semua_teks(tabel)

    pdf_bytes = render(d, "pdf")
    # Narrow cells wrap after "/" etc.: compare without whitespace, in reading order
    # (-raw) and in layout order (-layout keeps a lone "-" that -raw takes for a hyphen).
    teks_pdf = ["".join(subprocess.run(["pdftotext", mode, "-", "-"], input=pdf_bytes,
                                       capture_output=True, check=True).stdout.decode().split())
                for mode in ("-raw", "-layout")]
    for t in teks_sel:
        assert any(t in x for x in teks_pdf), t

    word = docx.Document(io.BytesIO(render(d, "docx")))
    isi_word = {c.text for row in word.tables[0].rows for c in row.cells}
    assert set(teks_sel) <= isi_word
    assert len(word.tables[0].columns) == len(tabel.kolom)

    class Teks(HTMLParser):
        data: list[str] = []

        def handle_data(self, x):
            self.data.append(x)

    p = Teks()
    p.data = []
    p.feed(render(d, "html").decode())
    assert set(teks_sel) <= set(p.data)
