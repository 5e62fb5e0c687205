"""``sakip skema``: the JSON Schema of the data file."""

from __future__ import annotations

from pathlib import Path

import typer


def daftarkan(app: typer.Typer) -> None:
    @app.command("skema")
    def skema(
        keluaran: Path = typer.Option(None, "--keluaran", "-o", help="Tulis skema ke berkas ini, bukan ke layar."),
    ) -> None:
        """Cetak JSON Schema berkas data (untuk editor YAML dan aplikasi lain)."""
        from sakip.berkas.skema import skema_json
        from sakip.cli.keluaran import ke_json, tulis

        tulis(ke_json(skema_json()), keluaran)
