"""Public URLs of est_measures (namespace ``walks``), mounted under /est/: published walks, and
the participants' calendar feed of planned events (its address carries a signed token)."""

from django.urls import path

from est_measures import planned_events, walk_views

app_name = "walks"

urlpatterns = [
    path("trygghetsvandringar/", walk_views.public_walk_list, name="public_list"),
    path("trygghetsvandringar/<int:pk>/", walk_views.public_walk_detail, name="public_detail"),
    path(
        "arrangemang/<str:token>.ics",
        planned_events.planned_events_ics,
        name="planned_events_ics",
    ),
]
