"""``sakip periksa``: validate a data file and list every problem and warning."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer


class FormatPeriksa(str, Enum):
    tabel = "tabel"
    json = "json"


def _lokasi(m) -> str:
    """The YAML path, or for a workbook the sheet and column (the row has its own column)."""
    if m.lembar:
        return f"lembar '{m.lembar}'" + (f", kolom {m.kolom}" if m.kolom else "")
    return m.lokasi


KOLOM = ["Lokasi", "Baris", "Nilai", "Keterangan"]


def tabel_masalah(judul: str, daftar):
    """Errors or warnings as a Rich table: sheet/column (or YAML path), row, value, message."""
    from sakip.cli.keluaran import tabel_rich

    return tabel_rich(judul, KOLOM, [(_lokasi(m), m.baris or "", m.nilai or "", m.pesan) for m in daftar], kanan=(1,))


def baca_berkas(berkas: Path):
    """The data and its warnings; a workbook's warnings are placed on their cells.

    Raises :class:`~sakip.berkas.BerkasTidakSah` listing every error."""
    from sakip.berkas import baca
    from sakip.berkas import periksa as cari_peringatan

    if berkas.suffix.lower() in (".xlsx", ".xlsm") and berkas.is_file():
        from sakip.berkas.xlsx import baca_xlsx_dan_peta, tempatkan

        data, peta = baca_xlsx_dan_peta(berkas)
        return data, tempatkan(cari_peringatan(data), peta)
    data = baca(berkas)
    return data, cari_peringatan(data)


def _ringkasan(berkas) -> dict:
    from decimal import Decimal

    return {
        "instansi": berkas.profil.instansi.nama,
        "tahun": berkas.profil.tahun,
        "jumlah_iku": len(berkas.iku()),
        "jumlah_indikator": sum(1 for _ in berkas.semua_indikator()),
        "jumlah_sub_kegiatan": sum(1 for _ in berkas.semua_sub_kegiatan()),
        "jumlah_pagu": sum((a.pagu for a in berkas.anggaran), Decimal(0)),
    }


def daftarkan(app: typer.Typer) -> None:
    @app.command("periksa")
    def periksa(
        berkas: Path = typer.Argument(..., help="Berkas data (.yaml/.yml atau buku kerja .xlsx) yang diperiksa."),
        format: FormatPeriksa = typer.Option(FormatPeriksa.tabel, "--format", "-f", help="Bentuk keluaran: tabel atau json."),
    ) -> None:
        """Periksa berkas data: semua kesalahan (keluar dengan kode 2) dan semua peringatan."""
        from sakip.berkas import BerkasTidakSah
        from sakip.cli.keluaran import KODE_MASUKAN_SALAH, ke_json, konsol
        from sakip.core import format as fmt

        try:
            data, peringatan = baca_berkas(berkas)
        except BerkasTidakSah as e:
            masalah, peringatan, ringkasan = e.masalah, [], None
        else:
            masalah, ringkasan = [], _ringkasan(data)

        if format == FormatPeriksa.json:
            typer.echo(
                ke_json(
                    {
                        "berkas": str(berkas),
                        "sah": not masalah,
                        "ringkasan": ringkasan,
                        "masalah": [m.ke_dict() for m in masalah],
                        "peringatan": [p.ke_dict() for p in peringatan],
                    }
                )
            )
        else:
            c = konsol()
            if masalah:
                c.print(f"[bold red]Berkas {berkas.name} tidak sah: {len(masalah)} kesalahan.[/bold red]")
                c.print(tabel_masalah("Kesalahan", masalah))
            else:
                c.print(
                    f"[bold green]Berkas {berkas.name} sah.[/bold green] {ringkasan['instansi']} tahun "
                    f"{ringkasan['tahun']}: {ringkasan['jumlah_iku']} IKU, {ringkasan['jumlah_indikator']} indikator, "
                    f"{ringkasan['jumlah_sub_kegiatan']} sub kegiatan, pagu Rp {fmt.rupiah(ringkasan['jumlah_pagu'])}."
                )
                if peringatan:
                    c.print(tabel_masalah(f"Peringatan ({len(peringatan)})", peringatan))
                else:
                    c.print("Tidak ada peringatan.")
        if masalah:
            raise typer.Exit(KODE_MASUKAN_SALAH)
