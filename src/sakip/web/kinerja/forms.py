"""Forms of the kinerja app (labels and help in Bahasa Indonesia)."""

from __future__ import annotations

from django import forms

from sakip.web.kinerja.impor import BATAS_UNGGAHAN


class UnggahForm(forms.Form):
    berkas = forms.FileField(
        label="Buku kerja",
        help_text=f"Buku kerja Excel (.xlsx) dari tombol “Unduh buku kerja” atau templat sakip, atau berkas data .yaml; "
        f"paling besar {BATAS_UNGGAHAN // (1024 * 1024)} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.yaml,.yml"}),
    )


class TerapkanForm(forms.Form):
    versi = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
