"""URLs of an organisation admin's people (namespace ``members``), mounted at /personal/medarbetare/."""

from django.urls import path

from hjo_safety import member_views as views

app_name = "members"

urlpatterns = [
    path("", views.member_list, name="list"),
    path("bjud-in/", views.member_invite, name="invite"),
    path("<int:pk>/", views.member_detail, name="detail"),
    path("<int:pk>/ta-bort/", views.member_remove, name="remove"),
    path("<int:pk>/skicka-igen/", views.invitation_resend, name="resend"),
    path("<int:pk>/dra-tillbaka/", views.invitation_withdraw, name="withdraw"),
]
