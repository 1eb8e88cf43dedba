"""Find personal data in free text before it is stored: the portal's personal-data guard.

Staff write free text (what happened, where, how it was handled). Identifying people is not the
purpose of the EST mapping, and the text is shared widely, so the forms refuse text that holds:

- Swedish personal identity numbers (personnummer) and co-ordination numbers
  (samordningsnummer): 10 or 12 digits, with no separator or ``-``, ``+``, an en dash, a space
  or a dash between spaces, whose first digits are a real birth date (day + 60 for a
  samordningsnummer), **whatever the check digit**: a wrong check digit is someone's number
  typed wrong. The message says "ser ut som ett personnummer". ``id_number_is_exact`` tells a
  valid one (python-stdnum's rules) from a look-alike. Case numbers (``2026-000123``), dates,
  postcodes and amounts do not have that shape.
- Phone numbers: Swedish national (``0…``, also ``(0503) 35000``) and international
  (``+46``/``0046``) forms, with spaces, hyphens or en dashes between the groups.
- E-mail addresses, also written ``kalle (at) gmail.com``, ``kalle[at]hotmail.se`` or
  ``kalle @ gmail.com``.
- Vehicle registration numbers: ``ABC 123``, ``ABC-123`` and, since 2019, ``ABC 12D``.

The measured recall and false-alarm rate on a corpus of Swedish incident texts
(``tests/est_incidents/guard_corpus.py``) are in docs/incidents.md.

``find_personal_data(text)`` returns the findings; ``personal_data_error(text, field_label)``
turns them into one Swedish message that says what was found and where, for a form's
``ValidationError``. ``find_names(text)`` finds what looks like a person's name, initials or a
street address with a house number, for the warning the guarded forms show before saving
(``hjo_safety.guarded_forms``); ``possible_names(text)`` is its simplest part, capitalised words
mid-sentence that are not known place or calendar words.

The module has no Django model dependencies, so every app can use it in its forms; the places
table's names reach it through ``register_place_names``.
"""

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.se import personalid

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

