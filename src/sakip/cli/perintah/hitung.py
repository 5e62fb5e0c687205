"""``sakip hitung``: capaian of many indicators from a spreadsheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from sakip.cli.keluaran import OPSI_FORMAT, OPSI_KELUARAN, Format, tangani_berkas

KOLOM_WAJIB = ("target", "realisasi")
KOLOM_OPSIONAL = ("indikator", "satuan", "polaritas", "rumus_negatif")


def hitung_baris(tabel, *, tahun: int) -> list[dict]:
    """Capaian for every row of a table; raises BerkasTidakSah listing every bad cell.

    Large tables are spread over the cores; rows keep their order.
    """
    from functools import partial

    from sakip.io.paralel import petakan_potongan
    from sakip.io.tabel import BerkasTidakSah

    kesalahan, hasil = [], []
    for k, h in petakan_potongan(partial(_hitung_potongan, tabel, tahun=tahun), tabel.baris):
        kesalahan.extend(k)
        hasil.extend(h)
    if kesalahan:
        raise BerkasTidakSah(kesalahan)
    return hasil


def _hitung_potongan(tabel, baris_tabel, *, tahun: int) -> tuple[list, list[dict]]:
    from sakip.core.angka import coba_nilai
    from sakip.core.capaian import POLARITAS, RUMUS_NEGATIF, hitung_capaian
    from sakip.core.exceptions import AngkaTidakSah
    from sakip.core.format import bulatkan

    kesalahan, hasil = [], []
    kolom_masukan = tabel.kolom
    for b in baris_tabel:
        nilai = {}
        for kolom in KOLOM_WAJIB:
            try:
                nilai[kolom] = coba_nilai(b.nilai.get(kolom))
            except AngkaTidakSah as e:
                kesalahan.append(tabel.kesalahan(b, kolom, b.nilai.get(kolom), e.alasan))
        polaritas = (b.teks("polaritas") or "positif").lower()
        if polaritas not in POLARITAS:
            kesalahan.append(tabel.kesalahan(b, "polaritas", b.nilai.get("polaritas"), "polaritas harus 'positif' atau 'negatif'"))
        rumus_negatif = b.teks("rumus_negatif")
        if rumus_negatif and rumus_negatif.upper() not in RUMUS_NEGATIF:
            kesalahan.append(tabel.kesalahan(b, "rumus_negatif", rumus_negatif, "rumus negatif harus '2T-R' atau 'T/R'"))
        if kesalahan:
            continue
        h = hitung_capaian(
            target=nilai["target"],
            realisasi=nilai["realisasi"],
            polaritas=polaritas,
            rumus_negatif=rumus_negatif.upper() if rumus_negatif else None,
            tahun=tahun,
        )
        baris = {"baris": b.nomor}
        baris.update({k: b.teks(k) for k in kolom_masukan})
        baris.update(
            capaian=None if h.capaian is None else bulatkan(h.capaian),
            capaian_dibatasi=None if h.capaian_dibatasi is None else bulatkan(h.capaian_dibatasi),
            kategori=h.kategori,
            status=h.status.value,
            alasan=h.alasan,
            rumus=h.rumus or None,
        )
        hasil.append(baris)
    return kesalahan, hasil


def daftarkan(app: typer.Typer) -> None:
    @app.command("hitung")
    @tangani_berkas
    def hitung(
        berkas: Path = typer.Argument(..., help="Berkas CSV atau XLSX dengan kolom target dan realisasi (opsional: indikator, satuan, polaritas, rumus_negatif)."),
        tahun: int = typer.Option(dt.date.today().year, "--tahun", "-t", help="Tahun pelaporan; menentukan aturan yang berlaku."),
        format: Format = OPSI_FORMAT,
        keluaran: Path = OPSI_KELUARAN,
    ) -> None:
        """Hitung capaian setiap indikator (target lawan realisasi) beserta kategori dan rumusnya."""
        from sakip.cli.keluaran import konsol, ke_csv, ke_json, tabel_rich, tulis
        from sakip.core import format as fmt
        from sakip.io.tabel import baca_tabel

        tabel = baca_tabel(berkas, kolom_wajib=KOLOM_WAJIB, kolom_opsional=KOLOM_OPSIONAL)
        hasil = hitung_baris(tabel, tahun=tahun)
        if format == Format.json:
            tulis(ke_json(hasil), keluaran)
        elif format == Format.csv:
            tulis(ke_csv(hasil), keluaran)
        else:
            t = tabel_rich(
                f"Capaian kinerja ({berkas.name}, aturan tahun {tahun})",
                ["Baris", "Indikator", "Target", "Realisasi", "Capaian", "Kategori", "Keterangan"],
                [
                    (
                        h["baris"],
                        h.get("indikator") or "",
                        h.get("target") or "-",
                        h.get("realisasi") or "-",
                        fmt.persen(h["capaian"]),
                        h["kategori"] or h["status"],
                        h["rumus"] or h["alasan"],
                    )
                    for h in hasil
                ],
                kanan=(0, 2, 3, 4),
            )
            if keluaran:
                tulis(ke_csv(hasil), keluaran)
            else:
                konsol().print(t)
