"""URLs of citizens' tips (namespace ``tips``), mounted at the site's root.

Public: ``/tipsa/`` and ``/tipsa/status/<token>/``. Staff: ``/personal/tips/`` and
``/personal/tips/<id>/`` (the actions post to the tip's page).
"""

from django.urls import path

from citizen_tips import campaign_views, views

app_name = "tips"

urlpatterns = [
    path("tipsa/", views.tip_create, name="create"),
    path("tipsa/status/<str:token>/", views.tip_status, name="status"),
    path("personal/tips/", views.staff_list, name="staff_list"),
    path("personal/tips/<int:pk>/", views.staff_detail, name="staff_detail"),
    # The digital safety walk (issue 26): the public campaign page and the staff's pages.
    path("trygghetsvandring/", campaign_views.campaign_index, name="campaign_index"),
    path("trygghetsvandring/<int:pk>/", campaign_views.campaign_public, name="campaign_public"),
    path("personal/trygghetsvandring/", campaign_views.campaign_list, name="campaign_list"),
    path("personal/trygghetsvandring/ny/", campaign_views.campaign_create, name="campaign_create"),
    path(
        "personal/trygghetsvandring/<int:pk>/",
        campaign_views.campaign_detail,
        name="campaign_detail",
    ),
    path(
        "personal/trygghetsvandring/markering/<int:pk>/",
        campaign_views.campaign_mark_moderate,
        name="campaign_mark_moderate",
    ),
    path(
        "personal/trygghetsvandring/<int:pk>/vandring/",
        campaign_views.campaign_walk,
        name="campaign_walk",
    ),
]
