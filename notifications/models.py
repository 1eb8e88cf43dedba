"""What each user wants to hear about, and the outbox of e-mail to send.

Every message is written to ``OutboxMessage`` inside the transaction of the event that caused
it, with a unique ``event_key``: an event never yields two messages, a rolled-back write yields
none, and a message that could not be sent stays in the table until ``send_notifications``
delivers it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MailKind(models.TextChoices):
    INCIDENT_STATUS = "incident_status", _("Status på mina händelser ändras")
    INCIDENT_NOTE = "incident_note", _("Hanteringsanteckning på mina händelser")
    INCIDENT_SHARED = "incident_shared", _("Mina händelser delas vidare")
    DIGEST = "digest", _("Sammanfattning av nya händelser (organisationsadministratörer)")
    COUNCIL = "council", _("Dagordning och protokoll från brottsförebyggande rådet")
    ACTION_REMINDER = "action_reminder", _("Påminnelser om åtgärder")
    COVERAGE_REMINDER = (
        "coverage_reminder",
        _("Påminnelser om att rapportera händelser (organisationsadministratörer)"),
    )
    TIP_FORWARDED = (
        "tip_forwarded",
        _("Medborgartips som skickats till min organisation (organisationsadministratörer)"),
    )
    ACCOUNT = "account", _("Inbjudan och lösenordslänk")


# Kinds a user can switch off; account mail (invitations, password links) always goes out.
OPTIONAL_KINDS = [kind for kind in MailKind if kind != MailKind.ACCOUNT]


class DigestFrequency(models.TextChoices):
    DAILY = "daily", _("Varje dag")
    WEEKLY = "weekly", _("Varje vecka")
    NONE = "none", _("Aldrig")


class NotificationSettings(models.Model):
    """One user's choices; a user without a row gets every kind and a daily digest."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_settings",
        verbose_name=_("användare"),
    )
    incident_status = models.BooleanField(
        _("när status ändras på en händelse jag rapporterat"), default=True
    )
    incident_note = models.BooleanField(
        _("när någon skriver en hanteringsanteckning på en händelse jag rapporterat"), default=True
    )
    incident_shared = models.BooleanField(
        _("när en händelse jag rapporterat delas med en annan organisation"), default=True
    )
    council = models.BooleanField(_("dagordning och protokoll från rådet"), default=True)
    action_reminder = models.BooleanField(
        _("påminnelser om åtgärder som min organisation ansvarar för"), default=True
    )
    coverage_reminder = models.BooleanField(
        _("påminnelser från säkerhetsstrategen när min organisation rapporterat färre händelser"),
        default=True,
    )
    tip_forwarded = models.BooleanField(
        _("när ett medborgartips skickas vidare till min organisation"),
        default=True,
        help_text=_("Skickas till organisationsadministratörer."),
    )
    digest = models.CharField(
        _("sammanfattning av nya händelser"),
        max_length=10,
        choices=DigestFrequency.choices,
        default=DigestFrequency.DAILY,
        help_text=_("Skickas till organisationsadministratörer."),
    )

    class Meta:
        verbose_name = _("aviseringsinställning")
        verbose_name_plural = _("aviseringsinställningar")
        ordering = ["user"]
        constraints = [
            models.CheckConstraint(
                condition=Q(digest__in=DigestFrequency.values),
                name="notificationsettings_digest_valid",
            )
        ]

    def __str__(self):
        return str(self.user)

    def wants(self, kind: str) -> bool:
        if kind == MailKind.ACCOUNT:
            return True
        if kind == MailKind.DIGEST:
            return self.digest != DigestFrequency.NONE
        return getattr(self, kind)

    def turn_off(self, kind: str) -> None:
        if kind == MailKind.DIGEST:
            self.digest = DigestFrequency.NONE
        elif kind in OPTIONAL_KINDS:
            setattr(self, kind, False)
        self.save()

    @classmethod
    def for_user(cls, user) -> "NotificationSettings":
        """The user's settings; unsaved defaults when they have chosen nothing yet."""
        try:
            return user.notification_settings
        except cls.DoesNotExist:
            return cls(user=user)


class OutboxMessage(models.Model):
    """One e-mail to one address, queued until a delivery attempt succeeds."""

    event_key = models.CharField(
        _("händelsenyckel"),
        max_length=200,
        unique=True,
        help_text=_(
            "Identifierar händelsen och mottagaren: samma nyckel skickas aldrig två gånger."
        ),
    )
    kind = models.CharField(_("slag"), max_length=20, choices=MailKind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("mottagare"),
    )
    to_address = models.EmailField(_("e-postadress"))
    subject = models.CharField(_("ämne"), max_length=250)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"))
    unsubscribe_url = models.URLField(_("avregistreringslänk"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    sent_at = models.DateTimeField(_("skickad"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("försök"), default=0)
    last_error = models.TextField(_("senaste fel"), blank=True)

    class Meta:
        verbose_name = _("utgående e-post")
        verbose_name_plural = _("utgående e-post")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["created_at"], name="outbox_unsent_idx", condition=Q(sent_at__isnull=True)
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=MailKind.values), name="outboxmessage_kind_valid"
            )
        ]

    def __str__(self):
        return f"{self.subject} → {self.to_address}"


class DigestRun(models.Model):
    """When a user's last digest covered up to, so the next one starts there."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("användare"),
    )
    covered_until = models.DateTimeField(_("omfattar fram till"))

    class Meta:
        verbose_name = _("skickad sammanfattning")
        verbose_name_plural = _("skickade sammanfattningar")
        ordering = ["user"]

    def __str__(self):
        return f"{self.user}: {self.covered_until:%Y-%m-%d %H:%M}"
