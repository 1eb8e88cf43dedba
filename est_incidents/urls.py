"""URLs of est_incidents (namespace ``est``), mounted under /personal/.

Incidents (``incident_urls``) and EST meetings with the situation picture (``meeting_urls``).
"""

from est_incidents import incident_urls, meeting_urls

app_name = "est"

urlpatterns = incident_urls.urlpatterns + meeting_urls.urlpatterns
