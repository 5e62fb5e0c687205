"""Reviu: read an LKj handed in (TXT, DOCX, PDF) and find what an Inspektorat
auditor with a calculator finds (PermenPANRB 53/2014, reviu atas LKj).

    >>> from sakip.reviu import reviu_berkas  # doctest: +SKIP
    >>> hasil = reviu_berkas("lkj.pdf")       # doctest: +SKIP
    >>> hasil.ringkasan()                     # doctest: +SKIP
    {'kesalahan': 12, 'peringatan': 5, 'catatan': 3, 'jumlah': 20}
"""

from __future__ import annotations

from pathlib import Path

from sakip.reviu.baca import BerkasTidakTerbaca, baca_dokumen
from sakip.reviu.model import TINGKAT, HasilReviu, Temuan

__all__ = ["reviu_berkas", "BerkasTidakTerbaca", "HasilReviu", "Temuan", "TINGKAT"]

_URUT = {t: i for i, t in enumerate(TINGKAT)}


def reviu_berkas(path: str | Path) -> HasilReviu:
    """Read an LKj document and run every check. Raises BerkasTidakTerbaca."""
    from sakip.reviu.periksa import periksa_dokumen

    dok = baca_dokumen(path)
    temuan = periksa_dokumen(dok)
    temuan.sort(key=lambda t: _URUT[t.tingkat])
    return HasilReviu(berkas=str(path), jenis=dok.jenis, temuan=temuan, jumlah_tabel=len(dok.tabel),
                      jumlah_halaman=dok.jumlah_halaman)
