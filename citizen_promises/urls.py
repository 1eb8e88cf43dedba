"""URLs of citizen_promises (namespace ``promises``)."""

app_name = "promises"

urlpatterns = []
