"""Readers: a file handed in for reviu -> :class:`sakip.reviu.model.Dokumen`."""

from __future__ import annotations

from pathlib import Path

from sakip.reviu.model import Dokumen


class BerkasTidakTerbaca(Exception):
    """The file cannot be read at all (message in Indonesian, for the user)."""


PEMBACA = {".txt": "teks", ".text": "teks", ".pdf": "pdf", ".docx": "docx"}


def baca_dokumen(path: str | Path) -> Dokumen:
    path = Path(path)
    if not path.exists():
        raise BerkasTidakTerbaca(f"Berkas {str(path)!r} tidak ditemukan.")
    if path.is_dir():
        raise BerkasTidakTerbaca(f"{str(path)!r} adalah folder, bukan berkas.")
    akhiran = path.suffix.lower()
    if akhiran not in PEMBACA:
        raise BerkasTidakTerbaca(
            f"Jenis berkas {akhiran or '(tanpa akhiran)'!r} tidak dikenali; "
            "reviu dokumen menerima .txt, .docx dan .pdf."
        )
    try:
        if akhiran == ".pdf":
            from sakip.reviu.baca.pdf import baca_pdf

            return baca_pdf(path)
        if akhiran == ".docx":
            from sakip.reviu.baca.docx import baca_docx

            return baca_docx(path)
        from sakip.reviu.baca.teks import baca_teks

        try:
            isi = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            isi = path.read_text(encoding="latin-1")
        return baca_teks(isi, berkas=str(path))
    except BerkasTidakTerbaca:
        raise
    except Exception as exc:  # any parser failure on a broken file
        raise BerkasTidakTerbaca(
            f"Berkas {path.name!r} tidak dapat dibaca sebagai {akhiran[1:].upper()}: {exc.__class__.__name__}: {exc}"
        ) from exc
