"""The app's URL map plus the floor views (bench settings only)."""

from django.urls import path

from bench import views
from portal.urls import urlpatterns as app_urlpatterns

urlpatterns = [
    path("bench/floor/<int:pk>/", views.floor, name="bench_floor"),
    path("bench/floor-session/<int:pk>/", views.floor_session, name="bench_floor_session"),
    *app_urlpatterns,
]
