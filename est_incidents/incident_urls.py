"""URL patterns for incidents: list, create, detail, correct, export, map."""

urlpatterns = []
