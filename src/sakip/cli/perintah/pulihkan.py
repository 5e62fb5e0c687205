"""``sakip pulihkan``: restore an archive made by ``sakip cadangkan``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sakip.cli.perintah.migrasi import OpsiData


def daftarkan(app: typer.Typer) -> None:
    @app.command(
        "pulihkan",
        help="Memulihkan arsip `sakip cadangkan` ke basis data (SQLite atau PostgreSQL lewat DATABASE_URL) "
        "dan folder unggahan. Basis data yang sudah berisi hanya diganti bila --ya diberikan.",
    )
    def pulihkan(
        berkas: Annotated[Path, typer.Argument(help="Arsip cadangan (.zip).")],
        data: OpsiData = None,
        ya: Annotated[bool, typer.Option("--ya", help="Ganti seluruh isi basis data dan berkas unggahan yang ada.")] = False,
    ) -> None:
        from rich.console import Console

        from sakip.web import peladen

        konsol = Console()
        peladen.siapkan_django(data=data)
        from sakip.web import cadangan

        try:
            cadangan.baca_manifest(berkas)  # refuse a bad archive before touching the database
            peladen.migrasi()
            manifest = cadangan.pulihkan(berkas, timpa=ya)
        except cadangan.CadanganTidakSah as galat:
            konsol.print(f"[red]Pemulihan dibatalkan:[/] {galat}")
            raise typer.Exit(2) from None
        n_berkas = len(manifest["berkas"]) - 1
        konsol.print(
            f"Cadangan {manifest['dibuat']} ({manifest['basis_data']}, sakip {manifest['versi_sakip']}) dipulihkan: "
            f"{sum(manifest['jumlah'].values())} baris, {n_berkas} berkas unggahan."
        )
