"""Pemda, Instansi and Peran.

A user's roles are rows of :class:`Peran`. Pemda-wide roles (admin_pemda,
reviewer, and pembaca without instansi) have ``instansi`` NULL; per-office roles
(operator_instansi, pimpinan_instansi, pembaca of one office) point at one
instansi of the same Pemda. The database enforces both rules (check
constraint) so no screen or script can store a role that means nothing.
What a role allows is in :mod:`sakip.web.organisasi.izin`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


class Pemda(models.Model):
    class Jenis(models.TextChoices):
        KABUPATEN = "kabupaten", "Kabupaten"
        KOTA = "kota", "Kota"
        PROVINSI = "provinsi", "Provinsi"

    nama = models.CharField("nama", max_length=200, unique=True)
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    kode = models.CharField("kode wilayah", max_length=20, unique=True, help_text="Kode wilayah Kemendagri, mis. 63.06")

    class Meta:
        verbose_name = "pemerintah daerah"
        verbose_name_plural = "pemerintah daerah"
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama


class Instansi(models.Model):
    class Jenis(models.TextChoices):
        DINAS = "dinas", "Dinas"
        BADAN = "badan", "Badan"
        KECAMATAN = "kecamatan", "Kecamatan"
        KELURAHAN = "kelurahan", "Kelurahan"
        SEKRETARIAT = "sekretariat", "Sekretariat"
        INSPEKTORAT = "inspektorat", "Inspektorat"
        LAINNYA = "lainnya", "Lainnya"

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="instansi", verbose_name="pemerintah daerah")
    nama = models.CharField("nama", max_length=200)
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    kode = models.CharField("kode", max_length=40, help_text="Kode unit organisasi, unik dalam satu Pemda")
    singkatan = models.CharField("singkatan", max_length=40, blank=True)
    aktif = models.BooleanField("aktif", default=True)

    class Meta:
        verbose_name = "instansi"
        verbose_name_plural = "instansi"
        ordering = ["pemda__nama", "nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "kode"],
                name="instansi_kode_unik_per_pemda",
                violation_error_message="Kode ini sudah dipakai instansi lain di Pemda yang sama.",
            ),
            models.UniqueConstraint(
                fields=["pemda", "nama"],
                name="instansi_nama_unik_per_pemda",
                violation_error_message="Nama ini sudah dipakai instansi lain di Pemda yang sama.",
            ),
        ]

    def __str__(self) -> str:
        return self.nama


class Peran(models.Model):
    class Jenis(models.TextChoices):
        ADMIN_PEMDA = "admin_pemda", "Admin Pemda"
        OPERATOR_INSTANSI = "operator_instansi", "Operator instansi"
        PIMPINAN_INSTANSI = "pimpinan_instansi", "Pimpinan instansi"
        REVIEWER = "reviewer", "Reviewer (Inspektorat)"
        PEMBACA = "pembaca", "Pembaca"

    SELURUH_PEMDA = (Jenis.ADMIN_PEMDA, Jenis.REVIEWER)
    PER_INSTANSI = (Jenis.OPERATOR_INSTANSI, Jenis.PIMPINAN_INSTANSI)

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="daftar_peran", verbose_name="pengguna")
    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="daftar_peran", verbose_name="pemerintah daerah")
    instansi = models.ForeignKey(
        Instansi,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="daftar_peran",
        verbose_name="instansi",
        help_text="Kosongkan untuk peran seluruh Pemda (admin Pemda, reviewer, pembaca seluruh Pemda).",
    )
    peran = models.CharField("peran", max_length=30, choices=Jenis.choices)

    class Meta:
        verbose_name = "peran"
        verbose_name_plural = "peran"
        ordering = ["pemda__nama", "instansi__nama", "peran"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(peran__in=["admin_pemda", "reviewer"], instansi__isnull=True)
                    | Q(peran__in=["operator_instansi", "pimpinan_instansi"], instansi__isnull=False)
                    | Q(peran="pembaca")
                ),
                name="peran_cakupan_sesuai_jenis",
                violation_error_message="Cakupan peran tidak sesuai jenisnya.",
            ),
            models.UniqueConstraint(
                fields=["user", "pemda", "peran"],
                condition=Q(instansi__isnull=True),
                name="peran_unik_seluruh_pemda",
                violation_error_message="Pengguna ini sudah memiliki peran tersebut.",
            ),
            models.UniqueConstraint(
                fields=["user", "instansi", "peran"],
                condition=Q(instansi__isnull=False),
                name="peran_unik_per_instansi",
                violation_error_message="Pengguna ini sudah memiliki peran tersebut di instansi ini.",
            ),
        ]

    def __str__(self) -> str:
        cakupan = self.instansi.nama if self.instansi_id else f"seluruh {self.pemda.nama}"
        return f"{self.get_peran_display()} — {cakupan}"

    def clean(self) -> None:
        """Explain in Indonesian what the database constraint would refuse."""
        if self.peran in self.SELURUH_PEMDA and self.instansi_id:
            raise ValidationError({"instansi": f"Peran {self.get_peran_display()} berlaku untuk seluruh Pemda; kosongkan instansi."})
        if self.peran in self.PER_INSTANSI and not self.instansi_id:
            raise ValidationError({"instansi": f"Peran {self.get_peran_display()} harus terikat pada satu instansi."})
        if self.instansi_id and self.pemda_id and self.instansi.pemda_id != self.pemda_id:
            raise ValidationError({"instansi": "Instansi ini bukan bagian dari Pemda yang dipilih."})
