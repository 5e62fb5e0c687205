"""Login attempts: the throttling counter and the audit log in one table.

A table (not a per-process cache) so every gunicorn worker sees the same
counts, on SQLite and PostgreSQL alike, with no extra service.
"""

from __future__ import annotations

from django.db import models


class PercobaanMasuk(models.Model):
    class Hasil(models.TextChoices):
        BERHASIL = "berhasil", "Berhasil"
        GAGAL = "gagal", "Gagal"
        DITOLAK = "ditolak", "Ditolak (terkunci)"

    username = models.CharField("nama pengguna", max_length=150, db_index=True)
    """As typed, lower-cased and trimmed (whether or not such a user exists)."""
    ip = models.GenericIPAddressField("alamat IP", null=True, blank=True, db_index=True)
    hasil = models.CharField(max_length=10, choices=Hasil.choices)
    waktu = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "percobaan masuk"
        verbose_name_plural = "percobaan masuk"
        ordering = ["-waktu"]

    def __str__(self) -> str:
        return f"{self.username} dari {self.ip}: {self.hasil}"
