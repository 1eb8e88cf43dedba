"""URL patterns for incidents: list, create, detail, correct, share, export, map (under /personal/)."""

from django.urls import path

from est_incidents.views import incidents as views
from est_incidents.views import same_event, sharing, weekly

urlpatterns = [
    path("handelser/", views.incident_list, name="incident_list"),
    path("handelser/ny/", views.incident_create, name="incident_create"),
    path("handelser/flera/", weekly.incident_batch, name="incident_batch"),
    path("inget-att-rapportera/", weekly.nothing_to_report, name="nothing_to_report"),
    path(
        "inget-att-rapportera/<int:pk>/ta-bort/",
        weekly.nothing_to_report_withdraw,
        name="nothing_to_report_withdraw",
    ),
    path("handelser/export.csv", views.incident_export, name="incident_export"),
    path("handelser/<int:pk>/", views.incident_detail, name="incident_detail"),
    path("handelser/<int:pk>/andra/", views.incident_update, name="incident_update"),
    path(
        "handelser/<int:pk>/historik/<int:history_id>/ta-bort-text/",
        views.incident_history_redact,
        name="incident_history_redact",
    ),
    path("handelser/<int:pk>/dela/", sharing.incident_share, name="incident_share"),
    path(
        "handelser/<int:pk>/delningar/<int:share_pk>/aterkalla/",
        sharing.share_withdraw,
        name="share_withdraw",
    ),
    path(
        "handelser/<int:pk>/delningar/<int:share_pk>/hantering/",
        sharing.share_handle,
        name="share_handle",
    ),
    path("karta/", views.incident_map, name="incident_map"),
    path(
        "handelser/<int:pk>/samma-handelse/",
        same_event.incident_same_event,
        name="incident_same_event",
    ),
    path(
        "handelser/<int:pk>/samma-handelse/ta-bort/",
        same_event.incident_same_event_unlink,
        name="incident_same_event_unlink",
    ),
]
