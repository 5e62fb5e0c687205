from django.apps import AppConfig


class KinerjaConfig(AppConfig):
    name = "sakip.web.kinerja"
    label = "kinerja"
    verbose_name = "Data kinerja instansi per tahun"
    default_auto_field = "django.db.models.BigAutoField"
