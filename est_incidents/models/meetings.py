"""Models of the fortnightly EST meetings, their reports and actions.

- ``EstMeeting``: one fortnightly meeting with its period; when the coordinator marks it held,
  the situation picture of its period is frozen into it (``frozen_picture`` + ``picture_computed_at``).
- ``EstMeetingReport``: per organisation, "vad har hänt i vår verksamhet", written by its own users.
- ``EstAction``: what was agreed, by whom and by when. Deliberately separate from the council's
  ``bra_council`` action model: EST actions belong to a fortnightly working meeting and are
  followed up there, council actions to a council decision.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions
from hjo_safety.cache import version_triggers
from hjo_safety.dates import Period, date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation

NOT_STARTED_MESSAGE = _(
    "Mötet kan markeras som genomfört först när det har börjat. Vänta till mötets starttid."
)


HELD_REPORT_MESSAGE = _(
    "Mötet är genomfört. Rapporterna sparas som de var vid mötet och kan inte ändras."
)


class EstMeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Meetings are shared by all participating organisations (and the coordinator)."""
        return permissions.members_only(self, user)

    def held(self):
        return self.filter(status=EstMeeting.Status.HELD)

    def that_counted(self, incident):
        """The held meetings whose frozen situation picture counted ``incident``: its day
        (Stockholm) lies in the meeting's period, and it was registered before the picture was
        frozen. Without the frozen picture itself (a large JSON document per meeting)."""
        day = timezone.localdate(incident.occurred_at)
        return (
            self.held()
            .filter(
                period_start__lte=day,
                period_end__gte=day,
                picture_computed_at__gte=incident.created_at,
            )
            .defer("frozen_picture")
            .order_by("starts_at", "pk")
        )

    def planned(self):
        return self.filter(status=EstMeeting.Status.PLANNED)

    def previous_to(self, starts_at):
        return self.filter(starts_at__lt=starts_at).order_by("-starts_at")


class EstMeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planerat")
    HELD = "held", _("Genomfört")


