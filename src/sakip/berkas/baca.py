"""Reading and writing a data file: the one entry point :func:`baca`, routed by extension."""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sakip.berkas import yaml_io
from sakip.berkas.masalah import BerkasTidakSah, Lokasi, Masalah, catat_letak, dari_validasi
from sakip.berkas.model import VERSI_FORMAT, BerkasData
from sakip.berkas.silang import periksa_silang

# Extension -> "module:function" taking a Path and returning BerkasData. The
# XLSX reader lives in its own module (imported only when needed).
PEMBACA: dict[str, str] = {
    ".yaml": "sakip.berkas.baca:baca_yaml",
    ".yml": "sakip.berkas.baca:baca_yaml",
    ".xlsx": "sakip.berkas.xlsx:baca_xlsx",
    ".xlsm": "sakip.berkas.xlsx:baca_xlsx",  # read only when it holds no macro
}


def _pembaca(akhiran: str) -> Callable[[Path], BerkasData] | None:
    alamat = PEMBACA.get(akhiran)
    if alamat is None:
        return None
    modul, _, fungsi = alamat.partition(":")
    try:
        return getattr(importlib.import_module(modul), fungsi)
    except (ImportError, AttributeError):
        return None


def baca(path: str | os.PathLike[str]) -> BerkasData:
    """Read a data file (``.yaml``/``.yml``; ``.xlsx`` when its reader is installed).

    Raises :class:`BerkasTidakSah` listing every problem.
    """
    path = Path(path)
    if not path.is_file():
        raise BerkasTidakSah([Masalah("(berkas)", str(path), "berkas tidak ditemukan", None, "tidak_ada")], str(path))
    akhiran = path.suffix.lower()
    pembaca = _pembaca(akhiran)
    if pembaca is None:
        dikenal = ", ".join(sorted(PEMBACA))
        pesan = (
            f"format {akhiran or '(tanpa akhiran)'} belum dapat dibaca; gunakan salah satu dari: {dikenal}"
            if akhiran not in PEMBACA
            else f"pembaca berkas {akhiran} belum tersedia pada instalasi ini"
        )
        raise BerkasTidakSah([Masalah("(berkas)", path.name, pesan, None, "format")], str(path))
    return pembaca(path)


def baca_yaml(path: str | os.PathLike[str]) -> BerkasData:
    path = Path(path)
    try:
        teks = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BerkasTidakSah(
            [Masalah("(berkas)", path.name, "berkas harus disimpan dengan pengodean UTF-8", None, "pengodean")],
            str(path),
        ) from None
    return dari_yaml(teks, sumber=str(path))


def dari_yaml(teks: str, sumber: str | None = None) -> BerkasData:
    """Validate YAML text into a :class:`BerkasData` (all problems at once)."""
    data, baris, masalah = yaml_io.muat(teks)
    if data is not None and not isinstance(data, dict):
        masalah.append(Masalah("(seluruh berkas)", None, "isi berkas harus berupa kumpulan 'kunci: nilai'", 1, "dict_type"))
    if masalah:
        raise BerkasTidakSah(masalah, sumber)
    return validasi(data, baris, sumber)


def validasi(data: Any, baris: Mapping[Lokasi, int] | None = None, sumber: str | None = None) -> BerkasData:
    """Validate plain data (from YAML, XLSX or a web form) into a :class:`BerkasData`.

    Structure errors are reported first; cross-reference errors (unknown or
    duplicate codes, years outside the Renstra) once the structure is valid.
    """
    try:
        berkas = BerkasData.model_validate(data)
    except ValidationError as e:
        raise BerkasTidakSah(dari_validasi(BerkasData, e, baris), sumber) from None
    masalah = periksa_silang(berkas, baris)
    if masalah:
        raise BerkasTidakSah(masalah, sumber)
    if baris:
        catat_letak(berkas, baris)
    return berkas


def ke_data(berkas: BerkasData) -> dict[str, Any]:
    """Plain data in field order, defaults left out (what the YAML file holds)."""
    data = berkas.model_dump(mode="python", exclude_defaults=True)
    return {"versi_format": berkas.versi_format, **data}


def ke_yaml(berkas: BerkasData) -> str:
    return yaml_io.dump(ke_data(berkas), VERSI_FORMAT)


def tulis_yaml(berkas: BerkasData, path: str | os.PathLike[str]) -> None:
    """Write the data file; the target is replaced only when the whole text is written."""
    path = Path(path)
    teks = ke_yaml(berkas)
    fd, sementara = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(teks)
        os.replace(sementara, path)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise
