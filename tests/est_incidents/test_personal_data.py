"""The personal-data guard (hjo_safety.personal_data): what it finds, and what it leaves alone."""

import pytest

from hjo_safety.personal_data import (
    EMAIL,
    PERSONNUMMER,
    PHONE,
    SAMORDNINGSNUMMER,
    VEHICLE,
    find_personal_data,
    id_number_is_exact,
    luhn_valid,
    personal_data_error,
    possible_names,
)

# (text, the kinds found in order); 8112189876 and 8507092388 pass the Luhn check.
CASES = [
    # Personal identity numbers: every way of writing one.
    ("811218-9876", [PERSONNUMMER]),
    ("8112189876", [PERSONNUMMER]),
    ("19811218-9876", [PERSONNUMMER]),
    ("198112189876", [PERSONNUMMER]),
    ("811218+9876", [PERSONNUMMER]),  # "+": the person is 100 or older
    ("Mannen (850709-2388) skrek.", [PERSONNUMMER]),
    ("pnr:850709-2388.", [PERSONNUMMER]),
    ("200701234569 var med", [PERSONNUMMER]),
    ("121212-1212", [PERSONNUMMER]),
    ("Två: 811218-9876 och 850709-2388", [PERSONNUMMER, PERSONNUMMER]),
    # Co-ordination numbers: day + 60.
    ("850771-2381", [SAMORDNINGSNUMMER]),
    ("19850771-2381", [SAMORDNINGSNUMMER]),
    # Issue 11, point 13: a wrong check digit is still someone's number, typed wrong.
    ("811218-9875", [PERSONNUMMER]),
    ("8112189870", [PERSONNUMMER]),
    ("19811218-9870", [PERSONNUMMER]),
    # Impossible dates, wrong length: not identity numbers.
    ("811318-9876", []),  # month 13
    ("810230-1234", []),  # 30 February
    ("811218-98765", []),  # five digits after the separator
    ("18112189876123", []),  # too long
    ("19811218+9876", []),  # "+" is only used in the 10-digit form
    # Phone numbers.
    ("Ring 070-123 45 67", [PHONE]),
    ("070 123 45 67", [PHONE]),
    ("070-1234567", [PHONE]),
    ("0701234567", [PHONE]),
    ("+46 70 123 45 67", [PHONE]),
    ("+46701234567", [PHONE]),
    ("0046701234567", [PHONE]),
    ("0503-35000", [PHONE]),
    ("0503-350 00", [PHONE]),
    ("08-123 456 78", [PHONE]),
    ("tel. 0503 123 45.", [PHONE]),
    ("Ring 070-123 45 67 15 gånger", [PHONE]),
    # E-mail addresses.
    ("kalle.anka@example.se", [EMAIL]),
    ("skriv till Anna_B+hjo@mail.hjo.se!", [EMAIL]),
    ("ÅSA@exempel.nu", [EMAIL]),
    # Vehicle registration numbers.
    ("En bil ABC 123 körde runt", [VEHICLE]),
    ("ABC123", [VEHICLE]),
    ("MLB 12A", [VEHICLE]),
    ("moppe med reg abc123 igen", [VEHICLE]),
    ("XYZ 98F, XYZ 987", [VEHICLE, VEHICLE]),
    # Several kinds in one text.
    ("ABC 123, 070-123 45 67, a@b.se, 811218-9876", [VEHICLE, PHONE, EMAIL, PERSONNUMMER]),
    # False alarms that must stay quiet: dates, times, amounts, postcodes, counts.
    ("2024-03-15 kl. 22.30", []),
    ("20240315", []),
    ("den 05-03-2024", []),
    ("15/3 2024", []),
    ("kl 0730-1600", []),
    ("mellan 19:30 och 23:00", []),
    ("07.30–16.00", []),
    ("Kostade 1 500 kr", []),
    ("skadan värderas till 250 000 kronor", []),
    ("SEK 150 i böter", []),
    ("544 30 Hjo", []),
    ("Bangatan 1 B", []),
    ("ca 15 ungdomar, 2–5 personer", []),
    ("Den 15e maj", []),
    ("0,5 promille", []),
    ("EST 2024 möte", []),
    ("Ärendenummer 2024-1234", []),
    ("Larmet gick 23.45, väktare 00.10", []),
    ("Var 3:e minut", []),
    ("Buss 401 från Skövde", []),
    ("hjo.se/kontakt", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "kinds"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_finds_exactly_the_personal_data(text, kinds):
    assert [finding.kind for finding in find_personal_data(text)] == kinds


def test_the_table_is_thorough():
    assert len(CASES) >= 40
    assert sum(1 for _, kinds in CASES if not kinds) >= 15  # false alarms checked


def test_luhn():
    assert luhn_valid("8112189876")
    assert not luhn_valid("8112189875")


def test_findings_know_where_they_are():
    text = "Han sa 811218-9876 högt"
    (finding,) = find_personal_data(text)
    assert (finding.start, finding.end) == (7, 18)
    assert text[finding.start : finding.end] == "811218-9876"


def test_error_message_names_the_kind_the_field_and_the_place():
    message = personal_data_error("Han ringde från 070-123 45 67", "Vad hände?")
    assert "ett telefonnummer" in message
    assert "”Vad hände?”" in message
    assert "tecken 17–29" in message
    assert "070-123 45 67" not in message  # the whole number is not repeated back
    assert "inte sparats" in message


def test_error_message_on_several_lines_gives_the_line():
    message = personal_data_error("Klotter.\nRing a@b.se", "Vad hände?")
    assert "en e-postadress (rad 2, tecken 6" in message


def test_error_message_lists_several_kinds():
    message = personal_data_error("ABC 123 och 811218-9876", "Plats")
    assert "ett registreringsnummer" in message and "ett personnummer" in message


def test_no_error_for_clean_text():
    assert personal_data_error("Klotter på väggen vid Hamnen kl 22.30", "Vad hände?") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Klotter på busskuren vid Torget.", []),
        ("Ungdomar vid Hamnen på Fredag kväll.", []),
        ("Gruppen ropade på Kalle och Lisa-Marie.", ["Kalle", "Lisa-Marie"]),
        ("Kalle var där.", []),  # a sentence start cannot be told from a name
        ("", []),
    ],
)
def test_possible_names_for_the_gentle_warning(text, names):
    assert possible_names(text) == names


