"""Reads of the dashboards: summaries that are always as fresh as the data they describe.

Freshness by version, not by hooks: a summary stores the ``TahunKinerja.versi`` (and the
summary ``SKEMA``) it was built from. :func:`ringkasan_untuk` returns the stored summary
when both still match and rebuilds the stale ones in one batch otherwise, so every
writer that bumps ``versi`` (``berkas_simpan``, the entry screens) keeps the dashboards
right without calling anything. The number of queries does not grow with the number of
office-years: stale ones are loaded with one prefetch and written with one bulk insert.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from sakip.laporan import analisis
from sakip.web.dasbor.models import RingkasanKinerja
from sakip.web.dasbor.ringkasan import SKEMA, buat_ringkasan
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.kinerja.selectors import berkas_dari_db, tahun_kinerja_dengan_isi


def ringkasan_untuk(daftar: Iterable[TahunKinerja]) -> dict[int, dict]:
    """``{TahunKinerja.pk: summary}``: stored ones still matching their office-year's version (one query),
    the others rebuilt in one batch."""
    daftar = list(daftar)
    tersimpan = {r.pk: r for r in RingkasanKinerja.objects.filter(pk__in=[tk.pk for tk in daftar])}
    hasil = {}
    for tk in daftar:
        r = tersimpan.get(tk.pk)
        if r is not None and r.versi_data == tk.versi and r.skema == SKEMA:
            hasil[tk.pk] = r.data
    basi = [tk.pk for tk in daftar if tk.pk not in hasil]
    if basi:
        hasil.update(_bangun(basi))
    return hasil


def _bangun(pks: list[int]) -> dict[int, dict]:
    """Rebuild the summaries of *pks* (one prefetch for all), store and return them."""
    hasil, baru = {}, []
    for tk in tahun_kinerja_dengan_isi(TahunKinerja.objects.filter(pk__in=pks)):
        data = buat_ringkasan(analisis(berkas_dari_db(tahun_kinerja=tk)))
        hasil[tk.pk] = data
        baru.append(RingkasanKinerja(tahun_kinerja_id=tk.pk, versi_data=tk.versi, skema=SKEMA, data=data,
                                     dibuat_pada=timezone.now()))
    try:
        with transaction.atomic():
            RingkasanKinerja.objects.filter(pk__in=pks).delete()
            RingkasanKinerja.objects.bulk_create(baru)
    except IntegrityError:  # pragma: no cover - another worker stored the same summaries first
        pass
    return hasil


def ringkasan_satu(*, tahun_kinerja: TahunKinerja) -> dict:
    """The fresh summary of one office-year."""
    return ringkasan_untuk([tahun_kinerja])[tahun_kinerja.pk]


KOLOM_STATUS = ("id", "instansi_id", "tahun", "status", "versi", "diubah_pada")
"""The columns of ``TahunKinerja`` a dashboard reads (its JSON sections are not decoded)."""


def pemda_dasbor_list_for_user(*, user):
    """Pemda whose dashboard *user* may see: a Pemda-wide role allowing ``dasbor.pemda`` (or superuser)."""
    from django.db.models import Exists, OuterRef

    from sakip.web.organisasi import izin
    from sakip.web.organisasi.models import Pemda, Peran

    qs = Pemda.objects.order_by("nama")
    if not (user and user.is_authenticated and user.is_active):
        return qs.none()
    if user.is_superuser:
        return qs
    peran = Peran.objects.filter(user=user, pemda=OuterRef("pk"), instansi__isnull=True, peran__in=izin.peran_untuk("dasbor.pemda"))
    return qs.filter(Exists(peran))


def pemda_dasbor_get_for_user(*, user, pk: int):
    from django.http import Http404

    try:
        return pemda_dasbor_list_for_user(user=user).get(pk=pk)
    except Exception:  # DoesNotExist, bad pk
        raise Http404("Dasbor Pemda tidak ditemukan.") from None


@dataclass
class KeadaanPemda:
    """What a Pemda dashboard depends on, read cheaply (no summary data): its offices, their
    office-years' versions and statuses, their LKj status. ``sidik`` changes whenever any of it does."""

    instansi: list
    tahun_kinerja: list
    lkj: dict

    @property
    def sidik(self) -> tuple:
        return (
            tuple((i.pk, i.nama) for i in self.instansi),
            tuple((tk.pk, tk.instansi_id, tk.versi, tk.status, tk.diubah_pada) for tk in self.tahun_kinerja),
            tuple(sorted((k, v["terakhir"].pk, v["terakhir"].dibuat_pada, v["terbit"].pk if v["terbit"] else None)
                         for k, v in self.lkj.items())),
        )


def keadaan_pemda(*, pemda, tahun: int) -> KeadaanPemda:
    """Three queries whatever the number of offices."""
    from sakip.web.dokumen.selectors import status_lkj
    from sakip.web.organisasi.models import Instansi

    instansi = list(Instansi.objects.filter(pemda=pemda, aktif=True).order_by("nama"))
    tks = list(TahunKinerja.objects.filter(instansi__pemda=pemda, instansi__aktif=True, tahun=tahun).only(*KOLOM_STATUS))
    return KeadaanPemda(instansi, tks, status_lkj([tk.pk for tk in tks]))


def kantor_pemda(*, keadaan: KeadaanPemda):
    """Every active office with its office-year, fresh summary and LKj status.

    One query for the summaries plus, when some are stale, one batch rebuild (a constant
    number of queries) whatever the number of offices or rows.
    """
    from sakip.web.dasbor.rekap import BarisKantor

    tks = keadaan.tahun_kinerja
    ringkasan = ringkasan_untuk(tks)
    per_instansi = {tk.instansi_id: tk for tk in tks}
    baris = []
    for i in keadaan.instansi:
        tk = per_instansi.get(i.pk)
        baris.append(BarisKantor(i, tk, ringkasan.get(tk.pk) if tk else None, keadaan.lkj.get(tk.pk) if tk else None))
    return baris


def tahun_terakhir_pemda(*, pemda) -> int | None:
    from django.db.models import Max

    return TahunKinerja.objects.filter(instansi__pemda=pemda).aggregate(t=Max("tahun"))["t"]
