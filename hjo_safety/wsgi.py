"""WSGI entry point for gunicorn: ``gunicorn hjo_safety.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hjo_safety.settings")
application = get_wsgi_application()

if os.environ["DJANGO_SETTINGS_MODULE"] == "hjo_safety.settings":
    from hjo_safety.settings import require_production_settings

    require_production_settings()
