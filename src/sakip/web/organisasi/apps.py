from django.apps import AppConfig


class OrganisasiConfig(AppConfig):
    name = "sakip.web.organisasi"
    label = "organisasi"
    verbose_name = "Organisasi dan pengguna"
    default_auto_field = "django.db.models.BigAutoField"
