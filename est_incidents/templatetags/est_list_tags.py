"""The incident list's rows, written in Python.

Each page shows its 25 incidents twice — as cards on a phone and as a table row on a wider
screen — and the templates' variable nodes, filters and ``{% url %}`` tags for 50 rows were a
large share of the list's CPU. These tags write the same markup (checked against the template
it replaced in ``tests/est_incidents/test_incident_list_rows.py``) with every value escaped.
"""

import unicodedata

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext as _

from est_incidents.models.sharing import HandlingStatus

register = template.Library()

_PK = 987654321  # reversed once per page, then replaced by each row's key


def _truncated(text: str, length: int) -> str:
    """``truncatechars``: Django's ``Truncator`` walks every character; text no longer than
    ``length`` is only normalised (what ``Truncator.chars`` returns for it)."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= length else Truncator(text).chars(length)


def _rows(page, show_organisation):
    url = reverse("est:incident_detail", args=[_PK])
    for incident in page:
        at = timezone.localtime(incident.occurred_at)
        place = incident.place.name if incident.place_id else ""
        # Shared with the viewer's organisation: its own handling state, not the reporter's.
        received = getattr(incident, "received_handling", None)
        if received:
            status = f"handling-{escape(received)}"
            label = escape(
                _("Delad med er · %(state)s") % {"state": HandlingStatus(received).label}
            )
        else:
            status, label = (
                f"status-{escape(incident.status)}",
                escape(incident.get_status_display()),
            )
        yield {
            "url": url.replace(str(_PK), str(incident.pk)),
            "iso": at.strftime("%Y-%m-%dT%H:%M:%S%z"),  # valid HTML: no microseconds
            "at": f"{at.year:04d}-{at.month:02d}-{at.day:02d} {at.hour:02d}:{at.minute:02d}",
            "category": escape(str(incident.category)),
            "place": escape(_truncated(place or incident.place_description or "–", 60)),
            "organisation": escape(incident.organisation.display_name) if show_organisation else "",
            "status": status,
            "status_label": label,
            "incident": incident,
        }


def _same_event_badge(incident) -> str:
    """One event counted once (issue 25): a report linked to another as the same event, or
    the report the group is counted with and how many reports it has."""
    if incident.duplicate_of_id:
        text = gettext("Samma händelse – räknas med en annan rapport")
    else:
        linked = getattr(incident, "same_event_reports", 0)
        if not linked:
            return ""
        text = ngettext(
            "Samma händelse: %(count)s rapport till",
            "Samma händelse: %(count)s rapporter till",
            linked,
        ) % {"count": linked}
    return f' <span class="badge text-bg-light border same-event-badge">{escape(text)}</span>'


@register.simple_tag
def incident_cards(page, show_organisation):
    """The phone's cards (``<li>`` items of ``.incident-cards``)."""
    out = []
    for row in _rows(page, show_organisation):
        organisation = f" · {row['organisation']}" if show_organisation else ""
        description = escape(_truncated(row["incident"].description, 120))
        out.append(
            '\n    <li class="card mb-2"><div class="card-body p-3">\n'
            f'      <p class="h6 card-title mb-1"><a href="{row["url"]}">{row["category"]}</a></p>\n'
            f'      <p class="mb-1 small"><time datetime="{row["iso"]}">{row["at"]}</time> · '
            f"{row['place']}{organisation}</p>\n"
            f'      <p class="mb-1 incident-snippet">{description}</p>\n'
            f'      <span class="badge status-badge {row["status"]}">{row["status_label"]}'
            f"</span>{_same_event_badge(row['incident'])}\n    </div></li>\n    "
        )
    return mark_safe("".join(out))  # nosec B308, B703 — every value escaped above


@register.simple_tag
def incident_table_rows(page, show_organisation):
    """The table's ``<tr>`` rows."""
    out = []
    for row in _rows(page, show_organisation):
        organisation = f"<td>{row['organisation']}</td>" if show_organisation else ""
        out.append(
            "\n      <tr>\n"
            f'        <td class="text-nowrap"><a href="{row["url"]}">{row["at"]}</a></td>\n'
            f"        <td>{row['category']}</td>\n"
            f"        <td>{row['place']}</td>\n"
            f"        {organisation}\n"
            f'        <td><span class="badge status-badge {row["status"]}">'
            f"{row['status_label']}</span>{_same_event_badge(row['incident'])}</td>\n      </tr>\n    "
        )
    return mark_safe("".join(out))  # nosec B308, B703 — every value escaped above
