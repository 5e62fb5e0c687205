"""``sakip cadangkan``: back up the web workspace (database and uploaded files) into one zip."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from sakip.cli.perintah.migrasi import OpsiData


def daftarkan(app: typer.Typer) -> None:
    @app.command(
        "cadangkan",
        help="Mencadangkan basis data (SQLite atau PostgreSQL) dan berkas unggahan ke satu arsip .zip "
        "yang dapat dipulihkan dengan `sakip pulihkan`, juga ke jenis basis data yang lain.",
    )
    def cadangkan(
        data: OpsiData = None,
        keluaran: Annotated[
            Optional[Path],
            typer.Option("--keluaran", "-o", help="Berkas arsip yang dibuat. Bawaan: sakip-cadangan-TANGGAL-JAM.zip di folder kerja."),
        ] = None,
    ) -> None:
        from rich.console import Console
        from rich.table import Table

        from sakip.web import peladen

        konsol = Console()
        peladen.siapkan_django(data=data)
        from sakip.web import cadangan

        if peladen.migrasi_tertunda():
            konsol.print("[red]Cadangan dibatalkan:[/] basis data belum dimigrasi; jalankan `sakip migrasi` dulu.")
            raise typer.Exit(2)
        tujuan = Path(keluaran) if keluaran else Path.cwd() / cadangan.nama_bawaan()
        if tujuan.is_dir():
            tujuan = tujuan / cadangan.nama_bawaan()
        if not tujuan.parent.is_dir():
            konsol.print(f"[red]Cadangan dibatalkan:[/] folder {tujuan.parent} tidak ada.")
            raise typer.Exit(2)
        hasil = cadangan.cadangkan(tujuan)
        m = hasil.manifest
        tabel = Table(title=f"Cadangan {m['dibuat']} ({m['basis_data']})")
        tabel.add_column("Tabel")
        tabel.add_column("Baris", justify="right")
        for label, n in m["jumlah"].items():
            if n:
                tabel.add_row(label, str(n))
        konsol.print(tabel)
        n_berkas = len(m["berkas"]) - 1
        konsol.print(f"Arsip {hasil.path} dibuat: {sum(m['jumlah'].values())} baris, {n_berkas} berkas unggahan.")
