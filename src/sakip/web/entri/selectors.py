"""Reads of the entry screens: which office-year and row a user may see or change.

Visibility is decided once, by :func:`sakip.web.kinerja.selectors.tahun_kinerja_get_for_user`
(404 when the user may not see the office, 403 when asked for a change they may not
make); every row selector below goes through it, then looks the row up inside that
office-year only. Figures shown (capaian, serapan) come from :mod:`sakip.core` via
:mod:`sakip.web.entri.hitung`.
"""

from __future__ import annotations

from django.http import Http404

from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import instansi_boleh_ubah, tahun_kinerja_get_for_user
from sakip.web.organisasi.selectors import Pengguna


def tahun_kinerja_untuk_entri(*, user: Pengguna, instansi_pk: int, tahun: int, untuk_ubah: bool = False) -> m.TahunKinerja:
    """The office-year to show or edit; 404 outside the user's scope, 403 for a write they may not make."""
    if not 2000 <= tahun <= 2100:
        raise Http404("Tahun tidak dikenal.")
    return tahun_kinerja_get_for_user(user=user, instansi_pk=instansi_pk, tahun=tahun, untuk_ubah=untuk_ubah)


def boleh_ubah(*, user: Pengguna, tahun_kinerja: m.TahunKinerja) -> bool:
    """May *user* change this office-year's data now: their role allows it and the year is still draf."""
    return tahun_kinerja.status == m.StatusAlur.DRAF and instansi_boleh_ubah(user=user, instansi_pk=tahun_kinerja.instansi_id)


def _satu(qs, pesan: str):
    obj = qs.first()
    if obj is None:
        raise Http404(pesan)
    return obj


def indikator_get(*, tahun_kinerja: m.TahunKinerja, kode: str) -> m.Indikator:
    return _satu(m.Indikator.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode), "Indikator tidak ditemukan.")


def realisasi_get(*, tahun_kinerja: m.TahunKinerja, kode: str, tahun: int) -> m.Realisasi | None:
    """The stored realisasi row of an indicator and year (None when not filled yet)."""
    return (m.Realisasi.objects.filter(tahun_kinerja=tahun_kinerja, indikator__kode=kode, tahun=tahun)
            .select_related("diubah_oleh").prefetch_related("bukti").first())


def bukti_get(*, tahun_kinerja: m.TahunKinerja, pk: int) -> m.BuktiRealisasi:
    return _satu(m.BuktiRealisasi.objects.filter(tahun_kinerja=tahun_kinerja, pk=pk).select_related("realisasi__indikator"),
                 "Bukti tidak ditemukan.")


def perjanjian_get(*, tahun_kinerja: m.TahunKinerja, nomor_urut: int) -> m.PerjanjianKinerja:
    return _satu(m.PerjanjianKinerja.objects.filter(tahun_kinerja=tahun_kinerja, nomor_urut=nomor_urut),
                 "Versi Perjanjian Kinerja tidak ditemukan.")


def perjanjian_list(*, tahun_kinerja: m.TahunKinerja):
    return m.PerjanjianKinerja.objects.filter(tahun_kinerja=tahun_kinerja).select_related("diubah_oleh")


def target_pk_get(*, perjanjian: m.PerjanjianKinerja, kode: str) -> m.TargetPK | None:
    return m.TargetPK.objects.filter(perjanjian=perjanjian, indikator__kode=kode).first()


def program_pk_get(*, perjanjian: m.PerjanjianKinerja, kode: str) -> m.ProgramPK | None:
    return m.ProgramPK.objects.filter(perjanjian=perjanjian, program__kode=kode).first()


def kode_anggaran_get(*, tahun_kinerja: m.TahunKinerja, kode: str) -> m.KodeAnggaran:
    return _satu(m.KodeAnggaran.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode),
                 "Program/kegiatan/sub kegiatan tidak ditemukan.")


def anggaran_get(*, tahun_kinerja: m.TahunKinerja, kode: str) -> m.Anggaran | None:
    return m.Anggaran.objects.filter(tahun_kinerja=tahun_kinerja, sub_kegiatan__kode=kode).first()


def tujuan_get(*, tahun_kinerja: m.TahunKinerja, kode: str) -> m.Tujuan:
    return _satu(m.Tujuan.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode), "Tujuan tidak ditemukan.")


def sasaran_get(*, tahun_kinerja: m.TahunKinerja, kode: str) -> m.Sasaran:
    return _satu(m.Sasaran.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode), "Sasaran tidak ditemukan.")
