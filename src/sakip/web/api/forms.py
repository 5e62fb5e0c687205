from django import forms


class TokenForm(forms.Form):
    nama = forms.CharField(label="Nama token", max_length=100,
                           help_text="Untuk apa token ini, mis. “Aplikasi Bappeda” atau “Skrip rekap triwulan”.")
