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

from django.db import IntegrityError, transaction
from django.utils import timezone

from sakip.laporan import analisis
from sakip.web.dasbor.models import RingkasanKinerja
from sakip.web.dasbor.ringkasan import SKEMA, buat_ringkasan
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.kinerja.selectors import berkas_dari_db, tahun_kinerja_dengan_isi


def _segar(tk: TahunKinerja) -> bool:
    r = getattr(tk, "ringkasan", None)
    return r is not None and r.versi_data == tk.versi and r.skema == SKEMA


def ringkasan_untuk(daftar: Iterable[TahunKinerja]) -> dict[int, dict]:
    """``{TahunKinerja.pk: summary}`` for office-years fetched with ``select_related("ringkasan")``."""
    daftar = list(daftar)
    hasil = {tk.pk: tk.ringkasan.data for tk in daftar if _segar(tk)}
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
    tk = TahunKinerja.objects.select_related("ringkasan").get(pk=tahun_kinerja.pk)
    return ringkasan_untuk([tk])[tk.pk]


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


def kantor_pemda(*, pemda, tahun: int):
    """Every active office of *pemda* with its office-year *tahun*, fresh summary and LKj status.

    A constant number of queries (offices, office-years with summaries, documents, plus
    one batch rebuild of stale summaries) whatever the number of offices or rows.
    """
    from sakip.web.dasbor.rekap import BarisKantor
    from sakip.web.dokumen.selectors import status_lkj
    from sakip.web.organisasi.models import Instansi

    instansi = list(Instansi.objects.filter(pemda=pemda, aktif=True).order_by("nama"))
    tks = list(TahunKinerja.objects.filter(instansi__pemda=pemda, instansi__aktif=True, tahun=tahun).select_related("ringkasan"))
    ringkasan = ringkasan_untuk(tks)
    dokumen = status_lkj([tk.pk for tk in tks])
    per_instansi = {tk.instansi_id: tk for tk in tks}
    baris = []
    for i in instansi:
        tk = per_instansi.get(i.pk)
        baris.append(BarisKantor(i, tk, ringkasan.get(tk.pk) if tk else None, dokumen.get(tk.pk) if tk else None))
    return baris


def tahun_terakhir_pemda(*, pemda) -> int | None:
    from django.db.models import Max

    return TahunKinerja.objects.filter(instansi__pemda=pemda).aggregate(t=Max("tahun"))["t"]
