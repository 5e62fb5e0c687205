"""The exceptions of :mod:`sakip.core`. Messages are Bahasa Indonesia: users read them."""

from __future__ import annotations


class SakipError(Exception):
    """Base of every error sakip raises on purpose."""


class AngkaTidakSah(SakipError, ValueError):
    """A value could not be read as a number without guessing.

    >>> str(AngkaTidakSah("133.825.00,00", "pemisah ribuan tidak beraturan"))
    "'133.825.00,00' tidak dapat dibaca sebagai angka: pemisah ribuan tidak beraturan"
    """

    def __init__(self, teks: str, alasan: str):
        self.teks = teks
        self.alasan = alasan
        super().__init__(f"{teks!r} tidak dapat dibaca sebagai angka: {alasan}")


class ParameterTidakDitemukan(SakipError, LookupError):
    """No regulation parameter of that name, or none in force on that date."""


class MasukanTidakSah(SakipError, ValueError):
    """An argument to a calculation is outside what the rule accepts."""
