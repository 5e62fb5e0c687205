"""Generate and write one office-year's document (LKj or PK) — the unit of work of ``sakip laporan``.

Kept free of terminal code so that a worker process can run it and return only a
small summary (memory stays bounded in a batch: nothing is kept once written).
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sakip.berkas import BerkasTidakSah, baca, periksa

AKHIRAN_BERKAS = (".yaml", ".yml", ".xlsx")
JENIS = ("lkj", "pk")


def format_tersedia(format: str) -> bool:
    """Whether this installation can render ``format`` (the HTML renderer is optional)."""
    if format == "html":
        return importlib.util.find_spec("sakip.reports.html") is not None
    return format in ("docx", "pdf")


def slug(teks: str) -> str:
    """A file-name-safe form: ``Kecamatan Kalumpang`` -> ``Kecamatan-Kalumpang``.

    >>> slug("Dinas P/U & Tata Ruang (Kab.)")
    'Dinas-P-U-Tata-Ruang-Kab'
    """
    teks = unicodedata.normalize("NFKD", teks).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", teks).strip("-") or "instansi"


@dataclass
class Hasil:
    """What happened to one data file (small: safe to send between processes)."""

    berkas: str
    berhasil: bool
    keluaran: list[str] = field(default_factory=list)
    masalah: list[dict] = field(default_factory=list)
    peringatan: list[str] = field(default_factory=list)
    pesan: str | None = None


def nama_dasar(berkas, jenis: str, versi: str | None) -> str:
    p = berkas.profil
    if jenis == "pk":
        from sakip.laporan.analisis import pilih_pk

        pk = pilih_pk(berkas, versi)
        akhir = "" if pk.jenis == "murni" else "-perubahan" if pk.nomor_urut == 1 else f"-perubahan-{pk.nomor_urut}"
        return f"PK-{slug(p.instansi.nama)}-{p.tahun}{akhir}"
    return f"LKj-{slug(p.instansi.nama)}-{p.tahun}"


def buat(path: str | Path, keluaran: str | Path, *, jenis: str = "lkj", versi: str | None = None,
         formats: tuple[str, ...] = ("docx", "pdf", "html")) -> Hasil:
    """Read, check, build and write one document. Never raises for bad input: the problems
    are in the result. Nothing is written for a file with errors."""
    from sakip.laporan.analisis import PKTidakAda

    path = Path(path)
    try:
        berkas = baca(path)
    except BerkasTidakSah as e:
        return Hasil(str(path), False, masalah=[m.ke_dict() for m in e.masalah],
                     pesan=f"{len(e.masalah)} masalah dalam berkas data")
    peringatan = [str(p) for p in periksa(berkas)]
    try:
        if jenis == "pk":
            from sakip.laporan.pk import dokumen_pk

            dokumen = dokumen_pk(berkas, versi)
        else:
            from sakip.laporan.lkj import foto_tidak_dimuat, susun_lkj

            dokumen = susun_lkj(berkas, folder=path.parent, versi_pk=versi)
            peringatan += foto_tidak_dimuat(berkas, path.parent)
        nama = nama_dasar(berkas, jenis, versi)
    except PKTidakAda as e:
        return Hasil(str(path), False, peringatan=peringatan, pesan=str(e))
    from sakip.reports import tulis

    ditulis = tulis(dokumen, keluaran, nama, formats)
    return Hasil(str(path), True, keluaran=[str(x) for x in ditulis], peringatan=peringatan)


def daftar_berkas(folder: Path) -> list[Path]:
    """The data files of a folder, sorted by name (hidden and temporary files skipped)."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in AKHIRAN_BERKAS and not p.name.startswith((".", "~$")))
