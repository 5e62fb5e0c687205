"""Importing a workbook (or YAML data file) into an office-year: upload, preview, apply all or nothing.

1. :func:`unggahan_simpan` checks the upload (size, extension, zip signature)
   and keeps it server-side under a token bound to the user, instansi and year.
2. :func:`pratinjau` reads it with the berkas reader (the XLSX reader's own
   hostile-file checks included) and returns every error — the same messages as
   ``sakip periksa`` — or, when valid, the warnings and the difference with the
   data in the database.
3. :func:`unggahan_terapkan` re-reads the file and saves it with
   :func:`services.berkas_simpan` in one transaction, refusing when the data
   changed since the preview (``versi``); then the upload is deleted.

Exporting is :func:`ekspor_xlsx` / :func:`ekspor_yaml`.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.berkas import BerkasData, BerkasTidakSah, Masalah, Peringatan, baca, ke_yaml, periksa
from sakip.web.kinerja.models import TahunKinerja, Unggahan
from sakip.web.kinerja.perubahan import Perubahan, bandingkan
from sakip.web.kinerja.selectors import berkas_get
from sakip.web.kinerja.services import DataTerkunci, berkas_simpan, periksa_kecocokan, periksa_terkunci

log = logging.getLogger(__name__)

BATAS_UNGGAHAN = 10 * 1024 * 1024
"""Largest upload accepted, bytes."""
AKHIRAN = {".xlsx", ".yaml", ".yml"}
ZIP = b"PK\x03\x04"
UMUR_UNGGAHAN = dt.timedelta(days=1)
"""Uploads older than this are removed when the same user uploads again."""


def folder_unggahan() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "impor"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unggahan_simpan(*, user, instansi, tahun: int, berkas) -> Unggahan:
    """Keep an uploaded file for preview; refuse (``ValidationError``) what cannot be a data file."""
    nama = PurePath(berkas.name or "").name[:200]
    akhiran = PurePath(nama).suffix.lower()
    if akhiran not in AKHIRAN:
        raise ValidationError("Unggah buku kerja Excel (.xlsx) atau berkas data YAML (.yaml); berkas ini bukan keduanya.")
    if berkas.size > BATAS_UNGGAHAN:
        raise ValidationError(f"Berkas terlalu besar; batasnya {BATAS_UNGGAHAN // (1024 * 1024)} MB.")
    if berkas.size == 0:
        raise ValidationError("Berkas kosong.")
    awal = next(berkas.chunks(), b"")
    if akhiran == ".xlsx" and awal[:4] != ZIP:
        raise ValidationError(
            "Berkas ini bukan buku kerja Excel (.xlsx) yang sah; simpan ulang sebagai .xlsx dari Excel atau LibreOffice."
        )
    if akhiran != ".xlsx" and not _teks(awal):
        raise ValidationError("Berkas ini bukan berkas data YAML (teks UTF-8); unggah buku kerja .xlsx atau berkas .yaml dari sakip.")
    _bersihkan_lama(user)
    unggahan = Unggahan(user=user, instansi=instansi, tahun=tahun, nama_asli=nama, ukuran=berkas.size)
    path = folder_unggahan() / f"{unggahan.token.hex}{akhiran}"
    with path.open("wb") as f:
        for potong in berkas.chunks():
            f.write(potong)
    unggahan.path = str(path)
    unggahan.save()
    return unggahan


def _teks(awal: bytes) -> bool:
    """The first chunk of a YAML upload looks like UTF-8 text (no NUL byte, no binary signature)."""
    if b"\x00" in awal or awal.startswith((ZIP, b"\xd0\xcf\x11\xe0", b"%PDF")):
        return False
    try:
        awal.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start >= len(awal) - 3  # a character cut at the chunk's end
    return True


def _bersihkan_lama(user) -> None:
    for lama in Unggahan.objects.filter(user=user, dibuat_pada__lt=timezone.now() - UMUR_UNGGAHAN):
        unggahan_hapus(unggahan=lama)


def unggahan_hapus(*, unggahan: Unggahan) -> None:
    Path(unggahan.path).unlink(missing_ok=True)
    unggahan.delete()


@dataclass
class Pratinjau:
    """What importing an upload would do."""

    masalah: list[Masalah] = field(default_factory=list)
    peringatan: list[Peringatan] = field(default_factory=list)
    perubahan: Perubahan | None = None
    versi: int = 0
    """The office-year's ``versi`` the difference was computed against (0: no data yet)."""
    berkas: BerkasData | None = None
    terkunci: str | None = None
    """Why it cannot be applied now although the file is valid (the year or a PK version is locked)."""

    @property
    def sah(self) -> bool:
        return not self.masalah


