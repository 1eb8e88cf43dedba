"""URL patterns for incidents: list, create, detail, correct, export, map (under /personal/)."""

from django.urls import path

from est_incidents.views import incidents as views

urlpatterns = [
    path("handelser/", views.incident_list, name="incident_list"),
    path("handelser/ny/", views.incident_create, name="incident_create"),
    path("handelser/export.csv", views.incident_export, name="incident_export"),
    path("handelser/<int:pk>/", views.incident_detail, name="incident_detail"),
    path("handelser/<int:pk>/andra/", views.incident_update, name="incident_update"),
    path("karta/", views.incident_map, name="incident_map"),
]
