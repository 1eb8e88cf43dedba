"""manage.py import_crime_statistics: Brå's CSV as delivered, and files that must be refused."""

import pytest
from django.core.management import CommandError, call_command

from safety_statistics.demo import SAMPLE_FILE
from safety_statistics.models import CrimeStatistic

pytestmark = pytest.mark.django_db

HEADER = '"Region";"År";"Brottskategori";"Antal";"Per 100 000 inv"'


def write(tmp_path, text, encoding="utf-8", name="brå.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def run(path, **options):
    call_command("import_crime_statistics", file=path, verbosity=0, **options)


def counts():
    return {(row.year, row.month, row.category): row.count for row in CrimeStatistic.objects.all()}


def test_the_sample_file_imports_three_years_with_months():
    run(str(SAMPLE_FILE))
    stored = counts()
    assert {year for year, _month, _category in stored} == {2023, 2024, 2025}
    assert stored[(2023, None, "Stöld- och tillgreppsbrott")] == 212
    assert stored[(2025, 3, "Skadegörelsebrott")] == 7
    # Thousands separated by a non-breaking space: "1 xxx" is one number.
    assert stored[(2024, None, "Samtliga brott")] > 500
    # Rows of other regions (Riket) are not Hjo's.
    assert CrimeStatistic.objects.count() == 36
    assert CrimeStatistic.objects.first().category_key


def test_a_file_with_bom_title_rows_and_footnotes(tmp_path):
    text = (
        '\ufeff"Anmälda brott, Hjo kommun"\r\n\r\n'
        f"{HEADER}\r\n"
        '"Hjo";2024;"Skadegörelsebrott";"1 102";"11 849,5"\r\n'
        '"1427 Hjo kommun";2024;"Misshandel";41;440,9\r\n'
        "\r\n"
        '"Källa: Brå"\r\n'
        '"Anm.: preliminära uppgifter";;;;\r\n'
    )
    run(write(tmp_path, text))
    assert counts() == {(2024, None, "Skadegörelsebrott"): 1102, (2024, None, "Misshandel"): 41}


def test_a_windows_1252_file(tmp_path):
    text = f'{HEADER}\r\n"Hjo";2023;"Stöld- och tillgreppsbrott";212;2 286,9\r\n'
    run(write(tmp_path, text, encoding="cp1252"))
    assert counts() == {(2023, None, "Stöld- och tillgreppsbrott"): 212}


def test_a_monthly_file_reads_month_names_and_codes(tmp_path):
    text = (
        '"Region";"År";"Månad";"Brottskategori";"Antal"\n'
        '"Hjo";2025;"januari";"Skadegörelsebrott";5\n'
        '"Hjo";2025;"2025M02";"Skadegörelsebrott";4\n'
    )
    run(write(tmp_path, text))
    assert counts() == {(2025, 1, "Skadegörelsebrott"): 5, (2025, 2, "Skadegörelsebrott"): 4}
    assert CrimeStatistic.objects.yearly_counts() == {(2025, "skadegorelsebrott"): 9}


def test_reimporting_a_year_replaces_it_and_keeps_other_years(tmp_path):
    run(write(tmp_path, f'{HEADER}\n"Hjo";2023;"Misshandel";38;1\n"Hjo";2024;"Misshandel";41;1\n'))
    run(write(tmp_path, f'{HEADER}\n"Hjo";2024;"Olaga hot";33;1\n', name="2024.csv"))
    assert counts() == {(2023, None, "Misshandel"): 38, (2024, None, "Olaga hot"): 33}


def test_dry_run_stores_nothing():
    run(str(SAMPLE_FILE), dry_run=True)
    assert not CrimeStatistic.objects.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '"Region";"Year";"Category";"Count"\n"Hjo";2024;"Misshandel";41\n',
            "hittade ingen rubrikrad",
        ),
        (
            '"Region";"År";"Kategorin";"Antal"\n"Hjo";2024;"Misshandel";41\n',
            "Rad 1: rubrikraden saknar kolumnen ”Brottskategori”",
        ),
        (
            f'{HEADER}\n"Hjo";2024;"Misshandel";41;1\n"Hjo";2024;"Olaga hot";"4 1x";1\n',
            "Rad 3: kolumnen ”Antal” ska vara ett tal",
        ),
        (f'{HEADER}\n"Hjo";2024;"Misshandel";"..";1\n', "Rad 2: kolumnen ”Antal” ska vara ett tal"),
        (f'{HEADER}\n"Hjo";2024;"Misshandel";12,5;1\n', "ska vara ett helt tal"),
        (
            f'{HEADER}\n"Hjo";1899;"Misshandel";41;1\n',
            "Rad 2: kolumnen ”År” ska vara ett årtal mellan 2000 och 2100",
        ),
        (
            f'{HEADER}\n"Hjo";2024;"Misshandel";41;1\n"Hjo";2024;"Misshandel";42;1\n',
            "samma år, månad och brottskategori som rad 2",
        ),
        (f'{HEADER}\n"Riket";2024;"Misshandel";41;1\n', "filen har inga rader för Hjo"),
        ("Region,År,Brottskategori,Antal\nHjo,2024,Misshandel,41\n", "inte semikolonseparerad"),
        (
            f'{HEADER}\n"Hjo";2024;"Misshandel";41;1\n\n"Hjo";2024;"Olaga hot";3;1\n',
            "efter tabellens slut",
        ),
    ],
)
def test_a_file_that_does_not_match_stops_with_a_clear_error_and_stores_nothing(
    tmp_path, text, message
):
    run(write(tmp_path, f'{HEADER}\n"Hjo";2024;"Misshandel";99;1\n', name="earlier.csv"))
    with pytest.raises(CommandError, match=message) as error:
        run(write(tmp_path, text))
    assert "Nothing was imported" in str(error.value)
    assert counts() == {(2024, None, "Misshandel"): 99}


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Check the path"):
        run(str(tmp_path / "finns-inte.csv"))


def test_the_command_reports_success(tmp_path, capsys):
    call_command("import_crime_statistics", file=str(SAMPLE_FILE))
    assert "Imported 36 rows for 2023, 2024, 2025" in capsys.readouterr().out
