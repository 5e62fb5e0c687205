"""Lampiran sections as row tables: prestasi, pembanding (other offices, national standard), rekomendasi reviu.

Each table is a formset whose fields are the berkas model's own fields (all text as typed);
the whole page is saved in one :func:`.services.berkas_ubah`, so the berkas model validates
every row with the import's messages, which land on the row and field they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from pydantic import BaseModel

from sakip.berkas.lampiran import NilaiPembanding, Prestasi, RekomendasiReviu, StandarNasional
from sakip.web.entri import services
from sakip.web.entri.forms import VersiForm
from sakip.web.entri.views import ambil_tk, konteks_dasar

PANJANG = {"uraian", "tindak_lanjut", "keterangan", "catatan"}
LABEL = {"uraian": "Uraian", "tingkat": "Tingkat", "tahun": "Tahun", "dokumentasi": "Berkas dokumentasi",
         "tahun_anggaran": "Tahun anggaran", "pemberi": "Pemberi", "tindak_lanjut": "Tindak lanjut", "status": "Status",
         "instansi": "Instansi", "indikator": "Kode indikator", "nilai": "Nilai", "sumber": "Sumber",
         "keterangan": "Keterangan", "catatan": "Catatan"}


@dataclass(frozen=True)
class Tabel:
    kunci: str
    """Path in the berkas data: ``prestasi`` or ``pembanding.instansi_lain``."""
    judul: str
    model: type[BaseModel]

    @property
    def awalan(self) -> str:
        return self.kunci.replace(".", "-")

    def ambil(self, data: dict) -> list[dict]:
        x = data
        for k in self.kunci.split("."):
            x = (x or {}).get(k)
        return x or []

    def taruh(self, data: dict, baris: list[dict]) -> None:
        *jalan, akhir = self.kunci.split(".")
        x = data
        for k in jalan:
            if not isinstance(x.get(k), dict):
                x[k] = {}
            x = x[k]
        x[akhir] = baris


TABEL = (
    Tabel("prestasi", "Prestasi", Prestasi),
    Tabel("pembanding.instansi_lain", "Pembanding: nilai instansi lain", NilaiPembanding),
    Tabel("pembanding.standar_nasional", "Pembanding: standar nasional", StandarNasional),
    Tabel("rekomendasi_reviu", "Rekomendasi reviu tahun lalu", RekomendasiReviu),
)


def _form_baris(model: type[BaseModel]) -> type[forms.Form]:
    medan = {}
    for nama, info in model.model_fields.items():
        widget = forms.Textarea(attrs={"rows": 2}) if nama in PANJANG else forms.TextInput
        medan[nama] = forms.CharField(label=LABEL.get(nama, nama), required=False, widget=widget,
                                      help_text=info.description or "")
    return type(f"{model.__name__}Form", (forms.Form,), medan)


FORMSET = {t.kunci: forms.formset_factory(_form_baris(t.model), extra=1) for t in TABEL}


def _teks(v) -> str:
    return "" if v is None else str(v)


@login_required
def lampiran_ubah(request, pk: int, tahun: int):
    tk = ambil_tk(request, pk, tahun)
    data = {"prestasi": tk.prestasi or [], "pembanding": tk.pembanding or {}, "rekomendasi_reviu": tk.rekomendasi_reviu or []}
    kepala = VersiForm(request.POST or None, initial={"versi": tk.versi})
    set_ = {
        t.kunci: FORMSET[t.kunci](request.POST or None, prefix=t.awalan,
                                  initial=[{k: _teks(v) for k, v in b.items()} for b in t.ambil(data)])
        for t in TABEL
    }
    status = 200
    if request.method == "POST":
        status = 400
        if kepala.is_valid() and all(fs.is_valid() for fs in set_.values()):
            status = _simpan(request, tk, kepala, set_)
            if status == 200:
                messages.success(request, "Lampiran disimpan.")
                return redirect("entri:lampiran", pk=pk, tahun=tahun)
    tabel = [(t, set_[t.kunci]) for t in TABEL]
    return render(request, "entri/lampiran_ubah.html",
                  konteks_dasar(request, tk, form=kepala, tabel=tabel, judul_remah="Lampiran"), status=status)


def _simpan(request, tk, kepala, set_) -> int:
    isi: dict[str, list[dict]] = {}
    asal: dict[str, list[int]] = {}  # berkas row -> formset form (empty forms are skipped)
    for kunci, fs in set_.items():
        isi[kunci], asal[kunci] = [], []
        for i, f in enumerate(fs.forms):
            baris = {k: services.kosong(v) for k, v in f.cleaned_data.items() if isinstance(v, str) and services.kosong(v)}
            if baris:
                isi[kunci].append(baris)
                asal[kunci].append(i)

    def ubah(berkas: dict) -> str:
        for t in TABEL:
            t.taruh(berkas, isi[t.kunci])
        return ""

    try:
        services.berkas_ubah(tahun_kinerja=tk, oleh=request.user, ubah=ubah, baris=tk, versi_baris=kepala.cleaned_data["versi"])
    except services.BarisBerubah as e:
        kepala.add_error(None, e.pesan)
        return 409
    except services.EntriTidakSah as e:
        for x in e.masalah:
            _taruh_galat(x, kepala, set_, asal)
        return 400
    return 200


_LOKASI = re.compile(r"^(?P<kunci>[a-z_]+(?:\.[a-z_]+)?)\[(?P<n>\d+)\](?:\.(?P<medan>\w+))?")


def _taruh_galat(x, kepala, set_, asal) -> None:
    m = _LOKASI.match(x.lokasi or "")
    if m and m["kunci"] in set_ and int(m["n"]) - 1 < len(asal[m["kunci"]]):
        f = set_[m["kunci"]].forms[asal[m["kunci"]][int(m["n"]) - 1]]
        f.add_error(m["medan"] if m["medan"] in f.fields else None, x.pesan)
    else:
        kepala.add_error(None, f"{x.lokasi}: {x.pesan}")
