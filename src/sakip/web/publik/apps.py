from django.apps import AppConfig


class PublikConfig(AppConfig):
    name = "sakip.web.publik"
    label = "publik"
    verbose_name = "Halaman publik"
    default_auto_field = "django.db.models.BigAutoField"
