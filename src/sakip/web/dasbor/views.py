"""Thin views of the dashboards: one office-year, one Pemda.

The body of each dashboard is rendered once per state of its data and kept in Django's
cache: the key holds everything the body shows (office-year versions and statuses, the
LKj status, the summary schema), so a change anywhere gives a new key, never a stale page.
"""

from __future__ import annotations

import hashlib

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from sakip.core import format as fmt
from sakip.web.dasbor import rekap as rk
from sakip.web.dasbor import selectors, tampilan
from sakip.web.dasbor.ringkasan import SKEMA
from sakip.web.kinerja.selectors import tahun_kinerja_get_for_user

UMUR_CACHE = 3600


def _kunci(*bagian) -> str:
    return "dasbor:" + hashlib.sha256(repr((SKEMA, *bagian)).encode()).hexdigest()


def _isi_tersimpan(kunci: str, buat) -> str:
    isi = cache.get(kunci)
    if isi is None:
        isi = buat()
        cache.set(kunci, isi, UMUR_CACHE)
    return mark_safe(isi)


@login_required
def dasbor_kantor(request, pk: int, tahun: int):
    tk = tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)

    def buat() -> str:
        r = selectors.ringkasan_satu(tahun_kinerja=tk)
        return render_to_string("dasbor/_kantor_isi.html", {"tk": tk, "instansi": tk.instansi, "tahun": tahun, "r": r,
                                                            **tampilan.kantor(r)})

    isi = _isi_tersimpan(_kunci("kantor", tk.pk, tk.versi, tk.status, tk.diubah_pada, tk.instansi.nama), buat)
    return render(request, "dasbor/dasbor_kantor.html", {"instansi": tk.instansi, "tahun": tahun, "isi": isi})


@login_required
def dasbor_indeks(request):
    """The Pemda dashboard of the user's (first) Pemda; 404 for users without a Pemda-wide role."""
    pemda = selectors.pemda_dasbor_list_for_user(user=request.user).first()
    if pemda is None:
        raise Http404("Dasbor Pemda hanya untuk peran seluruh Pemda.")
    return redirect("dasbor:dasbor_pemda", pk=pemda.pk)


def _tahun(request, pemda) -> int:
    teks = request.GET.get("tahun", "")
    if teks.isdigit() and 2000 <= int(teks) <= 2100:
        return int(teks)
    return selectors.tahun_terakhir_pemda(pemda=pemda) or timezone.now().year


@login_required
def dasbor_pemda(request, pk: int):
    pemda = selectors.pemda_dasbor_get_for_user(user=request.user, pk=pk)
    tahun = _tahun(request, pemda)
    keadaan = selectors.keadaan_pemda(pemda=pemda, tahun=tahun)
    isi = _isi_tersimpan(_kunci("pemda", pemda.pk, pemda.nama, tahun, keadaan.sidik),
                         lambda: render_to_string("dasbor/_pemda_isi.html", _konteks_pemda(pemda, tahun, keadaan)))
    return render(request, "dasbor/dasbor_pemda.html", {"pemda": pemda, "tahun": tahun, "isi": isi})


def _konteks_pemda(pemda, tahun: int, keadaan) -> dict:
    kantor = selectors.kantor_pemda(keadaan=keadaan)
    rekap = rk.rekap_pemda(kantor)
    urut = rk.peringkat(kantor)
    ada = [k for k in kantor if k.ringkasan]
    return {
        "pemda": pemda, "tahun": tahun, "kantor": kantor, "rekap": rekap, "urut": urut,
        "jumlah": {
            "kantor": len(kantor), "ada_data": len(ada), "lengkap": sum(1 for k in ada if k.lengkap),
            "lkj": sum(1 for k in kantor if k.lkj), "terbit": sum(1 for k in kantor if k.lkj and k.lkj["terbit"]),
        },
        "serapan": rekap.serapan, "serapan_tampil": rekap.serapan.tampil,
        "pagu_tampil": fmt.rupiah(rekap.serapan.pagu), "realisasi_tampil": fmt.rupiah(rekap.serapan.realisasi),
        "tercapai_tampil": fmt.persen(rekap.tercapai),
        "baris": [
            {"k": k, "tercapai": fmt.persen(k.tercapai), "rata": fmt.persen(k.rata_capaian), "serapan": fmt.persen(k.serapan),
             "lkj_basi": bool(k.lkj and k.lkj["terakhir"].versi_data != k.tahun_kinerja.versi)}
            for k in kantor
        ],
        **tampilan.pemda(rekap, urut, tahun),
    }
