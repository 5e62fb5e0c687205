from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sakip.web.api"
    label = "api"
    verbose_name = "API JSON"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from sakip.web.api import skema  # noqa: F401 - registers the OpenAPI security scheme
