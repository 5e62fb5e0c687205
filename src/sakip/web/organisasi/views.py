"""Thin views: parse the request, call a selector or service, render a template."""

from __future__ import annotations


from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from sakip.web.organisasi import selectors, services
from sakip.web.organisasi.forms import (
    InstansiForm,
    InstansiTambahForm,
    PenggunaTambahForm,
    PenggunaUbahForm,
    PeranForm,
    SandiBaruForm,
    tambah_galat,
)


def _tahun(request) -> int:
    """``?tahun=`` or the current year; a year we cannot use is said so, not silently replaced."""
    sekarang = timezone.localdate().year
    teks = request.GET.get("tahun", "").strip()
    if not teks:
        return sekarang
    if teks.isdigit() and 2000 <= int(teks) <= sekarang + 5:
        return int(teks)
    messages.warning(request, f"Tahun “{teks}” tidak dapat dipakai (2000–{sekarang + 5}); ditampilkan tahun {sekarang}.")
    return sekarang


def _pemda_dikelola(request):
    """Pemda the user manages; a user managing none gets 403 on the Kelola screens."""
    pemda = selectors.pemda_dikelola_for_user(user=request.user)
    if not pemda.exists():
        raise PermissionDenied("Halaman ini hanya untuk admin Pemda.")
    return pemda


@login_required
def beranda(request):
    tahun = _tahun(request)
    baris = selectors.instansi_status_list_for_user(user=request.user, tahun=tahun)
    return render(request, "organisasi/instansi_list.html", {"baris": baris, "tahun": tahun})


@login_required
def instansi_detail(request, pk: int):
    from sakip.web.kinerja.selectors import instansi_boleh_ubah, tahun_kinerja_list_for_user

    instansi = selectors.instansi_get_for_user(user=request.user, pk=pk)
    konteks = {
        "instansi": instansi,
        "daftar_tahun": tahun_kinerja_list_for_user(user=request.user).filter(instansi=instansi).order_by("-tahun"),
        "boleh_ubah_kinerja": instansi_boleh_ubah(user=request.user, instansi_pk=instansi.pk),
        "tahun_ini": timezone.localdate().year,
    }
    return render(request, "organisasi/instansi_detail.html", konteks)


@login_required
def instansi_kelola(request):
    pemda = _pemda_dikelola(request)
    daftar = selectors.instansi_list_for_user(user=request.user, aksi="instansi.ubah")
    return render(request, "organisasi/instansi_kelola.html", {"daftar": daftar, "banyak_pemda": pemda.count() > 1})


@login_required
def instansi_tambah(request):
    pemda_qs = _pemda_dikelola(request)
    form = InstansiTambahForm(request.POST or None, pemda_qs=pemda_qs)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            instansi = services.instansi_create(**data)
        except ValidationError as galat:
            tambah_galat(form, galat)
        else:
            messages.success(request, f"Instansi “{instansi.nama}” ditambahkan.")
            return redirect("organisasi:instansi_kelola")
    return render(request, "organisasi/instansi_form.html", {"form": form, "judul": "Tambah instansi"})


