"""Thin views of the dashboards: one office-year, one Pemda."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from sakip.core import format as fmt
from sakip.web.dasbor import rekap as rk
from sakip.web.dasbor import selectors, tampilan
from sakip.web.kinerja.selectors import tahun_kinerja_get_for_user


@login_required
def dasbor_kantor(request, pk: int, tahun: int):
    tk = tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    r = selectors.ringkasan_satu(tahun_kinerja=tk)
    return render(request, "dasbor/dasbor_kantor.html", {"tk": tk, "instansi": tk.instansi, "tahun": tahun,
                                                         "r": r, **tampilan.kantor(r)})


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
    kantor = selectors.kantor_pemda(pemda=pemda, tahun=tahun)
    rekap = rk.rekap_pemda(kantor)
    urut = rk.peringkat(kantor)
    ada = [k for k in kantor if k.ringkasan]
    konteks = {
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
    return render(request, "dasbor/dasbor_pemda.html", konteks)
