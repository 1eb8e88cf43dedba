"""Find personal data in free text before it is stored: the portal's personal-data guard.

Staff write free text (what happened, where, how it was handled). Identifying people is not the
purpose of the EST mapping, and the text is shared widely, so the forms refuse text that holds:

- Swedish personal identity numbers (personnummer) and co-ordination numbers
  (samordningsnummer): 10 or 12 digits, with or without the ``-``/``+`` separator, with a valid
  date (day + 60 for a samordningsnummer) and a valid Luhn check digit. Numbers that fail the
  check are left alone, so order numbers, dates and amounts do not raise false alarms.
- Phone numbers: Swedish national (``0…``) and international (``+46``/``0046``) forms, with
  spaces or hyphens between the groups.
- E-mail addresses.
- Vehicle registration numbers: ``ABC 123`` and, since 2019, ``ABC 12D``.

``find_personal_data(text)`` returns the findings; ``personal_data_error(text, field_label)``
turns them into one Swedish message that says what was found and where, for a form's
``ValidationError``. ``possible_names(text)`` is a softer heuristic for a non-blocking warning:
capitalised words in the middle of a sentence that are not known place or calendar words.

The module has no Django model dependencies, so every app can use it in its forms.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
PHONE = "phone"
EMAIL = "email"
VEHICLE = "vehicle"

KIND_LABELS = {
    PERSONNUMMER: _("ett personnummer"),
    SAMORDNINGSNUMMER: _("ett samordningsnummer"),
    PHONE: _("ett telefonnummer"),
    EMAIL: _("en e-postadress"),
    VEHICLE: _("ett registreringsnummer"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int  # index into the text, 0-based
    end: int  # exclusive
    text: str

    @property
    def label(self) -> str:
        return str(KIND_LABELS[self.kind])

    @property
    def preview(self) -> str:
        """The start of the match, enough to find it again without repeating all of it."""
        return self.text[:4] + "…" if len(self.text) > 4 else self.text


# --- Personal identity numbers -------------------------------------------------------------

_ID_NUMBER = re.compile(
    r"(?<![\w+])"  # not glued to other digits, words or a leading sign
    r"(?P<century>18|19|20)?"
    r"(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-+]?)"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?![\d-])"
)


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by Swedish identity numbers, over the 10-digit form."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _id_number_kind(match: re.Match) -> str | None:
    yy, mm, dd = int(match["yy"]), int(match["mm"]), int(match["dd"])
    kind = PERSONNUMMER
    if dd > 60:
        kind, dd = SAMORDNINGSNUMMER, dd - 60
    # Without a century any year fits: try both centuries a living person can have.
    centuries = [int(match["century"])] if match["century"] else [19, 20]
    if not any(_valid_date(century * 100 + yy, mm, dd) for century in centuries):
        return None
    if match["century"] and match["sep"] == "+":
        return None  # "+" marks age 100+ only in the 10-digit form
    ten_digits = match["yy"] + match["mm"] + match["dd"] + match["serial"] + match["check"]
    return kind if luhn_valid(ten_digits) else None


def _find_id_numbers(text: str):
    for match in _ID_NUMBER.finditer(text):
        kind = _id_number_kind(match)
        if kind:
            yield Finding(kind, match.start(), match.end(), match.group())


# --- Phone numbers -------------------------------------------------------------------------

_PHONE = re.compile(
    r"(?<![\w+])"
    r"(?P<prefix>\+46|0046|0)"
    r"[ -]?(?:\(0\)[ -]?)?"
    r"(?P<rest>[1-9]\d*(?:[ -]?\d+)*)"
    r"(?![\d\w])"
)
# Clock times written "0730-1600" and dates "05-03-2024" look like numbers starting with 0.
_TIME_RANGE = re.compile(r"^([01]\d|2[0-3])[.:]?[0-5]\d\s?[-–]\s?([01]\d|2[0-3])[.:]?[0-5]\d$")
_DATE_LIKE = re.compile(r"^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$")


def _find_phone_numbers(text: str):
    for match in _PHONE.finditer(text):
        if _TIME_RANGE.match(match.group()) or _DATE_LIKE.match(match.group()):
            continue
        # The pattern runs on over following numbers ("070-123 45 67 15 gånger"): keep the
        # longest run of groups whose national significant number has 7–9 digits.
        digits, end, best_end = 0, match.start("rest"), None
        for group in re.finditer(r"\d+", match["rest"]):
            digits += len(group.group())
            end = match.start("rest") + group.end()
            if 7 <= digits <= 9:
                best_end = end
            elif digits > 9:
                break
        if best_end is not None:
            yield Finding(PHONE, match.start(), best_end, text[match.start() : best_end])


# --- E-mail addresses ----------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zåäö]{2,}(?![\w-])", re.IGNORECASE
)


def _find_emails(text: str):
    for match in _EMAIL.finditer(text):
        yield Finding(EMAIL, match.start(), match.end(), match.group())


# --- Vehicle registration numbers ----------------------------------------------------------

# Swedish plates use A–Z without I, Q and V (and never Å, Ä, Ö); the last character may be a
# letter (not O) since 2019. Written either in capitals ("ABC 123") or lower case without a
# space ("abc123"): "Den 15e" or "sek 100" are ordinary words.
_PLATE_LETTERS = "A-HJ-PR-UW-Z"
_VEHICLE_UPPER = re.compile(
    rf"(?<![\w-])[{_PLATE_LETTERS}]{{3}} ?\d{{2}}[0-9A-HJ-NPR-UW-Z](?![\w-])"
)
_VEHICLE_LOWER = re.compile(
    rf"(?<![\w-])[{_PLATE_LETTERS.lower()}]{{3}}\d{{2}}[0-9a-hj-npr-uw-z](?![\w-])"
)
# Three capitals followed by a number that are not plates: currencies, units, our own acronyms.
_NOT_PLATES = {"SEK", "EUR", "USD", "NOK", "DKK", "GBP", "CHF", "EST", "LSS", "SFS", "SOU"}


def _find_vehicles(text: str):
    for pattern in (_VEHICLE_UPPER, _VEHICLE_LOWER):
        for match in pattern.finditer(text):
            if match.group()[:3].upper() in _NOT_PLATES:
                continue
            yield Finding(VEHICLE, match.start(), match.end(), match.group())


# --- Public API ----------------------------------------------------------------------------

# Order matters where matches overlap: the more specific finding wins.
_DETECTORS = (_find_emails, _find_id_numbers, _find_phone_numbers, _find_vehicles)


def find_personal_data(text: str | None) -> list[Finding]:
    """All personal data found in ``text``, in order of position, without overlaps."""
    if not text:
        return []
    findings: list[Finding] = []
    for detector in _DETECTORS:
        for finding in detector(text):
            if not any(finding.start < f.end and f.start < finding.end for f in findings):
                findings.append(finding)
    return sorted(findings, key=lambda f: f.start)


def describe(finding: Finding, text: str) -> str:
    """Where a finding is: line (when the text has several) and character positions, 1-based."""
    line = text.count("\n", 0, finding.start) + 1
    column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
    if "\n" in text:
        return str(_("rad %(line)s, tecken %(column)s")) % {"line": line, "column": column}
    return str(_("tecken %(start)s–%(end)s")) % {"start": finding.start + 1, "end": finding.end}


def personal_data_error(text: str | None, field_label: str) -> str | None:
    """A Swedish error message for the personal data in ``text``, or None if there is none."""
    findings = find_personal_data(text)
    if not findings:
        return None
    parts = [
        str(_("%(kind)s (%(where)s: ”%(preview)s”)"))
        % {"kind": f.label, "where": describe(f, text), "preview": f.preview}
        for f in findings
    ]
    return ngettext(
        "Fältet ”%(field)s” innehåller något som ser ut som %(found)s. Ta bort det och "
        "beskriv utan personuppgifter – texten har inte sparats.",
        "Fältet ”%(field)s” innehåller personuppgifter: %(found)s. Ta bort dem och "
        "beskriv utan personuppgifter – texten har inte sparats.",
        len(parts),
    ) % {"field": field_label, "found": ", ".join(parts)}


# --- Names: a soft warning, never a block --------------------------------------------------

_WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
_SENTENCE_END = re.compile(r"[.!?:;\n]\s*$")
# Capitalised words that are not people: Hjo's places, calendar words, organisations.
NOT_NAMES = {
    word.lower()
    for word in (
        "Hjo Vättern Hamnen Torget Centrum Stadsparken Busstationen Badplatsen Strandpromenaden "
        "Sjöpromenaden Idrottsplatsen Korsberga Guldkroksskolan Ågårdsskolan Guldkroken Ågården "
        "Hjoån Fågelås Mofalla Grevbäck Skövde Tidaholm Karlsborg Stadshuset Bangatan Storgatan "
        "Polisen Polis Kommunen Fritid Skola Socialtjänst Teknik Fastighet Nattvandrarna "
        "Bostäder Energi Kyrkan Svenska EST BRÅ Coop Ica Willys Systembolaget Konsum "
        "Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Januari Februari Mars April Maj "
        "Juni Juli Augusti September Oktober November December Midsommar Valborg Jul Påsk "
        "Nyår Lucia Halloween"
    ).split()
}


def possible_names(text: str | None) -> list[str]:
    """Capitalised words mid-sentence that may be people's names (for a gentle warning)."""
    if not text:
        return []
    names = []
    for match in _WORD.finditer(text):
        before = text[: match.start()]
        if not before.strip() or _SENTENCE_END.search(before):
            continue  # a sentence starts here: capitals are expected
        word = match.group()
        if word.lower() in NOT_NAMES or word in names:
            continue
        names.append(word)
    return names
