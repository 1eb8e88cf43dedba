"""Stand-in views for a bench self-test, until the real ones are merged (``run --standins``).

They let the export, the form POST and the situation picture measurements run end to end on a
branch that lacks those pages. ``bench.urls`` mounts them after the app's URLs, so a real view
always wins; the report marks rows served by them. They are not the app: never link or reuse.
"""

import csv
from datetime import date

from django import forms
from django.db.models import Count
from django.http import HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.utils.html import escape

from est_incidents.models import Incident
from hjo_safety import permissions
from hjo_safety.decorators import membership_required

STANDIN_HEADER = "X-Bench-Stand-In"


class _Echo:
    def write(self, value):
        return value


def _day(request, name, default):
    try:
        return date.fromisoformat(request.GET.get(name, ""))
    except ValueError:
        return default


@membership_required
def export_csv(request):
    start = _day(request, "from", date(1970, 1, 1))
    rows = (
        Incident.objects.visible_to(request.user)
        .filter(occurred_at__date__gte=start)
        .order_by("-occurred_at", "-pk")
        .values_list("pk", "occurred_at", "category__name", "place__name", "status")
        .iterator(chunk_size=2000)
    )
    writer = csv.writer(_Echo(), delimiter=";")
    header = ["\ufeffid", "inträffade", "kategori", "plats", "status"]
    stream = (writer.writerow(row) for chunk in ([header], rows) for row in chunk)
    response = StreamingHttpResponse(stream, content_type="text/csv; charset=utf-8")
    response[STANDIN_HEADER] = "1"
    return response


class _IncidentForm(forms.ModelForm):
    class Meta:
        model = Incident
        fields = [
            "occurred_at",
            "category",
            "place",
            "place_description",
            "description",
            "people_involved",
            "police_notified",
        ]


@membership_required
def incident_create(request):
    form = _IncidentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        incident = form.save(commit=False)
        incident.organisation_id = min(permissions.organisation_ids(request.user))
        incident.reported_by = request.user
        incident.save()
        return HttpResponseRedirect(f"/personal/handelser/ny/?sparad={incident.pk}")
    html = (
        '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" '
        f'value="{get_token(request)}">{form.as_p()}</form>'
    )
    response = HttpResponse(html, status=400 if form.errors else 200)
    response[STANDIN_HEADER] = "1"
    return response


@membership_required
def situation_picture(request):
    start = _day(request, "from", date(1970, 1, 1))
    end = _day(request, "to", date(2100, 1, 1))
    period = Incident.objects.filter(occurred_at__date__gte=start, occurred_at__date__lt=end)
    by_category = period.values("category__name").annotate(n=Count("id")).order_by("-n")
    by_place = period.values("place__name").annotate(n=Count("id")).order_by("-n")[:20]
    rows = [f"<li>{escape(r['category__name'])}: {r['n']}</li>" for r in by_category]
    rows += [f"<li>{escape(r['place__name'] or '–')}: {r['n']}</li>" for r in by_place]
    response = HttpResponse("<ul>" + "".join(rows) + "</ul>")
    response[STANDIN_HEADER] = "1"
    return response
