"""WSGI entry point (``sakip.web.wsgi:application``), used by ``sakip server``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")

application = get_wsgi_application()
