"""Reads of the dokumen app: which documents a user may see, download, generate or publish."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.organisasi.selectors import Pengguna, instansi_list_for_user


def dokumen_list(*, tahun_kinerja: TahunKinerja) -> list[DokumenTerbit]:
    """Documents of an office-year (newest first), each knowing its office-year (for ``basi``)."""
    daftar = list(DokumenTerbit.objects.filter(tahun_kinerja=tahun_kinerja))
    for d in daftar:
        d.tahun_kinerja = tahun_kinerja
    return daftar


def dokumen_get_for_user(*, user: Pengguna, tahun_kinerja: TahunKinerja, pk: int) -> DokumenTerbit:
    """One document of an office-year the caller already resolved through the kinerja selector (else 404)."""
    try:
        d = DokumenTerbit.objects.get(pk=pk, tahun_kinerja=tahun_kinerja)
    except (DokumenTerbit.DoesNotExist, ValueError, TypeError):
        raise Http404("Dokumen tidak ditemukan.") from None
    d.tahun_kinerja = tahun_kinerja
    return d


def boleh(*, user: Pengguna, instansi_pk: int, aksi: str) -> bool:
    """Whether *user* may do *aksi* (``dokumen.susun`` / ``dokumen.terbitkan``) on this instansi."""
    return instansi_list_for_user(user=user, aksi=aksi).filter(pk=instansi_pk).exists()


def status_lkj(tahun_kinerja_pks: list[int]) -> dict[int, dict]:
    """Per office-year: the newest LKj (``"terakhir"``) and the newest published one (``"terbit"``); one query."""
    hasil: dict[int, dict] = {}
    for d in DokumenTerbit.objects.filter(tahun_kinerja_id__in=tahun_kinerja_pks, jenis=DokumenTerbit.Jenis.LKJ).only(
        "pk", "tahun_kinerja_id", "versi_data", "diterbitkan_pada", "dibuat_pada", "jenis"
    ):
        s = hasil.setdefault(d.tahun_kinerja_id, {"terakhir": d, "terbit": None})
        if d.diterbitkan_pada and s["terbit"] is None:
            s["terbit"] = d
    return hasil


def terbit_publik() -> QuerySet[DokumenTerbit]:
    """Published LKj of active offices, newest publication first (the only documents anyone may see without login)."""
    return (
        DokumenTerbit.objects.filter(jenis=DokumenTerbit.Jenis.LKJ, diterbitkan_pada__isnull=False, tahun_kinerja__instansi__aktif=True)
        .select_related("tahun_kinerja", "tahun_kinerja__instansi", "tahun_kinerja__instansi__pemda")
        .order_by("-diterbitkan_pada", "-pk")
    )
