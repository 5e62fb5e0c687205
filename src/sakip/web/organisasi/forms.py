"""Forms of the organisasi screens: input shape only; rules live in services/models."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, SetPasswordForm
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from sakip.web.organisasi.models import Instansi, Peran


# Model fields that our forms show under another name.
_NAMA_ISIAN = {"first_name": "nama_lengkap", "last_name": "nama_lengkap", "is_active": "aktif", "user": "username"}


def tambah_galat(form: forms.Form, galat: ValidationError) -> None:
    """Attach a service's ValidationError to *form*: per field where the form has it, else on top."""
    if hasattr(galat, "error_dict"):
        for nama, daftar in galat.error_dict.items():
            nama = _NAMA_ISIAN.get(nama, nama)
            tujuan = nama if nama in form.fields else None
            for g in daftar:
                pesan = " ".join(g.messages)
                form.add_error(tujuan, pesan if tujuan or nama == NON_FIELD_ERRORS else f"{nama}: {pesan}")
    else:
        for pesan in galat.messages:
            form.add_error(None, pesan)


class _PilihPemda(forms.Form):
    """Adds a ``pemda`` choice limited to the Pemda the user manages, hidden if there is only one."""

    pemda = forms.ModelChoiceField(queryset=None, label="Pemerintah daerah", empty_label=None)

    def __init__(self, *args, pemda_qs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pemda"].queryset = pemda_qs
        pilihan = list(pemda_qs[:2])
        if len(pilihan) == 1:
            self.fields["pemda"].initial = pilihan[0].pk
            self.fields["pemda"].widget = forms.HiddenInput()


class InstansiForm(forms.Form):
    nama = forms.CharField(label="Nama instansi", max_length=200)
    jenis = forms.ChoiceField(label="Jenis", choices=Instansi.Jenis.choices)
    kode = forms.CharField(label="Kode", max_length=40, help_text="Kode unit organisasi, unik dalam satu Pemda.")
    singkatan = forms.CharField(label="Singkatan", max_length=40, required=False)
    aktif = forms.BooleanField(label="Aktif", required=False, initial=True)


class InstansiTambahForm(_PilihPemda, InstansiForm):
    field_order = ["pemda", "nama", "jenis", "kode", "singkatan", "aktif"]


class PeranForm(_PilihPemda):
    peran = forms.ChoiceField(label="Peran", choices=[("", "— pilih peran —"), *Peran.Jenis.choices])
    instansi = forms.ModelChoiceField(
        queryset=None,
        label="Instansi",
        required=False,
        empty_label="— seluruh Pemda —",
        help_text="Wajib untuk operator dan pimpinan instansi; kosong untuk admin Pemda dan reviewer.",
    )

    def __init__(self, *args, instansi_qs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instansi"].queryset = instansi_qs


class PenggunaTambahForm(PeranForm):
    username = forms.CharField(label="Nama pengguna", max_length=150, help_text="Untuk masuk; huruf, angka dan @ . + - _")
    nama_lengkap = forms.CharField(label="Nama lengkap", max_length=300)
    email = forms.EmailField(label="Surel", required=False)
    password1 = forms.CharField(label="Kata sandi", widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label="Ulangi kata sandi", widget=forms.PasswordInput, strip=False)

    field_order = ["username", "nama_lengkap", "email", "password1", "password2", "pemda", "peran", "instansi"]

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", "Kedua kata sandi tidak sama.")
        return data


class PenggunaUbahForm(forms.Form):
    nama_lengkap = forms.CharField(label="Nama lengkap", max_length=300)
    email = forms.EmailField(label="Surel", required=False)
    aktif = forms.BooleanField(label="Aktif (boleh masuk)", required=False)


# Django's Indonesian catalogue says "sandi"; our screens say "kata sandi" everywhere.
class MasukForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "Kata sandi"


class SandiBaruForm(SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "Kata sandi baru"
        self.fields["new_password2"].label = "Ulangi kata sandi baru"


class SandiUbahForm(PasswordChangeForm, SandiBaruForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Kata sandi lama"
