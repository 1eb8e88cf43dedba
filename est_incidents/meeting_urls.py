"""URL patterns for the situation picture and the fortnightly EST meetings (namespace ``est``)."""

from django.urls import path

from est_incidents import meeting_views as views

urlpatterns = [
    path("lagesbild/", views.situation_picture, name="situation_picture"),
    path("lagesbild/ar/", views.statutory_choose_year, name="statutory_choose_year"),
    path("lagesbild/ar/<int:year>/", views.statutory_document, name="statutory_document"),
    path("lagesbild/ar/<int:year>/analys/", views.statutory_edit, name="statutory_edit"),
    path("est-moten/", views.meeting_list, name="meeting_list"),
    path("est-moten/nytt/", views.meeting_create, name="meeting_create"),
    path("est-moten/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("est-moten/<int:pk>/utskrift/", views.meeting_print, name="meeting_print"),
    path("est-moten/<int:pk>/rapport/", views.meeting_report_mine, name="meeting_report_mine"),
    path(
        "est-moten/<int:pk>/rapport/<int:organisation_pk>/",
        views.meeting_report,
        name="meeting_report",
    ),
    path("est-moten/<int:pk>/genomfort/", views.meeting_mark_held, name="meeting_mark_held"),
    path("est-moten/<int:pk>/atgarder/", views.meeting_action_create, name="meeting_action_create"),
    path("est-atgarder/<int:pk>/status/", views.action_status, name="action_status"),
]
