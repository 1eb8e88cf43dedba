"""A URLconf for tests/hjo_safety/test_error_reporting.py: the portal's, plus a view that fails
after reading a form."""

from django.urls import include, path


def failing_view(request):
    description = request.POST.get("description", "")
    email = request.POST.get("email", "")
    raise ValueError(f"Could not store the tip from {email}: {description[:20]}")


urlpatterns = [path("fel/", failing_view), path("", include("portal.urls"))]
handler400 = "hjo_safety.errors.bad_request"
handler500 = "hjo_safety.errors.server_error"
