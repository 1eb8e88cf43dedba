"""URLs of est_measures (namespace ``measures``), mounted under /personal/."""

from django.urls import path

from est_measures import planned_events, story_views, views, walk_views

app_name = "measures"

urlpatterns = [
    path("insatser/", views.intervention_list, name="intervention_list"),
    path("insatser/ny/", views.intervention_create, name="intervention_create"),
    path("insatser/om-effekten/", views.effect_help, name="effect_help"),
    path("insatser/<int:pk>/", views.intervention_detail, name="intervention_detail"),
    path("insatser/<int:pk>/andra/", views.intervention_update, name="intervention_update"),
    path("est-atgarder/<int:pk>/", story_views.action_story, name="action_story"),
    path("arrangemang/", planned_events.planned_event_list, name="planned_event_list"),
    path("arrangemang/ny/", planned_events.planned_event_create, name="planned_event_create"),
    path(
        "arrangemang/<int:pk>/andra/",
        planned_events.planned_event_update,
        name="planned_event_update",
    ),
    path(
        "arrangemang/<int:pk>/ta-bort/",
        planned_events.planned_event_delete,
        name="planned_event_delete",
    ),
    path("trygghetsvandringar/", walk_views.walk_list, name="walk_list"),
    path("trygghetsvandringar/ny/", walk_views.walk_create, name="walk_create"),
    path("trygghetsvandringar/<int:pk>/", walk_views.walk_detail, name="walk_detail"),
    path("trygghetsvandringar/<int:pk>/andra/", walk_views.walk_update, name="walk_update"),
    path("trygghetsvandringar/<int:pk>/rapport/", walk_views.walk_report, name="walk_report"),
    path(
        "trygghetsvandringar/fynd/<int:pk>/est-atgard/",
        walk_views.finding_to_action,
        name="finding_to_action",
    ),
    path(
        "trygghetsvandringar/fynd/<int:pk>/dela/",
        walk_views.finding_share,
        name="finding_share",
    ),
    path(
        "trygghetsvandringar/delade-fynd/<int:pk>/",
        walk_views.finding_share_detail,
        name="finding_share_detail",
    ),
]
