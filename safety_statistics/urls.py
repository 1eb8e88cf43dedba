from django.urls import path

from safety_statistics import views

app_name = "statistics"

urlpatterns = [
    path("", views.public_figures, name="public_figures"),
    path("celler.geojson", views.public_cells_geojson, name="public_cells"),
]
