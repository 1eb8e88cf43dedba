"""What each user wants to hear about, and the outbox of e-mail to send.

Every message is written to ``OutboxMessage`` inside the transaction of the event that caused
it, with a unique ``event_key``: an event never yields two messages, a rolled-back write yields
none, and a message that could not be sent stays in the table until ``send_notifications``
delivers it.

The outbox keeps no text that a person typed: a message names its template, the object it is
about and a few codes and ids (``params``); its text is composed from the live objects when it
is sent (``notifications.compose``), so a correction made before sending is what is sent, and
nothing is left to redact or purge afterwards. The stored subject is written without free text.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions


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
    TIP_RECEIVED = "tip_received", _("Nya medborgartips (de som granskar tips)")
    SHARE_RECEIVED = "share_received", _("Händelser som delas med min organisation")
    BULLETIN = "bulletin", _("Utskick till EST-deltagarna")
    ACCOUNT = "account", _("Inbjudan och lösenordslänk")
    # A citizen's subscription (``Subscription``): to an address, not a user; its own unsubscribe.
    SUBSCRIPTION = "subscription", _("Prenumeration för medborgare")


# Kinds a user can switch off; account mail (invitations, password links) always goes out.
OPTIONAL_KINDS = [
    kind for kind in MailKind if kind not in (MailKind.ACCOUNT, MailKind.SUBSCRIPTION)
]


class DigestFrequency(models.TextChoices):
    DAILY = "daily", _("Varje dag")
    WEEKLY = "weekly", _("Varje vecka")
    NONE = "none", _("Aldrig")


class BulletinDelivery(models.TextChoices):
    INSTANT = "instant", _("Direkt, ett mejl per utskick")
    WEEKLY = "weekly", _("En gång i veckan, samlat på måndagen (brådskande varningar direkt)")
    NONE = "none", _("Aldrig (utskicken finns ändå under ”Utskick” i portalen)")


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
    tip_received = models.BooleanField(
        _("när ett nytt medborgartips kommer in"),
        default=True,
        help_text=_("Skickas till dem som granskar medborgartips."),
    )
    handles_shares = models.BooleanField(
        _("jag hanterar händelser som delas med min organisation"),
        default=False,
        help_text=_(
            "Du får ett mejl när en annan organisation delar en händelse med er. Har ingen i "
            "organisationen valt det får organisationens administratörer mejlet."
        ),
    )
    digest = models.CharField(
        _("sammanfattning av nya händelser"),
        max_length=10,
        choices=DigestFrequency.choices,
        default=DigestFrequency.DAILY,
        help_text=_("Skickas till organisationsadministratörer."),
    )
    bulletin = models.CharField(
        _("utskick från kommunpolisen och säkerhetsstrategen"),
        max_length=10,
        choices=BulletinDelivery.choices,
        default=BulletinDelivery.INSTANT,
    )

    class Meta:
        verbose_name = _("aviseringsinställning")
        verbose_name_plural = _("aviseringsinställningar")
        ordering = ["user"]
        constraints = [
            models.CheckConstraint(
                condition=Q(digest__in=DigestFrequency.values),
                name="notificationsettings_digest_valid",
            ),
            models.CheckConstraint(
                condition=Q(bulletin__in=BulletinDelivery.values),
                name="notificationsettings_bulletin_valid",
            ),
        ]

    def __str__(self):
        return str(self.user)

    def wants(self, kind: str) -> bool:
        if kind == MailKind.ACCOUNT:
            return True
        if kind == MailKind.SHARE_RECEIVED:
            # Chosen per member; the fallback to the organisation's admins is the handler's.
            return True
        if kind == MailKind.DIGEST:
            return self.digest != DigestFrequency.NONE
        if kind == MailKind.BULLETIN:
            return self.bulletin != BulletinDelivery.NONE
        return getattr(self, kind)

    def turn_off(self, kind: str) -> None:
        if kind == MailKind.DIGEST:
            self.digest = DigestFrequency.NONE
        elif kind == MailKind.BULLETIN:
            self.bulletin = BulletinDelivery.NONE
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


class MailTemplate(models.TextChoices):
    """Which composer (``notifications.compose``) writes a message's text when it is sent."""

    INCIDENT_STATUS = "incident_status", _("Status ändrad")
    INCIDENT_NOTE = "incident_note", _("Hanteringsanteckning")
    SHARE_NOTE = "share_note", _("Mottagarens hanteringsanteckning")
    INCIDENT_SHARED = "incident_shared", _("Händelse delad")
    DIGEST = "digest", _("Sammanfattning")
    COUNCIL_AGENDA = "council_agenda", _("Dagordning")
    COUNCIL_MINUTES = "council_minutes", _("Protokoll")
    ACTION_REMINDER = "action_reminder", _("Påminnelse om åtgärd")
    COVERAGE_REMINDER = "coverage_reminder", _("Påminnelse om att rapportera")
    AGREEMENT_REMINDER = "agreement_reminder", _("Påminnelse: samverkansöverenskommelsen upphör")
    TIP_FORWARDED = "tip_forwarded", _("Medborgartips vidarebefordrat")
    TIP_RECEIVED = "tip_received", _("Nytt medborgartips")
    SHARE_RECEIVED = "share_received", _("Händelse delad med er")
    BULLETIN = "bulletin", _("Utskick")
    BULLETIN_WEEK = "bulletin_week", _("Veckans utskick")
    INVITATION = "invitation", _("Inbjudan")
    PASSWORD_LINK = "password_link", _("Lösenordslänk")
    SUBSCRIPTION_CONFIRM = "subscription_confirm", _("Bekräfta prenumeration")
    SUBSCRIPTION_FOLLOW_UP = "subscription_follow_up", _("Prenumeration: uppföljning av löfte")
    SUBSCRIPTION_AGENDA = "subscription_agenda", _("Prenumeration: dagordning")
    SUBSCRIPTION_MINUTES = "subscription_minutes", _("Prenumeration: protokoll")
    SUBSCRIPTION_WALK = "subscription_walk", _("Prenumeration: trygghetsvandring")
    SUBSCRIPTION_FIGURES = "subscription_figures", _("Prenumeration: nya siffror")
    # Queued before texts were composed at send time; never sent (migration 0005).
    LEGACY = "legacy", _("Köat före mallarna")


