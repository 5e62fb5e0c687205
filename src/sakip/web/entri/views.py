"""Thin views of the entry screens: realisasi (with live capaian) and evidence.

Other screens: :mod:`.views_pk` (Perjanjian Kinerja), :mod:`.views_anggaran`
(anggaran, narasi). Reading needs ``kinerja.lihat`` on the office (else 404);
every POST needs ``kinerja.ubah`` (else 403, nothing changed).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from sakip.web.entri import hitung, selectors, services
from sakip.web.entri.forms import BuktiForm, RealisasiForm, tambah_masalah
from sakip.web.kinerja.models import Level
from sakip.web.kinerja.services import periksa_terkunci
from sakip.web.riwayat.tampilan import perubahan_orang_lain
from sakip.web.kinerja.selectors import berkas_dari_db


def ambil_tk(request, pk: int, tahun: int):
    """The office-year of the URL: 404 outside the user's scope, 403 on a POST they may not make,
    423 (:class:`DataTerkunci`) on a POST to a locked year, before the form is even read."""
    tk = selectors.tahun_kinerja_untuk_entri(user=request.user, instansi_pk=pk, tahun=tahun,
                                             untuk_ubah=request.method == "POST")
    if request.method == "POST":
        periksa_terkunci(tk)
    return tk


def konteks_dasar(request, tk, **lain) -> dict:
    """Context of every entry screen; ``boleh_ubah`` is False for a locked year or (with ``pj``) PK version."""
    pj = lain.get("pj")
    boleh = selectors.boleh_ubah(user=request.user, tahun_kinerja=tk) and (pj is None or pj.status == pj.Status.DRAF)
    return {"tk": tk, "instansi": tk.instansi, "tahun": tk.tahun, "boleh_ubah": boleh, **lain}


@login_required
def entri_beranda(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    return render(request, "entri/entri_beranda.html", konteks_dasar(request, tk))


def _tahun_realisasi(request, tk) -> int:
    teks = request.GET.get("tahun_realisasi", "")
    th = int(teks) if teks.isdigit() else tk.tahun
    return th if tk.renstra_tahun_awal - 1 <= th <= max(tk.renstra_tahun_akhir, tk.tahun) else tk.tahun


@login_required
def realisasi_list(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    th = _tahun_realisasi(request, tk)
    berkas = berkas_dari_db(tahun_kinerja=tk)
    baris = []
    for i in berkas.semua_indikator():
        kode = i.indikator.kode
        isian = hitung.realisasi_isian(berkas, kode, th)
        baris.append({"ind": i.indikator, "level": Level(i.level).label, "isian": isian,
                      "capaian": hitung.capaian_realisasi(berkas=berkas, kode=kode, tahun=th, isian=isian)})
    tahun_pilihan = list(range(tk.renstra_tahun_awal, max(tk.renstra_tahun_akhir, tk.tahun) + 1))
    return render(request, "entri/realisasi_list.html",
                  konteks_dasar(request, tk, baris=baris, tahun_realisasi=th, tahun_pilihan=tahun_pilihan))


@login_required
def realisasi_ubah(request, pk: int, tahun: int, kode: str, th: int):
    tk = ambil_tk(request, pk, tahun)
    ind = selectors.indikator_get(tahun_kinerja=tk, kode=kode)
    baris = selectors.realisasi_get(tahun_kinerja=tk, kode=kode, tahun=th)
    awal = {"versi": baris.versi if baris else 0}
    if baris:
        awal.update({f: getattr(baris, f) for f in ("nilai", "tw1", "tw2", "tw3", "tw4", "keterangan", "uraian")})
    form = RealisasiForm(request.POST or None, initial=awal)
    ok, status = jalankan(request, form, lambda d: services.realisasi_simpan(
        tahun_kinerja=tk, oleh=request.user, kode=kode, tahun=th, isian=d, versi=d["versi"]), peta={"triwulan": "tw1"})
    if ok:
        messages.success(request, f"Realisasi {ind.kode} tahun {th} disimpan.")
        return redirect("entri:realisasi_ubah", pk=pk, tahun=tahun, kode=kode, th=th)
    berkas = berkas_dari_db(tahun_kinerja=tk)
    isian = {f: (form[f].value() or None) for f in RealisasiForm.MEDAN_NILAI}
    konteks = konteks_dasar(
        request, tk, ind=ind, th=th, form=form, baris=baris, bukti_form=BuktiForm(),
        capaian=hitung.capaian_realisasi(berkas=berkas, kode=kode, tahun=th, isian=isian),
        metode=ind.get_metode_agregasi_display(), polaritas=ind.get_polaritas_display(),
    )
    return render(request, "entri/realisasi_ubah.html", konteks, status=status)


@login_required
@require_GET
def realisasi_capaian(request, pk: int, tahun: int, kode: str, th: int):
    """JSON: capaian and kategori of the values typed so far (nothing is saved)."""
    tk = ambil_tk(request, pk, tahun)
    selectors.indikator_get(tahun_kinerja=tk, kode=kode)
    isian = {f: request.GET.get(f) for f in RealisasiForm.MEDAN_NILAI}
    hasil = hitung.capaian_realisasi(berkas=berkas_dari_db(tahun_kinerja=tk), kode=kode, tahun=th, isian=isian)
    return JsonResponse(hasil.ke_json())


def _terlalu_besar(request) -> bool:
    from sakip.web.kinerja.models import BATAS_BUKTI

    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > BATAS_BUKTI + 64 * 1024
    except ValueError:
        return True


@login_required
@require_POST
def bukti_tambah(request, pk: int, tahun: int, kode: str, th: int):
    tk = ambil_tk(request, pk, tahun)
    selectors.indikator_get(tahun_kinerja=tk, kode=kode)
    tujuan = redirect("entri:realisasi_ubah", pk=pk, tahun=tahun, kode=kode, th=th)
    if _terlalu_besar(request):
        messages.error(request, "Berkas bukti terlalu besar; paling besar 10 MB.")
        return tujuan
    form = BuktiForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Pilih berkas bukti yang akan diunggah.")
        return tujuan
    try:
        bukti = services.bukti_tambah(tahun_kinerja=tk, oleh=request.user, kode=kode, tahun=th, berkas=form.cleaned_data["berkas"])
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    except services.EntriTidakSah as e:
        messages.error(request, "; ".join(x.pesan for x in e.masalah))
    else:
        messages.success(request, f"Bukti “{bukti.nama}” diunggah.")
    return tujuan


@login_required
@require_GET
def bukti_unduh(request, pk: int, tahun: int, bukti_pk: int):
    """Evidence files are served only to users who may see the office (never from a public URL)."""
    tk = ambil_tk(request, pk, tahun)
    bukti = selectors.bukti_get(tahun_kinerja=tk, pk=bukti_pk)
    if not bukti.berkas:
        raise Http404("Berkas bukti ini belum diunggah.")
    try:
        f = bukti.berkas.open("rb")
    except FileNotFoundError:
        raise Http404("Berkas bukti tidak ditemukan di server.") from None
    respons = FileResponse(f, as_attachment=True, filename=bukti.nama)
    respons["X-Content-Type-Options"] = "nosniff"
    return respons


@login_required
@require_POST
def bukti_hapus(request, pk: int, tahun: int, bukti_pk: int):
    tk = ambil_tk(request, pk, tahun)
    bukti = selectors.bukti_get(tahun_kinerja=tk, pk=bukti_pk)
    r = bukti.realisasi
    services.bukti_hapus(tahun_kinerja=tk, oleh=request.user, bukti=bukti)
    messages.success(request, f"Bukti “{bukti.nama}” dihapus.")
    return redirect("entri:realisasi_ubah", pk=pk, tahun=tahun, kode=r.indikator.kode, th=r.tahun)


def jalankan(request, form, panggil, *, peta: dict | None = None) -> tuple[bool, int]:
    """Run a write service for a bound form: (saved?, HTTP status). Problems land on the form."""
    if request.method != "POST":
        return False, 200
    if not form.is_valid():
        return False, 400
    try:
        panggil(form.cleaned_data)
    except services.BarisBerubah as e:
        request.konflik_riwayat = perubahan_orang_lain(e)
        if e.baris is not None and "versi" in form.fields:
            # the user's input stays; the form now carries the current version, so saving again
            # (after reading the other person's change above) is a deliberate overwrite
            form.data = form.data.copy()
            form.data[form.add_prefix("versi")] = e.baris.versi
            form.add_error(None, "Perubahan Anda belum disimpan karena data ini diubah orang lain (lihat di atas). "
                                 "Isian Anda masih di sini: periksa, lalu simpan lagi bila tetap ingin menyimpannya.")
        else:
            form.add_error(None, e.pesan)
        return False, 409
    except services.EntriTidakSah as e:
        tambah_masalah(form, e.masalah, e.awalan, peta)
        return False, 400
    return True, 200
