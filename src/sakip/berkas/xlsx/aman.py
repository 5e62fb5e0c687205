"""Checks on an uploaded workbook before any XML parser sees it.

An ``.xlsx`` file is a zip of XML parts. Before openpyxl opens it we look at
the zip itself: it must be a zip (an old ``.xls`` or a password-protected file
is an OLE container), its declared and actual uncompressed sizes must stay
under :data:`BATAS_UKURAN`, and no part may carry a DTD (entity expansion),
macros, external links or embedded pictures. Each refusal is one clear
Indonesian sentence; nothing raises past :func:`periksa_zip`.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

BATAS_BERKAS = 20 * 1024 * 1024
"""Largest file accepted on disk (compressed), bytes."""
BATAS_UKURAN = 50 * 1024 * 1024
"""Largest total uncompressed size of all parts, bytes."""
BATAS_ANGGOTA = 2000
"""Most parts in the zip."""
BATAS_RASIO = 200
"""Largest compression ratio of one part (a zip bomb has thousands)."""
BATAS_BARIS = 20_000
"""Most rows read from one sheet."""
BATAS_KOLOM = 200
"""Most columns read from one sheet."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_RUMUS = re.compile(rb"<(?:\w+:)?f[\s>/]")


class BukuKerjaDitolak(ValueError):
    """The file is not a workbook sakip may open; ``pesan`` says why (Indonesian)."""

    def __init__(self, pesan: str):
        super().__init__(pesan)
        self.pesan = pesan


@dataclass(frozen=True)
class HasilPeriksa:
    ada_rumus: bool
    """Some sheet holds formulas (their cached values must be checked)."""


def periksa_zip(path: Path) -> HasilPeriksa:
    """Refuse anything that is not a plain, reasonably sized workbook."""
    ukuran = path.stat().st_size
    if ukuran > BATAS_BERKAS:
        raise BukuKerjaDitolak(f"berkas terlalu besar ({ukuran // (1024 * 1024)} MB); batasnya {BATAS_BERKAS // (1024 * 1024)} MB")
    with path.open("rb") as f:
        awal = f.read(8)
    if awal == _OLE:
        raise BukuKerjaDitolak(
            "berkas ini buku kerja Excel lama (.xls) atau dilindungi kata sandi; "
            "buka di Excel/LibreOffice, hapus kata sandinya, lalu simpan sebagai .xlsx"
        )
    if not zipfile.is_zipfile(path):
        raise BukuKerjaDitolak("berkas ini bukan buku kerja Excel (.xlsx); simpan ulang sebagai .xlsx dari Excel atau LibreOffice")
    try:
        with zipfile.ZipFile(path) as z:
            return _periksa_isi(z)
    except BukuKerjaDitolak:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as e:
        raise BukuKerjaDitolak(f"berkas .xlsx rusak dan tidak dapat dibuka ({type(e).__name__}); simpan ulang dari Excel atau LibreOffice") from e


def _periksa_isi(z: zipfile.ZipFile) -> HasilPeriksa:
    anggota = z.infolist()
    if len(anggota) > BATAS_ANGGOTA:
        raise BukuKerjaDitolak(f"berkas memuat terlalu banyak bagian ({len(anggota)}); ini bukan buku kerja biasa")
    nama = {a.filename for a in anggota}
    if "[Content_Types].xml" not in nama or "xl/workbook.xml" not in nama:
        raise BukuKerjaDitolak("berkas zip ini bukan buku kerja Excel (.xlsx) yang utuh")
    total = sum(a.file_size for a in anggota)
    if total > BATAS_UKURAN:
        raise BukuKerjaDitolak(
            f"isi buku kerja terlalu besar setelah diekstrak ({total // (1024 * 1024)} MB, batas "
            f"{BATAS_UKURAN // (1024 * 1024)} MB); berkas ini mungkin bom zip"
        )
    for a in anggota:
        if a.compress_size and a.file_size / a.compress_size > BATAS_RASIO and a.file_size > 1024 * 1024:
            raise BukuKerjaDitolak(f"bagian {a.filename} dimampatkan secara tidak wajar; berkas ini mungkin bom zip")
        if a.flag_bits & 0x1:
            raise BukuKerjaDitolak("buku kerja dilindungi kata sandi; hapus kata sandinya lalu simpan ulang")
    lower = {n.lower() for n in nama}
    if any(n.endswith("vbaproject.bin") for n in lower):
        raise BukuKerjaDitolak("buku kerja berisi makro (VBA); simpan sebagai 'Buku Kerja Excel (.xlsx)' tanpa makro")
    if any(n.startswith("xl/externallinks/") for n in lower):
        raise BukuKerjaDitolak(
            "buku kerja memuat tautan ke berkas lain (external link); salin lalu tempel sebagai nilai, "
            "kemudian hapus tautannya (Data > Edit Links)"
        )
    if any(n.startswith("xl/media/") for n in lower):
        raise BukuKerjaDitolak(
            "buku kerja berisi gambar; gambar tidak dibaca sakip. Hapus gambarnya dan tulis nama berkas "
            "fotonya di lembar Dokumentasi"
        )
    ada_rumus = False
    dibaca = 0
    for a in anggota:
        if not a.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        isi = _baca_terbatas(z, a, BATAS_UKURAN - dibaca)
        dibaca += len(isi)
        if _DTD.search(isi):
            raise BukuKerjaDitolak(f"bagian {a.filename} memuat deklarasi DTD/ENTITY yang tidak diizinkan")
        if a.filename.lower().startswith("xl/worksheets/") and _RUMUS.search(isi):
            ada_rumus = True
    return HasilPeriksa(ada_rumus=ada_rumus)


def _baca_terbatas(z: zipfile.ZipFile, a: zipfile.ZipInfo, sisa: int) -> bytes:
    """Read one part, never more than ``sisa`` bytes (declared sizes can lie)."""
    with z.open(a) as f:
        isi = f.read(max(sisa, 0) + 1)
    if len(isi) > sisa:
        raise BukuKerjaDitolak("isi buku kerja lebih besar daripada yang dinyatakan; berkas ini mungkin bom zip")
    return isi
