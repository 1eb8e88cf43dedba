"""The reporting coverage table's rows (``_coverage.html``), written in Python.

The coordinator's start page and an EST meeting's page show one row per active organisation
(about 50 in a county-sized setup); through the template's tags, filters and form per row that
was about 4 ms of the start page when nothing is kept (bench/RESULTS.md, session 8). This tag
writes the same markup, every value escaped: the organisation, the state ("Inget att
rapportera" with the declared days, "Tyst" or "Som vanligt"), the count, the usual level and,
for the coordinator, the reminder form or when the last reminder went out.
"""

from html import escape

from django import template
from django.template.defaultfilters import date, floatformat
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

register = template.Library()

_PK = 987654321  # reversed once per table, then replaced by each organisation's key


def _state(row) -> str:
    if row.declared and (row.quiet or not row.count):
        days = ", ".join(
            f"{escape(date(first, 'j b'))}–{escape(date(last, 'j b'))}"
            for first, last in row.declared
        )
        return (
            f'<span class="coverage-declared">{escape(gettext("Inget att rapportera"))}</span> '
            f'<span class="small">({days})</span>'
        )
    if row.quiet:
        return f'<strong class="text-danger-emphasis">{escape(gettext("Tyst"))}</strong>'
    return escape(gettext("Som vanligt"))


def _reminder(row, url: str, csrf_input: str, meeting_input: str) -> str:
    if not row.forgot:
        return ""
    if row.reminded_at:
        when = escape(date(template_localtime(row.reminded_at), "j F H:i"))
        return f'<span class="small">{gettext("Påmind %(when)s") % {"when": when}}</span>'
    label = gettext("Påminn %(organisation)s") % {
        "organisation": escape(row.organisation.display_name)
    }
    return (
        f'<form method="post" action="{url.replace(str(_PK), str(row.organisation.pk))}">'
        f"{csrf_input}{meeting_input}"
        '<button type="submit" class="btn btn-outline-primary btn-sm" data-submit-once>'
        f"{label}</button></form>"
    )


@register.simple_tag(takes_context=True)
def coverage_rows(context, coverage):
    """The ``<tr>`` rows of ``coverage.rows``; the reminder column for a coordinator."""
    access = context.get("portal_access")
    coordinator = bool(access and access.coordinator)
    url = csrf_input = meeting_input = ""
    if coordinator:
        url = escape(reverse("est:coverage_reminder", args=[_PK]))
        token = context.get("csrf_token")
        if token and token != "NOTPROVIDED":  # nosec B105 — Django's "no CSRF context" marker
            csrf_input = (
                f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(str(token))}">'
            )
        meeting = coverage.get("meeting")
        if meeting:
            meeting_input = f'<input type="hidden" name="meeting" value="{meeting.pk}">'
    out = []
    for row in coverage["rows"]:
        quiet = ' class="coverage-quiet"' if row.forgot else ""
        reminder = (
            f"<td>{_reminder(row, url, csrf_input, meeting_input)}</td>" if coordinator else ""
        )
        out.append(
            f"<tr{quiet}>"
            f'<th scope="row">{escape(row.organisation.name)}</th>'
            f"<td>{_state(row)}</td>"
            f'<td class="text-end">{row.count}</td>'
            f'<td class="text-end">{escape(str(floatformat(row.usual, "-1")))}</td>'
            f"{reminder}</tr>\n"
        )
    return mark_safe("".join(out))  # nosec B308 B703 — every value escaped above
