"""Seed Hjo's population for recent years: SAMPLE values near SCB's (~9,300), marked as such,
for the coordinator to replace with SCB's figures in the admin."""

from django.db import migrations

SAMPLE_POPULATION = {2022: 9_240, 2023: 9_270, 2024: 9_300, 2025: 9_320, 2026: 9_330}
NOTE = "Exempeldata – ersätt med SCB:s folkmängd 31 december"


def seed(apps, schema_editor):
    Population = apps.get_model("safety_statistics", "Population")
    for year, inhabitants in SAMPLE_POPULATION.items():
        Population.objects.get_or_create(
            year=year, defaults={"inhabitants": inhabitants, "note": NOTE}
        )


def unseed(apps, schema_editor):
    Population = apps.get_model("safety_statistics", "Population")
    Population.objects.filter(note=NOTE).delete()


class Migration(migrations.Migration):
    dependencies = [("safety_statistics", "0001_crime_statistics_population")]

    operations = [migrations.RunPython(seed, unseed)]
