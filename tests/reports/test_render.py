"""The public entry points: render() and tulis()."""

from __future__ import annotations

import pytest

from sakip.reports import render, tulis
from sakip.reports.dokumen import DokumenTidakSah, Dokumen, Paragraf, Rujukan


def test_format_tidak_dikenal_ditolak(dokumen):
    with pytest.raises(DokumenTidakSah, match="Format 'odt' tidak dikenal"):
        render(dokumen, "odt")


def test_tulis_semua_format(tmp_path):
    d = Dokumen("Reviu", blocks=[Paragraf("Isi singkat.")])
    jalur = tulis(d, tmp_path / "keluar", "reviu")
    assert [p.name for p in jalur] == ["reviu.docx", "reviu.pdf", "reviu.html"]
    assert jalur[0].read_bytes()[:2] == b"PK"
    assert jalur[1].read_bytes()[:5] == b"%PDF-"
    assert b"Isi singkat." in jalur[2].read_bytes()


def test_tulis_tidak_menulis_apa_pun_bila_gagal(tmp_path):
    d = Dokumen("Rusak", blocks=[Paragraf([Rujukan("tidak-ada")])])
    with pytest.raises(DokumenTidakSah):
        tulis(d, tmp_path, "rusak")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("format", ["docx", "pdf", "html"])
def test_dokumen_sama_menghasilkan_berkas_sama(format):
    from sakip.reports.contoh import dokumen_contoh

    d = dokumen_contoh(halaman=10)
    assert render(d, format) == render(d, format)
