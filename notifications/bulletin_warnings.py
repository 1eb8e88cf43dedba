"""The early warnings a bulletin carries (issue 25, points 2 and 3).

A bulletin carries the early warnings ("Ovanligt många: Hamnen,
skadegörelse (9 mot normalt 3)", ``est_incidents.early_warning``) of the last 14 days as they
were when it was sent: stored on the bulletin (``Bulletin.early_warnings``), added to its mail
and shown on its page. It goes to several organisations, so it stores the outsiders' version
(``warnings_for_outsiders``: the small-count rule for a reader in none of the reporting
organisations): a warning of fewer than 5 incidents is left out and a usual level from fewer
than 5 is "visas inte", whoever reads it. Shown again, each count passes the same rule.
"""

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from est_incidents.disclosure import Disclosed
from est_incidents.disclosure import count as disclosed_count
from est_incidents.early_warning import Warning as EarlyWarning
from est_incidents.early_warning import start_page_period, warnings_for_outsiders


def early_warnings_now(today=None) -> dict:
    """The early warnings of the last 14 days as a bulletin stores them (outsiders' version)."""
    period = start_page_period(today)
    items = [
        {
            "place": warning.place,
            "category": warning.category,
            "count": warning.count.shown,
            "usual": warning.usual.shown,
        }
        for warning in warnings_for_outsiders(period)
    ]
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "items": items}


@dataclass(frozen=True)
class CarriedWarnings:
    """The early warnings a bulletin carries, as anyone it went to may read them."""

    start: datetime.date
    end: datetime.date
    warnings: list  # of early_warning.Warning


def early_warnings_of(bulletin) -> CarriedWarnings | None:
    """A bulletin's stored warnings, each count shown under the outsiders' rule again; None for
    a bulletin sent before warnings were carried."""
    stored = bulletin.early_warnings or {}
    if "start" not in stored:
        return None
    return CarriedWarnings(
        start=datetime.date.fromisoformat(stored["start"]),
        end=datetime.date.fromisoformat(stored["end"]),
        warnings=[
            EarlyWarning(
                place=item["place"],
                category=item["category"],
                count=disclosed_count(item["count"], exact=False),
                usual=Disclosed(item["usual"], masked=item["usual"] is None, secondary=True),
            )
            for item in stored.get("items", [])
        ],
    )


def early_warning_text(bulletin) -> str:
    """The warnings as a paragraph of the mail ("" when it carries none)."""
    carried = early_warnings_of(bulletin)
    if carried is None or not carried.warnings:
        return ""
    lines = [
        _("Tidiga varningar %(start)s–%(end)s (fler händelser än vanligt):")
        % {
            "start": date_format(carried.start, "j F"),
            "end": date_format(carried.end, "j F Y"),
        }
    ]
    lines += [
        _("Ovanligt många: %(place)s, %(category)s (%(count)s mot normalt %(usual)s)")
        % {
            "place": warning.place,
            "category": warning.category.lower(),
            "count": warning.count,
            "usual": warning.usual,
        }
        for warning in carried.warnings
    ]
    return "\n".join(lines)
