"""``sakip migrasi``: bring the web workspace's database up to date."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

OpsiData = Annotated[
    Optional[Path],
    typer.Option("--data", help="Folder data (basis data SQLite, unggahan). Bawaan: SAKIP_DATA_DIR atau folder data pengguna."),
]


def daftarkan(app: typer.Typer) -> None:
    @app.command("migrasi", help="Menerapkan migrasi basis data ruang kerja web (SQLite atau PostgreSQL).")
    def migrasi(data: OpsiData = None) -> None:
        from rich.console import Console

        from sakip.web import peladen

        konsol = Console()
        folder = peladen.siapkan_django(data=data)
        diterapkan = peladen.migrasi()
        if diterapkan:
            konsol.print(f"{len(diterapkan)} migrasi diterapkan (folder data: {folder}).")
        else:
            konsol.print(f"Basis data sudah mutakhir (folder data: {folder}).")
