"""Thin views of the kinerja app: the office-year page, download, upload -> preview -> apply."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from sakip.berkas import BerkasTidakSah
from sakip.web.kinerja import impor, selectors
from sakip.web.kinerja.forms import TerapkanForm, UnggahForm
from sakip.web.kinerja.services import DataBerubah
from sakip.web.organisasi.selectors import instansi_get_for_user

JENIS_UNDUHAN = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", impor.ekspor_xlsx),
    "yaml": ("application/yaml; charset=utf-8", impor.ekspor_yaml),
}


def _cek_tahun(tahun: int) -> None:
    if not 2000 <= tahun <= 2100:
        raise Http404("Tahun tidak dikenal.")


@login_required
def tahun_kinerja_pilih(request, pk: int):
    """``?tahun=`` from the instansi page's year box -> that year's page."""
    instansi = instansi_get_for_user(user=request.user, pk=pk)
    teks = request.GET.get("tahun", "").strip()
    if not (teks.isdigit() and 2000 <= int(teks) <= 2100):
        messages.warning(request, f"Tahun “{teks}” tidak dapat dipakai; isi tahun 2000–2100.")
        return redirect("organisasi:instansi_detail", pk=instansi.pk)
    return redirect("kinerja:tahun_kinerja_detail", pk=instansi.pk, tahun=int(teks))


@login_required
def tahun_kinerja_detail(request, pk: int, tahun: int):
    _cek_tahun(tahun)
    instansi = instansi_get_for_user(user=request.user, pk=pk)
    tk = selectors.tahun_kinerja_list_for_user(user=request.user).filter(instansi=instansi, tahun=tahun).first()
    konteks = {
        "instansi": instansi,
        "tahun": tahun,
        "tk": tk,
        "ringkasan": _ringkasan(tk),
        "boleh_ubah": selectors.instansi_boleh_ubah(user=request.user, instansi_pk=instansi.pk)
        and (tk is None or tk.status == tk.Status.DRAF),
    }
    return render(request, "kinerja/tahun_kinerja_detail.html", konteks)


def _ringkasan(tk) -> dict | None:
    from sakip.core.format import rupiah

    if tk is None:
        return None
    r = selectors.tahun_kinerja_ringkasan(tahun_kinerja=tk)
    return {**r, "pagu": rupiah(r["pagu"]) if r["pagu"] is not None else "—"}


@login_required
def tahun_kinerja_unduh(request, pk: int, tahun: int, format: str):
    _cek_tahun(tahun)
    if format not in JENIS_UNDUHAN:
        raise Http404("Format tidak dikenal.")
    tk = selectors.tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    jenis, buat = JENIS_UNDUHAN[format]
    respons = HttpResponse(buat(tahun_kinerja=tk), content_type=jenis)
    nama = f"{slugify(tk.instansi.nama) or 'instansi'}-{tahun}.{format}"
    respons["Content-Disposition"] = f'attachment; filename="{nama}"'
    return respons


@login_required
def templat_unduh(request, pk: int, tahun: int):
    """An empty workbook for a year (Renstra period: the five years ending with it) to fill in."""
    import tempfile
    from pathlib import Path

    from sakip.berkas.xlsx import buat_templat

    _cek_tahun(tahun)
    instansi = instansi_get_for_user(user=request.user, pk=pk)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "templat.xlsx"
        buat_templat(path, tahun_awal=tahun - 4, tahun_akhir=tahun)
        isi = path.read_bytes()
    respons = HttpResponse(isi, content_type=JENIS_UNDUHAN["xlsx"][0])
    respons["Content-Disposition"] = f'attachment; filename="templat-{slugify(instansi.nama) or "instansi"}-{tahun}.xlsx"'
    return respons


@login_required
@require_POST
def status_ubah(request, pk: int, tahun: int):
    """One approval step of the office-year (or, with ``pk``, of a PK version): see ``services_alur``."""
    from sakip.web.kinerja.services_alur import StatusTidakSah, status_ubah as ubah

    _cek_tahun(tahun)
    tk = selectors.tahun_kinerja_get_for_user(user=request.user, instansi_pk=pk, tahun=tahun)
    objek = tk
    if request.POST.get("pk", "").isdigit():
        objek = tk.perjanjian_kinerja.filter(nomor_urut=int(request.POST["pk"])).first()
        if objek is None:
            raise Http404("Versi PK tidak ditemukan.")
    try:
        r = ubah(objek=objek, transisi=request.POST.get("transisi", ""), oleh=request.user,
                 alasan=request.POST.get("alasan", ""))
    except StatusTidakSah as e:
        messages.error(request, " ".join(e.messages))
    except ValidationError as e:
        messages.error(request, "Pengesahan gagal: " + " ".join(e.messages))
    else:
        messages.success(request, f"{r.label} — selesai; kini berstatus {objek.get_status_display().lower()}.")
    return redirect(reverse("kinerja:tahun_kinerja_detail", kwargs={"pk": pk, "tahun": tahun}) + "#persetujuan")


@login_required
def unggahan_tambah(request, pk: int, tahun: int):
    _cek_tahun(tahun)
    instansi = selectors.instansi_get_untuk_ubah(user=request.user, instansi_pk=pk)
    galat = None
    if request.method == "POST" and _terlalu_besar(request):
        form = UnggahForm()
        galat = f"Berkas terlalu besar; batasnya {impor.BATAS_UNGGAHAN // (1024 * 1024)} MB."
    else:
        form = UnggahForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and not galat and form.is_valid():
        try:
            unggahan = impor.unggahan_simpan(user=request.user, instansi=instansi, tahun=tahun, berkas=form.cleaned_data["berkas"])
        except ValidationError as e:
            form.add_error("berkas", e)
        else:
            return redirect("kinerja:unggahan_pratinjau", pk=pk, tahun=tahun, token=unggahan.token)
    return render(request, "kinerja/unggahan_form.html", {"instansi": instansi, "tahun": tahun, "form": form, "galat": galat})


def _terlalu_besar(request) -> bool:
    """Refuse by the declared length before Django stores a huge body to disk."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > impor.BATAS_UNGGAHAN + 64 * 1024
    except ValueError:
        return True


