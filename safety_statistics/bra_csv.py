"""Read the CSV that Brå's statistics database (statistikdatabasen, "Anmälda brott") exports.

The file is read as Brå delivers it (docs/statistics.md describes the layout):

- semicolon separated, fields optionally in double quotes;
- UTF-8 with or without a byte order mark, or Windows-1252 (Excel on Windows);
- title rows (the table's name, the selection) before the header row, footnotes after the table;
- the header row names at least ``År``, ``Brottskategori`` and ``Antal``; ``Region``, ``Månad``
  and ``Per 100 000 inv`` are read when present, other columns are ignored;
- numbers in Swedish notation: thousands separated by spaces or non-breaking spaces, decimal
  comma (``1 234``, ``1 325,4``).

``parse_bra_csv`` returns the rows for the chosen region or raises ``BraFileError`` naming the line
and what was expected, so that the import stores nothing from a file it does not understand.
"""

import csv
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from safety_statistics.models import MAX_YEAR, MIN_YEAR, category_key

REQUIRED_COLUMNS = {"year": "År", "category": "Brottskategori", "count": "Antal"}
COLUMN_NAMES = {
    "region": {"region", "kommun", "område"},
    "year": {"år", "ar", "year"},
    "month": {"månad", "manad", "month"},
    "category": {"brottskategori", "brottstyp", "kategori"},
    "count": {"antal", "antal anmälda brott", "anmälda brott"},
    "rate": {"per 100 000 inv", "per 100 000 invånare", "per 100000 inv"},
}
MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
FOOTNOTE_STARTS = ("källa", "anm", "not", "fotnot", "*", "uppgifter", "statistiken", "brå ")
SPACES = re.compile(r"[\s\u00a0\u202f]+")


class BraFileError(ValueError):
    """The file does not have the layout of Brå's export; the message says where and why."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(f"Rad {line}: {message}" if line else message)


@dataclass(frozen=True)
class CrimeRow:
    line: int
    region: str
    year: int
    month: int | None
    category: str
    category_key: str
    count: int
    rate: Decimal | None


@dataclass
class ParsedFile:
    rows: list[CrimeRow]
    other_regions: set[str]
    encoding: str

    @property
    def years(self) -> list[int]:
        return sorted({row.year for row in self.rows})


def decode(raw: bytes) -> tuple[str, str]:
    """The file's text and the encoding used: UTF-8 (BOM removed), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "cp1252"


def _normalise(header: str) -> str:
    return SPACES.sub(" ", header.replace("\ufeff", "")).strip().strip('"').strip().lower()


def parse_number(text: str, *, line: int, column: str, integer: bool) -> Decimal | int:
    """``"1 234"`` → 1234, ``"1 325,4"`` → Decimal("1325.4"); anything else is an error."""
    cleaned = SPACES.sub("", text).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise BraFileError(
            f"kolumnen ”{column}” ska vara ett tal (t.ex. 1 234 eller 12,5), inte ”{text}”.",
            line,
        )
    if integer:
        if value != value.to_integral_value() or value < 0:
            raise BraFileError(
                f"kolumnen ”{column}” ska vara ett helt tal, noll eller större, inte ”{text}”.",
                line,
            )
        return int(value)
    return value


def parse_month(text: str, *, year: int, line: int) -> int | None:
    """``""`` → None (whole year); ``3``, ``03``, ``mars``, ``2024M03`` or ``2024-03`` → 3."""
    value = _normalise(text)
    if not value:
        return None
    if value in MONTHS:
        return MONTHS.index(value) + 1
    match = re.fullmatch(r"(?:(\d{4})\s*[m\-]\s*)?(\d{1,2})", value)
    if match and 1 <= int(match[2]) <= 12 and (not match[1] or int(match[1]) == year):
        return int(match[2])
    raise BraFileError(
        f"kolumnen ”Månad” ska vara en månad (1–12, ”mars” eller ”{year}M03”), inte ”{text}”.",
        line,
    )


