"""Per-user API tokens. The secret is shown once and never stored: only its SHA-256."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class TokenApi(models.Model):
    """One token of one user: ``awalan`` (the first characters, shown in lists so the owner
    recognises it) and ``sidik`` (SHA-256 hex of the whole secret, the lookup key).
    Revoking sets ``dicabut_pada``; the row stays as a record of who had access."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="token_api",
                             verbose_name="pengguna")
    nama = models.CharField("nama token", max_length=100)
    awalan = models.CharField("awalan", max_length=20)
    sidik = models.CharField("sidik SHA-256", max_length=64, unique=True)
    dibuat_pada = models.DateTimeField("dibuat pada", default=timezone.now)
    terakhir_dipakai = models.DateTimeField("terakhir dipakai", null=True, blank=True)
    dicabut_pada = models.DateTimeField("dicabut pada", null=True, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"
        ordering = ["-dibuat_pada", "-pk"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.awalan}…)"

    @property
    def aktif(self) -> bool:
        return self.dicabut_pada is None
