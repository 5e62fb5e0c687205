"""Forms of the entry screens. Values stay text as typed: the berkas model validates them.

The forms only carry fields (and the hidden ``versi`` of the edited row); no value
rule lives here. Problems found by the berkas model are put back on the fields
by :func:`tambah_masalah`.
"""

from __future__ import annotations

import re

from django import forms

from sakip.berkas.narasi import KODE_NARASI, Narasi
from sakip.berkas.pk import kode_alasan_perubahan
from sakip.core import parameter
from sakip.web.kinerja.models import JENIS_BUKTI, BATAS_BUKTI


def _teks(label: str, bantuan: str = "", **kw) -> forms.CharField:
    return forms.CharField(label=label, required=False, help_text=bantuan, **kw)


def _panjang(label: str, baris: int = 3) -> forms.CharField:
    return forms.CharField(label=label, required=False, widget=forms.Textarea(attrs={"rows": baris}))


class VersiForm(forms.Form):
    versi = forms.IntegerField(min_value=0, widget=forms.HiddenInput)


NILAI_BANTUAN = "Tulis sebagaimana di dokumen: 88,72 · 7:9 · 12 Bulan · 80 - 90"


class RealisasiForm(VersiForm):
    nilai = _teks("Realisasi tahunan", "Kosongkan bila dihitung dari triwulan. " + NILAI_BANTUAN)
    tw1 = _teks("TW I")
    tw2 = _teks("TW II")
    tw3 = _teks("TW III")
    tw4 = _teks("TW IV")
    keterangan = _teks("Keterangan")
    uraian = _panjang("Uraian/analisis capaian", 4)

    MEDAN_NILAI = ("nilai", "tw1", "tw2", "tw3", "tw4")

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        for f in self.MEDAN_NILAI:
            self.fields[f].widget.attrs.update({"autocomplete": "off", "inputmode": "text", "data-realisasi": f})


class BuktiForm(forms.Form):
    berkas = forms.FileField(
        label="Berkas bukti",
        help_text=f"{', '.join(sorted(JENIS_BUKTI))}; paling besar {BATAS_BUKTI // (1024 * 1024)} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(JENIS_BUKTI))}),
    )


def pilihan_alasan() -> list[tuple[str, str]]:
    """Reasons for a PK perubahan from the dated parameter (PermenPANRB 53/2014)."""
    p = parameter.parameter("pk.ketentuan_53_2014").riwayat[-1].nilai["alasan_perubahan"]
    uraian = {a["kode"]: a.get("uraian") or a["kode"] for a in p}
    return [("", "— pilih alasan —")] + [(k, uraian.get(k, k)) for k in kode_alasan_perubahan()]


