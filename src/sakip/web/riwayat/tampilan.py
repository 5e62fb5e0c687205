"""Audit rows as people read them: one line per field changed, values written as the user wrote them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from django.utils import timezone

from sakip.web.kinerja.perubahan import tampil
from sakip.web.riwayat.models import Riwayat


def rincian(r: Riwayat) -> list[tuple[str, str, str]]:
    """``[(field, old, new)]`` of one row: the fields that differ (all of them for an addition or removal)."""
    lama, baru = r.sebelum or {}, r.sesudah or {}
    medan = list(dict.fromkeys([*baru, *lama]))
    if r.entitas == "Tahun kinerja" and r.aksi == Riwayat.Aksi.DITAMBAH:
        return [("(seluruh data)", "", "lihat berkas ekspor")]
    if r.aksi in (Riwayat.Aksi.DIUBAH, Riwayat.Aksi.STATUS):
        medan = [f for f in medan if lama.get(f) != baru.get(f)]
    return [(f, tampil(lama.get(f)) if r.sebelum is not None else "", tampil(baru.get(f)) if r.sesudah is not None else "")
            for f in medan]


def perubahan_orang_lain(e) -> list[tuple[Riwayat, list[tuple[str, str, str]]]]:
    """The changes behind a refused save (``entri.services.BarisBerubah``), newest first, each with
    its field changes: what the conflict box and the API's 409 show. Empty when unknown."""
    from sakip.web.riwayat.selectors import riwayat_sejak

    if e.baris is None or e.versi_dilihat is None:
        return []
    return [(r, rincian(r)) for r in riwayat_sejak(baris=e.baris, versi_dilihat=e.versi_dilihat)]


KOLOM = ("Waktu", "Pengguna", "Jalur", "Alamat IP", "Perambah/aplikasi", "Aksi", "Jenis data", "Kunci", "Data",
         "Isian", "Lama", "Baru", "Alasan", "Versi data", "Sidik SHA-256")


def baris_ekspor(daftar: Iterable[Riwayat]) -> Iterator[list]:
    """One row per field changed (a row without fields gets one line), newest first, for CSV/XLSX."""
    for r in daftar:
        kepala = [timezone.localtime(r.waktu).strftime("%Y-%m-%d %H:%M:%S"), r.nama_pengguna, r.get_jalur_display(),
                  r.alamat_ip or "", r.agen, r.get_aksi_display(), r.entitas, r.kunci, r.label]
        ekor = [r.alasan, r.versi_data, r.sidik]
        for isian, lama, baru in rincian(r) or [("", "", "")]:
            yield [*kepala, isian, lama, baru, *ekor]


def ekspor_csv(daftar: Iterable[Riwayat]) -> bytes:
    keluaran = io.StringIO()
    w = csv.writer(keluaran)
    w.writerow(KOLOM)
    w.writerows(baris_ekspor(daftar))
    return ("\ufeff" + keluaran.getvalue()).encode("utf-8")  # BOM: Excel opens it as UTF-8


def ekspor_xlsx(daftar: Iterable[Riwayat], judul: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Riwayat")
    ws.freeze_panes = "A3"
    ws.append([judul])
    kepala = []
    for k in KOLOM:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, value=k)
        c.font = Font(bold=True)
        kepala.append(c)
    ws.append(kepala)
    for baris in baris_ekspor(daftar):
        ws.append([_aman(v) for v in baris])
    keluaran = io.BytesIO()
    wb.save(keluaran)
    return keluaran.getvalue()


def _aman(v):
    """Text starting with = + - @ is written as text, never as a formula (CSV/XLSX injection)."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@"):
        return "'" + v
    return v
