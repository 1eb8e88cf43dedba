"""The user's own choice of e-mail."""

from django import forms

from notifications.models import NotificationSettings


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = [
            "incident_status",
            "incident_note",
            "incident_shared",
            "council",
            "action_reminder",
            "coverage_reminder",
            "tip_forwarded",
            "tip_received",
            "handles_shares",
            "digest",
        ]
        widgets = {"digest": forms.RadioSelect}

    def __init__(self, *args, moderator=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not moderator:  # only those who moderate tips are told of new ones
            del self.fields["tip_received"]
