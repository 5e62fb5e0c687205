"""Reads: the one place that decides which Pemda, instansi and users a user may see.

Every view, export and future API goes through these functions. Something a
user may not see raises :class:`~django.http.Http404` (never 403, so the
existence of another office's data does not leak); something a user may see
but not change raises :class:`~django.core.exceptions.PermissionDenied`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from sakip.web.organisasi import izin
from sakip.web.organisasi.models import Instansi, Pemda, Peran

User = get_user_model()
Pengguna = AbstractBaseUser | AnonymousUser


def _aktif(user: Pengguna) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _q_instansi_boleh(user: Pengguna, aksi: str) -> Q | Exists:
    """Filter for instansi on which *user* may do *aksi* (one SQL query, no duplicates)."""
    peran = izin.peran_untuk(aksi)
    seluruh_pemda = Peran.objects.filter(user=user, pemda=OuterRef("pemda"), instansi__isnull=True, peran__in=peran)
    satu_instansi = Peran.objects.filter(user=user, instansi=OuterRef("pk"), peran__in=peran)
    return Exists(seluruh_pemda) | Exists(satu_instansi)


def instansi_list_for_user(*, user: Pengguna, aksi: str = "instansi.lihat", hanya_aktif: bool = False) -> QuerySet[Instansi]:
    """Instansi on which *user* may do *aksi* (default: see them)."""
    qs = Instansi.objects.select_related("pemda")
    if not _aktif(user):
        return qs.none()
    if not user.is_superuser:
        qs = qs.filter(_q_instansi_boleh(user, aksi))
    if hanya_aktif:
        qs = qs.filter(aktif=True)
    return qs


def instansi_get_for_user(*, user: Pengguna, pk: int, untuk_ubah: bool = False) -> Instansi:
    """One instansi: 404 if *user* may not see it, 403 if *untuk_ubah* and they may not change it."""
    try:
        instansi = instansi_list_for_user(user=user).get(pk=pk)
    except (Instansi.DoesNotExist, ValueError, TypeError):
        raise Http404("Instansi tidak ditemukan.") from None
    if untuk_ubah and not instansi_list_for_user(user=user, aksi="instansi.ubah").filter(pk=pk).exists():
        raise PermissionDenied("Anda tidak berwenang mengubah instansi ini.")
    return instansi


def pemda_list_for_user(*, user: Pengguna, aksi: str = "instansi.lihat") -> QuerySet[Pemda]:
    """Pemda in which *user* holds a role allowing *aksi* (any scope)."""
    qs = Pemda.objects.all()
    if not _aktif(user):
        return qs.none()
    if user.is_superuser:
        return qs
    return qs.filter(Exists(Peran.objects.filter(user=user, pemda=OuterRef("pk"), peran__in=izin.peran_untuk(aksi))))


def pemda_dikelola_for_user(*, user: Pengguna) -> QuerySet[Pemda]:
    """Pemda whose instansi and users *user* manages (admin_pemda, Pemda-wide)."""
    qs = Pemda.objects.all()
    if not _aktif(user):
        return qs.none()
    if user.is_superuser:
        return qs
    peran = izin.peran_untuk("pengguna.ubah")
    return qs.filter(Exists(Peran.objects.filter(user=user, pemda=OuterRef("pk"), instansi__isnull=True, peran__in=peran)))


def pemda_get_for_user(*, user: Pengguna, pk: int, untuk_ubah: bool = False) -> Pemda:
    """One Pemda: 404 if not visible, 403 if *untuk_ubah* and *user* does not manage it."""
    try:
        pemda = pemda_list_for_user(user=user).get(pk=pk)
    except (Pemda.DoesNotExist, ValueError, TypeError):
        raise Http404("Pemerintah daerah tidak ditemukan.") from None
    if untuk_ubah and not pemda_dikelola_for_user(user=user).filter(pk=pk).exists():
        raise PermissionDenied("Anda tidak berwenang mengelola Pemda ini.")
    return pemda


def pengguna_list_for_user(*, user: Pengguna) -> QuerySet:
    """Users holding a role in a Pemda that *user* manages, with those roles prefetched."""
    pemda = pemda_dikelola_for_user(user=user)
    peran_terlihat = Peran.objects.filter(pemda__in=pemda).select_related("pemda", "instansi")
    return (
        User.objects.filter(Exists(peran_terlihat.filter(user=OuterRef("pk"))))
        .prefetch_related(Prefetch("daftar_peran", queryset=peran_terlihat, to_attr="peran_terlihat"))
        .order_by("username")
    )


def pengguna_get_for_user(*, user: Pengguna, pk: int):
    """One user managed by *user*, else 404 (seeing and changing users are the same right)."""
    try:
        return pengguna_list_for_user(user=user).get(pk=pk)
    except (User.DoesNotExist, ValueError, TypeError):
        raise Http404("Pengguna tidak ditemukan.") from None


def peran_get_for_user(*, user: Pengguna, pengguna_pk: int, pk: int) -> Peran:
    """One role row of *pengguna_pk*, inside a Pemda that *user* manages, else 404."""
    try:
        return Peran.objects.select_related("pemda", "instansi", "user").get(
            pk=pk, user_id=pengguna_pk, pemda__in=pemda_dikelola_for_user(user=user)
        )
    except (Peran.DoesNotExist, ValueError, TypeError):
        raise Http404("Peran tidak ditemukan.") from None


@dataclass(frozen=True)
class BarisInstansi:
    """One row of the home page: an instansi, the user's roles there and its status."""

    instansi: Instansi
    peran: list[str] = field(default_factory=list)
    status: str = ""


STATUS_BELUM_ADA_DATA = "Belum ada data"


def instansi_status_list_for_user(*, user: Pengguna, tahun: int) -> list[BarisInstansi]:
    """Home-page rows: visible active instansi, the user's roles on each, the data status for *tahun*.

    The status is the office-year's approval status (:class:`~sakip.web.kinerja.models.TahunKinerja`),
    or "Belum ada data". Three queries whatever the number of instansi.
    """
    from sakip.web.kinerja.models import TahunKinerja

    daftar = list(instansi_list_for_user(user=user, hanya_aktif=True))
    peran_user = list(Peran.objects.filter(user=user)) if _aktif(user) else []
    status = {
        i: TahunKinerja.Status(s).label
        for i, s in TahunKinerja.objects.filter(instansi__in=[x.pk for x in daftar], tahun=tahun).values_list("instansi_id", "status")
    } if daftar else {}
    baris = []
    for instansi in daftar:
        label = sorted(
            {
                p.get_peran_display()
                for p in peran_user
                if p.instansi_id == instansi.pk or (p.instansi_id is None and p.pemda_id == instansi.pemda_id)
            }
        )
        if not label and user.is_superuser:
            label = ["Admin sistem"]
        baris.append(BarisInstansi(instansi=instansi, peran=label, status=status.get(instansi.pk, STATUS_BELUM_ADA_DATA)))
    return baris
