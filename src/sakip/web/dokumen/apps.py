from django.apps import AppConfig


class DokumenConfig(AppConfig):
    name = "sakip.web.dokumen"
    label = "dokumen"
    verbose_name = "Dokumen LKj dan PK"
    default_auto_field = "django.db.models.BigAutoField"