@login_required
def instansi_ubah(request, pk: int):
    instansi = selectors.instansi_get_for_user(user=request.user, pk=pk, untuk_ubah=True)
    awal = {f: getattr(instansi, f) for f in ("nama", "jenis", "kode", "singkatan", "aktif")}
    form = InstansiForm(request.POST or None, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            services.instansi_update(instansi=instansi, **form.cleaned_data)
        except ValidationError as galat:
            tambah_galat(form, galat)
        else:
            messages.success(request, f"Instansi “{instansi.nama}” disimpan.")
            return redirect("organisasi:instansi_kelola")
    return render(
        request, "organisasi/instansi_form.html", {"form": form, "judul": f"Ubah instansi: {instansi.nama}", "instansi": instansi}
    )


@login_required
def pengguna_kelola(request):
    _pemda_dikelola(request)
    daftar = selectors.pengguna_list_for_user(user=request.user)
    return render(request, "organisasi/pengguna_kelola.html", {"daftar": daftar})


def _form_peran(request, kelas, data=None):
    return kelas(
        data,
        pemda_qs=_pemda_dikelola(request),
        instansi_qs=selectors.instansi_list_for_user(user=request.user, aksi="instansi.ubah", hanya_aktif=True),
    )


@login_required
def pengguna_tambah(request):
    form = _form_peran(request, PenggunaTambahForm, request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            pengguna = services.pengguna_create(
                username=d["username"], nama_lengkap=d["nama_lengkap"], email=d["email"], password=d["password1"],
                pemda=d["pemda"], peran=d["peran"], instansi=d["instansi"],
            )
        except ValidationError as galat:
            tambah_galat(form, galat)
        else:
            messages.success(request, f"Pengguna “{pengguna.username}” dibuat.")
            return redirect("organisasi:pengguna_ubah", pk=pengguna.pk)
    return render(request, "organisasi/pengguna_form.html", {"form": form, "judul": "Tambah pengguna"})


@login_required
def pengguna_ubah(request, pk: int):
    pengguna = selectors.pengguna_get_for_user(user=request.user, pk=pk)
    awal = {"nama_lengkap": pengguna.get_full_name(), "email": pengguna.email, "aktif": pengguna.is_active}
    form = PenggunaUbahForm(request.POST or None, initial=awal)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.pengguna_update(pengguna=pengguna, nama_lengkap=d["nama_lengkap"], email=d["email"], aktif=d["aktif"], oleh=request.user)
        except ValidationError as galat:
            tambah_galat(form, galat)
        else:
            messages.success(request, f"Data pengguna “{pengguna.username}” disimpan.")
            return redirect("organisasi:pengguna_ubah", pk=pengguna.pk)
    konteks = {"pengguna": pengguna, "form": form, "form_peran": _form_peran(request, PeranForm)}
    return render(request, "organisasi/pengguna_ubah.html", konteks)


@login_required
@require_POST
def peran_tambah(request, pk: int):
    pengguna = selectors.pengguna_get_for_user(user=request.user, pk=pk)
    form = _form_peran(request, PeranForm, request.POST)
    if form.is_valid():
        try:
            services.peran_create(pengguna=pengguna, **form.cleaned_data)
        except ValidationError as galat:
            tambah_galat(form, galat)
    if form.errors:
        for pesan in [p for daftar in form.errors.values() for p in daftar]:
            messages.error(request, f"Peran tidak ditambahkan: {pesan}")
    else:
        messages.success(request, "Peran ditambahkan.")
    return redirect("organisasi:pengguna_ubah", pk=pengguna.pk)


@login_required
@require_POST
def peran_hapus(request, pk: int, peran_pk: int):
    peran = selectors.peran_get_for_user(user=request.user, pengguna_pk=pk, pk=peran_pk)
    try:
        services.peran_delete(peran=peran, oleh=request.user)
    except ValidationError as galat:
        messages.error(request, " ".join(galat.messages))
    else:
        messages.success(request, f"Peran “{peran}” dicabut.")
    return redirect("organisasi:pengguna_ubah", pk=pk)


@login_required
def pengguna_sandi(request, pk: int):
    pengguna = selectors.pengguna_get_for_user(user=request.user, pk=pk)
    form = SandiBaruForm(pengguna, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.pengguna_set_password(pengguna=pengguna, password=form.cleaned_data["new_password1"])
        messages.success(request, f"Kata sandi “{pengguna.username}” diganti. Sampaikan kepada yang bersangkutan secara langsung.")
        return redirect("organisasi:pengguna_ubah", pk=pengguna.pk)
    return render(request, "organisasi/pengguna_sandi.html", {"form": form, "pengguna": pengguna})