class PKPerubahanForm(VersiForm):
    alasan_perubahan = forms.ChoiceField(label="Alasan perubahan", choices=())
    uraian_alasan = _panjang("Uraian alasan")
    tanggal = forms.DateField(label="Tanggal penandatanganan", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    nomor = _teks("Nomor dokumen")

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fields["alasan_perubahan"].choices = pilihan_alasan()


class PKForm(VersiForm):
    nomor = _teks("Nomor dokumen")
    tanggal = forms.DateField(label="Tanggal penandatanganan", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    tempat = _teks("Tempat")
    tanggal_dpa = forms.DateField(label="Tanggal DPA", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    keterangan = _teks("Keterangan")


class TargetPKForm(VersiForm):
    indikator = forms.ChoiceField(label="Indikator", choices=())
    sasaran = _teks("Kode sasaran")
    target = _teks("Target tahunan", NILAI_BANTUAN)
    tw1 = _teks("Target TW I")
    tw2 = _teks("Target TW II")
    tw3 = _teks("Target TW III")
    tw4 = _teks("Target TW IV")

    def __init__(self, *a, indikator: list[tuple[str, str]], **kw):
        super().__init__(*a, **kw)
        self.fields["indikator"].choices = indikator


class ProgramPKForm(VersiForm):
    program = forms.ChoiceField(label="Program", choices=())
    anggaran = _teks("Anggaran (Rp)", "mis. 3.397.085.593")
    keterangan = _teks("Keterangan")

    def __init__(self, *a, program: list[tuple[str, str]], **kw):
        super().__init__(*a, **kw)
        self.fields["program"].choices = program


class AnggaranForm(VersiForm):
    pagu_murni = _teks("Pagu murni (Rp)", "mis. 3.397.085.593")
    pagu_perubahan = _teks("Pagu perubahan (Rp)", "Kosongkan bila tidak ada perubahan")
    realisasi = _teks("Realisasi setahun (Rp)", "Kosongkan bila dijumlah dari triwulan")
    realisasi_tw1 = _teks("Realisasi TW I (Rp)")
    realisasi_tw2 = _teks("Realisasi TW II (Rp)")
    realisasi_tw3 = _teks("Realisasi TW III (Rp)")
    realisasi_tw4 = _teks("Realisasi TW IV (Rp)")
    sumber_dana = _teks("Sumber dana", "mis. DAU, PAD")
    keterangan = _teks("Keterangan")


class NarasiForm(VersiForm):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        for kode in KODE_NARASI:
            self.fields[kode] = forms.CharField(
                label=Narasi.judul(kode), required=False,
                widget=forms.Textarea(attrs={"rows": 4, "placeholder": "Kosong: akan disusun otomatis dari data"}),
            )


def tambah_masalah(form: forms.Form, masalah, awalan: str, peta: dict[str, str] | None = None) -> None:
    """Put each problem of the berkas model on the form field it concerns (else on the form).

    *awalan* is the berkas path of the edited element (``realisasi[3]``); the rest of a
    problem's path names the field (``triwulan.tw1`` -> ``tw1``, via *peta* when given).
    """
    peta = peta or {}
    for x in masalah:
        medan = None
        if awalan and (x.lokasi == awalan or x.lokasi.startswith(awalan + ".")):
            sisa = x.lokasi[len(awalan):].lstrip(".")
            for calon in (sisa, sisa.replace(".", "_"), sisa.split(".")[-1], sisa.split(".")[0]):
                calon = peta.get(calon, calon)
                if calon in form.fields and not isinstance(form.fields[calon].widget, forms.HiddenInput):
                    medan = calon
                    break
        pesan = x.pesan if medan else f"{x.lokasi}: {x.pesan}" if x.lokasi else x.pesan
        kepala = re.split(r"[.\[]", x.lokasi or "")[0]
        if medan is None and not awalan and kepala in form.fields:
            medan = kepala  # a whole section edited in one field: keep the path inside it
        if x.nilai is not None and medan is None:
            pesan += f" [nilai: {x.nilai}]"
        form.add_error(medan, pesan)


class RenstraForm(VersiForm):
    tahun_awal = forms.IntegerField(label="Awal periode", widget=forms.NumberInput(attrs={"class": "sempit"}))
    tahun_akhir = forms.IntegerField(label="Akhir periode", widget=forms.NumberInput(attrs={"class": "sempit"}))
    dokumen = _teks("Dasar penetapan Renstra")
    visi = _panjang("Visi (RPJMD) yang didukung", 2)


class MisiForm(forms.Form):
    nomor = _teks("Nomor")
    uraian = _teks("Uraian misi")


MisiFormSet = forms.formset_factory(MisiForm, extra=2)


class TujuanForm(VersiForm):
    kode = _teks("Kode", "mis. T1")
    uraian = _panjang("Uraian tujuan", 2)
    misi = _teks("Nomor misi yang didukung")


class SasaranForm(VersiForm):
    kode = _teks("Kode", "mis. S1")
    uraian = _panjang("Uraian sasaran", 2)
    keterangan = _teks("Keterangan")


class KodeAnggaranForm(VersiForm):
    kode = _teks("Kode", "Program U.BB.PP · kegiatan U.BB.PP.K.KK · sub kegiatan U.BB.PP.K.KK.SSSS")
    nama = _panjang("Nomenklatur", 2)
    sasaran_program = _panjang("Sasaran program (hanya program)", 2)


class IndikatorForm(VersiForm):
    kode = _teks("Kode", "Kode unik, mis. IKU-1")
    nama = _panjang("Nama indikator", 2)
    satuan = _teks("Satuan", "mis. Persen, Nilai, Desa")
    polaritas = forms.ChoiceField(label="Polaritas", choices=[("positif", "Positif (makin tinggi makin baik)"),
                                                              ("negatif", "Negatif (makin rendah makin baik)")])
    rumus_negatif = forms.ChoiceField(label="Rumus indikator negatif", required=False,
                                      choices=[("", "Bawaan (parameter)"), ("2T-R", "2T-R"), ("T/R", "T/R")])
    metode_agregasi = forms.ChoiceField(label="Metode agregasi triwulan", choices=[
        ("nilai_akhir", "Nilai akhir"), ("kumulatif", "Kumulatif"), ("rata_rata", "Rata-rata"), ("rasio", "Rasio (Σa : Σb)")])
    formulasi = _panjang("Formulasi", 2)
    sumber_data = _teks("Sumber data")
    iku = forms.BooleanField(label="Indikator Kinerja Utama (IKU)", required=False)
    alasan_pemilihan = _panjang("Alasan pemilihan", 2)
    baseline = _teks("Baseline", NILAI_BANTUAN)
    tahun_baseline = forms.IntegerField(label="Tahun baseline", required=False)
    target_akhir = _teks("Target akhir periode")
    keterangan = _teks("Keterangan")

    def __init__(self, *a, tahun_target: list[int], **kw):
        super().__init__(*a, **kw)
        self.tahun_target = tahun_target
        for th in tahun_target:
            self.fields[f"target_{th}"] = _teks(f"Target {th}", "“-” bila tidak ada target")

    def target(self) -> dict[int, str | None]:
        return {th: self.cleaned_data.get(f"target_{th}") for th in self.tahun_target}
