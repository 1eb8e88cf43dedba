"""URLs of the cooperation agreement's public summary (namespace ``agreement``), mounted at
``/samverkan/``."""

from django.urls import path

from citizen_promises import views

app_name = "agreement"

urlpatterns = [
    path("", views.agreement_current, name="current"),
    path("<int:pk>/", views.agreement_detail, name="detail"),
]
