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
            "digest",
        ]
        widgets = {"digest": forms.RadioSelect}
