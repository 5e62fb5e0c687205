from django.apps import AppConfig


class RiwayatConfig(AppConfig):
    name = "sakip.web.riwayat"
    label = "riwayat"
    verbose_name = "Riwayat perubahan"
    default_auto_field = "django.db.models.BigAutoField"