class DropReason(models.TextChoices):
    NOT_VISIBLE = "not_visible", _("Mottagaren får inte längre se det mejlet gäller")
    GONE = "gone", _("Det mejlet gäller finns inte längre")
    RECIPIENT_INACTIVE = "recipient_inactive", _("Mottagaren är inaktiv eller har valt bort mejlet")
    LEGACY = "legacy", _("Köat före texten komponerades vid sändning")


class OutboxMessage(models.Model):
    """One e-mail to one address, queued until a delivery attempt succeeds.

    Its text is composed when it is sent, from the object it is ``about`` (and only if the
    recipient may still see that object); a message that may no longer go out is dropped
    (``dropped_at``, ``drop_reason``), never sent.
    """

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
    subject = models.CharField(
        _("ämne"),
        max_length=250,
        help_text=_("Utan fritext: texten skrivs när mejlet skickas och sparas inte."),
    )
    template = models.CharField(_("mall"), max_length=30, choices=MailTemplate.choices)
    about_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gäller (typ)"),
    )
    about_id = models.PositiveBigIntegerField(_("gäller (id)"), null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    params = models.JSONField(
        _("parametrar"),
        default=dict,
        blank=True,
        help_text=_("Id:n, koder och datum som mallen behöver; aldrig fritext."),
    )
    unsubscribe_url = models.URLField(_("avregistreringslänk"), max_length=500, blank=True)
    subscription = models.ForeignKey(
        "Subscription",
        on_delete=models.CASCADE,  # the address goes with the subscription
        null=True,
        blank=True,
        related_name="messages",
        verbose_name=_("prenumeration"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    sent_at = models.DateTimeField(_("skickad"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("försök"), default=0)
    last_error = models.TextField(_("senaste fel"), blank=True)
    dropped_at = models.DateTimeField(_("stoppad"), null=True, blank=True)
    drop_reason = models.CharField(
        _("varför stoppad"), max_length=20, choices=DropReason.choices, blank=True
    )

    class Meta:
        verbose_name = _("utgående e-post")
        verbose_name_plural = _("utgående e-post")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["created_at"],
                name="outbox_pending_idx",
                condition=Q(sent_at__isnull=True, dropped_at__isnull=True),
            ),
            models.Index(fields=["about_type", "about_id"], name="outbox_about_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=MailKind.values), name="outboxmessage_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(template__in=MailTemplate.values),
                name="outboxmessage_template_valid",
            ),
            models.CheckConstraint(
                condition=Q(drop_reason="", dropped_at__isnull=True)
                | Q(drop_reason__in=DropReason.values, dropped_at__isnull=False),
                name="outboxmessage_drop_reason_valid",
            ),
            models.CheckConstraint(
                condition=Q(sent_at__isnull=True) | Q(dropped_at__isnull=True),
                name="outboxmessage_sent_or_dropped",
            ),
        ]

    def __str__(self):
        return f"{self.subject} → {self.to_address}"

    @property
    def state(self) -> str:
        if self.sent_at:
            return _("Skickad")
        if self.dropped_at:
            return _("Stoppad")
        return _("Väntar") if not self.attempts else _("Väntar (misslyckades)")


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


class Topic(models.TextChoices):
    FOLLOW_UP = "follow_up", _("Uppföljningar av ett medborgarlöfte")
    COUNCIL = "council", _("Publicerade dagordningar och justerade protokoll från rådet")
    SAFETY_WALK = "safety_walk", _("Publicerade trygghetsvandringar")
    FIGURES = "figures", _("Nya siffror i Trygghet i siffror (när de släpps)")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_before(self, moment):
        return self.filter(confirmed_at__isnull=True, created_at__lt=moment)


class Subscription(models.Model):
    """A citizen's e-mail subscription to one topic (issue 26), with double opt-in. New figures
    are for one area (``place``) or, without one, for the whole of Hjo.

    Nothing but the confirmation mail is sent before ``confirmed_at``; an unconfirmed row is
    deleted by ``send_notifications`` after ``SUBSCRIPTION_CONFIRM_HOURS``, and unsubscribing
    deletes the row and, with it, its outbox messages: an address is kept only while subscribed.
    """

    email = models.EmailField(_("e-postadress"))
    topic = models.CharField(_("ämne"), max_length=20, choices=Topic.choices)
    promise = models.ForeignKey(
        "citizen_promises.CitizenPromise",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("medborgarlöfte"),
        help_text=_("Bara för uppföljningar av ett medborgarlöfte."),
    )
    place = models.ForeignKey(
        "est_incidents.Place",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("område"),
        help_text=_("Bara för nya siffror: områdets siffror. Tomt: hela Hjo kommun."),
    )
    created_at = models.DateTimeField(_("anmäld"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bekräftad"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("prenumeration")
        verbose_name_plural = _("prenumerationer")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(topic__in=Topic.values), name="subscription_topic_valid"
            ),
            models.CheckConstraint(
                condition=Q(topic="follow_up", promise__isnull=False)
                | (~Q(topic="follow_up") & Q(promise__isnull=True)),
                name="subscription_promise_iff_follow_up",
            ),
            models.CheckConstraint(
                condition=Q(place__isnull=True) | Q(topic="figures"),
                name="subscription_place_only_figures",
            ),
            models.UniqueConstraint(
                fields=["email", "topic"],
                condition=Q(promise__isnull=True, place__isnull=True),
                name="subscription_unique_topic",
            ),
            models.UniqueConstraint(
                fields=["email", "place"],
                condition=Q(place__isnull=False),
                name="subscription_unique_place",
            ),
            models.UniqueConstraint(
                fields=["email", "promise"],
                condition=Q(promise__isnull=False),
                name="subscription_unique_promise",
            ),
        ]
        indexes = [models.Index(fields=["topic", "confirmed_at"], name="subscription_topic_idx")]

    def __str__(self):
        return f"{self.get_topic_display()} ({self.pk})"

    @property
    def label(self) -> str:
        if self.topic == Topic.FOLLOW_UP and self.promise is not None:
            return _("Uppföljningar av ”%(promise)s”") % {"promise": self.promise}
        if self.topic == Topic.FIGURES and self.place is not None:
            return _("Nya siffror för %(area)s i Trygghet i siffror (när de släpps)") % {
                "area": self.place
            }
        return self.get_topic_display()


# --- Bulletins between the EST meetings (issue 25, point 2) ---------------------------------


class BulletinKind(models.TextChoices):
    WEEKEND = "weekend", _("Helgens läge")
    WARNING = "warning", _("Brådskande varning")
    WEEKLY = "weekly", _("Veckans lägesbild")


class BulletinQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A coordinator sees every bulletin; anyone else those addressed to one of their
        organisations, and those they sent."""
        if permissions.is_coordinator(user):
            return self
        if not permissions.is_member(user):
            return self.none()
        addressed = Bulletin.organisations.through.objects.filter(
            organisation_id__in=permissions.organisation_ids(user)
        ).values("bulletin_id")
        return self.filter(Q(pk__in=addressed) | Q(sent_by=user))


class Bulletin(models.Model):
    """A short message from the kommunpolis or the coordinator to the EST participants between
    the meetings. Mailed through the outbox (the text is read from this row when each mail is
    sent) and listed for the organisations it was addressed to. Not editable once sent."""

    kind = models.CharField(
        _("slag"), max_length=20, choices=BulletinKind.choices, default=BulletinKind.WEEKEND
    )
    title = models.CharField(_("rubrik"), max_length=120)
    text = models.TextField(_("text"), max_length=3000)
    to_all = models.BooleanField(_("till alla EST-deltagare"), default=False)
    organisations = models.ManyToManyField(
        "hjo_safety.Organisation", related_name="+", verbose_name=_("mottagande organisationer")
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("skickat av"),
    )
    sent_at = models.DateTimeField(_("skickat"), default=timezone.now)
    # The early warnings ("Ovanligt många") current when it was sent, as read by someone outside
    # every reporting organisation (``notifications.bulletin_warnings.early_warnings_now``):
    # ``{"start": date, "end": date, "items": [{"place", "category", "count", "usual"}]}``,
    # ``usual`` None when masked. Empty for a bulletin sent before warnings were carried.
    early_warnings = models.JSONField(
        _("tidiga varningar"), default=dict, blank=True, editable=False
    )

    objects = BulletinQuerySet.as_manager()

    class Meta:
        verbose_name = _("utskick")
        verbose_name_plural = _("utskick")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=BulletinKind.values), name="bulletin_kind_valid"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self):
        return reverse("notifications:bulletin_detail", args=[self.pk])
