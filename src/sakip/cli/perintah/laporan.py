"""``sakip laporan``: the Laporan Kinerja (LKj) or Perjanjian Kinerja of one data file or a folder of them."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

KODE_GAGAL = 2


class Jenis(str, Enum):
    lkj = "lkj"
    pk = "pk"


def _formats(teks: str) -> tuple[str, ...]:
    from sakip.laporan.keluaran import format_tersedia
    from sakip.reports import FORMAT

    diminta = tuple(dict.fromkeys(f.strip().lower() for f in teks.split(",") if f.strip()))
    salah = [f for f in diminta if f not in FORMAT]
    if salah or not diminta:
        raise typer.BadParameter(f"format {', '.join(salah) or '(kosong)'} tidak dikenal; pilih dari: {', '.join(FORMAT)}")
    return diminta


def _cetak_hasil(konsol, h) -> None:
    from sakip.cli.keluaran import tabel_rich

    if h.masalah:
        konsol.print(f"[bold red]{h.berkas}: berkas data tidak sah ({len(h.masalah)} masalah). Tidak ada dokumen yang ditulis.[/bold red]")
        konsol.print(tabel_rich("Daftar masalah", ["Letak", "Baris", "Nilai", "Masalah"],
                                [(m["lokasi"], m["baris"] or "", m["nilai"] or "", m["pesan"]) for m in h.masalah]))
    elif not h.berhasil:
        konsol.print(f"[bold red]{h.berkas}: {h.pesan}[/bold red]")
    for p in h.peringatan:
        konsol.print(f"[yellow]Peringatan[/yellow] {Path(h.berkas).name}: {p}")


def _satu(path: Path, keluaran: Path, jenis: str, versi: str | None, formats: tuple[str, ...]) -> int:
    from sakip.cli.keluaran import konsol
    from sakip.laporan.keluaran import buat

    h = buat(path, keluaran, jenis=jenis, versi=versi, formats=formats)
    _cetak_hasil(konsol(stderr=True), h)
    if not h.berhasil:
        return KODE_GAGAL
    for k in h.keluaran:
        konsol().print(f"Ditulis: [bold]{k}[/bold]")
    return 0


MODUL_PEKERJA = ["matplotlib.figure", "matplotlib.backends.backend_svg", "typst", "docx",
                 "sakip.laporan.keluaran", "sakip.laporan.lkj", "sakip.reports.docx", "sakip.reports.pdf",
                 "sakip.laporan.pemanasan"]
"""Imported once by the fork server, so every worker starts warm."""
TUGAS_PER_PEKERJA = 10
"""Workers are replaced after this many files each, so caches (Typst, matplotlib) cannot grow
with the batch. Done with a fresh pool per chunk: ``max_tasks_per_child`` can hang on Python 3.11."""


def _jalankan(semua: list[Path], kerja, proses: int):
    """Results of ``kerja`` over ``semua`` as they complete. With more than one process the
    files go in chunks to a fresh pool of workers forked from a warm fork server."""
    if proses <= 1:
        for p in semua:
            yield kerja(p)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    from sakip.laporan.keluaran import Hasil

    konteks = mp.get_context("forkserver")
    konteks.set_forkserver_preload(MODUL_PEKERJA)
    potong = proses * TUGAS_PER_PEKERJA
    for awal in range(0, len(semua), potong):
        with ProcessPoolExecutor(max_workers=proses, mp_context=konteks) as kolam:
            tugas = {kolam.submit(kerja, p): p for p in semua[awal:awal + potong]}
            for f in as_completed(tugas):
                try:
                    yield f.result()
                except BrokenProcessPool:
                    yield Hasil(str(tugas[f]), False, pesan="proses pekerja berhenti tiba-tiba (kehabisan memori?)")


def _kumpulan(folder: Path, keluaran: Path, jenis: str, versi: str | None, formats: tuple[str, ...], proses: int) -> int:
    from functools import partial

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sakip.cli.keluaran import konsol, tabel_rich
    from sakip.laporan.keluaran import buat, daftar_berkas

    semua = daftar_berkas(folder)
    k_err = konsol(stderr=True)
    if not semua:
        k_err.print(f"[bold red]Tidak ada berkas data (.yaml, .yml, .xlsx) di {folder}.[/bold red]")
        return KODE_GAGAL
    kerja = partial(buat, keluaran=keluaran, jenis=jenis, versi=versi, formats=formats)
    hasil = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=k_err, transient=False) as bar:
        tugas = bar.add_task(f"Menyusun {jenis.upper()}", total=len(semua))
        for h in _jalankan(semua, kerja, proses):
            hasil.append(h)
            bar.advance(tugas)
    hasil.sort(key=lambda h: h.berkas)
    for h in hasil:
        if not h.berhasil:
            _cetak_hasil(k_err, h)
    gagal = [h for h in hasil if not h.berhasil]
    bentrok = _bentrok(hasil)
    for keluaran, asal in bentrok.items():
        k_err.print(f"[bold red]{', '.join(Path(a).name for a in asal)} menghasilkan berkas keluaran yang sama "
                    f"({Path(keluaran).name}); hanya satu yang tersimpan.[/bold red] Periksa instansi dan tahun di "
                    "berkas-berkas itu, atau susun ke folder keluaran yang berbeda.")
    konsol().print(tabel_rich(
        f"Ringkasan: {len(hasil) - len(gagal)} berhasil, {len(gagal)} gagal",
        ["Berkas", "Hasil", "Peringatan", "Keterangan"],
        [(Path(h.berkas).name, "berhasil" if h.berhasil else "GAGAL", len(h.peringatan),
          ", ".join(Path(k).name for k in h.keluaran) if h.berhasil else h.pesan) for h in hasil],
    ))
    return KODE_GAGAL if gagal or bentrok else 0


def _bentrok(hasil) -> dict[str, list[str]]:
    """Output files written from more than one input (same office and year): {output: [inputs]}."""
    asal: dict[str, list[str]] = {}
    for h in hasil:
        for k in h.keluaran:
            asal.setdefault(str(k), []).append(h.berkas)
    return {k: v for k, v in asal.items() if len(v) > 1}


def daftarkan(app: typer.Typer) -> None:
    @app.command("laporan")
    def laporan(
        berkas: Path = typer.Argument(..., help="Berkas data (.yaml, .yml, .xlsx) atau folder berisi berkas data."),
        keluaran: Path = typer.Option(..., "--keluaran", "-o", help="Folder tujuan dokumen."),
        jenis: Jenis = typer.Option(Jenis.lkj, "--jenis", "-j", help="lkj (Laporan Kinerja) atau pk (Perjanjian Kinerja)."),
        versi: str = typer.Option(None, "--versi", "-v",
                                  help="Versi Perjanjian Kinerja: murni, perubahan, atau nomor urut. Bawaan: versi yang berlaku di akhir tahun."),
        format: str = typer.Option("docx,pdf,html", "--format", "-f", help="Format keluaran, dipisah koma: docx, pdf, html."),
        proses: int = typer.Option(2, "--proses", "-p", min=1, max=8, help="Jumlah proses untuk folder berisi banyak berkas."),
    ) -> None:
        """Susun Laporan Kinerja (LKj) atau Perjanjian Kinerja dari berkas data: LKj-<instansi>-<tahun>.docx/.pdf/.html."""
        from sakip.cli.keluaran import konsol
        from sakip.laporan.keluaran import format_tersedia

        formats = _formats(format)
        tidak_ada = [f for f in formats if not format_tersedia(f)]
        if tidak_ada:
            konsol(stderr=True).print(f"[yellow]Format {', '.join(tidak_ada)} belum tersedia pada instalasi ini; dilewati.[/yellow]")
            formats = tuple(f for f in formats if f not in tidak_ada)
            if not formats:
                raise typer.Exit(KODE_GAGAL)
        if versi is not None and versi not in ("murni", "perubahan") and not versi.isdigit():
            raise typer.BadParameter("versi harus murni, perubahan atau nomor urut", param_hint="--versi")
        if berkas.is_dir():
            kode = _kumpulan(berkas, keluaran, jenis.value, versi, formats, proses)
        else:
            kode = _satu(berkas, keluaran, jenis.value, versi, formats)
        if kode:
            raise typer.Exit(kode)
