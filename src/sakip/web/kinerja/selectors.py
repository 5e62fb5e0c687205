"""Reads of office-year data: who may see which ``TahunKinerja``, and the berkas model of one.

Visibility reuses :mod:`sakip.web.organisasi.selectors`: an office-year is
visible exactly when its instansi is, and changeable when the user may do
``kinerja.ubah`` on that instansi (:mod:`sakip.web.kinerja.izin`). Not visible
-> 404; visible but not changeable -> 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from sakip.berkas import BerkasData
from sakip.web.kinerja.konversi import ke_data
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.organisasi.selectors import Pengguna, instansi_get_for_user, instansi_list_for_user

ISI = (
    "misi", "tujuan", "sasaran", "indikator", "target_indikator", "kode_anggaran", "perjanjian_kinerja",
    "target_pk", "program_pk", "realisasi", "bukti_realisasi", "anggaran",
)
"""Related rows prefetched to build the berkas model (one query each)."""


def tahun_kinerja_list_for_user(*, user: Pengguna, aksi: str = "kinerja.lihat") -> QuerySet[TahunKinerja]:
    """Office-years on whose instansi *user* may do *aksi* (default: see them)."""
    return TahunKinerja.objects.filter(instansi__in=instansi_list_for_user(user=user, aksi=aksi)).select_related(
        "instansi", "instansi__pemda"
    )


def tahun_kinerja_get_for_user(*, user: Pengguna, instansi_pk: int, tahun: int, untuk_ubah: bool = False) -> TahunKinerja:
    """One office-year: 404 if *user* may not see it (or it does not exist), 403 if *untuk_ubah* and they may not change it."""
    instansi = instansi_get_for_user(user=user, pk=instansi_pk)
    try:
        tk = TahunKinerja.objects.select_related("instansi", "instansi__pemda").get(instansi=instansi, tahun=tahun)
    except (TahunKinerja.DoesNotExist, ValueError, TypeError):
        raise Http404("Data tahun ini belum ada.") from None
    if untuk_ubah and not instansi_boleh_ubah(user=user, instansi_pk=instansi.pk):
        raise PermissionDenied("Anda tidak berwenang mengubah data kinerja instansi ini.")
    return tk


def instansi_boleh_ubah(*, user: Pengguna, instansi_pk: int) -> bool:
    """Whether *user* may import or edit the performance data of this instansi (any year)."""
    return instansi_list_for_user(user=user, aksi="kinerja.ubah").filter(pk=instansi_pk).exists()


def instansi_get_untuk_ubah(*, user: Pengguna, instansi_pk: int):
    """The instansi whose data *user* is about to write: 404 if not visible, 403 if not theirs to change."""
    instansi = instansi_get_for_user(user=user, pk=instansi_pk)
    if not instansi_boleh_ubah(user=user, instansi_pk=instansi.pk):
        raise PermissionDenied("Anda tidak berwenang mengubah data kinerja instansi ini.")
    return instansi


def tahun_kinerja_dengan_isi(qs: QuerySet[TahunKinerja] | None = None) -> QuerySet[TahunKinerja]:
    """Office-years with every related row prefetched (a constant number of queries)."""
    return (qs if qs is not None else TahunKinerja.objects.all()).select_related("instansi").prefetch_related(*ISI)


def berkas_dari_db(*, tahun_kinerja: TahunKinerja) -> BerkasData:
    """The berkas model of an office-year, field for field what :func:`services.berkas_simpan` stored.

    Uses the prefetched rows when *tahun_kinerja* came from :func:`tahun_kinerja_dengan_isi`,
    else fetches them (13 queries whatever the size of the data).
    """
    tk = tahun_kinerja
    if not all(nama in getattr(tk, "_prefetched_objects_cache", {}) for nama in ISI):
        tk = tahun_kinerja_dengan_isi().get(pk=tk.pk)
    return BerkasData.model_validate(ke_data(tk))


def berkas_get(*, instansi_pk: int, tahun: int) -> BerkasData | None:
    """The berkas model of an office-year without a permission check (for services, commands and tests)."""
    tk = tahun_kinerja_dengan_isi(TahunKinerja.objects.filter(instansi_id=instansi_pk, tahun=tahun)).first()
    return berkas_dari_db(tahun_kinerja=tk) if tk else None


def unggahan_get_for_user(*, user: Pengguna, token, instansi_pk: int, tahun: int):
    """An upload awaiting import: only its uploader, still allowed to change the instansi, may see it (else 404/403)."""
    from sakip.web.kinerja.models import Unggahan

    instansi = instansi_get_untuk_ubah(user=user, instansi_pk=instansi_pk)
    try:
        return Unggahan.objects.select_related("instansi").get(token=token, user=user, instansi=instansi, tahun=tahun)
    except (Unggahan.DoesNotExist, ValueError, TypeError):
        raise Http404("Unggahan tidak ditemukan (mungkin sudah diterapkan atau dibatalkan).") from None


def tahun_kinerja_ringkasan(*, tahun_kinerja: TahunKinerja) -> dict:
    """Counts shown on the office-year page, and the pagu in force (perubahan when present). Two queries."""
    from django.db.models import Count, Q, Sum
    from django.db.models.functions import Coalesce

    from sakip.web.kinerja.models import Anggaran, Indikator

    ind = Indikator.objects.filter(tahun_kinerja=tahun_kinerja).aggregate(
        indikator=Count("pk"), iku=Count("pk", filter=Q(iku=True))
    )
    ang = Anggaran.objects.filter(tahun_kinerja=tahun_kinerja).aggregate(
        sub_kegiatan=Count("pk"), pagu=Sum(Coalesce("pagu_perubahan", "pagu_murni"))
    )
    return {**ind, **ang}
