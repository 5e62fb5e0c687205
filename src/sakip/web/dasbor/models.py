"""The precomputed summary of one office-year, kept fresh by version (see :mod:`.selectors`)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from sakip.web.kinerja.models import TahunKinerja


class RingkasanKinerja(models.Model):
    """What the dashboards show for one office-year, built from ``TahunKinerja.versi`` = ``versi_data``.

    A summary whose ``versi_data`` or ``skema`` differs from the current ones is stale and is
    rebuilt on the next read; nobody edits it.
    """

    tahun_kinerja = models.OneToOneField(TahunKinerja, on_delete=models.CASCADE, related_name="ringkasan", primary_key=True)
    versi_data = models.PositiveIntegerField("versi data")
    skema = models.PositiveSmallIntegerField("skema ringkasan")
    data = models.JSONField("ringkasan")
    dibuat_pada = models.DateTimeField("dibuat pada", default=timezone.now)

    class Meta:
        verbose_name = "ringkasan kinerja"
        verbose_name_plural = "ringkasan kinerja"

    def __str__(self) -> str:
        return f"Ringkasan {self.tahun_kinerja_id} v{self.versi_data}"
