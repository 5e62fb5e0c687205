"""Thin views: Renstra (periode, visi, misi, tujuan -> sasaran -> indikator) and program -> kegiatan -> sub kegiatan."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from sakip.web.entri import selectors, services_rencana as sr
from sakip.web.entri.forms import (IndikatorForm, KodeAnggaranForm, MisiFormSet, RenstraForm, SasaranForm, TujuanForm)
from sakip.web.entri.views import ambil_tk, jalankan, konteks_dasar
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_dari_db


@login_required
def renstra(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    awal = {"versi": tk.versi, "tahun_awal": tk.renstra_tahun_awal, "tahun_akhir": tk.renstra_tahun_akhir,
            "dokumen": tk.renstra_dokumen, "visi": tk.visi}
    form = RenstraForm(request.POST or None, initial=awal)
    misi = MisiFormSet(request.POST or None, initial=[{"nomor": x.nomor, "uraian": x.uraian} for x in tk.misi.all()], prefix="misi")
    ok, status = False, 200
    if request.method == "POST" and misi.is_valid():
        ok, status = jalankan(request, form, lambda d: sr.renstra_simpan(
            tahun_kinerja=tk, oleh=request.user, isian=d, misi=[f.cleaned_data for f in misi.forms], versi=d["versi"]),
            peta={"periode": "tahun_akhir"})
    if ok:
        messages.success(request, "Renstra disimpan.")
        return redirect("entri:renstra", pk=pk, tahun=tahun)
    berkas = berkas_dari_db(tahun_kinerja=tk)
    return render(request, "entri/renstra.html", konteks_dasar(
        request, tk, form=form, misi=misi, berkas=berkas, judul_remah="Renstra"), status=status)


@login_required
def program_list(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    return render(request, "entri/program_list.html", konteks_dasar(
        request, tk, berkas=berkas_dari_db(tahun_kinerja=tk), judul_remah="Program dan kegiatan"))


def _selesai(request, tk, pesan: str, tujuan: str):
    messages.success(request, pesan)
    return redirect(tujuan, pk=tk.instansi_id, tahun=tk.tahun)


def _hapus(request) -> bool:
    return request.method == "POST" and "hapus" in request.POST


def _form_baris(request, tk, form, judul: str, baris, kembali_url: str, status: int):
    return render(request, "entri/baris_ubah.html", konteks_dasar(
        request, tk, form=form, judul=judul, baris=baris, kembali_url=kembali_url, judul_remah=judul,
        boleh_hapus=baris is not None), status=status)


@login_required
def tujuan_ubah(request, pk: int, tahun: int, kode: str | None = None):
    tk = ambil_tk(request, pk, tahun)
    baris = selectors.tujuan_get(tahun_kinerja=tk, kode=kode) if kode else None
    awal = {"versi": baris.versi if baris else 0, **({f: getattr(baris, f) for f in ("kode", "uraian", "misi")} if baris else {})}
    form = TujuanForm(request.POST or None, initial=awal)
    hapus = _hapus(request)
    ok, status = jalankan(request, form, lambda d: sr.tujuan_simpan(
        tahun_kinerja=tk, oleh=request.user, kode_lama=kode, isian=None if hapus else d, versi=d["versi"]))
    if ok:
        return _selesai(request, tk, "Tujuan dihapus." if hapus else "Tujuan disimpan.", "entri:renstra")
    return _form_baris(request, tk, form, f"Tujuan {kode}" if kode else "Tujuan baru", baris, "entri:renstra", status)


@login_required
def sasaran_ubah(request, pk: int, tahun: int, kode: str | None = None):
    tk = ambil_tk(request, pk, tahun)
    baris = selectors.sasaran_get(tahun_kinerja=tk, kode=kode) if kode else None
    tujuan = baris.tujuan.kode if baris else request.GET.get("tujuan") or request.POST.get("tujuan") or ""
    if not baris:
        selectors.tujuan_get(tahun_kinerja=tk, kode=tujuan)
    awal = {"versi": baris.versi if baris else 0, **({f: getattr(baris, f) for f in ("kode", "uraian", "keterangan")} if baris else {})}
    form = SasaranForm(request.POST or None, initial=awal)
    hapus = _hapus(request)
    ok, status = jalankan(request, form, lambda d: sr.sasaran_simpan(
        tahun_kinerja=tk, oleh=request.user, tujuan=tujuan, kode_lama=kode, isian=None if hapus else d, versi=d["versi"]))
    if ok:
        return _selesai(request, tk, "Sasaran dihapus." if hapus else "Sasaran disimpan.", "entri:renstra")
    return _form_baris(request, tk, form, f"Sasaran {kode}" if kode else f"Sasaran baru (tujuan {tujuan})", baris, "entri:renstra", status)


LEVEL_RENSTRA = {"tujuan", "sasaran"}


@login_required
def indikator_ubah(request, pk: int, tahun: int, kode: str | None = None):
    tk = ambil_tk(request, pk, tahun)
    baris = selectors.indikator_get(tahun_kinerja=tk, kode=kode) if kode else None
    level = baris.level if baris else request.GET.get("level") or request.POST.get("level") or ""
    induk = baris.induk_kode if baris else request.GET.get("induk") or request.POST.get("induk") or ""
    if level not in m.Level.values:
        raise Http404("Tingkat indikator tidak dikenal.")
    tahun_target = list(range(tk.renstra_tahun_awal, tk.renstra_tahun_akhir + 1))
    awal: dict = {"versi": baris.versi if baris else 0}
    if baris:
        awal.update({f: getattr(baris, f) for f in sr.MEDAN_INDIKATOR})
        awal.update({f"target_{t.tahun}": t.nilai for t in baris.target.all()})
        tahun_target = sorted(set(tahun_target) | {t.tahun for t in baris.target.all()})
    form = IndikatorForm(request.POST or None, initial=awal, tahun_target=tahun_target)
    hapus = _hapus(request)
    ok, status = jalankan(request, form, lambda d: sr.indikator_simpan(
        tahun_kinerja=tk, oleh=request.user, level=level, induk=induk, kode_lama=kode, isian=None if hapus else d,
        target=form.target(), versi=d["versi"]))
    tujuan = "entri:renstra" if level in LEVEL_RENSTRA else "entri:program_list"
    if ok:
        return _selesai(request, tk, "Indikator dihapus." if hapus else "Indikator disimpan.", tujuan)
    judul = f"Indikator {kode}" if kode else f"Indikator baru ({level.replace('_', ' ')} {induk})"
    return _form_baris(request, tk, form, judul, baris, tujuan, status)


@login_required
def kode_anggaran_ubah(request, pk: int, tahun: int, kode: str | None = None):
    tk = ambil_tk(request, pk, tahun)
    baris = selectors.kode_anggaran_get(tahun_kinerja=tk, kode=kode) if kode else None
    level = baris.level if baris else request.GET.get("level") or request.POST.get("level") or "program"
    induk = (baris.induk.kode if baris and baris.induk_id else request.GET.get("induk") or request.POST.get("induk")) or None
    if level not in sr.ANAK:
        raise Http404("Tingkat tidak dikenal.")
    awal = {"versi": baris.versi if baris else 0,
            **({f: getattr(baris, f) for f in ("kode", "nama", "sasaran_program")} if baris else {"kode": (induk + ".") if induk else ""})}
    form = KodeAnggaranForm(request.POST or None, initial=awal)
    if level != "program":
        del form.fields["sasaran_program"]
    hapus = _hapus(request)
    ok, status = jalankan(request, form, lambda d: sr.kode_anggaran_simpan(
        tahun_kinerja=tk, oleh=request.user, level=level, induk=induk, kode_lama=kode, isian=None if hapus else d,
        versi=d["versi"]))
    nama = level.replace("_", " ")
    if ok:
        return _selesai(request, tk, f"{nama.capitalize()} dihapus." if hapus else f"{nama.capitalize()} disimpan.", "entri:program_list")
    return _form_baris(request, tk, form, f"{nama.capitalize()} {kode}" if kode else f"{nama.capitalize()} baru", baris,
                       "entri:program_list", status)
