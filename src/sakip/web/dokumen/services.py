"""Writes of the dokumen app: generate (``dokumen_susun``) and publish (``dokumen_terbitkan``).

Generation runs inside the request (about 1-2 s, without holding a lock): the office-year is read with
:func:`~sakip.web.kinerja.selectors.berkas_dari_db`, built by :mod:`sakip.laporan`,
rendered by :mod:`sakip.reports` and written under ``DATA_DIR/dokumen/``. Files are
written first, the row last, so a failure leaves no row pointing at a missing file. A process
killed in between leaves a folder no row refers to: unreachable (files are served only through
their row) and removed by :func:`dokumen_bersihkan_yatim` when the server next starts.
"""

from __future__ import annotations

import hashlib
import shutil
import time
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.titik_gangguan import titik

FORMAT = ("pdf", "docx", "html")
FOLDER = "dokumen"
UMUR_YATIM = timedelta(minutes=15)
"""A document folder without a row is removed only once this old: a generation in another
worker writes its files before its row (1-2 s; gunicorn stops a request after 120 s)."""


def folder_dokumen() -> Path:
    return Path(settings.DATA_DIR) / FOLDER


def _bangun(tk: TahunKinerja, jenis: str, nomor_urut_pk: int | None = None):
    """(document model, base file name) for *jenis*; Indonesian ``ValidationError`` when impossible."""
    from sakip.laporan import PKTidakAda, dokumen_pk, susun_lkj
    from sakip.laporan.keluaran import nama_dasar
    from sakip.web.kinerja.selectors import berkas_dari_db

    berkas = berkas_dari_db(tahun_kinerja=tk)
    try:
        if jenis == DokumenTerbit.Jenis.LKJ:
            return susun_lkj(berkas, folder=settings.MEDIA_ROOT), nama_dasar(berkas, "lkj", None)
        versi = jenis.removeprefix("pk-") if nomor_urut_pk is None else nomor_urut_pk
        return dokumen_pk(berkas, versi), nama_dasar(berkas, "pk", str(versi))
    except PKTidakAda as e:
        raise ValidationError(f"Dokumen tidak dapat disusun: {e}.") from None


def dokumen_susun(*, tahun_kinerja: TahunKinerja, jenis: str, oleh=None, nomor_urut_pk: int | None = None) -> DokumenTerbit:
    """Generate *jenis* (``lkj``, ``pk-murni``, ``pk-perubahan``) in every format from the current data.

    *nomor_urut_pk*: which PK version (default: murni, or the latest perubahan).
    The slow part (building and rendering, 1-2 s) holds no lock: the version is read before the
    rows, so a concurrent change can only make the document look stale, never fresher than it is.
    Earlier unpublished, unsigned generations of the same kind are then replaced (their files
    removed); published ones stay until another is published, signed ones for good.
    """
    from sakip.reports import render

    if jenis not in DokumenTerbit.Jenis.values:
        raise ValidationError("Jenis dokumen tidak dikenal.")
    tk = TahunKinerja.objects.get(pk=tahun_kinerja.pk)
    dokumen, nama = _bangun(tk, jenis, nomor_urut_pk)
    isi = {f: render(dokumen, f) for f in FORMAT}
    relatif = Path(str(tk.instansi_id)) / str(tk.tahun) / uuid.uuid4().hex
    tujuan = folder_dokumen() / relatif
    tujuan.mkdir(parents=True, exist_ok=True)
    berkas = {}
    for f, data in isi.items():
        (tujuan / f"{nama}.{f}").write_bytes(data)
        berkas[f] = {"nama": f"{nama}.{f}", "path": str(relatif / f"{nama}.{f}"),
                     "sha256": hashlib.sha256(data).hexdigest(), "ukuran": len(data)}
    titik("dokumen.berkas")
    with transaction.atomic():
        lama = list(DokumenTerbit.objects.select_for_update().filter(
            tahun_kinerja=tk, jenis=jenis, nomor_urut_pk=nomor_urut_pk, diterbitkan_pada__isnull=True, disahkan_pada__isnull=True))
        baru = DokumenTerbit.objects.create(tahun_kinerja=tk, jenis=jenis, versi_data=tk.versi, berkas=berkas, dibuat_oleh=oleh,
                                            nomor_urut_pk=nomor_urut_pk)
        for d in lama:
            d.delete()
        titik("dokumen.baris")
    for d in lama:
        _hapus_berkas(d)
    return baru


def _hapus_berkas(d: DokumenTerbit) -> None:
    for info in d.berkas.values():
        p = folder_dokumen() / info["path"]
        p.unlink(missing_ok=True)
        try:
            p.parent.rmdir()
        except OSError:
            pass


def dokumen_bersihkan_yatim(*, umur: timedelta = UMUR_YATIM) -> list[Path]:
    """Remove document folders that no row refers to and that are older than *umur*; return them.

    Such a folder is what a generation killed between writing its files and committing its row
    leaves behind (or a replaced draft whose files were not yet removed). Run by ``sakip server``
    at start-up.
    """
    akar = folder_dokumen()
    if not akar.is_dir():
        return []
    dipakai = {akar / Path(info["path"]).parent
               for berkas in DokumenTerbit.objects.values_list("berkas", flat=True) for info in berkas.values()}
    batas = time.time() - umur.total_seconds()
    yatim = [f for f in akar.glob("*/*/*") if f.is_dir() and f not in dipakai and f.stat().st_mtime < batas]
    for f in yatim:
        shutil.rmtree(f, ignore_errors=True)
    return yatim


