"""``sakip demo``: a fresh demo database with example offices and users, then the server."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from sakip.cli.perintah.server import OpsiHost, OpsiPort

PENANDA_DEMO = ".sakip-demo"


def _folder_demo(data: Path | None) -> Path:
    if data is not None:
        return Path(data).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("sakip", appauthor=False)) / "demo"


def _kosongkan(folder: Path) -> None:
    """Remove the old demo database; refuse a folder holding a database that is not a demo."""
    from sakip.web.lingkungan import NAMA_BERKAS_DB

    db = folder / NAMA_BERKAS_DB
    if db.exists() and not (folder / PENANDA_DEMO).exists():
        raise ValueError(
            f"Folder {folder} berisi basis data yang bukan data contoh; demo tidak akan menimpanya. "
            "Pilih folder lain dengan --data."
        )
    for akhiran in ("", "-wal", "-shm", "-journal"):
        (folder / f"{NAMA_BERKAS_DB}{akhiran}").unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PENANDA_DEMO).write_text("Folder ini dibuat oleh `sakip demo` dan boleh ditimpa.\n", encoding="utf-8")


def daftarkan(app: typer.Typer) -> None:
    @app.command("demo", help="Membuat basis data contoh yang baru (Kabupaten Hulu Sungai Selatan) lalu menjalankan server.")
    def demo(
        port: OpsiPort = 8000,
        data: Annotated[
            Path | None,
            typer.Option("--data", help="Folder data contoh (ditimpa setiap kali). Bawaan: folder data pengguna/demo."),
        ] = None,
        host: OpsiHost = "127.0.0.1",
        tanpa_server: Annotated[bool, typer.Option("--tanpa-server", help="Hanya buat data contoh, jangan jalankan server.")] = False,
    ) -> None:
        from rich.console import Console
        from rich.table import Table

        konsol = Console()
        folder = _folder_demo(data)
        try:
            _kosongkan(folder)
        except ValueError as galat:
            konsol.print(f"[red]Demo dibatalkan:[/] {galat}")
            raise typer.Exit(2) from None
        # The demo is always a throw-away SQLite database served over plain HTTP on this machine.
        for nama in ("DATABASE_URL", "SAKIP_PRODUKSI"):
            os.environ.pop(nama, None)

        from sakip.web import contoh, peladen

        peladen.siapkan_django(data=folder)
        peladen.migrasi()
        akun = contoh.muat_contoh()

        tabel = Table(title=f"Akun contoh — {contoh.PEMDA_CONTOH['nama']}")
        tabel.add_column("Nama pengguna", no_wrap=True)
        tabel.add_column("Kata sandi", no_wrap=True)
        tabel.add_column("Peran")
        tabel.add_column("Cakupan")
        for a in akun:
            tabel.add_row(a.username, a.password, a.peran, a.cakupan)
        konsol.print(tabel)
        konsol.print(f"Data contoh dibuat di {folder}. Kata sandi dibuat acak setiap kali demo dijalankan.")
        if not tanpa_server:
            from sakip.cli.perintah.server import mulai_server

            mulai_server(host=host, port=port, workers=2)