# Issue 11, point 13: what careful users actually type. Each was saved before.
ISSUE_CASES = [
    ("Mannen uppgav 850101-1234 som personnummer.", [PERSONNUMMER]),  # wrong check digit
    ("pnr 850101 1236", [PERSONNUMMER]),
    ("född 19850101 1236", [PERSONNUMMER]),
    ("850101 - 1236", [PERSONNUMMER]),
    ("850101–1236", [PERSONNUMMER]),
    ("19850101–1234", [PERSONNUMMER]),
    ("samordningsnr 850771 2381", [SAMORDNINGSNUMMER]),
    ("Ring (0503) 35000 om det händer igen", [PHONE]),
    ("mobil 070–123 45 67", [PHONE]),
    ("0503–350 00", [PHONE]),
    ("070 - 123 45 67", [PHONE]),
    ("skriv till kalle (at) gmail.com", [EMAIL]),
    ("kalle[at]hotmail.se", [EMAIL]),
    ("kalle @ gmail.com", [EMAIL]),
    ("kalle(at)gmail(dot)com", [EMAIL]),
    ("En bil XYZ-789 stod parkerad", [VEHICLE]),
    ("XYZ 789", [VEHICLE]),
    ("ABC 12D", [VEHICLE]),
    ("moppe xyz-789", [VEHICLE]),
    # Ordinary text that must stay quiet.
    ("Ärende 2026-000123 hos polisen", []),
    ("Postadress 544 30 Hjo", []),
    ("Kl. 07.30–16.00 på vardagar", []),
    ("Skadan uppgår till 12 500 kr", []),
    ("Ca 2,5 km från Hamnen", []),
    ("Buss 400 och tåg 8723 var försenade", []),
    ("Position 58.3016, 14.2873", []),
    ("Hände 2026-03-15 kl. 22:30–23:15", []),
]


@pytest.mark.parametrize(("text", "kinds"), ISSUE_CASES, ids=[c[0] for c in ISSUE_CASES])
def test_what_people_actually_type(text, kinds):
    assert [finding.kind for finding in find_personal_data(text)] == kinds


def test_a_wrong_check_digit_says_it_looks_like_a_personnummer():
    message = personal_data_error("Han uppgav 850101-1234", "Vad hände?")
    assert "ser ut som ett personnummer" in message
    (finding,) = find_personal_data("850101-1234")
    assert not id_number_is_exact(finding.text)
    assert id_number_is_exact(find_personal_data("850101 1236")[0].text)
    assert id_number_is_exact(find_personal_data("850771-2381")[0].text)
