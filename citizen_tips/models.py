"""Citizens' tips about unsafe places (medborgartips) and the organisations that moderate them.

A tip is sent by anyone, without an account, at ``/tipsa/``: where (a named place, a point on
the map or a free description), what kind of unsafe place it is, when it feels unsafe, a free
text, and optionally an e-mail address to hear back. The citizen keeps a status link
(``/tipsa/status/<token>/``); only a hash of the token is stored, so the database alone does not
open anyone's status page.

Lifecycle: ``new`` → ``accepted`` (it became an incident in the EST mapping, perhaps shared with
the organisation that can act), ``forwarded`` (sent to the organisation that can act, with a
note, without counting in the mapping: its members read it at ``/personal/tips/``) or
``rejected`` (with an internal reason); an answer to the citizen may be given at any time before the tip is
closed; closing tells the citizen what was done (``closing_note``, by mail when there is an address)
and removes the e-mail address right after that mail has gone out. A citizen who gives an
address gets a receipt by mail with the status link and the tip's short ``reference``. The free text is cleared by ``purge_citizen_tips`` after ``TIP_TEXT_RETENTION_MONTHS``.

Every change is recorded by django-simple-history with a change reason: that is the tip's
history on the staff page and its rows in the coordinator's audit log. The e-mail address and
the token hash are never copied into the history.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.models import Incident, Place
from hjo_safety import permissions
from hjo_safety.cache import version_triggers
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation

TEXT_MAX_LENGTH = 2000
PLACE_DESCRIPTION_MAX_LENGTH = 200
ANSWER_MAX_LENGTH = 2000
TOKEN_BYTES = 24  # 192 bits of randomness, 32 URL-safe characters


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class TipModeratorQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(organisation__in=permissions.organisation_ids(user))


class TipModerator(models.Model):
    """An organisation whose members moderate citizens' tips, appointed by the coordinator."""

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        related_name="tip_moderator",
        verbose_name=_("organisation"),
        help_text=_("Alla medlemmar i organisationen får granska och besvara medborgartips."),
    )
    appointed_at = models.DateTimeField(_("utsedd"), default=timezone.now, editable=False)
    history = HistoricalRecords()  # appointments and their withdrawal are in the audit log

    objects = TipModeratorQuerySet.as_manager()

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("organisation som granskar tips")
        verbose_name_plural = _("organisationer som granskar tips")

    def __str__(self):
        return str(self.organisation)


def can_moderate(user) -> bool:
    """Coordinators, and members of an organisation appointed to moderate tips."""
    if permissions.is_coordinator(user):
        return True
    if not permissions.organisation_ids(user):
        return False
    # Read with the user by the authentication backend (``citizen_tips.apps``), else once here.
    cached = getattr(user, "hjo_tip_moderator", None)
    if cached is None:
        cached = TipModerator.objects.for_user(user).exists()
        user.hjo_tip_moderator = cached
    return cached


class CitizenTipQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every tip for those who moderate tips; the tips forwarded to the user's organisations
        for their members; none for anyone else."""
        if can_moderate(user):
            return self
        return self.filter(forwarded_to__in=permissions.organisation_ids(user))

    def open(self):
        return self.filter(closed_at__isnull=True)

    def closed(self):
        return self.filter(closed_at__isnull=False)

    def with_token(self, token: str):
        """The tip whose status link holds ``token``, or None."""
        if not token or len(token) > 100:
            return None
        digest = hash_token(token)
        tip = self.filter(token_hash=digest).select_related("place").first()
        if tip is None or not secrets.compare_digest(tip.token_hash, digest):
            return None
        return tip

    def for_list(self):
        return self.select_related("place", "incident", "forwarded_to")


class CitizenTip(models.Model):
    """A citizen's tip about a place that feels unsafe."""

    class Kind(models.TextChoices):
        LIGHTING = "lighting", _("Mörkt eller trasig belysning")
        HIDDEN = "hidden", _("Skymda platser, dålig sikt")
        VANDALISM = "vandalism", _("Skadegörelse och klotter")
        GATHERING = "gathering", _("Personer som samlas")
        TRAFFIC = "traffic", _("Trafik")
        OTHER = "other", _("Annat")

    class TimeOfDay(models.TextChoices):
        MORNING = "morning", _("Morgon (06–10)")
        DAY = "day", _("Dagtid (10–17)")
        EVENING = "evening", _("Kväll (17–22)")
        NIGHT = "night", _("Natt (22–06)")
        ALWAYS = "always", _("Hela dygnet / vet inte")

    class State(models.TextChoices):
        NEW = "new", _("Ny")
        ACCEPTED = "accepted", _("Godkänd")
        FORWARDED = "forwarded", _("Vidarebefordrad")
        REJECTED = "rejected", _("Avvisad")

    token_hash = models.CharField(_("nyckelns kontrollsumma"), max_length=64, unique=True)
    kind = models.CharField(_("vad gör platsen otrygg?"), max_length=20, choices=Kind.choices)
    time_of_day = models.CharField(
        _("när känns det otryggt?"), max_length=20, choices=TimeOfDay.choices
    )
    place = models.ForeignKey(
        Place,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="citizen_tips",
        verbose_name=_("plats"),
    )
    place_description = models.CharField(
        _("platsbeskrivning"), max_length=PLACE_DESCRIPTION_MAX_LENGTH, blank=True
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    text = models.TextField(_("beskrivning"), blank=True)
    email = models.EmailField(
        _("e-post för svar"),
        blank=True,
        help_text=_("Tas bort när tipset avslutas."),
    )
    state = models.CharField(_("status"), max_length=10, choices=State.choices, default="new")
    rejection_reason = models.TextField(
        _("skäl att avvisa"), blank=True, help_text=_("Internt: visas inte för medborgaren.")
    )
    moderated_at = models.DateTimeField(_("granskat"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("granskat av"),
    )
    incident = models.OneToOneField(
        Incident,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="citizen_tip",
        verbose_name=_("händelse i kartläggningen"),
    )
    forwarded_to = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forwarded_tips",
        verbose_name=_("vidarebefordrat till"),
        help_text=_("Organisationen som kan åtgärda platsen; dess medlemmar kan läsa tipset."),
    )
    forward_note = models.TextField(
        _("meddelande till mottagaren"),
        blank=True,
        help_text=_("Skickas med tipset. Inga personuppgifter."),
    )
    answer = models.TextField(_("svar till medborgaren"), blank=True)
    answered_at = models.DateTimeField(_("besvarat"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("besvarat av"),
    )
    answer_mailed_at = models.DateTimeField(_("svaret mejlat"), null=True, blank=True)
    closed_at = models.DateTimeField(_("avslutat"), null=True, blank=True)
    closing_note = models.TextField(
        _("vad som gjordes"),
        blank=True,
        help_text=_(
            "Visas för medborgaren när tipset avslutas, på statussidan och i mejlet. "
            "Inga personuppgifter."
        ),
    )
    closing_mailed_at = models.DateTimeField(_("avslutet mejlat"), null=True, blank=True)
    text_purged_at = models.DateTimeField(_("fritext gallrad"), null=True, blank=True)
    created_at = models.DateTimeField(_("inkommet"), default=timezone.now)
    history = HistoricalRecords(excluded_fields=["email", "token_hash"])

    objects = CitizenTipQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-created_at", "-pk"]
        verbose_name = _("medborgartips")
        verbose_name_plural = _("medborgartips")
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="citizentip_created_idx"),
            models.Index(fields=["state", "-created_at"], name="citizentip_state_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind__in=["lighting", "hidden", "vandalism", "gathering", "traffic", "other"]
                ),
                name="citizentip_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(time_of_day__in=["morning", "day", "evening", "night", "always"]),
                name="citizentip_time_of_day_valid",
            ),
            models.CheckConstraint(
                condition=Q(state__in=["new", "accepted", "forwarded", "rejected"]),
                name="citizentip_state_valid",
            ),
            models.CheckConstraint(
                condition=~Q(state="forwarded") | Q(forwarded_to__isnull=False),
                name="citizentip_forwarded_has_receiver",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="citizentip_point_complete",
            ),
            models.CheckConstraint(
                condition=~Q(state="rejected") | ~Q(rejection_reason=""),
                name="citizentip_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("text"), TEXT_MAX_LENGTH),
                name="citizentip_text_length",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("answer"), ANSWER_MAX_LENGTH),
                name="citizentip_answer_length",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("tips:staff_detail", args=[self.pk])

    @property
    def is_closed(self):
        return self.closed_at is not None

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def where(self):
        """The place in words, for lists: the named place, else the description."""
        if self.place_id:
            return self.place.name
        return self.place_description or (_("Punkt på kartan") if self.has_point else "–")

    @property
    def citizen_state(self):
        """The state in the citizen's words (shown on the status page)."""
        if self.is_closed:
            return _("Avslutat")
        if self.state == self.State.ACCEPTED:
            return _("Granskat – platsen finns med i kommunens kartläggning")
        if self.state == self.State.FORWARDED:
            return _("Granskat – skickat vidare till den som kan åtgärda platsen")
        if self.state == self.State.REJECTED:
            return _("Granskat – tipset leder inte till någon åtgärd just nu")
        return _("Mottaget – inte granskat ännu")

    @property
    def reference(self) -> str:
        """The short reference number the citizen may quote (receipt, status page, mail)."""
        return f"T-{timezone.localtime(self.created_at):%y}-{self.pk:04d}"

    @property
    def answer_mail_pending(self):
        return bool(self.email and self.answer and self.answer_mailed_at is None)

    @property
    def closing_mail_pending(self):
        """The citizen is still to hear that the tip is closed (and what was done)."""
        return bool(self.email and self.is_closed and self.closing_mailed_at is None)

    @property
    def mail_pending(self):
        return self.answer_mail_pending or self.closing_mail_pending

    def staff_history(self):
        """The tip's history, oldest first: when, who, what (the change reason)."""
        return [
            {"when": r.history_date, "who": r.history_user, "what": r.history_change_reason}
            for r in self.history.select_related("history_user").order_by("history_date", "pk")
        ]
