"""The app's URL map plus the floor views (bench settings only).

With ``BENCH_STANDINS=1`` (``bench.run --standins``), stand-ins for pages this branch lacks are
appended after the app's URLs, so a real view always wins (see ``bench.standins``).
"""

import os

from django.urls import path

from bench import views
from hjo_safety.urls import urlpatterns as app_urlpatterns

urlpatterns = [
    path("bench/floor/<int:pk>/", views.floor, name="bench_floor"),
    path("bench/floor-session/<int:pk>/", views.floor_session, name="bench_floor_session"),
    *app_urlpatterns,
]

if os.environ.get("BENCH_STANDINS") == "1":
    from bench import standins

    urlpatterns += [
        path("personal/handelser/export.csv", standins.export_csv),
        path("personal/handelser/ny/", standins.incident_create),
        path("personal/lagesbild/", standins.situation_picture),
    ]
