"""Public URLs of est_measures (namespace ``walks``), mounted under /est/: published walks."""

from django.urls import path

from est_measures import walk_views

app_name = "walks"

urlpatterns = [
    path("trygghetsvandringar/", walk_views.public_walk_list, name="public_list"),
    path("trygghetsvandringar/<int:pk>/", walk_views.public_walk_detail, name="public_detail"),
]
