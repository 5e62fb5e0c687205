"""Documents generated from an office-year (LKj, PK), kept on disk with their SHA-256."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from sakip.web.kinerja.models import TahunKinerja


class DokumenTerbit(models.Model):
    """One generation of an LKj or a PK version in every format, built from ``versi_data``.

    ``berkas`` maps a format to ``{"nama", "path" (relative to the documents folder),
    "sha256", "ukuran"}``. A document whose ``versi_data`` differs from the office-year's
    current ``versi`` is stale. ``diterbitkan_pada`` set = published: it and the IKU
    results frozen in ``publik`` at that moment are what the public page shows.
    """

    class Jenis(models.TextChoices):
        LKJ = "lkj", "Laporan Kinerja (LKj)"
        PK_MURNI = "pk-murni", "Perjanjian Kinerja murni"
        PK_PERUBAHAN = "pk-perubahan", "Perjanjian Kinerja perubahan"

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="dokumen", verbose_name="data kinerja tahunan")
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    versi_data = models.PositiveIntegerField("versi data")
    berkas = models.JSONField("berkas", default=dict)
    dibuat_pada = models.DateTimeField("disusun pada", default=timezone.now)
    dibuat_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name="disusun oleh")
    diterbitkan_pada = models.DateTimeField("diterbitkan pada", null=True, blank=True)
    diterbitkan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                         related_name="+", verbose_name="diterbitkan oleh")
    publik = models.JSONField("hasil IKU yang diterbitkan", null=True, blank=True)
    nomor_urut_pk = models.PositiveSmallIntegerField("nomor urut PK", null=True, blank=True,
                                                     help_text="Versi PK yang disusun (kosong: LKj, atau PK perubahan terakhir)")
    disahkan_pada = models.DateTimeField("disahkan pada", null=True, blank=True)
    disahkan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+", verbose_name="disahkan oleh")

    class Meta:
        verbose_name = "dokumen"
        verbose_name_plural = "dokumen"
        ordering = ["-dibuat_pada", "-pk"]
        indexes = [models.Index(fields=["tahun_kinerja", "jenis"]), models.Index(fields=["diterbitkan_pada"])]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.tahun_kinerja}"

    @property
    def basi(self) -> bool:
        """The office-year changed since this document was generated."""
        return self.versi_data != self.tahun_kinerja.versi

    @property
    def terbit(self) -> bool:
        return self.diterbitkan_pada is not None

    @property
    def sah(self) -> bool:
        """Generated when the office-year (or PK version) was signed: kept for good and verifiable."""
        return self.disahkan_pada is not None
