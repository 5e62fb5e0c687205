"""A web workspace in a temporary folder, for tests that run ``sakip`` in subprocesses.

:class:`RuangKerja` is a data folder plus the database it goes with (SQLite in the folder, or a
PostgreSQL database). Settings are read from the environment when a process starts, so every
step — seeding, the command under test, the dump compared afterwards — is its own process.
:class:`PostgresUji` creates (optionally from a template) and finally drops its own databases
on 127.0.0.1:5432.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
PEMBANTU = AKAR / "tests" / "_basis_data.py"
PG = "postgres://postgres@127.0.0.1:5432"
SANDI_OPERATOR = "sandi-uji-ruang-kerja-7"
"""Password given to ``operator.kalumpang`` by ``_basis_data.py siap_server`` (fixture ``ruang_kerja``)."""


def pakai_postgres() -> bool:
    """The suite was asked to run on PostgreSQL (``SAKIP_TEST_DB=postgres``)."""
    return os.environ.get("SAKIP_TEST_DB", "").lower() in ("postgres", "postgresql")


@dataclass(frozen=True)
class RuangKerja:
    data: Path
    db_url: str | None = None

    def env(self, **tambahan) -> dict:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("SAKIP_") and k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
        env.update(PYTHONPATH=str(AKAR / "src"), PYTHONUNBUFFERED="1", COLUMNS="200", SAKIP_DATA_DIR=str(self.data),
                   **tambahan)
        if self.db_url:
            env["DATABASE_URL"] = self.db_url
        return env

    def jalan(self, *args, kode: int = 0) -> subprocess.CompletedProcess:
        """Run ``python *args`` against this workspace; check the exit code. ``.teks``: stdout unwrapped."""
        r = subprocess.run([sys.executable, *map(str, args)], env=self.env(), capture_output=True, text=True,
                           timeout=300, cwd=AKAR)
        assert r.returncode == kode, r.stdout + r.stderr
        r.teks = " ".join(r.stdout.split())  # Rich wraps lines at the terminal width
        return r

    def sakip(self, *args, kode: int = 0) -> subprocess.CompletedProcess:
        return self.jalan("-m", "sakip", *args, kode=kode)

    def pembantu(self, *args) -> str:
        """Run a mode of ``tests/_basis_data.py`` (``isi``, ``isi_semua``, …); return its output."""
        return self.jalan(PEMBANTU, *args).stdout

    def isi(self, *, semua: bool = False) -> dict:
        """Every row of every table (``semua``: sessions and pending uploads too)."""
        return json.loads(self.pembantu("isi_semua", *(["semua"] if semua else [])))


class PostgresUji:
    """Databases made for one test module, dropped at :meth:`tutup`."""

    def __init__(self):
        import psycopg

        self.induk = psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=3)
        self.dibuat: list[str] = []

    def baru(self, *, templat: str | None = None) -> str:
        """A new database (a copy of *templat*'s URL when given); return its URL."""
        nama = f"sakip_uji_{uuid.uuid4().hex[:10]}"
        salin = f' TEMPLATE "{templat.rsplit("/", 1)[1]}"' if templat else ""
        self.induk.execute(f'CREATE DATABASE "{nama}"{salin}')
        self.dibuat.append(nama)
        return f"{PG}/{nama}"

    def tutup(self) -> None:
        for nama in reversed(self.dibuat):
            self.induk.execute(f'DROP DATABASE IF EXISTS "{nama}" WITH (FORCE)')
        self.induk.close()


def tabel_beda(a: dict, b: dict) -> list[str]:
    """Tables whose rows differ between two dumps of :meth:`RuangKerja.isi`."""
    return sorted(t for t in a.keys() | b.keys() if a.get(t) != b.get(t))


def salin(benih: RuangKerja, tujuan: Path, pg: PostgresUji | None) -> RuangKerja:
    """A copy of *benih* for one test: the folder copied, its PostgreSQL database cloned."""
    import shutil

    shutil.copytree(benih.data, tujuan)
    return RuangKerja(tujuan, pg.baru(templat=benih.db_url) if pg else None)
