"""The audit trail: one row per added, changed or removed thing, or status change; never edited.

Each row records who (user and the name at that moment), when, from where (IP,
user agent, channel), what (entity and its key within the office-year), the
values before and after and the reason when one was required. Rows of one
office-year form a hash chain (``sidik`` = SHA-256 of the previous ``sidik`` and
this row's content), so a row edited or removed behind the application's back is
detected by :func:`sakip.web.riwayat.selectors.rantai_periksa`.

Append-only is enforced three times: this model and its queryset refuse
``save()`` of an existing row, ``update()`` and ``delete()``; the admin is
read-only; and the database itself refuses UPDATE (and, on PostgreSQL, DELETE)
with a trigger (migration 0002).
"""

from __future__ import annotations

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from sakip.web.organisasi.models import Instansi


class RiwayatTidakBolehDiubah(Exception):
    """Someone tried to change or delete an audit row."""

    def __init__(self):
        super().__init__("Riwayat perubahan hanya dapat ditambah; baris riwayat tidak boleh diubah atau dihapus.")


class RiwayatQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise RiwayatTidakBolehDiubah

    def delete(self):
        raise RiwayatTidakBolehDiubah

    def bulk_update(self, *args, **kwargs):
        raise RiwayatTidakBolehDiubah


class Riwayat(models.Model):
    class Aksi(models.TextChoices):
        DITAMBAH = "ditambah", "Ditambah"
        DIUBAH = "diubah", "Diubah"
        DIHAPUS = "dihapus", "Dihapus"
        STATUS = "status", "Status diubah"

    class Jalur(models.TextChoices):
        WEB = "web", "Layar web"
        API = "api", "API"
        CLI = "cli", "Baris perintah"
        SISTEM = "sistem", "Sistem"

    waktu = models.DateTimeField("waktu", default=timezone.now)
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name="pengguna")
    nama_pengguna = models.CharField("nama pengguna", max_length=300, blank=True)
    alamat_ip = models.GenericIPAddressField("alamat IP", null=True, blank=True)
    agen = models.CharField("perambah/aplikasi", max_length=300, blank=True)
    jalur = models.CharField("jalur", max_length=10, choices=Jalur.choices)
    instansi = models.ForeignKey(Instansi, on_delete=models.PROTECT, related_name="+", verbose_name="instansi")
    tahun = models.PositiveSmallIntegerField("tahun")
    versi_data = models.PositiveIntegerField("versi data sesudahnya")
    entitas = models.CharField("jenis data", max_length=40)
    kunci = models.CharField("kunci", max_length=300, blank=True)
    label = models.TextField("data")
    aksi = models.CharField("aksi", max_length=10, choices=Aksi.choices)
    sebelum = models.JSONField("nilai sebelum", null=True, blank=True, encoder=DjangoJSONEncoder)
    sesudah = models.JSONField("nilai sesudah", null=True, blank=True, encoder=DjangoJSONEncoder)
    alasan = models.TextField("alasan", blank=True)
    sidik_sebelumnya = models.CharField("sidik baris sebelumnya", max_length=64)
    sidik = models.CharField("sidik SHA-256", max_length=64, unique=True)

    objects = RiwayatQuerySet.as_manager()

    class Meta:
        verbose_name = "riwayat perubahan"
        verbose_name_plural = "riwayat perubahan"
        ordering = ["-waktu", "-id"]
        indexes = [
            models.Index(fields=["instansi", "tahun", "id"], name="riwayat_tahun_idx"),
            models.Index(fields=["instansi", "tahun", "entitas", "kunci"], name="riwayat_objek_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.nama_pengguna}: {self.get_aksi_display()} {self.label}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise RiwayatTidakBolehDiubah
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RiwayatTidakBolehDiubah
