"""Reading the environment for the web settings (no Django imports here).

Everything a deployment can change is an environment variable with a ``SAKIP_``
prefix (plus ``DATABASE_URL``). A laptop needs none of them: data goes to the
user's data folder, SQLite is used and a secret key is generated once and kept
in the data folder.
"""

from __future__ import annotations

import os
import secrets
import string
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

NAMA_BERKAS_DB = "sakip.sqlite3"
NAMA_BERKAS_KUNCI = "kunci-rahasia.txt"
FOLDER_UNGGAHAN = "unggahan"
FOLDER_STATIS = "statis"

# Indonesian time-zone names people type, mapped to IANA names.
ZONA_SINGKAT = {
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}

_BENAR = {"1", "true", "ya", "yes", "on"}


class PengaturanTidakSah(Exception):
    """A ``SAKIP_*`` environment variable holds a value we cannot use."""


def flag(nama: str, bawaan: bool = False) -> bool:
    nilai = os.environ.get(nama)
    if nilai is None or nilai.strip() == "":
        return bawaan
    return nilai.strip().lower() in _BENAR


def daftar(nama: str, bawaan: list[str]) -> list[str]:
    nilai = os.environ.get(nama, "")
    bagian = [x.strip() for x in nilai.split(",") if x.strip()]
    return bagian or list(bawaan)


def folder_data() -> Path:
    """``SAKIP_DATA_DIR`` or the platform's user data folder (``~/.local/share/sakip``)."""
    nilai = os.environ.get("SAKIP_DATA_DIR", "").strip()
    if nilai:
        return Path(nilai).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("sakip", appauthor=False))


def zona_waktu() -> str:
    """``SAKIP_ZONA_WAKTU``: an IANA name or WIB/WITA/WIT; default Asia/Jakarta."""
    nilai = os.environ.get("SAKIP_ZONA_WAKTU", "").strip() or "Asia/Jakarta"
    nilai = ZONA_SINGKAT.get(nilai.upper(), nilai)
    try:
        ZoneInfo(nilai)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise PengaturanTidakSah(
            f"SAKIP_ZONA_WAKTU={nilai!r} bukan zona waktu yang dikenal; "
            "pakai WIB, WITA, WIT atau nama seperti Asia/Makassar."
        ) from exc
    return nilai


def kunci_rahasia(folder: Path) -> str:
    """``SAKIP_SECRET_KEY``, else a key generated once and kept in *folder*."""
    nilai = os.environ.get("SAKIP_SECRET_KEY", "").strip()
    if nilai:
        return nilai
    berkas = folder / NAMA_BERKAS_KUNCI
    if berkas.exists():
        isi = berkas.read_text(encoding="utf-8").strip()
        if isi:
            return isi
    folder.mkdir(parents=True, exist_ok=True)
    abjad = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    kunci = "".join(secrets.choice(abjad) for _ in range(64))
    # Create with owner-only permissions; never widen an existing file.
    fd = os.open(berkas, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(kunci + "\n")
    return kunci
