"""The incident export as CSV for Swedish Excel: UTF-8 with BOM, ``;`` between fields, local
times, decimal commas, every field quoted, and text never read as a formula."""

import csv

from hjo_safety.dates import STOCKHOLM

CSV_HEADER = [
    "ID",
    "Inträffade",
    "Pågick till",
    "Ungefärlig tid",
    "Huvudkategori",
    "Kategori",
    "Kategorikod",
    "Organisation",
    "Plats",
    "Platsbeskrivning",
    "Latitud",
    "Longitud",
    "Antal inblandade",
    "Polisen kontaktad",
    "Status",
    "Beskrivning",
    "Hantering",
    "Registrerad",
]


class _Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def local_time_text(value):
    """``YYYY-MM-DD HH:MM`` in Stockholm, without ``localtime().strftime()``'s cost, which the
    map would pay for each of up to 3,000 points per page (figures: ``bench/RESULTS.md``)."""
    if not value:
        return ""
    d = value.astimezone(STOCKHOLM)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"


def _decimal(value):
    # Swedish Excel reads a decimal comma as a number.
    return str(value).replace(".", ",") if value is not None else ""


def _cell(value):
    """Text as Excel shows it, never as a formula (CSV injection)."""
    value = "" if value is None else str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv_row(incident):
    category = incident.category
    main = category.parent if category.parent_id else category
    return [
        incident.pk,
        local_time_text(incident.occurred_at),
        local_time_text(incident.ended_at),
        "ja" if incident.time_is_approximate else "nej",
        _cell(main.name),
        _cell(category.name if category.parent_id else ""),
        category.code,
        _cell(incident.organisation.name),
        _cell(incident.place.name if incident.place_id else ""),
        _cell(incident.place_description),
        _decimal(incident.latitude),
        _decimal(incident.longitude),
        incident.get_people_involved_display() if incident.people_involved else "",
        incident.get_police_notified_display(),
        incident.get_status_display(),
        _cell(incident.description),
        _cell(incident.handling_note),
        local_time_text(incident.created_at),
    ]


def csv_lines(incidents):
    """The lines of the CSV file, header first, for a streaming response."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    yield "\ufeff" + writer.writerow(CSV_HEADER)
    for incident in incidents:
        yield writer.writerow(_csv_row(incident))
