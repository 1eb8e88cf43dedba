"""URLs of the safety survey (namespace ``survey``), mounted at the site root: the public pages
under ``/trygghetsmatning/``, the coordinator's list under ``/personal/trygghetsmatningar/``."""

from django.urls import path

from citizen_promises import survey_views

app_name = "survey"

urlpatterns = [
    path("trygghetsmatning/", survey_views.survey_list, name="list"),
    path("trygghetsmatning/<slug:slug>/", survey_views.survey_answer, name="answer"),
    path("trygghetsmatning/<slug:slug>/tack/", survey_views.survey_thanks, name="thanks"),
    path(
        "trygghetsmatning/<slug:slug>/resultat/",
        survey_views.survey_results_view,
        name="results",
    ),
    path("personal/trygghetsmatningar/", survey_views.staff_list, name="staff_list"),
]
