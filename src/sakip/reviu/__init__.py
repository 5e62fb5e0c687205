"""Reviu: read an LKj handed in (TXT, DOCX, PDF) and find what an Inspektorat
auditor with a calculator finds (PermenPANRB 53/2014, reviu atas LKj); or review
the office-year data file itself (.yaml/.yml/.xlsx, :mod:`sakip.reviu.data`).

    >>> from sakip.reviu import reviu_berkas  # doctest: +SKIP
    >>> hasil = reviu_berkas("lkj.pdf")       # doctest: +SKIP
    >>> hasil.ringkasan()                     # doctest: +SKIP
    {'kesalahan': 12, 'peringatan': 5, 'catatan': 3, 'jumlah': 20}
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sakip.reviu.baca import BerkasTidakTerbaca, baca_dokumen
from sakip.reviu.model import TINGKAT, HasilReviu, Temuan

__all__ = ["reviu_berkas", "reviu_dokumen", "reviu_data", "PENINJAU", "BerkasTidakTerbaca", "HasilReviu", "Temuan", "TINGKAT"]

_URUT = {t: i for i, t in enumerate(TINGKAT)}


def reviu_dokumen(path: Path) -> HasilReviu:
    """Read an LKj document (TXT, DOCX, PDF) and run every check."""
    from sakip.reviu.periksa import periksa_dokumen

    dok = baca_dokumen(path)
    temuan = periksa_dokumen(dok)
    temuan.sort(key=lambda t: _URUT[t.tingkat])
    return HasilReviu(berkas=str(path), jenis=dok.jenis, temuan=temuan, jumlah_tabel=len(dok.tabel),
                      jumlah_halaman=dok.jumlah_halaman)


def reviu_data(path: Path, *, survei: Path | None = None) -> HasilReviu:
    """Review a data file (.yaml/.yml/.xlsx); see :mod:`sakip.reviu.data`."""
    from sakip.reviu.data import reviu_data as _reviu_data

    return _reviu_data(path, survei=survei)


# Reviu by file extension: a function ``Path -> HasilReviu`` per extension.
PENINJAU: dict[str, Callable[..., HasilReviu]] = {
    ".txt": reviu_dokumen, ".pdf": reviu_dokumen, ".docx": reviu_dokumen,
    ".yaml": reviu_data, ".yml": reviu_data, ".xlsx": reviu_data, ".xlsm": reviu_data,
}
# Options only some reviews take (the survey answers only make sense beside a data file).
_MENERIMA_SURVEI = {reviu_data}


def reviu_berkas(path: str | Path, *, survei: str | Path | None = None) -> HasilReviu:
    """Review any supported file; raises :class:`BerkasTidakTerbaca` when it cannot be read."""
    path = Path(path)
    peninjau = PENINJAU.get(path.suffix.lower())
    if peninjau is None:
        dikenal = ", ".join(sorted(PENINJAU))
        raise BerkasTidakTerbaca(f"Jenis berkas {path.suffix or '(tanpa akhiran)'!r} belum dapat direviu; yang dikenali: {dikenal}.")
    if survei is None:
        return peninjau(path)
    if peninjau not in _MENERIMA_SURVEI:
        raise BerkasTidakTerbaca("Opsi --survei hanya untuk reviu berkas data (.yaml, .yml, .xlsx), bukan dokumen LKj.")
    return peninjau(path, survei=Path(survei))
