"""Seed the kinds of intervention the coordinator starts with (they may add and retire kinds)."""

from django.db import migrations

KINDS = [
    ("nattvandring", "Nattvandring"),
    ("polispatrull", "Polispatrull"),
    ("faltarbete", "Fältarbete"),
    ("belysning-atgardad", "Belysning åtgärdad"),
    ("stadning-klotterborttagning", "Städning/klotterborttagning"),
    ("kamera", "Kamera"),
    ("dialogmote", "Dialogmöte"),
    ("annat", "Annat"),
]


def seed(apps, _schema_editor):
    InterventionKind = apps.get_model("est_measures", "InterventionKind")
    for position, (code, name) in enumerate(KINDS, start=1):
        InterventionKind.objects.get_or_create(
            code=code, defaults={"name": name, "position": position * 10}
        )


def unseed(apps, _schema_editor):
    InterventionKind = apps.get_model("est_measures", "InterventionKind")
    InterventionKind.objects.filter(
        code__in=[code for code, _ in KINDS], interventions__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("est_measures", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
