"""Reads of the audit trail: per office-year and per object, the chain check, and conflict details."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Model, QuerySet

from sakip.web.riwayat.models import Riwayat
from sakip.web.riwayat.services import AWAL_RANTAI, sidik_baris


def riwayat_list_for_tahun(*, tahun_kinerja, entitas: str | None = None, kunci: str | None = None,
                           pengguna: str | None = None, aksi: str | None = None) -> QuerySet[Riwayat]:
    """Rows of one office-year, newest first, optionally of one entity / object / user / action.

    The caller has checked that the user may see the office-year.
    """
    qs = Riwayat.objects.filter(instansi_id=tahun_kinerja.instansi_id, tahun=tahun_kinerja.tahun)
    if entitas:
        qs = qs.filter(entitas=entitas)
    if kunci is not None and kunci != "":
        qs = qs.filter(kunci=kunci)
    if pengguna:
        qs = qs.filter(nama_pengguna__icontains=pengguna)
    if aksi:
        qs = qs.filter(aksi=aksi)
    return qs.order_by("-id")


@dataclass(frozen=True)
class Putus:
    """Where the hash chain of an office-year breaks: the row id and what is wrong."""

    id: int
    pesan: str


def rantai_periksa(*, instansi_id: int, tahun: int) -> list[Putus]:
    """Recompute the chain of one office-year; an empty list means no row was changed or removed."""
    hasil, sebelumnya = [], AWAL_RANTAI
    for r in Riwayat.objects.filter(instansi_id=instansi_id, tahun=tahun).order_by("id").iterator():
        if r.sidik_sebelumnya != sebelumnya:
            hasil.append(Putus(r.id, "baris sebelum baris ini hilang atau diubah"))
        if sidik_baris(r) != r.sidik:
            hasil.append(Putus(r.id, "isi baris ini diubah setelah dicatat"))
        sebelumnya = r.sidik
    return hasil


ENTITAS_MODEL = {
    "Realisasi": lambda o: (o.indikator.kode, o.tahun),
    "Anggaran": lambda o: o.sub_kegiatan.kode,
    "Target PK": lambda o: (o.perjanjian.nomor_urut, o.indikator.kode),
    "Program PK": lambda o: (o.perjanjian.nomor_urut, o.program.kode),
    "Perjanjian kinerja": lambda o: o.nomor_urut,
    "Indikator": lambda o: o.kode,
    "Tujuan": lambda o: o.kode,
    "Sasaran": lambda o: o.kode,
    "Program/kegiatan": lambda o: o.kode,
}
"""Entity name of the change list -> the key of one of its rows (see ``kinerja.perubahan._entitas``)."""

_NAMA_MODEL = {
    "Realisasi": "Realisasi", "Anggaran": "Anggaran", "TargetPK": "Target PK", "ProgramPK": "Program PK",
    "PerjanjianKinerja": "Perjanjian kinerja", "Indikator": "Indikator", "Tujuan": "Tujuan", "Sasaran": "Sasaran",
    "KodeAnggaran": "Program/kegiatan",
}


def objek_riwayat(baris: Model) -> tuple[str, str] | None:
    """(entitas, kunci) under which the changes of row *baris* are recorded; None for the office-year itself."""
    from sakip.web.kinerja.perubahan import teks_kunci

    entitas = _NAMA_MODEL.get(type(baris).__name__)
    return (entitas, teks_kunci(ENTITAS_MODEL[entitas](baris))) if entitas else None


def riwayat_sejak(*, baris: Model, versi_dilihat: int, batas: int = 10) -> list[Riwayat]:
    """The changes made to *baris* since the user saw it at *versi_dilihat* (the conflict screen).

    For the office-year itself: every row recorded after that version of the data. For one
    row: its last ``versi - versi_dilihat`` changes (each save that changed it added one row).
    """
    from sakip.web.kinerja.models import TahunKinerja

    if isinstance(baris, TahunKinerja):
        qs = Riwayat.objects.filter(instansi_id=baris.instansi_id, tahun=baris.tahun, versi_data__gt=versi_dilihat)
        return list(qs.exclude(aksi=Riwayat.Aksi.STATUS).order_by("-id")[:batas])
    objek = objek_riwayat(baris)
    if objek is None:
        return []
    tk = baris.tahun_kinerja
    n = max(1, min(batas, baris.versi - versi_dilihat))
    return list(Riwayat.objects.filter(instansi_id=tk.instansi_id, tahun=tk.tahun, entitas=objek[0], kunci=objek[1])
                .order_by("-id")[:n])


def entitas_list(*, tahun_kinerja) -> list[str]:
    """Entity names present in the office-year's trail (for the filter)."""
    return sorted(set(Riwayat.objects.filter(instansi_id=tahun_kinerja.instansi_id, tahun=tahun_kinerja.tahun)
                      .values_list("entitas", flat=True)))