def _baca(unggahan: Unggahan) -> tuple[BerkasData, list[Peringatan]]:
    """Read the upload with the berkas reader; warnings placed on their cells for a workbook."""
    path = Path(unggahan.path)
    if path.suffix.lower() == ".xlsx":
        from sakip.berkas import xlsx

        berkas, peta = xlsx.baca_xlsx_dan_peta(path)
        return berkas, xlsx.tempatkan(periksa(berkas), peta)
    berkas = baca(path)
    return berkas, periksa(berkas)


def _baca_aman(unggahan: Unggahan) -> tuple[BerkasData | None, list[Peringatan], list[Masalah]]:
    try:
        berkas, peringatan = _baca(unggahan)
    except BerkasTidakSah as e:
        return None, [], [_bernama(m, unggahan) for m in e.masalah]
    except ImportError:
        pesan = "pembaca buku kerja Excel belum tersedia pada instalasi ini; unggah berkas data YAML"
        return None, [], [Masalah("(berkas)", unggahan.nama_asli, pesan, None, "format")]
    except Exception:  # a reader bug must not become a 500 page: say so, log it
        log.exception("unggahan %s tidak dapat dibaca", unggahan.token)
        pesan = "berkas tidak dapat dibaca; simpan ulang dari Excel atau LibreOffice lalu unggah lagi"
        return None, [], [Masalah("(berkas)", unggahan.nama_asli, pesan, None, "berkas_rusak")]
    return berkas, peringatan, []


def _bernama(m: Masalah, unggahan: Unggahan) -> Masalah:
    """Problems about the whole file name the user's file, not our server path."""
    if m.nilai and m.nilai in (unggahan.path, PurePath(unggahan.path).name):
        return replace(m, nilai=unggahan.nama_asli)
    return m


def pratinjau(*, unggahan: Unggahan) -> Pratinjau:
    """Every error of the upload, or its warnings and the difference with the database."""
    berkas, peringatan, masalah = _baca_aman(unggahan)
    if berkas is not None:
        masalah = periksa_kecocokan(instansi=unggahan.instansi, tahun=unggahan.tahun, berkas=berkas)
    if masalah:
        return Pratinjau(masalah=masalah)
    tk = TahunKinerja.objects.filter(instansi=unggahan.instansi, tahun=unggahan.tahun).select_related("instansi").first()
    lama = berkas_get(instansi_pk=unggahan.instansi_id, tahun=unggahan.tahun) if tk else None
    terkunci = None
    if tk is not None:
        try:
            periksa_terkunci(tk, lama, berkas)
        except DataTerkunci as e:
            terkunci = e.pesan
    return Pratinjau(peringatan=peringatan, perubahan=bandingkan(lama, berkas), versi=tk.versi if tk else 0, berkas=berkas,
                     terkunci=terkunci)


@transaction.atomic
def unggahan_terapkan(*, unggahan: Unggahan, user, versi: int) -> Perubahan:
    """Apply the whole upload or nothing; the upload is removed once applied.

    Raises :class:`~sakip.berkas.BerkasTidakSah` (the file has errors) or
    :class:`services.DataBerubah` (someone changed the data since the preview).
    """
    berkas, _, masalah = _baca_aman(unggahan)
    if masalah:
        raise BerkasTidakSah(masalah)
    perubahan = berkas_simpan(instansi=unggahan.instansi, tahun=unggahan.tahun, berkas=berkas, oleh=user, versi=versi)
    path = unggahan.path
    unggahan.delete()
    transaction.on_commit(lambda: Path(path).unlink(missing_ok=True))
    return perubahan


def ekspor_yaml(*, tahun_kinerja: TahunKinerja) -> bytes:
    berkas = berkas_get(instansi_pk=tahun_kinerja.instansi_id, tahun=tahun_kinerja.tahun)
    return ke_yaml(berkas).encode("utf-8")


def ekspor_xlsx(*, tahun_kinerja: TahunKinerja) -> bytes:
    """The office-year as the data workbook (same layout as ``sakip templat``)."""
    from sakip.berkas.xlsx import tulis_xlsx

    berkas = berkas_get(instansi_pk=tahun_kinerja.instansi_id, tahun=tahun_kinerja.tahun)
    with tempfile.TemporaryDirectory(prefix="sakip-ekspor-") as folder:
        path = Path(folder) / "data.xlsx"
        tulis_xlsx(berkas, path)
        return path.read_bytes()