# Candidates: 6 or 8 date digits, a separator as people type it (none, "-", "+", an en or em
# dash, a space, or a dash between spaces), 4 more digits. Validity is python-stdnum's.
_ID_NUMBER = re.compile(
    r"(?<![\w+])"  # not glued to other digits, words or a leading sign
    r"(?P<century>18|19|20)?"
    r"(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[ \t]?[-+–—][ \t]?|[ \t]|)"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?![\d-])"
)


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by Swedish identity numbers, over the 10-digit form."""
    return luhn.is_valid(digits)


def _valid_birth_date(year: int, month: int, day: int) -> bool:
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return born <= date.today()


def _id_number_kind(match: re.Match) -> str | None:
    """The kind of a personnummer-shaped candidate, whatever its check digit, or None.

    A wrong check digit is still someone's number typed wrong, so only the date decides: a
    real birth date (day + 60 for a samordningsnummer) that is not in the future. Without a
    century, either century a living person can have will do. A valid check digit (python-
    stdnum's rules) does not change the answer, only whether the number is exact."""
    yy, mm, dd = int(match["yy"]), int(match["mm"]), int(match["dd"])
    kind = PERSONNUMMER
    if dd > 60:
        kind, dd = SAMORDNINGSNUMMER, dd - 60
    if match["century"] and "+" in match["sep"]:
        return None  # "+" marks age 100+ only in the 10-digit form
    centuries = [int(match["century"])] if match["century"] else [19, 20, 18]
    if not any(_valid_birth_date(century * 100 + yy, mm, dd) for century in centuries):
        return None
    return kind


def id_number_is_exact(text: str) -> bool:
    """Whether a found personnummer or samordningsnummer has a valid check digit (stdnum)."""
    digits = re.sub(r"\D", "", text)[-10:]
    if int(digits[4:6]) > 60:  # samordningsnummer: stdnum's personalid only knows birth days
        return luhn.is_valid(digits)
    try:
        personalid.validate(digits)
    except ValidationError:
        return False
    return True


def _is_phone_number(match: re.Match) -> bool:
    """``0701234567`` is both a mobile number and personnummer-shaped (born 2007): without a
    century and a dash it is called a phone number when the phone pattern takes all of it."""
    if match["century"] or not match.group().startswith("0") or match["sep"].strip():
        return False
    phones = list(_find_phone_numbers(match.group()))
    return any(p.start == 0 and p.end == len(match.group()) for p in phones)


def _find_id_numbers(text: str):
    for match in _ID_NUMBER.finditer(text):
        kind = _id_number_kind(match)
        if kind and not _is_phone_number(match):
            yield Finding(kind, match.start(), match.end(), match.group())


# --- Phone numbers -------------------------------------------------------------------------

# Between groups: a space, a dash of any kind, a closing parenthesis after the area code, or a
# dash between spaces: "070-123 45 67", "0503–35000", "(0503) 35000", "070 - 123 45 67".
_PHONE_SEP = r"(?:[ \t]?[-–—/][ \t]?|\)[ \t]?|[ \t])?"
_PHONE = re.compile(
    r"(?<![\w+\-–—/.,])"  # not inside a date ("2026-03-01–2026-03-14"), a decimal or a word
    r"\(?(?P<prefix>\+46|0046|0)"
    rf"{_PHONE_SEP}(?:\(0\)[ \t]?)?"
    rf"(?P<rest>[1-9]\d*(?:{_PHONE_SEP}\d+)*)"
    r"(?![\d\w])"
)
# Clock times written "0730-1600" and dates "05-03-2024" look like numbers starting with 0.
_TIME_RANGE = re.compile(r"^\(?([01]\d|2[0-3])[.:]?[0-5]\d\s?[-–—]\s?([01]\d|2[0-3])[.:]?[0-5]\d$")
_DATE_LIKE = re.compile(r"^\(?\d{1,2}[-/–]\d{1,2}[-/–]\d{2,4}$")


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

# Also written to fool a harvester: "kalle (at) gmail.com", "kalle[at]hotmail.se",
# "kalle @ gmail.com", "kalle snabel-a gmail punkt com".
_AT = r"(?:[ \t]*@[ \t]*|[ \t]*[(\[{][ \t]*(?:at|snabel-a)[ \t]*[)\]}][ \t]*|[ \t]+(?:snabel-a)[ \t]+)"
_DOT = r"(?:\.|[ \t]*[(\[{][ \t]*(?:dot|punkt)[ \t]*[)\]}][ \t]*|[ \t]+(?:dot|punkt)[ \t]+)"
_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-zåäö]{{2,}}(?![\w-])",
    re.IGNORECASE,
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
    rf"(?<![\w-])[{_PLATE_LETTERS}]{{3}}[ -]?\d{{2}}[0-9A-HJ-NPR-UW-Z](?![\w-])"
)
_VEHICLE_LOWER = re.compile(
    rf"(?<![\w-])[{_PLATE_LETTERS.lower()}]{{3}}-?\d{{2}}[0-9a-hj-npr-uw-z](?![\w-])"
)
# Three capitals followed by a number that are not plates: currencies, units, our own acronyms.
_NOT_PLATES = {
    "SEK", "EUR", "USD", "NOK", "DKK", "GBP", "CHF", "EST", "LSS", "SFS", "SOU", "GPS", "SMS",
    "MMS", "PDF", "USB", "LED", "BBR", "APT", "KPI", "MSB", "AFS", "BFS", "HSL", "SOL", "LVU",
    "LVM", "TNR",
}  # fmt: skip


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


def personal_data_error(text: str | None, field_label: str, kinds=None) -> str | None:
    """A Swedish error message for the personal data in ``text``, or None if there is none.

    ``kinds`` limits the search to some kinds of finding (see ``hjo_safety.guarded_forms``'s
    modes); by default every kind is refused.
    """
    findings = find_personal_data(text)
    if kinds is not None:
        findings = [f for f in findings if f.kind in kinds]
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
        "Fältet ”%(field)s” innehåller något som ser ut som personuppgifter: %(found)s. Ta "
        "bort dem och "
        "beskriv utan personuppgifter – texten har inte sparats.",
        len(parts),
    ) % {"field": field_label, "found": ", ".join(parts)}


# --- Names, initials and home addresses: a warning before saving --------------------------
#
# Names cannot be told from other words by their shape alone, so they are not refused like the
# kinds above: ``find_names`` finds what looks like a person's name, initials ("Kalle K.") or a
# street address with a house number ("Storgatan 12", "Bangatan 7 B"), and the guarded forms
# (``hjo_safety.guarded_forms``) ask the writer to rephrase or to confirm before saving.
# Place and street names are not names: they come from the places table (registered by the app
# that owns it, ``register_place_names``), from ``data/hjo_place_names.txt`` (streets and
# places of Hjo kommun we are sure of) and from their Swedish endings (-gatan, -vägen ...).

NAME = "name"
INITIALS = "initials"
ADDRESS = "address"

NAME_KIND_LABELS = {
    NAME: _("ett namn"),
    INITIALS: _("ett namn"),
    ADDRESS: _("en adress med husnummer"),
}

PLACE_NAMES_FILE = Path(__file__).resolve().parent / "data" / "hjo_place_names.txt"

_WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
# A sentence, or a quotation, starts here: after a full stop and the like, or an opening quote.
_SENTENCE_END = re.compile(r"(?:(?:[.!?:;\n]|^)\s*[(\[–-]?|[”\"'“„«]|\s[–-])\s*$")
# Capitalised words that are not people and not geography: calendar words, organisations and
# programmes, and common nouns for places that people write with a capital (Torget, Hamnen).
NOT_NAMES = {
    word.lower()
    for word in (
        "Polisen Polis Kommunen Fritid Skola Socialtjänst Teknik Fastighet Nattvandrarna "
        "Bostäder Energi Kyrkan Svenska Sverige EST BRÅ Brå Coop Ica Willys Systembolaget Konsum "
        "Räddningstjänsten Trafikverket Migrationsverket Västtrafik Securitas "
        "Hamnen Torget Centrum Stadsparken Busstationen Badplatsen Strandpromenaden "
        "Sjöpromenaden Idrottsplatsen Stadshuset Resecentrum "
        "Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Januari Februari Mars April Maj "
        "Juni Juli Augusti September Oktober November December Midsommar Valborg Jul Påsk "
        "Nyår Lucia Halloween Sportlovet Påsklovet Höstlovet"
    ).split()
}
# Names of several words that are not people (matched as a whole, in any case).
NOT_NAME_PHRASES = ("Grön Flagg", "Håll Sverige Rent", "Hjo kommun")

# Swedish place names are compounds ending in words like these ("Guldkroksvägen",
# "Rödingsparken", "Hamnplan"). Only compounds count (two letters or more before the ending),
# so surnames like Holm or Strand still do.
_PLACE_SUFFIX = re.compile(
    r"(gatan|gata|vägen|väg|stigen|gången|gränd|backen|plan|planen|platsen|torget|parken|"
    r"skogen|hamnen|bryggan|piren|bron|leden|allén|skolan|hallen|badet|kyrkan|stationen|"
    r"området|centrum|viken|udden|ängen|berget|dalen|huset|gården|stranden|åsen|stugan|"
    r"kiosken|affären|butiken|macken|tunneln|rondellen|viadukten|museet|biblioteket|"
    r"hotellet|parkeringen|kullen|lunden|hagen|sjön|fältet|torp|näs|holm|by|vik|strand)$",
    re.IGNORECASE,
)
# Street endings for addresses: "Storgatan 12", "Sjöbovägen 3 B".
_STREET_SUFFIX = re.compile(r"(gatan|gata|vägen|väg|stigen|gränd|backen|leden|allén|plan)$")
_ADDRESS = re.compile(
    r"(?<![\w-])(?P<street>[A-ZÅÄÖÉ][a-zåäöé]+(?:[ -][A-ZÅÄÖa-zåäöé][a-zåäöé]+)?)"
    r"[ \t]+(?P<number>[1-9]\d{0,2})(?:[ \t]?(?P<letter>[A-Ha-h])(?![\wåäöÅÄÖ]))?"
    r"(?![\d\w]|[.,:]\d|[ \t]*(?:km|m|meter|kr|st|%|mm|cm|tr)\b)"
)
_INITIALS = re.compile(
    r"(?<![\w.])(?:(?P<first>[A-ZÅÄÖ][a-zåäöé]+)[ \t]+[A-ZÅÄÖ]\.(?![\w])"
    r"(?![ \t]?[A-ZÅÄÖ][a-zåäöé])"
    r"|[A-ZÅÄÖ]\.[ \t]?(?P<last>[A-ZÅÄÖ][a-zåäöé]+))"
)

_place_name_sources = []


def register_place_names(source) -> None:
    """Add a source of place names: a callable returning names (e.g. the places table's). The
    app that owns the places registers it in its ``AppConfig.ready``; this module stays free of
    other apps' models."""
    if source not in _place_name_sources:
        _place_name_sources.append(source)


@cache
def _file_place_words() -> frozenset[str]:
    words = set()
    for line in PLACE_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        words.update(word.lower() for word in re.findall(r"\w+", name))
    return frozenset(words)


def known_place_words() -> frozenset[str]:
    """Every word of a known place or street name, lower case: the file and the sources."""
    words = set(_file_place_words())
    for source in _place_name_sources:
        for name in source():
            words.update(word.lower() for word in re.findall(r"\w+", name))
    return frozenset(words)


# Public bodies and organisations by their ending ("Kommunfullmäktige", "Socialnämnden").
_ORGANISATION_SUFFIX = re.compile(
    r"(nämnden|nämnd|styrelsen|fullmäktige|förvaltningen|enheten|bolaget|föreningen|rådet|"
    r"myndigheten|verket|tjänsten|polisen|kommun|regionen|skolan)$",
    re.IGNORECASE,
)


