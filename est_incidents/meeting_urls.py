"""URL patterns for the situation picture and the fortnightly EST meetings (namespace ``est``).

The yearly document itself (``lagesbild/ar/<year>/``) is served by ``bra_council.statutory`` and
added to this namespace in ``portal/urls.py``.
"""

from django.urls import path

from est_incidents.views import coverage, meetings, situation, statutory

urlpatterns = [
    path("lagesbild/", situation.situation_picture, name="situation_picture"),
    path("lagesbild/ar/", statutory.statutory_choose_year, name="statutory_choose_year"),
    path("lagesbild/ar/<int:year>/analys/", statutory.statutory_edit, name="statutory_edit"),
    path("est-moten/", meetings.meeting_list, name="meeting_list"),
    path("est-moten/nytt/", meetings.meeting_create, name="meeting_create"),
    path("est-moten/<int:pk>/", meetings.meeting_detail, name="meeting_detail"),
    path("est-moten/<int:pk>/utskrift/", meetings.meeting_print, name="meeting_print"),
    path("est-moten/<int:pk>/rapport/", meetings.meeting_report_mine, name="meeting_report_mine"),
    path(
        "est-moten/<int:pk>/rapport/<int:organisation_pk>/",
        meetings.meeting_report,
        name="meeting_report",
    ),
    path("est-moten/<int:pk>/genomfort/", meetings.meeting_mark_held, name="meeting_mark_held"),
    path(
        "est-moten/<int:pk>/atgarder/", meetings.meeting_action_create, name="meeting_action_create"
    ),
    path("est-atgarder/<int:pk>/status/", meetings.action_status, name="action_status"),
    path(
        "tackning/<int:organisation_pk>/paminnelse/",
        coverage.coverage_reminder,
        name="coverage_reminder",
    ),
]
