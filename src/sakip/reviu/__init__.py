"""Reviu: read an LKj handed in (TXT, DOCX, PDF) and find what an Inspektorat
auditor with a calculator finds (PermenPANRB 53/2014, reviu atas LKj).

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

__all__ = ["reviu_berkas", "reviu_dokumen", "PENINJAU", "BerkasTidakTerbaca", "HasilReviu", "Temuan", "TINGKAT"]

_URUT = {t: i for i, t in enumerate(TINGKAT)}


def reviu_dokumen(path: Path) -> HasilReviu:
    """Read an LKj document (TXT, DOCX, PDF) and run every check."""
    from sakip.reviu.periksa import periksa_dokumen

    dok = baca_dokumen(path)
    temuan = periksa_dokumen(dok)
    temuan.sort(key=lambda t: _URUT[t.tingkat])
    return HasilReviu(berkas=str(path), jenis=dok.jenis, temuan=temuan, jumlah_tabel=len(dok.tabel),
                      jumlah_halaman=dok.jumlah_halaman)


# Reviu by file extension. A data-file reviu (sakip's own .yaml/.xlsx) plugs in
# here: register a function ``Path -> HasilReviu`` for its extensions.
PENINJAU: dict[str, Callable[[Path], HasilReviu]] = {".txt": reviu_dokumen, ".pdf": reviu_dokumen, ".docx": reviu_dokumen}


def reviu_berkas(path: str | Path) -> HasilReviu:
    """Review any supported file; raises :class:`BerkasTidakTerbaca` when it cannot be read."""
    path = Path(path)
    peninjau = PENINJAU.get(path.suffix.lower())
    if peninjau is None:
        dikenal = ", ".join(sorted(PENINJAU))
        raise BerkasTidakTerbaca(f"Jenis berkas {path.suffix or '(tanpa akhiran)'!r} belum dapat direviu; yang dikenali: {dikenal}.")
    return peninjau(path)
