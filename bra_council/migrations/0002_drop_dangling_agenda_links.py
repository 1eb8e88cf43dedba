"""Data step before the agenda item links become foreign keys: clear links to EST meetings and
promises that no longer exist (the database could not stop those being deleted), and print which."""

from django.db import migrations


def drop_dangling_links(apps, schema_editor):
    AgendaItem = apps.get_model("bra_council", "AgendaItem")
    EstMeeting = apps.get_model("est_incidents", "EstMeeting")
    CitizenPromise = apps.get_model("citizen_promises", "CitizenPromise")
    db = schema_editor.connection.alias
    for field, target in (("est_meeting_id", EstMeeting), ("promise_id", CitizenPromise)):
        dangling = (
            AgendaItem.objects.using(db)
            .filter(**{f"{field}__isnull": False})
            .exclude(**{f"{field}__in": target.objects.using(db).values("pk")})
        )
        for item in dangling.order_by("pk"):
            print(
                f"\n  Agenda item {item.pk} ({item.title!r}): dropped link "
                f"{field}={getattr(item, field)} (no such {target.__name__})",
                end="",
            )
        dangling.update(**{field: None})


class Migration(migrations.Migration):
    dependencies = [
        ("bra_council", "0001_council_members_meetings_agenda_minutes_actions"),
        ("est_incidents", "0003_est_meetings_police_events"),
        ("citizen_promises", "0001_promises_activities_follow_ups"),
    ]

    operations = [migrations.RunPython(drop_dangling_links, migrations.RunPython.noop)]
