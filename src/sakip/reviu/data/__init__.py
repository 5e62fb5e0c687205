"""Reviu of an office-year data file (sakip's own ``.yaml``/``.yml``/``.xlsx``).

The file is read by :func:`sakip.berkas.baca` (an invalid file cannot be
reviewed: every problem is listed, exit 2); the checks RV-DAT-* then look at the
model. Locations name the path in the file and the YAML line, or the sheet, row
and column of the workbook.
"""

from __future__ import annotations

from pathlib import Path

from sakip.reviu.model import TINGKAT, HasilReviu

AKHIRAN = (".yaml", ".yml", ".xlsx", ".xlsm")

_URUT = {t: i for i, t in enumerate(TINGKAT)}


def _baca(path: Path):
    """The model and where its paths sit: YAML lines, or workbook cells."""
    from sakip.berkas import baca
    from sakip.berkas.masalah import letak

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            from sakip.berkas.xlsx import baca_xlsx_dan_peta
        except ImportError:  # reader not installed: baca() says so
            return baca(path), None, None
        berkas, peta = baca_xlsx_dan_peta(path)
        return berkas, None, peta
    berkas = baca(path)
    return berkas, letak(berkas), None


def periksa_berkas(berkas, *, baris=None, peta=None, survei=None, nama_survei: str = "survei") -> list:
    """Every RV-DAT check on a valid :class:`~sakip.berkas.BerkasData` (``baris``: YAML
    lines; ``peta``: workbook cells; ``survei``: a :class:`sakip.core.ikm.HasilIKM`)."""
    from sakip.reviu.data import bungkus, ikm, indikator, isi, pk
    from sakip.reviu.data.konteks import Konteks

    from sakip.reviu.aturan import temuan

    k = Konteks(berkas=berkas, baris=baris, peta=peta)
    langkah = [(m.__name__.rsplit(".", 1)[-1], lambda m=m: m.periksa(k)) for m in (bungkus, pk, indikator, isi)]
    if survei is not None:
        langkah.append(("ikm", lambda: ikm.periksa(k, survei, nama_survei)))
    for nama, jalankan in langkah:
        try:
            jalankan()
        except Exception as exc:  # a check that trips on odd input must not stop the reviu
            k.temuan.append(temuan("RV-BAC-01", "-", uraian=f"Pemeriksaan berkas data {nama} tidak selesai "
                                                          f"({exc.__class__.__name__}: {exc}); periksa manual."))
    return sorted(k.temuan, key=lambda t: (_URUT[t.tingkat], t.kode))


def reviu_data(path: Path, *, survei: Path | None = None) -> HasilReviu:
    """Review a data file. Raises :class:`sakip.reviu.BerkasTidakTerbaca` when the file
    is not valid (message lists every problem), and :class:`sakip.io.tabel.BerkasTidakSah`
    when the survey file has bad cells."""
    from sakip.berkas import BerkasTidakSah
    from sakip.reviu.baca import BerkasTidakTerbaca

    path = Path(path)
    try:
        berkas, baris, peta = _baca(path)
    except BerkasTidakSah as e:
        daftar = "\n".join(f"- {m}" for m in e.masalah)
        raise BerkasTidakTerbaca(f"berkas data {path.name} tidak sah ({len(e.masalah)} masalah); "
                                 f"perbaiki dahulu (lihat juga 'sakip periksa'):\n{daftar}") from None
    hasil_survei = None
    if survei is not None:
        from sakip.core.exceptions import MasukanTidakSah
        from sakip.reviu.data.ikm import hitung_survei

        try:
            hasil_survei = hitung_survei(Path(survei), tahun=berkas.profil.tahun)
        except MasukanTidakSah as e:
            raise BerkasTidakTerbaca(f"berkas survei {Path(survei).name}: {e}") from None
    temuan = periksa_berkas(berkas, baris=baris, peta=peta, survei=hasil_survei,
                            nama_survei=Path(survei).name if survei else "survei")
    return HasilReviu(berkas=str(path), jenis=path.suffix.lower().lstrip("."), temuan=temuan)