def is_place_word(word: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalised word is a place rather than a person: known, or by its ending."""
    if word.lower() in known or word.lower() in _file_place_words():
        return True
    parts = word.split("-")
    return any(
        (match := (_PLACE_SUFFIX.search(part) or _ORGANISATION_SUFFIX.search(part))) is not None
        and match.start() >= 2
        for part in parts
    )


@dataclass(frozen=True)
class NameFinding:
    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return str(NAME_KIND_LABELS[self.kind])


def _mask_phrases(text: str) -> str:
    """``text`` with the known non-name phrases blanked out (same length, so positions hold)."""
    for phrase in NOT_NAME_PHRASES:
        text = re.sub(re.escape(phrase), lambda m: " " * len(m.group()), text, flags=re.I)
    return text


# Abbreviations that end in a full stop inside a sentence ("bl.a. Liam", "t.ex. Kalle").
_ABBREVIATION = re.compile(r"(?:^|\s)(?:bl\.a|t\.ex|m\.fl|dvs|bl\.\s?a|s\.k|ev|resp|inkl)\.\s*$")


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index]
    return bool(_SENTENCE_END.search(before)) and not _ABBREVIATION.search(before)


def _find_addresses(text: str, known: frozenset[str]):
    for match in _ADDRESS.finditer(text):
        street = match["street"]
        last = street.split()[-1].split("-")[-1].lower()
        # A street: one of Hjo's we know, a place of the places table named like a street, or
        # any compound with a street's ending ("Guldkroksvägen 3").
        if not (_STREET_SUFFIX.search(last) and len(last) > 5):
            continue
        # "Storgatan" alone is the street; a leading capitalised word is a sentence's first.
        words = street.split()
        start = match.start("street")
        if len(words) > 1 and not _STREET_SUFFIX.search(words[0].lower()):
            start = match.start("street") + street.index(words[-1])
        yield NameFinding(ADDRESS, start, match.end(), text[start : match.end()])


def _find_initials(text: str, known: frozenset[str]):
    for match in _INITIALS.finditer(text):
        word = match["first"] or match["last"]
        if word.lower() in NOT_NAMES or is_place_word(word, known):
            continue
        yield NameFinding(INITIALS, match.start(), match.end(), match.group())


def _find_capitalised_names(text: str, known: frozenset[str]):
    """Runs of capitalised words that are not known words. A run mid-sentence is a name; at a
    sentence's start only a run of two or more ("Kalle Karlsson slog ..."), since a sentence's
    first word is capitalised anyway."""
    words = [
        m
        for m in _WORD.finditer(text)
        if m.group().lower() not in NOT_NAMES and not is_place_word(m.group(), known)
    ]
    index = 0
    while index < len(words):
        run = [words[index]]
        while index + len(run) < len(words) and text[
            run[-1].end() : words[index + len(run)].start()
        ] in (" ", "\t"):
            run.append(words[index + len(run)])
        index += len(run)
        first = run[0]
        at_start = _sentence_start(text, first.start())
        if at_start and len(run) == 1:
            continue
        yield NameFinding(NAME, first.start(), run[-1].end(), text[first.start() : run[-1].end()])


def find_names(text: str | None, *, known: frozenset[str] | None = None) -> list[NameFinding]:
    """What looks like a person's name, initials or a home's street address in ``text``.

    ``known`` is the set of known place words (``known_place_words()``, read when not given and
    only when the text has a candidate at all)."""
    if not text:
        return []
    masked = _mask_phrases(text)
    if not _WORD.search(masked):
        return []
    if known is None:
        # Known places only take findings away: read them only when there is one without them.
        if not find_names(text, known=frozenset()):
            return []
        known = known_place_words()
    findings: list[NameFinding] = []
    for detector in (_find_addresses, _find_initials, _find_capitalised_names):
        for finding in detector(masked, known):
            if not any(finding.start < f.end and f.start < finding.end for f in findings):
                findings.append(
                    NameFinding(
                        finding.kind, finding.start, finding.end, text[finding.start : finding.end]
                    )
                )
    return sorted(findings, key=lambda f: f.start)


def possible_names(text: str | None) -> list[str]:
    """Capitalised words mid-sentence that may be people's names (without the places table)."""
    if not text:
        return []
    names = []
    for match in _WORD.finditer(text):
        if _sentence_start(text, match.start()):
            continue  # a sentence starts here: capitals are expected
        word = match.group()
        if word.lower() in NOT_NAMES or word.lower() in _file_place_words() or word in names:
            continue
        names.append(word)
    return names
