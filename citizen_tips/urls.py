"""URLs of citizens' tips (namespace ``tips``), mounted at the site's root.

Public: ``/tipsa/`` and ``/tipsa/status/<token>/``. Staff: ``/personal/tips/`` and
``/personal/tips/<id>/`` (the actions post to the tip's page).
"""

from django.urls import path

from citizen_tips import views

app_name = "tips"

urlpatterns = [
    path("tipsa/", views.tip_create, name="create"),
    path("tipsa/status/<str:token>/", views.tip_status, name="status"),
    path("personal/tips/", views.staff_list, name="staff_list"),
    path("personal/tips/<int:pk>/", views.staff_detail, name="staff_detail"),
]
