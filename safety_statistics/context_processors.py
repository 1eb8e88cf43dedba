"""Lets other apps' templates show the crime statistics without importing this app.

``est_incidents``' yearly views include ``crime_statistics_template`` when it is set: with this
app installed (and this context processor in settings), they show the police's statistics; without
it, they show nothing and still work. No query is made unless a template includes it.
"""

CRIME_STATISTICS_TEMPLATE = "safety_statistics/_crime_statistics_year.html"


def fact_base(request):
    return {"crime_statistics_template": CRIME_STATISTICS_TEMPLATE}
