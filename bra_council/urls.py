"""URLs of bra_council (namespace ``bra``), mounted at /bra/."""

from django.urls import path

from bra_council import views

app_name = "bra"

urlpatterns = [
    path("", views.index, name="index"),
    path("moten.ics", views.meetings_ics, name="meetings_ics"),
    path("moten/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("moten/<int:pk>/dagordning/", views.meeting_agenda, name="meeting_agenda"),
    path("moten/<int:pk>/protokoll/", views.meeting_minutes, name="meeting_minutes"),
    path("moten/<int:pk>/protokoll/justera/", views.meeting_sign, name="meeting_sign"),
]
