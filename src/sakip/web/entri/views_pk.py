"""Thin views: Perjanjian Kinerja versions, anggaran per sub kegiatan, narasi (lampiran: :mod:`.views_lampiran`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from sakip.berkas.narasi import KODE_NARASI
from sakip.web.entri import hitung, selectors, services
from sakip.web.entri.forms import AnggaranForm, NarasiForm, PKForm, PKPerubahanForm, ProgramPKForm, TargetPKForm
from sakip.web.entri.views import ambil_tk, jalankan, konteks_dasar
from sakip.web.kinerja.selectors import berkas_dari_db


@login_required
def pk_list(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    daftar = list(selectors.perjanjian_list(tahun_kinerja=tk))
    form = PKPerubahanForm(initial={"versi": tk.versi}) if daftar else None
    return render(request, "entri/pk_list.html", konteks_dasar(request, tk, daftar=daftar, form=form, judul_remah="Perjanjian Kinerja"))


@login_required
def pk_perubahan_buat(request, pk: int, tahun: int):
    """POST only in practice: a NEW version copied from the latest; earlier versions stay."""
    tk = ambil_tk(request, pk, tahun)
    if request.method != "POST":
        return redirect("entri:pk_list", pk=pk, tahun=tahun)
    form = PKPerubahanForm(request.POST)
    hasil = []

    def panggil(d):
        hasil.append(services.pk_perubahan_buat(
            tahun_kinerja=tk, oleh=request.user, alasan_perubahan=d["alasan_perubahan"], uraian_alasan=d["uraian_alasan"],
            tanggal=d["tanggal"], nomor=d["nomor"], versi=d["versi"]))

    ok, status = jalankan(request, form, panggil)
    if ok:
        messages.success(request, f"PK perubahan ke-{hasil[0]} dibuat dari versi sebelumnya; versi lama tetap tersimpan.")
        return redirect("entri:pk_ubah", pk=pk, tahun=tahun, nomor_urut=hasil[0])
    daftar = list(selectors.perjanjian_list(tahun_kinerja=tk))
    return render(request, "entri/pk_list.html", konteks_dasar(request, tk, daftar=daftar, form=form, judul_remah="Perjanjian Kinerja"),
                  status=status)


@login_required
def pk_ubah(request, pk: int, tahun: int, nomor_urut: int):
    tk = ambil_tk(request, pk, tahun)
    pj = selectors.perjanjian_get(tahun_kinerja=tk, nomor_urut=nomor_urut)
    awal = {f: getattr(pj, f) for f in ("nomor", "tanggal", "tempat", "tanggal_dpa", "keterangan")}
    form = PKForm(request.POST or None, initial={**awal, "versi": pj.versi})
    ok, status = jalankan(request, form, lambda d: services.pk_ubah(
        tahun_kinerja=tk, oleh=request.user, perjanjian=pj, isian=d, versi=d["versi"]))
    if ok:
        messages.success(request, f"{pj} disimpan.")
        return redirect("entri:pk_ubah", pk=pk, tahun=tahun, nomor_urut=nomor_urut)
    target = pj.target.select_related("indikator").all()
    program = pj.program.select_related("program").all()
    konteks = konteks_dasar(request, tk, pj=pj, form=form, target=target, program=program, judul_remah="Perjanjian Kinerja",
                            total=sum((p.anggaran for p in program), start=0))
    return render(request, "entri/pk_ubah.html", konteks, status=status)


def _hapus(request) -> bool:
    return request.method == "POST" and "hapus" in request.POST


@login_required
def target_pk_ubah(request, pk: int, tahun: int, nomor_urut: int, kode: str | None = None):
    tk = ambil_tk(request, pk, tahun)
    pj = selectors.perjanjian_get(tahun_kinerja=tk, nomor_urut=nomor_urut)
    baris = selectors.target_pk_get(perjanjian=pj, kode=kode) if kode else None
    if kode and baris is None:
        raise Http404("Baris target tidak ditemukan.")
    ada = set(pj.target.values_list("indikator__kode", flat=True))
    pilihan = [(i.kode, f"{i.kode} — {i.nama[:80]}") for i in tk.indikator.all() if i.kode == kode or i.kode not in ada]
    awal = {"versi": baris.versi if baris else 0, "indikator": kode}
    if baris:
        awal.update({f: getattr(baris, f) for f in ("target", "tw1", "tw2", "tw3", "tw4")}, sasaran=baris.sasaran_kode)
    form = TargetPKForm(request.POST or None, initial=awal, indikator=pilihan)
    if kode:
        form.fields["indikator"].disabled = True
    hapus = _hapus(request)
    ok, status = jalankan(request, form, lambda d: services.target_pk_simpan(
        tahun_kinerja=tk, oleh=request.user, perjanjian=pj, kode=kode or d["indikator"], isian=None if hapus else d,
        versi=d["versi"]), peta={"target_triwulan": "tw1"})
    if ok:
        messages.success(request, "Baris target dihapus." if hapus else "Baris target disimpan.")
        return redirect("entri:pk_ubah", pk=pk, tahun=tahun, nomor_urut=nomor_urut)
    return render(request, "entri/baris_ubah.html", konteks_dasar(
        request, tk, form=form, judul=f"Target {pj}", kembali=pj, pj=pj, baris=baris, judul_remah="Perjanjian Kinerja"), status=status)


@login_required
def program_pk_ubah(request, pk: int, tahun: int, nomor_urut: int, kode: str | None = None):
    tk = ambil_tk(request, pk, tahun)
    pj = selectors.perjanjian_get(tahun_kinerja=tk, nomor_urut=nomor_urut)
    baris = selectors.program_pk_get(perjanjian=pj, kode=kode) if kode else None
    if kode and baris is None:
        raise Http404("Baris program tidak ditemukan.")
    ada = set(pj.program.values_list("program__kode", flat=True))
    pilihan = [(p.kode, f"{p.kode} {p.nama[:80]}") for p in tk.kode_anggaran.filter(level="program")
               if p.kode == kode or p.kode not in ada]
    awal = {"versi": baris.versi if baris else 0, "program": kode}
    if baris:
        awal.update(anggaran=hitung.rupiah(baris.anggaran), keterangan=baris.keterangan)
    form = ProgramPKForm(request.POST or None, initial=awal, program=pilihan)
    if kode:
        form.fields["program"].disabled = True
    hapus = _hapus(request)
    ok, status = jalankan(request, form, lambda d: services.program_pk_simpan(
        tahun_kinerja=tk, oleh=request.user, perjanjian=pj, kode=kode or d["program"], isian=None if hapus else d,
        versi=d["versi"]))
    if ok:
        messages.success(request, "Baris program dihapus." if hapus else "Baris program disimpan.")
        return redirect("entri:pk_ubah", pk=pk, tahun=tahun, nomor_urut=nomor_urut)
    return render(request, "entri/baris_ubah.html", konteks_dasar(
        request, tk, form=form, judul=f"Program {pj}", kembali=pj, pj=pj, baris=baris, judul_remah="Perjanjian Kinerja"), status=status)


# --- anggaran ----------------------------------------------------------------------


@login_required
def anggaran_list(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    baris, per_program, total = hitung.anggaran_baris(berkas_dari_db(tahun_kinerja=tk))
    rekap = {r.kunci: r.hasil for r in per_program}
    kelompok = []
    for b in baris:
        if not kelompok or kelompok[-1]["program"] != b.program:
            kelompok.append({"program": b.program, "rekap": rekap.get(b.program), "baris": []})
        kelompok[-1]["baris"].append(b)
    nama = dict(tk.kode_anggaran.filter(level="program").values_list("kode", "nama"))
    for k in kelompok:
        k["nama"] = nama.get(k["program"], "")
    return render(request, "entri/anggaran_list.html",
                  konteks_dasar(request, tk, kelompok=kelompok, total=total, judul_remah="Anggaran"))


@login_required
def anggaran_ubah(request, pk: int, tahun: int, kode: str):
    tk = ambil_tk(request, pk, tahun)
    sub = selectors.kode_anggaran_get(tahun_kinerja=tk, kode=kode)
    if sub.level != "sub_kegiatan":
        raise Http404("Anggaran dicatat per sub kegiatan.")
    a = selectors.anggaran_get(tahun_kinerja=tk, kode=kode)
    awal = {"versi": a.versi if a else 0}
    if a:
        for f in ("pagu_murni", "pagu_perubahan", "realisasi", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"):
            awal[f] = hitung.rupiah(getattr(a, f))
        awal.update(sumber_dana=a.sumber_dana, keterangan=a.keterangan)
    form = AnggaranForm(request.POST or None, initial=awal)
    ok, status = jalankan(request, form, lambda d: services.anggaran_simpan(
        tahun_kinerja=tk, oleh=request.user, kode=kode, isian=d, versi=d["versi"]),
        peta={"realisasi_triwulan": "realisasi_tw1"})
    if ok:
        messages.success(request, f"Anggaran {kode} disimpan.")
        return redirect("entri:anggaran_list", pk=pk, tahun=tahun)
    return render(request, "entri/baris_ubah.html", konteks_dasar(
        request, tk, form=form, judul=f"Anggaran {sub.kode} {sub.nama}", baris=a, judul_remah="Anggaran",
        kembali_url="entri:anggaran_list"), status=status)


# --- narasi and lampiran --------------------------------------------------------------


@login_required
def narasi_ubah(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    form = NarasiForm(request.POST or None, initial={"versi": tk.versi, **(tk.narasi or {})})
    ok, status = jalankan(request, form, lambda d: services.bagian_simpan(
        tahun_kinerja=tk, oleh=request.user, bagian="narasi",
        nilai={k: services.kosong(d.get(k)) for k in KODE_NARASI}, versi=d["versi"]))
    if ok:
        messages.success(request, "Narasi disimpan.")
        return redirect("entri:narasi", pk=pk, tahun=tahun)
    return render(request, "entri/narasi_ubah.html", konteks_dasar(request, tk, form=form, judul_remah="Narasi"), status=status)
