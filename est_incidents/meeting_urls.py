"""URL patterns for the situation picture and the fortnightly EST meetings."""

urlpatterns = []
