"""Thin views of the dokumen app: generate, download and publish an office-year's documents."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from sakip.web.dokumen import selectors, services
from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.kinerja.selectors import tahun_kinerja_get_for_user

JENIS_KONTEN = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
}


def _kembali(pk: int, tahun: int):
    return redirect("kinerja:tahun_kinerja_detail", pk=pk, tahun=tahun)


@login_required
@require_POST
def dokumen_susun(request, pk: int, tahun: int):
    tk = tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    if not selectors.boleh(user=request.user, instansi_pk=pk, aksi="dokumen.susun"):
        raise PermissionDenied("Anda tidak berwenang menyusun dokumen instansi ini.")
    jenis, nomor = request.POST.get("jenis", ""), None
    if jenis.startswith("pk:") and jenis[3:].isdigit():  # one PK version: pk:0 murni, pk:N perubahan ke-N
        nomor = int(jenis[3:])
        jenis = DokumenTerbit.Jenis.PK_MURNI if nomor == 0 else DokumenTerbit.Jenis.PK_PERUBAHAN
    try:
        d = services.dokumen_susun(tahun_kinerja=tk, jenis=jenis, oleh=request.user, nomor_urut_pk=nomor)
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        ke = f" ke-{nomor}" if nomor else ""
        messages.success(request, f"{d.get_jenis_display()}{ke} selesai disusun (PDF, DOCX, HTML).")
    return _kembali(pk, tahun)


@login_required
def dokumen_unduh(request, pk: int, tahun: int, dokumen: int, format: str):
    if format not in JENIS_KONTEN:
        raise Http404("Format tidak dikenal.")
    tk = tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    d = selectors.dokumen_get_for_user(user=request.user, tahun_kinerja=tk, pk=dokumen)
    return kirim_berkas(d, format)


def kirim_berkas(d, format: str) -> FileResponse:
    """The stored file as a download (404 when missing or altered)."""
    try:
        jalur = services.jalur_berkas(dokumen=d, format=format)
    except FileNotFoundError:
        raise Http404("Berkas dokumen tidak ditemukan; susun ulang dokumennya.") from None
    respons = FileResponse(jalur.open("rb"), as_attachment=True, filename=d.berkas[format]["nama"],
                           content_type=JENIS_KONTEN[format])
    respons["X-Content-Type-Options"] = "nosniff"
    return respons


def _terbitan(request, pk: int, tahun: int, dokumen: int, panggil, berhasil: str, apa: str):
    """Publish or withdraw: the user must see the document and may do ``dokumen.terbitkan`` there."""
    tk = tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    d = selectors.dokumen_get_for_user(user=request.user, tahun_kinerja=tk, pk=dokumen)
    if not selectors.boleh(user=request.user, instansi_pk=pk, aksi="dokumen.terbitkan"):
        raise PermissionDenied(f"Hanya Admin Pemda atau pimpinan instansi yang dapat {apa}.")
    try:
        panggil(d)
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(request, berhasil)
    return _kembali(pk, tahun)


@login_required
@require_POST
def dokumen_terbitkan(request, pk: int, tahun: int, dokumen: int):
    return _terbitan(request, pk, tahun, dokumen, lambda d: services.dokumen_terbitkan(dokumen=d, oleh=request.user),
                     "LKj diterbitkan; kini tampil di halaman publik.", "menerbitkan LKj")


@login_required
@require_POST
def dokumen_tarik(request, pk: int, tahun: int, dokumen: int):
    return _terbitan(
        request, pk, tahun, dokumen,
        lambda d: services.dokumen_tarik(dokumen=d, oleh=request.user, alasan=request.POST.get("alasan", "")),
        "LKj ditarik dari halaman publik; dokumen yang disahkan tetap tersimpan.", "menarik LKj dari halaman publik")
