"""``sakip server``: run the web workspace with gunicorn (not Django's runserver)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from sakip.cli.perintah.migrasi import OpsiData

OpsiPort = Annotated[int, typer.Option("--port", min=1, max=65535, help="Port HTTP.")]
OpsiHost = Annotated[
    str, typer.Option("--host", help="Alamat yang didengarkan; 0.0.0.0 agar dapat dibuka dari komputer lain di jaringan.")
]


def mulai_server(*, host: str, port: int, workers: int, utas: int = 1) -> None:
    """Collect static files if needed, remove orphaned document folders, then serve until Ctrl+C.

    Exit 1 with a message if the port is taken.
    """
    import os

    from rich.console import Console

    from sakip.web import peladen
    from sakip.web.dokumen.services import dokumen_bersihkan_yatim

    konsol = Console()
    if peladen.kumpulkan_statis_bila_perlu():
        konsol.print("Berkas statis disiapkan.")
    yatim = dokumen_bersihkan_yatim()
    if yatim:
        konsol.print(f"{len(yatim)} folder dokumen sisa penyusunan yang terputus dihapus.")
    if host in ("0.0.0.0", "::") and not os.environ.get("SAKIP_ALLOWED_HOSTS"):
        konsol.print(
            "[yellow]Catatan:[/] agar dapat dibuka dari komputer lain, isi SAKIP_ALLOWED_HOSTS "
            "dengan nama/alamat IP server ini (dipisah koma)."
        )

    def _siap() -> None:
        konsol.print(f"sakip berjalan di [bold]{peladen.alamat(host, port)}[/] — tekan Ctrl+C untuk berhenti.")

    try:
        peladen.jalankan(host=host, port=port, workers=workers, utas=utas, saat_siap=_siap)
    except peladen.PeladenGagal as galat:
        konsol.print(f"[red]Server tidak dapat dijalankan:[/] {galat}")
        raise typer.Exit(1) from None
    konsol.print("sakip berhenti.")


def daftarkan(app: typer.Typer) -> None:
    @app.command("server", help="Menjalankan ruang kerja web sakip (gunicorn) di komputer ini.")
    def server(
        port: OpsiPort = 8000,
        data: OpsiData = None,
        workers: Annotated[int, typer.Option("--workers", min=1, max=32, help="Jumlah proses pekerja gunicorn.")] = 2,
        utas: Annotated[int, typer.Option("--utas", min=1, max=32, help="Jumlah utas per pekerja (1 paling cepat untuk halaman yang sibuk menghitung; naikkan bila banyak unduhan lambat).")] = 1,
        migrasi: Annotated[bool, typer.Option("--migrasi", help="Terapkan migrasi basis data sebelum mulai.")] = False,
        host: OpsiHost = "127.0.0.1",
    ) -> None:
        from rich.console import Console

        from sakip.web import peladen

        konsol = Console()
        folder = peladen.siapkan_django(data=data)
        konsol.print(f"Folder data: {folder}")
        if migrasi:
            diterapkan = peladen.migrasi()
            if diterapkan:
                konsol.print(f"{len(diterapkan)} migrasi diterapkan.")
        else:
            tertunda = peladen.migrasi_tertunda()
            if tertunda:
                konsol.print(
                    f"[red]Basis data belum mutakhir[/] ({len(tertunda)} migrasi belum diterapkan). "
                    "Jalankan [bold]sakip migrasi[/] atau tambahkan [bold]--migrasi[/]."
                )
                raise typer.Exit(1)
        mulai_server(host=host, port=port, workers=workers, utas=utas)
