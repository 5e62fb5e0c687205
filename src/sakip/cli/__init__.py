"""The ``sakip`` command.

Each sub-command lives in its own module under :mod:`sakip.cli.perintah` and
exposes ``daftarkan(app)``. Modules are discovered at start-up, so adding a
command never touches this file. Command modules import heavy libraries
(Django, pyarrow, typst, matplotlib) inside their functions, never at module
level, so ``sakip --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

from sakip.cli import bahasa

bahasa.pasang()

app = typer.Typer(
    name="sakip",
    help=(
        "sakip: Sistem Akuntabilitas Kinerja Instansi Pemerintah. "
        "Menghitung capaian, IKM, status IDM dan nilai AKIP, menyusun Laporan Kinerja "
        "dan Perjanjian Kinerja, serta mereviu laporan."
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)


def _muat_perintah() -> None:
    from sakip.cli import perintah

    for info in sorted(pkgutil.iter_modules(perintah.__path__), key=lambda m: m.name):
        modul = importlib.import_module(f"{perintah.__name__}.{info.name}")
        daftarkan = getattr(modul, "daftarkan", None)
        if daftarkan is not None:
            daftarkan(app)


_muat_perintah()


def main() -> None:
    app()
