from django.apps import AppConfig


class KeamananConfig(AppConfig):
    name = "sakip.web.keamanan"
    label = "keamanan"
    verbose_name = "Keamanan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The Django admin's own login form gets the same throttling as /masuk/.
        from django.contrib import admin

        from sakip.web.keamanan.forms import AdminMasukForm

        admin.site.login_form = AdminMasukForm
