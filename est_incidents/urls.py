"""URLs of est_incidents (namespace ``est``)."""

app_name = "est"

urlpatterns = []
