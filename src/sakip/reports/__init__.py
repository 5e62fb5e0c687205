"""Documents (LKj, PK, Laporan Hasil Reviu) from one model, rendered to DOCX, PDF and HTML.

>>> from sakip.reports.dokumen import Dokumen, Judul, Paragraf
>>> d = Dokumen("Contoh", blocks=[Judul(1, "PENDAHULUAN", "BAB I"), Paragraf("Isi.")])
>>> render(d, "html")[:15]
b'<!DOCTYPE html>'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from sakip.reports.dokumen import Dokumen, DokumenTidakSah
from sakip.reports.penomoran import nomori, teks_polos

FORMAT = ("docx", "pdf", "html")


def render(dokumen: Dokumen, format: str) -> bytes:
    """The document as bytes in ``format`` ("docx", "pdf" or "html")."""
    if format == "docx":
        from sakip.reports.docx import render_docx

        return render_docx(dokumen)
    if format == "pdf":
        from sakip.reports.pdf import render_pdf

        return render_pdf(dokumen)
    if format == "html":
        from sakip.reports.html import render_html

        return render_html(dokumen)
    raise DokumenTidakSah(f"Format {format!r} tidak dikenal; pilih salah satu: {', '.join(FORMAT)}")


def tulis(dokumen: Dokumen, folder: str | Path, nama_dasar: str,
          formats: Iterable[str] = FORMAT) -> list[Path]:
    """Render every format first, then write ``folder/nama_dasar.<format>`` files.

    Nothing is written if any format fails (no half-written output).
    """
    hasil = {f: render(dokumen, f) for f in formats}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    jalur = []
    for f, isi in hasil.items():
        tujuan = folder / f"{nama_dasar}.{f}"
        # unique per process: two workers writing the same name never share a temp file
        sementara = tujuan.with_name(f"{tujuan.name}.{os.getpid()}.tmp")
        sementara.write_bytes(isi)
        sementara.replace(tujuan)
        jalur.append(tujuan)
    return jalur


__all__ = ["FORMAT", "nomori", "render", "teks_polos", "tulis"]
