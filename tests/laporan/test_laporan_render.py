"""Each format opens and carries the key numbers (few and fast: one document, rendered once)."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest

from sakip.laporan.keluaran import format_tersedia
from sakip.reports import render

ANGKA = ("3.397.085.593", "77,58 %", "105,62 %", "350,00 %")


def test_docx_terbuka_dan_memuat_angka(dokumen):
    import docx

    d = docx.Document(io.BytesIO(render(dokumen, "docx")))
    teks = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    teks += "\n".join(p.text for p in d.paragraphs)
    for a in ANGKA:
        assert a in teks


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext tidak terpasang")
def test_pdf_memuat_angka(dokumen, tmp_path):
    jalur = tmp_path / "lkj.pdf"
    jalur.write_bytes(render(dokumen, "pdf"))
    teks = subprocess.run(["pdftotext", "-layout", str(jalur), "-"], capture_output=True, text=True, check=True).stdout
    for a in ANGKA:
        assert a in teks
    assert "Tabel 3.1" in teks and "BAB IV" in teks


@pytest.mark.skipif(not format_tersedia("html"), reason="renderer HTML belum ada di cabang ini")
def test_html_memuat_angka(dokumen):
    teks = render(dokumen, "html").decode("utf-8")
    for a in ANGKA:
        assert a in teks
