"""Bahasa Indonesia for the command-line framework's own words.

Click and Typer print their fixed strings ("Usage:", "Options", "Missing argument")
through ``gettext``. We replace the translator they look up at call time with a
small dictionary, so every word a user sees in ``sakip --help`` is Indonesian.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys

_KATA = {
    "Usage:": "Cara pakai:",
    "Options": "Opsi",
    "Arguments": "Argumen",
    "Commands": "Perintah",
    "Error": "Galat",
    "Aborted.": "Dibatalkan.",
    "Aborted!": "Dibatalkan!",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "[default: {}]": "[bawaan: {}]",
    "default: {default}": "bawaan: {default}",
    "[required]": "[wajib]",
    "required": "wajib",
    "[env var: {}]": "[variabel lingkungan: {}]",
    "env var: {var}": "variabel lingkungan: {var}",
    "(deprecated) ": "(usang) ",
    "(dynamic)": "(dinamis)",
    "Missing command.": "Perintah belum disebut.",
    "Missing argument": "Argumen belum diisi:",
    "Missing option": "Opsi belum diisi:",
    "Missing parameter": "Parameter belum diisi:",
    "Missing parameter: {param_name}": "Parameter belum diisi: {param_name}",
    "No such option {name!r}.": "Tidak ada opsi {name!r}.",
    "Did you mean {possibility}?": "Maksud Anda {possibility}?",
    "Error: {message}": "Galat: {message}",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "Argument {name!r} takes {nargs} values.": "Argumen {name!r} memerlukan {nargs} nilai.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas, bukan folder.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder, bukan berkas.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulisi.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} tidak dapat dijalankan.",
    "Choose from:\n\t{choices}": "Pilih salah satu:\n\t{choices}",
    "Positional arguments": "Argumen posisi",
    "deprecated": "usang",
    "No such command {name!r}.": "Tidak ada perintah {name!r}.",
    "Try [blue]'{command_path} {help_option}'[/] for help.": "Coba [blue]'{command_path} {help_option}'[/] untuk bantuan.",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk bantuan.",
    "Missing argument '{param_hint}'.": "Argumen '{param_hint}' belum diisi.",
    "Missing option '{param_hint}'.": "Opsi '{param_hint}' belum diisi.",
    "Missing parameter '{param_hint}'.": "Parameter '{param_hint}' belum diisi.",
    "Missing {param_type}": "{param_type} belum diisi",
    "Invalid value for {param_hint}": "Nilai tidak sah untuk {param_hint}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "Invalid value": "Nilai tidak sah",
    "No such option: {name}": "Tidak ada opsi: {name}",
    "Got unexpected extra argument ({args})": "Argumen tambahan tidak dikenal ({args})",
    "Got unexpected extra arguments ({args})": "Argumen tambahan tidak dikenal ({args})",
    "Option {name!r} requires an argument.": "Opsi {name!r} memerlukan nilai.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "integer": "bilangan bulat",
    "float": "bilangan",
    "{value!r} is not one of {choices}.": "{value!r} bukan salah satu dari {choices}.",
    "{value!r} is not {choice}.": "{value!r} bukan {choice}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ditemukan.",
    "File {name!r} does not exist.": "Berkas {name!r} tidak ditemukan.",
    "Path {name!r} does not exist.": "Lokasi {name!r} tidak ditemukan.",
    "Directory {name!r} does not exist.": "Folder {name!r} tidak ditemukan.",
    "File {name!r} is a directory.": "{name!r} adalah folder, bukan berkas.",
    "Directory {name!r} is a file.": "{name!r} adalah berkas, bukan folder.",
    "File {name!r} is not readable.": "Berkas {name!r} tidak dapat dibaca.",
    "{value!r} is not in the range {range}.": "{value!r} di luar rentang {range}.",
    "file": "Berkas",
    "directory": "Folder",
    "path": "Lokasi",
}


def terjemahkan(teks: str) -> str:
    return _KATA.get(teks, teks)


def terjemahkan_jamak(tunggal: str, jamak: str, n: int) -> str:
    return terjemahkan(tunggal if n == 1 else jamak)


def pasang() -> None:
    """Point click's and typer's translators at :func:`terjemahkan`."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.types
    import typer.core

    for modul in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types, typer.core):
        if hasattr(modul, "_"):
            modul._ = terjemahkan
        if hasattr(modul, "ngettext"):
            modul.ngettext = terjemahkan_jamak
    # Usage line and type names shown in help ("[OPTIONS]", "INTEGER", "PATH").
    asli = click.core.Command.collect_usage_pieces

    def potongan_cara_pakai(self, ctx):
        return [("[OPSI]" if p == "[OPTIONS]" else p) for p in asli(self, ctx)]

    click.core.Command.collect_usage_pieces = potongan_cara_pakai
    click.types.IntParamType.name = "angka"
    click.types.FloatParamType.name = "bilangan"
    click.types.Path.name = "lokasi"
    click.types.StringParamType.name = "teks"
    # typer imports rich_utils (and Rich, ~0,15 s) only when it prints help or an error;
    # translate its constants at that moment instead of importing it at every start.
    if "typer.rich_utils" in sys.modules:
        _terjemahkan_rich_utils(sys.modules["typer.rich_utils"])
    else:
        sys.meta_path.insert(0, _PenambalRichUtils())


def _terjemahkan_rich_utils(ru) -> None:
    for nama in ("DEPRECATED_STRING", "DEFAULT_STRING", "ENVVAR_STRING", "REQUIRED_LONG_STRING",
                 "ARGUMENTS_PANEL_TITLE", "OPTIONS_PANEL_TITLE", "COMMANDS_PANEL_TITLE",
                 "ERRORS_PANEL_TITLE", "ABORTED_TEXT", "RICH_HELP"):
        setattr(ru, nama, terjemahkan(getattr(ru, nama)))


class _PenambalRichUtils(importlib.abc.MetaPathFinder):
    """Translate ``typer.rich_utils`` right after it is first imported."""

    def find_spec(self, nama, path, target=None):
        if nama != "typer.rich_utils":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(nama)
        jalankan = spec.loader.exec_module

        def exec_module(modul):
            jalankan(modul)
            _terjemahkan_rich_utils(modul)

        spec.loader.exec_module = exec_module
        return spec

