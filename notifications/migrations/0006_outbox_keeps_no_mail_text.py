"""The outbox keeps no copy of a mail's text (issue 21, B6)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("notifications", "0005_drop_unsent_mail_with_stored_text")]

    operations = [
        migrations.RemoveField(model_name="outboxmessage", name="body_html"),
        migrations.RemoveField(model_name="outboxmessage", name="body_text"),
    ]