def jalur_berkas(*, dokumen: DokumenTerbit, format: str) -> Path:
    """The file of one format, checked against its stored SHA-256 (a changed file is not served)."""
    info = dokumen.berkas.get(format)
    if not info:
        raise FileNotFoundError(format)
    p = folder_dokumen() / info["path"]
    if hashlib.sha256(p.read_bytes()).hexdigest() != info["sha256"]:
        raise FileNotFoundError(f"{p} tidak sesuai sidik SHA-256 yang tersimpan")
    return p


@transaction.atomic
def dokumen_terbitkan(*, dokumen: DokumenTerbit, oleh=None) -> DokumenTerbit:
    """Publish a current LKj: freeze its IKU results for the public page.

    Refused (Indonesian ``ValidationError``) for a PK, for a document already published, for
    one that was not signed (only the LKj generated when the year was signed is published:
    what the public reads is what the head signed), or for a stale one.
    """
    from sakip.web.dasbor.selectors import ringkasan_satu
    from sakip.web.publik.ringkasan import hasil_publik

    d = _kunci(dokumen)
    if d.jenis != DokumenTerbit.Jenis.LKJ:
        raise ValidationError("Hanya LKj yang diterbitkan di halaman publik.")
    if d.terbit:
        raise ValidationError("Dokumen ini sudah diterbitkan.")
    if not d.sah:
        raise ValidationError("Hanya LKj yang telah disahkan pimpinan yang dapat diterbitkan; "
                              "ajukan, reviu dan sahkan data tahun ini lebih dahulu.")
    if d.basi:
        raise ValidationError("Data sudah berubah sejak dokumen disusun; susun ulang LKj lalu terbitkan.")
    d.publik = hasil_publik(ringkasan_satu(tahun_kinerja=d.tahun_kinerja))
    d.diterbitkan_pada, d.diterbitkan_oleh = timezone.now(), oleh
    d.save(update_fields=["publik", "diterbitkan_pada", "diterbitkan_oleh"])
    _catat(d, oleh, "diterbitkan di halaman publik", terbit=True)
    return d


@transaction.atomic
def dokumen_tarik(*, dokumen: DokumenTerbit, oleh, alasan: str) -> DokumenTerbit:
    """Take a published LKj off the public page (it stays signed and stored); the reason is recorded.

    The public page then shows the office-year's previous publication, if any.
    """
    from sakip.web.kinerja.services_alur import alasan_tertulis

    alasan = alasan_tertulis(alasan, "penarikan")
    d = _kunci(dokumen)
    if not d.terbit:
        raise ValidationError("Dokumen ini tidak sedang diterbitkan.")
    d.publik, d.diterbitkan_pada, d.diterbitkan_oleh = None, None, None
    d.save(update_fields=["publik", "diterbitkan_pada", "diterbitkan_oleh"])
    _catat(d, oleh, "ditarik dari halaman publik", terbit=False, alasan=alasan)
    return d


def _kunci(dokumen: DokumenTerbit) -> DokumenTerbit:
    """The document, with its office-year's row locked (audit rows of one office-year are chained)."""
    TahunKinerja.objects.select_for_update().filter(pk=dokumen.tahun_kinerja_id).first()
    return DokumenTerbit.objects.select_for_update().select_related("tahun_kinerja__instansi").get(pk=dokumen.pk)


def _catat(d: DokumenTerbit, oleh, apa: str, *, terbit: bool, alasan: str = "") -> None:
    from sakip.web.riwayat.models import Riwayat
    from sakip.web.riwayat.services import Catatan, riwayat_catat

    tk = d.tahun_kinerja
    sidik = (d.berkas.get("pdf") or {}).get("sha256")
    riwayat_catat(instansi_id=tk.instansi_id, tahun=tk.tahun, versi_data=tk.versi, oleh=oleh, alasan=alasan,
                  catatan=[Catatan(Riwayat.Aksi.STATUS, "Dokumen", str(d.pk), f"{d.get_jenis_display()} {apa}",
                                   {"terbit": not terbit}, {"terbit": terbit, "sha256_pdf": sidik})])


def dokumen_sahkan(*, dokumen: DokumenTerbit, oleh) -> DokumenTerbit:
    """Mark *dokumen* as the one signed (called by :func:`sakip.web.kinerja.services_alur.status_ubah`
    inside its transaction). It is never replaced or removed afterwards."""
    dokumen.disahkan_pada, dokumen.disahkan_oleh = timezone.now(), oleh
    dokumen.save(update_fields=["disahkan_pada", "disahkan_oleh"])
    return dokumen


def dokumen_cari_sidik(*, sha256: str):
    """Every stored generation with a file of this SHA-256, signed ones first: ``[(dokumen, format)]``."""
    sha256 = sha256.lower()
    hasil = []
    for d in DokumenTerbit.objects.select_related("tahun_kinerja__instansi", "disahkan_oleh").order_by("disahkan_pada", "-pk"):
        for f, info in d.berkas.items():
            if info.get("sha256") == sha256:
                hasil.append((d, f))
    hasil.sort(key=lambda x: x[0].disahkan_pada is None)
    return hasil
