"""Fail points: named places in real code paths where a test can make the process die.

A call ``titik("impor.tengah")`` sits inside a write path (an import half-way through its
tables, a document generation between its files and its row). It does nothing unless the
environment variable ``SAKIP_TITIK_GANGGUAN`` names that point (a comma list), in which case
the process kills itself there with SIGKILL: no ``finally`` block, ``atexit`` hook, rollback
by Python or polite database disconnect runs — the same death as the kernel's OOM killer or
``kill -9``. ``tests/web/tangguh/test_proses_mati.py`` arms a point in a real ``sakip server``
and checks the database is exactly as it was.

The variable is read once, at import (gunicorn imports the app in the master, so every worker
inherits it). An unarmed point costs one truth test of an empty set.
"""

from __future__ import annotations

import os
import signal

VARIABEL = "SAKIP_TITIK_GANGGUAN"

TITIK = {
    "impor.tengah": "kinerja.services: berkas_simpan has written the Renstra, indikator, target and PK "
    "tables but not realisasi, bukti, anggaran nor the deletions; the transaction is open",
    "dokumen.berkas": "dokumen.services.dokumen_susun: PDF, DOCX and HTML are on disk, no row yet",
    "dokumen.baris": "dokumen.services.dokumen_susun: the DokumenTerbit row is created (and older drafts "
    "deleted) inside the transaction, not yet committed",
}
"""Every fail point and where it sits (a test checks each is placed exactly once in the code)."""

_AKTIF = frozenset(n.strip() for n in os.environ.get(VARIABEL, "").split(",") if n.strip())


def titik(nama: str) -> None:
    """Die here (SIGKILL) when ``SAKIP_TITIK_GANGGUAN`` names *nama*; otherwise nothing."""
    if _AKTIF and nama in _AKTIF:
        _mati(nama)


def _mati(nama: str) -> None:
    # Raw write to fd 2: unbuffered, so the line is out before the signal lands.
    os.write(2, f"sakip: titik gangguan {nama!r} tercapai; proses {os.getpid()} dimatikan (SIGKILL)\n".encode())
    os.kill(os.getpid(), signal.SIGKILL)
