"""Making sheets readable on screen and on paper: row heights for wrapped text, print setup."""

from __future__ import annotations

import math
from collections.abc import Iterable


def tinggi_baris(ws, baris: int, teks: Iterable[tuple[str | None, float]]) -> None:
    """Give a row room for its wrapped text (spreadsheets do not grow rows written by a program)."""
    garis = 1
    for isi, lebar in teks:
        if isi:
            per_garis = max(int(lebar * 1.1), 1)
            garis = max(garis, sum(math.ceil(max(len(g), 1) / per_garis) for g in str(isi).split("\n")))
    if garis > 1:
        ws.row_dimensions[baris].height = min(15 * garis, 300)


def atur_cetak(ws, lebar: float = 0, judul_berulang: bool = True) -> None:
    """Landscape A4, header row repeated; a wide sheet spreads over as many page widths as it needs."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = max(1, math.ceil(lebar / 200))
    ws.page_setup.fitToHeight = 0
    if judul_berulang:
        ws.print_title_rows = "1:1"


def lindungi(ws, terbuka: Iterable[str] = ()) -> None:
    """Protect a sheet (no password) so guidance cells are not typed over; ``terbuka`` ranges stay editable."""
    from openpyxl.styles import Protection

    p = ws.protection
    p.sheet = True
    p.formatCells = p.formatColumns = p.formatRows = False  # False = allowed
    p.insertRows = p.deleteRows = p.sort = p.autoFilter = False
    for rentang in terbuka:
        for baris in ws[rentang]:
            for sel in baris:
                sel.protection = Protection(locked=False)
