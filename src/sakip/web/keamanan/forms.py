"""Login forms with throttling: the lock is checked before the password is."""

from __future__ import annotations

from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError

from sakip.web.keamanan import services
from sakip.web.keamanan.models import PercobaanMasuk


class BatasMasukMixin:
    """For an ``AuthenticationForm``: refuse while locked, record every attempt."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = services.alamat_ip(self.request)
        sampai = services.terkunci_sampai(username=username, ip=ip)
        if sampai is not None:
            services.catat(username=username, ip=ip, hasil=PercobaanMasuk.Hasil.DITOLAK)
            raise ValidationError(services.pesan_terkunci(sampai), code="terkunci")
        try:
            hasil = super().clean()
        except ValidationError:
            services.catat(username=username, ip=ip, hasil=PercobaanMasuk.Hasil.GAGAL)
            raise
        services.catat(username=username, ip=ip, hasil=PercobaanMasuk.Hasil.BERHASIL)
        return hasil


class AdminMasukForm(BatasMasukMixin, AdminAuthenticationForm):
    pass