def _find_header(records) -> tuple[int, dict[str, int]]:
    for index, (line, cells) in enumerate(records):
        names = [_normalise(cell) for cell in cells]
        columns = {}
        for key, accepted in COLUMN_NAMES.items():
            for position, name in enumerate(names):
                if name in accepted:
                    columns[key] = position
                    break
        if len(columns.keys() & REQUIRED_COLUMNS.keys()) >= 2:
            missing = [label for key, label in REQUIRED_COLUMNS.items() if key not in columns]
            if missing:
                raise BraFileError(
                    "rubrikraden saknar kolumnen "
                    + ", ".join(f"”{name}”" for name in missing)
                    + ". Väntade kolumner: Region; År; (Månad;) Brottskategori; Antal; "
                    "Per 100 000 inv.",
                    line,
                )
            return index, columns
    raise BraFileError(
        "hittade ingen rubrikrad med kolumnerna ”År”, ”Brottskategori” och ”Antal”. Exportera "
        "tabellen från Brås statistikdatabas som CSV (semikolonseparerad) och försök igen."
    )


def _is_footnote(cells: list[str]) -> bool:
    filled = [cell.strip() for cell in cells if cell.strip()]
    if not filled:
        return True
    return len(filled) == 1 or filled[0].lower().startswith(FOOTNOTE_STARTS)


def _matches_region(region: str, wanted: str) -> bool:
    words = re.sub(r"^\d{4}\s+", "", _normalise(region)).removesuffix(" kommun")
    return words == wanted.lower()


def parse_bra_csv(raw: bytes, *, region: str = "Hjo") -> ParsedFile:
    """The rows of ``region`` (rows without a region column count as ``region``)."""
    text, encoding = decode(raw)
    lines = text.splitlines()
    if not any(";" in line for line in lines):
        raise BraFileError(
            "filen är inte semikolonseparerad. Exportera som CSV med semikolon (Brås standard)."
        )
    records = [
        (number, cells)
        for number, cells in enumerate(csv.reader(lines, delimiter=";", quotechar='"'), start=1)
    ]
    header_index, columns = _find_header(records)
    needed = max(columns.values()) + 1
    rows, other_regions, seen = [], set(), {}
    ended_at = None
    for line, cells in records[header_index + 1 :]:
        if ended_at is None and _is_footnote(cells):
            ended_at = line
            continue
        if ended_at is not None:
            if not _is_footnote(cells) and re.fullmatch(
                r"\d{4}", cells[columns["year"]].strip() if len(cells) > columns["year"] else ""
            ):
                raise BraFileError(
                    f"en tabellrad efter tabellens slut (rad {ended_at} är tom eller en fotnot). "
                    "Ta bort den tomma raden eller raderna efter tabellen.",
                    line,
                )
            continue
        if len(cells) < needed:
            raise BraFileError(
                f"raden har {len(cells)} kolumner, rubrikraden {needed}. Kontrollera att filen "
                "är semikolonseparerad hela vägen.",
                line,
            )
        year_text = cells[columns["year"]].strip()
        if not re.fullmatch(r"\d{4}", year_text) or not MIN_YEAR <= int(year_text) <= MAX_YEAR:
            raise BraFileError(
                f"kolumnen ”År” ska vara ett årtal mellan {MIN_YEAR} och {MAX_YEAR}, "
                f"inte ”{year_text}”.",
                line,
            )
        year = int(year_text)
        row_region = cells[columns["region"]].strip() if "region" in columns else region
        category = " ".join(cells[columns["category"]].split())
        if not category:
            raise BraFileError("kolumnen ”Brottskategori” är tom.", line)
        month = (
            parse_month(cells[columns["month"]], year=year, line=line)
            if "month" in columns
            else None
        )
        count = parse_number(cells[columns["count"]], line=line, column="Antal", integer=True)
        rate = None
        if "rate" in columns and cells[columns["rate"]].strip() not in ("", "..", "-"):
            rate = parse_number(
                cells[columns["rate"]], line=line, column="Per 100 000 inv", integer=False
            )
        if not _matches_region(row_region, region):
            other_regions.add(row_region)
            continue
        key = (year, month, category_key(category))
        if key in seen:
            raise BraFileError(
                f"samma år, månad och brottskategori som rad {seen[key]} (”{category}”). "
                "Varje kategori får förekomma en gång per period.",
                line,
            )
        seen[key] = line
        rows.append(CrimeRow(line, row_region, year, month, category, key[2], count, rate))
    if not rows:
        found = ", ".join(sorted(other_regions)) or "inga"
        raise BraFileError(
            f"filen har inga rader för {region} (regioner i filen: {found}). Välj kommunen i "
            "Brås statistikdatabas, eller ange --region."
        )
    return ParsedFile(rows=rows, other_regions=other_regions, encoding=encoding)
