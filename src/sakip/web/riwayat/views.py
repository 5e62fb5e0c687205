"""The audit trail of one office-year: filterable list, per object, and export for the Inspektorat."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from sakip.web.kinerja.selectors import tahun_kinerja_get_for_user
from sakip.web.organisasi.selectors import instansi_list_for_user
from sakip.web.riwayat import selectors, tampilan
from sakip.web.riwayat.models import Riwayat

PER_HALAMAN = 50


@login_required
@require_GET
def riwayat_list(request, pk: int, tahun: int):
    tk = tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    saring = {k: request.GET.get(k, "").strip() for k in ("entitas", "kunci", "pengguna", "aksi")}
    qs = selectors.riwayat_list_for_tahun(tahun_kinerja=tk, **saring).select_related("instansi")
    format = request.GET.get("format")
    if format in ("csv", "xlsx"):
        nama = f"riwayat-{tk.instansi.kode}-{tk.tahun}-{timezone.localtime():%Y%m%d-%H%M}"
        judul = f"Riwayat perubahan data kinerja {tk.instansi} tahun {tk.tahun}, diekspor {timezone.localtime():%d-%m-%Y %H:%M}"
        if format == "csv":
            isi, jenis = tampilan.ekspor_csv(qs.iterator()), "text/csv; charset=utf-8"
        else:
            isi, jenis = tampilan.ekspor_xlsx(qs.iterator(), judul), \
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        respons = HttpResponse(isi, content_type=jenis)
        respons["Content-Disposition"] = f'attachment; filename="{nama}.{format}"'
        return respons
    halaman = Paginator(qs, PER_HALAMAN).get_page(request.GET.get("halaman"))
    putus = selectors.rantai_periksa(instansi_id=tk.instansi_id, tahun=tk.tahun)
    konteks = {
        "tk": tk, "instansi": tk.instansi, "tahun": tk.tahun, "halaman": halaman, "saring": saring,
        "baris": [(r, tampilan.rincian(r)) for r in halaman.object_list],
        "entitas_pilihan": selectors.entitas_list(tahun_kinerja=tk), "aksi_pilihan": Riwayat.Aksi.choices,
        "putus": putus, "rinci": instansi_list_for_user(user=request.user, aksi="riwayat.rinci").filter(pk=tk.instansi_id).exists(),
        "kueri": urlencode({k: v for k, v in saring.items() if v}),
    }
    return render(request, "riwayat/riwayat_list.html", konteks)
