"""Public pages (EST method, contact, accessibility) and /healthz. The two start pages, which
show every app's content, are in ``start_pages.py``.

Templates: ``hjo_safety/<page>.html``, all extending ``base.html``.
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from hjo_safety.models import ContactInfo
from hjo_safety.public_cache import cache_public_page


@cache_public_page
def est_method(request):
    """The EST method explained for citizens."""
    return TemplateResponse(request, "hjo_safety/est_method.html")


@cache_public_page
def contact(request):
    """The contact centre's details (``ContactInfo``), editable by coordinators in the admin."""
    return TemplateResponse(request, "hjo_safety/contact.html", {"info": ContactInfo.current()})


@cache_public_page
def accessibility(request):
    """Accessibility statement (tillgänglighetsredogörelse) as the DOS law requires."""
    return TemplateResponse(request, "hjo_safety/accessibility.html")


@never_cache
def healthz(request):
    """200 when the app and its database answer, 503 otherwise. Plain text, no session."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