@login_required
def unggahan_pratinjau(request, pk: int, tahun: int, token):
    _cek_tahun(tahun)
    unggahan = selectors.unggahan_get_for_user(user=request.user, token=token, instansi_pk=pk, tahun=tahun)
    hasil = impor.pratinjau(unggahan=unggahan)
    return _tampil_pratinjau(request, unggahan, hasil)


def _tampil_pratinjau(request, unggahan, hasil, status: int = 200):
    konteks = {
        "instansi": unggahan.instansi,
        "tahun": unggahan.tahun,
        "unggahan": unggahan,
        "hasil": hasil,
        "masalah": [_baris_masalah(m) for m in hasil.masalah],
        "peringatan": [_baris_masalah(m) for m in hasil.peringatan],
        "form": TerapkanForm(initial={"versi": hasil.versi}),
    }
    return render(request, "kinerja/unggahan_pratinjau.html", konteks, status=status)


def _baris_masalah(m) -> dict:
    """Sheet (or path in a YAML file), row, column, value, message: as ``sakip periksa`` lists them."""
    lembar = getattr(m, "lembar", None)
    return {
        "letak": f"Lembar “{lembar}”" if lembar else m.lokasi,
        "baris": m.baris or "",
        "kolom": getattr(m, "kolom", None) or "",
        "nilai": m.nilai if m.nilai is not None else "",
        "pesan": m.pesan,
    }


@login_required
@require_POST
def unggahan_terapkan(request, pk: int, tahun: int, token):
    _cek_tahun(tahun)
    unggahan = selectors.unggahan_get_for_user(user=request.user, token=token, instansi_pk=pk, tahun=tahun)
    form = TerapkanForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Permintaan tidak lengkap; tekan “Terapkan semua” dari halaman pratinjau.")
        return redirect("kinerja:unggahan_pratinjau", pk=pk, tahun=tahun, token=token)
    try:
        perubahan = impor.unggahan_terapkan(unggahan=unggahan, user=request.user, versi=form.cleaned_data["versi"])
    except DataBerubah:
        messages.error(
            request,
            "Data tahun ini telah diubah sejak pratinjau ditampilkan, sehingga unggahan belum diterapkan. "
            "Periksa perbedaan terbaru di bawah, lalu tekan “Terapkan semua” lagi.",
        )
        return _tampil_pratinjau(request, unggahan, impor.pratinjau(unggahan=unggahan), status=409)
    except BerkasTidakSah:
        messages.error(request, "Berkas ini memuat kesalahan sehingga tidak diterapkan.")
        return redirect("kinerja:unggahan_pratinjau", pk=pk, tahun=tahun, token=token)
    n = len(perubahan.butir)
    messages.success(
        request,
        f"Buku kerja “{unggahan.nama_asli}” diterapkan: {len(perubahan.ditambah)} ditambah, "
        f"{len(perubahan.diubah)} diubah, {len(perubahan.dihapus)} dihapus." if n else
        f"Buku kerja “{unggahan.nama_asli}” sama dengan data yang tersimpan; tidak ada yang berubah.",
    )
    return redirect("kinerja:tahun_kinerja_detail", pk=pk, tahun=tahun)


@login_required
@require_POST
def unggahan_batal(request, pk: int, tahun: int, token):
    _cek_tahun(tahun)
    unggahan = selectors.unggahan_get_for_user(user=request.user, token=token, instansi_pk=pk, tahun=tahun)
    impor.unggahan_hapus(unggahan=unggahan)
    messages.info(request, "Unggahan dibatalkan; data tidak berubah.")
    return redirect("kinerja:tahun_kinerja_detail", pk=pk, tahun=tahun)
