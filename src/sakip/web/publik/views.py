"""The public pages (no login): published LKj per office and their IKU results, never drafts."""

from __future__ import annotations

from itertools import groupby

from django.http import Http404
from django.shortcuts import render

from sakip.web.dokumen.selectors import terbit_publik
from sakip.web.dokumen.views import kirim_berkas

FORMAT_PUBLIK = ("pdf", "html")


def _terbaru_per_kantor_tahun(qs) -> list:
    """Newest publication of each office-year, grouped by Pemda then office (newest year first)."""
    terlihat, hasil = set(), []
    for d in qs:
        if d.tahun_kinerja_id not in terlihat:
            terlihat.add(d.tahun_kinerja_id)
            hasil.append(d)
    i = lambda d: d.tahun_kinerja.instansi  # noqa: E731
    return sorted(hasil, key=lambda d: (i(d).pemda.nama, i(d).nama, -d.tahun_kinerja.tahun))


def publik_indeks(request):
    daftar = _terbaru_per_kantor_tahun(terbit_publik())
    kelompok = [
        (pemda, [(instansi, list(ds)) for instansi, ds in groupby(baris, key=lambda d: d.tahun_kinerja.instansi)])
        for pemda, baris in groupby(daftar, key=lambda d: d.tahun_kinerja.instansi.pemda)
    ]
    return render(request, "publik/publik_indeks.html", {"kelompok": kelompok})


def _terbit(pk: int, tahun: int):
    d = terbit_publik().filter(tahun_kinerja__instansi_id=pk, tahun_kinerja__tahun=tahun).first()
    if d is None:
        raise Http404("Belum ada LKj yang diterbitkan untuk instansi dan tahun ini.")
    return d


def publik_detail(request, pk: int, tahun: int):
    d = _terbit(pk, tahun)
    return render(request, "publik/publik_detail.html", {"d": d, "instansi": d.tahun_kinerja.instansi, "tahun": tahun,
                                                          "hasil": d.publik or {"iku": []}})


def publik_unduh(request, pk: int, tahun: int, format: str):
    if format not in FORMAT_PUBLIK:
        raise Http404("Format tidak dikenal.")
    return kirim_berkas(_terbit(pk, tahun), format)
