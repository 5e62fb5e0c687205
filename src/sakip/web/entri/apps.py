from django.apps import AppConfig


class EntriConfig(AppConfig):
    name = "sakip.web.entri"
    label = "entri"
    verbose_name = "Pengisian data kinerja"
