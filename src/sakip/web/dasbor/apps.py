from django.apps import AppConfig


class DasborConfig(AppConfig):
    name = "sakip.web.dasbor"
    label = "dasbor"
    verbose_name = "Dasbor kinerja"
    default_auto_field = "django.db.models.BigAutoField"
