"""The agenda item's links to an EST meeting and a citizen promise become nullable foreign keys
(``SET_NULL``); the columns keep their names and values."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("bra_council", "0002_drop_dangling_agenda_links"),
        ("citizen_promises", "0001_promises_activities_follow_ups"),
        ("est_incidents", "0003_est_meetings_police_events"),
    ]

    operations = [
        migrations.RenameField("agendaitem", "est_meeting_id", "est_meeting"),
        migrations.RenameField("agendaitem", "promise_id", "promise"),
        migrations.RenameField("historicalagendaitem", "est_meeting_id", "est_meeting"),
        migrations.RenameField("historicalagendaitem", "promise_id", "promise"),
        migrations.AlterField(
            model_name="agendaitem",
            name="est_meeting",
            field=models.ForeignKey(
                blank=True,
                help_text="Det EST-möte vars lägesbild punkten tar upp.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="council_agenda_items",
                to="est_incidents.estmeeting",
                verbose_name="EST-möte",
            ),
        ),
        migrations.AlterField(
            model_name="agendaitem",
            name="promise",
            field=models.ForeignKey(
                blank=True,
                help_text="Det medborgarlöfte som punkten gäller.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="council_agenda_items",
                to="citizen_promises.citizenpromise",
                verbose_name="medborgarlöfte",
            ),
        ),
        migrations.AlterField(
            model_name="historicalagendaitem",
            name="est_meeting",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="Det EST-möte vars lägesbild punkten tar upp.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="est_incidents.estmeeting",
                verbose_name="EST-möte",
            ),
        ),
        migrations.AlterField(
            model_name="historicalagendaitem",
            name="promise",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="Det medborgarlöfte som punkten gäller.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="citizen_promises.citizenpromise",
                verbose_name="medborgarlöfte",
            ),
        ),
    ]