class EstMeeting(models.Model):
    """A fortnightly EST meeting: its period, the organisations present, and once held, its picture."""

    Status = EstMeetingStatus

    starts_at = models.DateTimeField(_("datum och tid"))
    location = models.CharField(
        _("plats"), max_length=200, blank=True, help_text=_("T.ex. ”Stadshuset, rum Vättern”.")
    )
    period_start = models.DateField(
        _("periodens första dag"),
        help_text=_("Lägesbilden gäller händelser från och med denna dag."),
    )
    period_end = models.DateField(
        _("periodens sista dag"),
        help_text=_("Lägesbilden gäller händelser till och med denna dag."),
    )
    organisations_present = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="est_meetings",
        verbose_name=_("närvarande organisationer"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    notes = models.TextField(_("anteckningar"), blank=True)
    frozen_picture = models.JSONField(
        _("fryst lägesbild"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Lägesbilden som mötet såg, sparad när mötet markerades som genomfört."),
    )
    picture_computed_at = models.DateTimeField(
        _("lägesbilden beräknad"), null=True, blank=True, editable=False
    )
    held_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("markerat genomfört av"),
        editable=False,
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["frozen_picture"])

    objects = EstMeetingQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-starts_at"]
        verbose_name = _("EST-möte")
        verbose_name_plural = _("EST-möten")
        indexes = [
            models.Index(fields=["-starts_at"], name="estmeeting_starts_idx"),
            models.Index(fields=["status", "-starts_at"], name="estmeeting_status_idx"),
        ]
        constraints = [
            *date_range_constraints(
                "estmeeting",
                dates=("period_start", "period_end"),
                datetimes=("starts_at", "picture_computed_at", "created_at"),
            ),
            models.UniqueConstraint(fields=["starts_at"], name="estmeeting_unique_starts_at"),
            models.CheckConstraint(
                condition=Q(status__in=EstMeetingStatus.values), name="estmeeting_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="estmeeting_period_in_order",
            ),
            models.CheckConstraint(
                condition=Q(status="planned")
                | Q(frozen_picture__isnull=False, picture_computed_at__isnull=False),
                name="estmeeting_held_has_picture",
            ),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return _("EST-möte %(date)s") % {"date": f"{local:%Y-%m-%d %H:%M}"}

    @property
    def is_held(self):
        return self.status == self.Status.HELD

    @property
    def has_started(self) -> bool:
        return self.starts_at is not None and self.starts_at <= timezone.now()

    def clean(self):
        super().clean()
        if self.is_held and self.starts_at and not self.has_started:
            raise ValidationError(NOT_STARTED_MESSAGE, code="not_started")

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @classmethod
    def default_period(cls, starts_at):
        """Period for a new meeting: the day after the previous meeting's period, up to the
        day before this meeting; without a previous meeting, the 14 days before it."""
        end = timezone.localdate(starts_at) - timedelta(days=1)
        previous = cls.objects.previous_to(starts_at).first()
        if previous is not None and previous.period_end < end:
            return previous.period_end + timedelta(days=1), end
        default = Period.default(end)
        return default.start, default.end


class EstMeetingReportQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Reports are read by everyone at the meeting: all participating organisations."""
        return permissions.members_only(self, user)

    def editable_by(self, user):
        """Only the organisation's own users (and the coordinator) write its report."""
        return permissions.scope_to_organisations(self, user)


class EstMeetingReport(models.Model):
    """One organisation's short report to a meeting: what has happened in our operations."""

    meeting = models.ForeignKey(
        EstMeeting, on_delete=models.CASCADE, related_name="reports", verbose_name=_("möte")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="est_reports",
        verbose_name=_("organisation"),
    )
    text = models.TextField(
        _("vad har hänt i vår verksamhet?"),
        help_text=_(
            "Kort: händelser, iakttagelser och oro sedan förra mötet. "
            "Skriv inte namn, personnummer eller telefonnummer."
        ),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("senast ändrad av"),
    )
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
    history = HistoricalRecords()

    objects = EstMeetingReportQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["meeting", "organisation__name"]
        verbose_name = _("rapport till EST-möte")
        verbose_name_plural = _("rapporter till EST-möten")
        constraints = [
            *date_range_constraints("estmeetingreport", datetimes=("updated_at",)),
            models.UniqueConstraint(
                fields=["meeting", "organisation"], name="estreport_unique_per_organisation"
            ),
        ]
        indexes = [models.Index(fields=["organisation", "meeting"], name="estreport_org_idx")]

    def __str__(self):
        return f"{self.organisation.display_name} – {self.meeting}"

    def save(self, *args, **kwargs):
        # The admin and the portal refuse this through clean(); code that skips it is refused
        # here, and the database refuses a raw UPDATE (migration 0006).
        if self.meeting_is_held():
            raise ValidationError(HELD_REPORT_MESSAGE, code="meeting_held")
        super().save(*args, **kwargs)

    def meeting_is_held(self) -> bool:
        """Is the meeting (as stored, and as this report would be moved to) already held?"""
        ids = {self.meeting_id}
        if self.pk:
            ids |= set(
                EstMeetingReport.objects.filter(pk=self.pk).values_list("meeting_id", flat=True)
            )
        return EstMeeting.objects.filter(pk__in=ids - {None}, status=EstMeetingStatus.HELD).exists()

    def clean(self):
        super().clean()
        if self.meeting_is_held():
            raise ValidationError(HELD_REPORT_MESSAGE, code="meeting_held")


class EstActionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Actions agreed at EST meetings are shared with all participating organisations."""
        return permissions.members_only(self, user)

    def editable_by(self, user):
        """The responsible organisation's users (and the coordinator) update an action's status;
        ``est_incidents.policy.may_update_action`` answers the same for one action."""
        return permissions.scope_to_organisations(self, user, "responsible_organisation")

    def open(self):
        return self.filter(status=EstAction.Status.OPEN)

    def for_list(self):
        # Not the meeting's frozen situation picture: a large JSON document per action.
        return self.select_related("responsible_organisation", "meeting").defer(
            "meeting__frozen_picture"
        )


class EstActionStatus(models.TextChoices):
    OPEN = "open", _("Pågår")
    DONE = "done", _("Klar")
    DROPPED = "dropped", _("Avbruten")


class EstAction(models.Model):
    """An action agreed at an EST meeting: what, which organisation, by when, and its status."""

    Status = EstActionStatus

    meeting = models.ForeignKey(
        EstMeeting, on_delete=models.CASCADE, related_name="actions", verbose_name=_("möte")
    )
    what = models.CharField(_("vad ska göras?"), max_length=300)
    responsible_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="est_actions",
        verbose_name=_("ansvarig organisation"),
    )
    due_date = models.DateField(_("klart senast"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    status_changed_at = models.DateTimeField(_("status ändrad"), null=True, blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    history = HistoricalRecords()

    objects = EstActionQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["status", "due_date", "pk"]
        verbose_name = _("EST-åtgärd")
        verbose_name_plural = _("EST-åtgärder")
        indexes = [
            models.Index(fields=["status", "due_date"], name="estaction_status_due_idx"),
            models.Index(
                fields=["responsible_organisation", "status"], name="estaction_org_status_idx"
            ),
        ]
        constraints = [
            *date_range_constraints(
                "estaction", dates=("due_date",), datetimes=("status_changed_at", "created_at")
            ),
            models.CheckConstraint(
                condition=Q(status__in=EstActionStatus.values),
                name="estaction_status_valid",
            ),
        ]

    def __str__(self):
        return self.what

    @property
    def is_overdue(self):
        return (
            self.status == self.Status.OPEN
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )


class EstMeetingPresence(EstMeeting.organisations_present.through):
    """Which organisations were present at an EST meeting, with the version trigger."""

    class Meta:
        proxy = True
        verbose_name = _("närvarande organisation")
        verbose_name_plural = _("närvarande organisationer")
        triggers = version_triggers()
