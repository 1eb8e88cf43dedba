"""URLs of bra_council (namespace ``bra``)."""

app_name = "bra"

urlpatterns = []
