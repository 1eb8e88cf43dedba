"""URLs of est_measures (namespace ``measures``), mounted under /personal/."""

from django.urls import path

from est_measures import views

app_name = "measures"

urlpatterns = [
    path("insatser/", views.intervention_list, name="intervention_list"),
    path("insatser/ny/", views.intervention_create, name="intervention_create"),
    path("insatser/<int:pk>/", views.intervention_detail, name="intervention_detail"),
    path("insatser/<int:pk>/andra/", views.intervention_update, name="intervention_update"),
]
