"""Existing agendas' closing items ("Övriga frågor", "Mötets avslutande") are marked as such, so
that new items land before them. Only the flag is written: the lock on approved minutes
(0004) guards minutes, decisions and moves, not this."""

from django.db import migrations

CLOSING_TITLES = ["övriga frågor", "mötets avslutande", "mötets avslutning", "avslutning"]


def mark_closing(apps, schema_editor):
    AgendaItem = apps.get_model("bra_council", "AgendaItem")
    for item in AgendaItem.objects.filter(is_closing=False).only("pk", "title"):
        if item.title.strip().lower() in CLOSING_TITLES:
            AgendaItem.objects.filter(pk=item.pk).update(is_closing=True)


class Migration(migrations.Migration):
    dependencies = [("bra_council", "0007_agenda_item_is_closing")]

    operations = [migrations.RunPython(mark_closing, migrations.RunPython.noop)]
