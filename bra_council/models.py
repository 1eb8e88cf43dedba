"""Models of the crime-prevention council (BRÅ): members by seat, meetings with ordered agendas,
attendance, minutes and decisions per agenda item, actions, minutes approval (justering) and
recorded corrections of approved minutes.

Meetings move forward one step at a time (planned → agenda published → held → minutes approved)
through ``CouncilMeeting.transition_to``; approval happens in ``services.sign_minutes`` once the
chair and the adjuster have both signed. After that the minutes are read-only
(``AgendaItem.clean``, the admin's read-only fields); a correction goes through
``services.correct_minutes``, which records a ``MinutesCorrection`` revision.
"""

import datetime
from itertools import accumulate

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hjo_safety import events
from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation
from hjo_safety.permissions import is_coordinator, organisation_ids, scope_to_organisations

FOLLOW_UP_TITLE = "Uppföljning av åtgärder"
# Positions are moved this far up while an agenda is re-ordered (below PositiveSmallInt max).
REORDER_OFFSET = 10_000


# --- Members --------------------------------------------------------------------------------


class SeatKind(models.TextChoices):
    """The council's seats, in the order the public page lists them."""

    POLITICAL_LEADERSHIP = "political_leadership", _("Politisk ledning")
    MUNICIPAL_MANAGEMENT = "municipal_management", _("Kommunens ledning")
    HEAD_OF_SERVICE = "head_of_service", _("Verksamhetschefer")
    SECURITY_STRATEGIST = "security_strategist", _("Säkerhetsstrateg")
    POLICE = "police", _("Polisen")
    BUSINESS = "business", _("Näringsliv")
    NON_PROFIT = "non_profit", _("Ideella organisationer")


class CouncilMemberQuerySet(models.QuerySet):
    def current(self, on: datetime.date | None = None):
        """Members whose term covers ``on`` (default: today)."""
        on = on or timezone.localdate()
        return self.filter(Q(term_end__isnull=True) | Q(term_end__gte=on), term_start__lte=on)

    def grouped_by_seat(self):
        """``[(seat label, [members])]`` in seat order, leaving out empty seats (one query)."""
        members = list(self.select_related("organisation"))
        groups = []
        for value, label in SeatKind.choices:
            in_seat = [m for m in members if m.seat_kind == value]
            if in_seat:
                groups.append((label, in_seat))
        return groups


class CouncilMember(models.Model):
    name = models.CharField(_("namn"), max_length=200)
    title = models.CharField(
        _("titel"),
        max_length=200,
        help_text=_("Visas publikt, t.ex. ”Kommunstyrelsens ordförande” eller ”Kommunpolis”."),
    )
    seat_kind = models.CharField(_("plats i rådet"), max_length=30, choices=SeatKind.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="council_members",
        verbose_name=_("organisation"),
    )
    term_start = models.DateField(_("mandat från"))
    term_end = models.DateField(
        _("mandat till"), null=True, blank=True, help_text=_("Tomt om mandatet löper tills vidare.")
    )
    is_chair = models.BooleanField(_("ordförande"), default=False)
    is_secretary = models.BooleanField(_("sekreterare"), default=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_seats",
        verbose_name=_("användare"),
        help_text=_(
            "Koppla till en användare för att ledamoten själv ska kunna justera protokoll."
        ),
    )
    history = HistoricalRecords()

    objects = CouncilMemberQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("rådsledamot")
        verbose_name_plural = _("rådsledamöter")
        constraints = [
            *date_range_constraints("councilmember", dates=("term_start", "term_end")),
            models.CheckConstraint(
                condition=Q(seat_kind__in=SeatKind.values), name="council_member_seat_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(term_end__isnull=True) | Q(term_end__gte=F("term_start")),
                name="council_member_term_end_after_start",
            ),
        ]
        indexes = [
            models.Index(fields=["term_start", "term_end"], name="council_member_term_idx"),
            models.Index(fields=["seat_kind"], name="council_member_seat_idx"),
        ]

    def __str__(self):
        return f"{self.name}, {self.title}"

    def clean(self):
        if self.term_end and self.term_start and self.term_end < self.term_start:
            raise ValidationError(
                {"term_end": _("Mandatet kan inte sluta före det börjar. Ändra datumen.")}
            )


# --- Meetings -------------------------------------------------------------------------------


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planerat")
    AGENDA_PUBLISHED = "agenda_published", _("Dagordning publicerad")
    HELD = "held", _("Genomfört")
    MINUTES_APPROVED = "minutes_approved", _("Protokoll justerat")


# Allowed next steps; anything else is refused by ``CouncilMeeting.transition_to``.
TRANSITIONS = {
    MeetingStatus.PLANNED: {MeetingStatus.AGENDA_PUBLISHED},
    MeetingStatus.AGENDA_PUBLISHED: {MeetingStatus.HELD},
    MeetingStatus.HELD: {MeetingStatus.MINUTES_APPROVED},
    MeetingStatus.MINUTES_APPROVED: set(),
}
PUBLIC_STATUSES = [
    MeetingStatus.AGENDA_PUBLISHED,
    MeetingStatus.HELD,
    MeetingStatus.MINUTES_APPROVED,
]


class InvalidTransition(ValidationError):
    """A meeting status change that the workflow does not allow."""


class CouncilMeetingQuerySet(models.QuerySet):
    def public(self):
        """Meetings whose agenda has been published (citizens see these, and the feed)."""
        return self.filter(status__in=PUBLIC_STATUSES)

    def visible_to(self, user):
        """Coordinators see every meeting, drafts included; everyone else the published ones."""
        return self if is_coordinator(user) else self.public()

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at")

    def in_year(self, year: int):
        return self.filter(starts_at__year=year)


class CouncilMeeting(models.Model):
    starts_at = models.DateTimeField(_("börjar"))
    ends_at = models.DateTimeField(_("slutar"))
    place = models.CharField(_("plats"), max_length=200, help_text=_("T.ex. ”Stadshuset, Hjo”."))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MeetingStatus.choices,
        default=MeetingStatus.PLANNED,
        help_text=_(
            "Planerat → dagordning publicerad → genomfört → protokoll justerat. "
            "Ändras med åtgärderna i mötesförteckningen."
        ),
    )
    public_notes = models.TextField(
        _("information till allmänheten"),
        blank=True,
        help_text=_("Visas på den publika mötessidan när dagordningen är publicerad."),
    )
    adjuster = models.ForeignKey(
        CouncilMember,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("justerare"),
        help_text=_("Ledamoten som justerar protokollet tillsammans med ordföranden."),
    )
    minutes_approved_at = models.DateTimeField(_("protokoll justerat"), null=True, blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("uppdaterad"), auto_now=True)
    history = HistoricalRecords()

    objects = CouncilMeetingQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-starts_at"]
        verbose_name = _("rådsmöte")
        verbose_name_plural = _("rådsmöten")
        constraints = [
            *date_range_constraints(
                "councilmeeting",
                datetimes=(
                    "starts_at",
                    "ends_at",
                    "minutes_approved_at",
                    "created_at",
                    "updated_at",
                ),
            ),
            models.CheckConstraint(
                condition=Q(status__in=MeetingStatus.values), name="council_meeting_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="council_meeting_ends_after_start"
            ),
            models.CheckConstraint(
                condition=~Q(status=MeetingStatus.MINUTES_APPROVED)
                | Q(minutes_approved_at__isnull=False),
                name="council_meeting_approved_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "starts_at"], name="council_meeting_status_idx"),
            models.Index(fields=["starts_at"], name="council_meeting_starts_idx"),
            models.Index(fields=["ends_at"], name="council_meeting_ends_idx"),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return _("Rådsmöte %(date)s") % {"date": local.strftime("%Y-%m-%d")}

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Mötet måste sluta efter att det börjar.")})

    def citizen_status(self, now=None) -> str:
        """The meeting in a citizen's words ("Kommande", "Genomfört, protokollet är klart"),
        not the workflow state ("Dagordning publicerad", "Protokoll justerat")."""
        now = now or timezone.now()
        if self.status == MeetingStatus.MINUTES_APPROVED:
            return _("Genomfört, protokollet är klart")
        if self.status == MeetingStatus.HELD or self.ends_at <= now:
            return _("Genomfört, protokollet är inte klart än")
        if self.starts_at <= now:
            return _("Pågår nu")
        return _("Kommande")

    # -- workflow --

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES

    @property
    def minutes_locked(self) -> bool:
        """Approved minutes are read-only: corrections only as a recorded revision."""
        return self.status == MeetingStatus.MINUTES_APPROVED

    def can_transition_to(self, status) -> bool:
        return status in TRANSITIONS[MeetingStatus(self.status)]

    def transition_to(self, status, *, now=None, acting_user=None):
        """Move one step forward in the workflow, or raise ``InvalidTransition``.

        ``acting_user`` is passed on to the listeners, so whoever made the change is not mailed
        about it."""
        status = MeetingStatus(status)
        if not self.can_transition_to(status):
            raise InvalidTransition(
                _("Ett möte med status ”%(current)s” kan inte få status ”%(new)s”.")
                % {"current": self.get_status_display(), "new": status.label},
                code="invalid_transition",
            )
        if status == MeetingStatus.AGENDA_PUBLISHED and not self.items.exists():
            raise InvalidTransition(
                _("Lägg till minst en punkt på dagordningen innan den publiceras."),
                code="empty_agenda",
            )
        now = now or timezone.now()
        if status == MeetingStatus.HELD and self.starts_at > now:
            raise InvalidTransition(
                _("Mötet kan markeras som genomfört först när det har börjat."), code="not_started"
            )
        self.status = status
        fields = ["status", "updated_at"]
        if status == MeetingStatus.MINUTES_APPROVED:
            self.minutes_approved_at = now
            fields.append("minutes_approved_at")
        self.save(update_fields=fields)
        # Listeners (e-mail to the members) queue their work in this transaction.
        if status == MeetingStatus.AGENDA_PUBLISHED:
            events.emit(events.COUNCIL_AGENDA_PUBLISHED, meeting=self, acting_user=acting_user)
        elif status == MeetingStatus.MINUTES_APPROVED:
            events.emit(events.COUNCIL_MINUTES_APPROVED, meeting=self, acting_user=acting_user)

    # -- agenda --

    def time_plan(self, items=None):
        """``[(item, start datetime, minutes elapsed before it)]``, from the planned minutes."""
        items = list(self.items.all()) if items is None else list(items)
        offsets = [0, *accumulate(item.planned_minutes for item in items)]
        return [
            (item, self.starts_at + datetime.timedelta(minutes=offsets[i]), offsets[i])
            for i, item in enumerate(items)
        ]

    def planned_minutes_total(self, items=None) -> int:
        items = self.items.all() if items is None else items
        return sum(item.planned_minutes for item in items)

    def reorder_items(self, items_in_order, *, untouched=None):
        """Give ``items_in_order`` (saved or not, all of this meeting's items) positions 1..n.

        Stored rows first move out of the way, so the unique (meeting, position) constraint
        holds at every step; the caller runs this in a transaction. ``untouched`` maps the pk
        of an unedited item to its stored position: if that stays the same, only the position
        is written back, without a new history record."""
        untouched = untouched or {}
        self.items.update(position=F("position") + REORDER_OFFSET)
        for n, item in enumerate(items_in_order, start=1):
            item.meeting = self
            item.position = n
            if item.pk is not None and untouched.get(item.pk) == n:
                AgendaItem.objects.filter(pk=item.pk).update(position=n)
            else:
                item.save()

    def renumber_items(self):
        """Close gaps: positions 1..n in their current order (after a deletion or an item added
        on its own page), the closing items last."""
        items = list(self.items.order_by("is_closing", "position", "pk"))
        if [item.position for item in items] != list(range(1, len(items) + 1)):
            self.reorder_items(items, untouched={item.pk: item.position for item in items})

    def next_position(self) -> int:
        last = self.items.aggregate(models.Max("position"))["position__max"]
        return (last or 0) + 1


class AgendaKind(models.TextChoices):
    INFORMATION = "information", _("Information")
    DISCUSSION = "discussion", _("Diskussion")
    DECISION = "decision", _("Beslut")


def may_read_internal_items(user) -> bool:
    """Internal agenda items: coordinators and members of organisations that hold a current
    council seat. Volunteers and other organisations' reporters read the public items only."""
    if is_coordinator(user):
        return True
    ids = organisation_ids(user)
    return bool(ids) and CouncilMember.objects.current().filter(organisation__in=ids).exists()


class AgendaItemQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def visible_to(self, user):
        """Every item for coordinators and council-seat organisations' members; else public."""
        return self if may_read_internal_items(user) else self.public()


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        CouncilMeeting, on_delete=models.CASCADE, related_name="items", verbose_name=_("möte")
    )
    position = models.PositiveSmallIntegerField(
        _("ordning"), help_text=_("Punktens nummer på dagordningen (1, 2, 3 …).")
    )
    title = models.CharField(_("rubrik"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    kind = models.CharField(
        _("typ"), max_length=20, choices=AgendaKind.choices, default=AgendaKind.INFORMATION
    )
    is_public = models.BooleanField(
        _("publik"),
        default=True,
        help_text=_("Interna punkter visas bara för personal, aldrig på den publika sidan."),
    )
    is_standing = models.BooleanField(
        _("stående punkt"),
        default=False,
        help_text=_("Stående punkter följer med när nästa möte skapas från detta."),
    )
    is_closing = models.BooleanField(
        _("avslutande punkt"),
        default=False,
        help_text=_(
            "Avslutande punkter, t.ex. ”Övriga frågor” och ”Mötets avslutande”, står sist: "
            "nya punkter hamnar före dem."
        ),
    )
    presenter_member = models.ForeignKey(
        CouncilMember,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="presented_items",
        verbose_name=_("föredragande ledamot"),
    )
    presenter_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="presented_council_items",
        verbose_name=_("föredragande organisation"),
        help_text=_("Välj antingen en ledamot eller en organisation."),
    )
    planned_minutes = models.PositiveSmallIntegerField(_("planerad tid (minuter)"), default=10)
    # SET_NULL, not PROTECT: an agenda item is part of the council's record and must outlive the
    # EST meeting or promise it refers to; deleting those only removes the link.
    est_meeting = models.ForeignKey(
        "est_incidents.EstMeeting",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_agenda_items",
        verbose_name=_("EST-möte"),
        help_text=_("Det EST-möte vars lägesbild punkten tar upp."),
    )
    promise = models.ForeignKey(
        "citizen_promises.CitizenPromise",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_agenda_items",
        verbose_name=_("medborgarlöfte"),
        help_text=_("Det medborgarlöfte som punkten gäller."),
    )
    minutes = models.TextField(_("protokollsanteckning"), blank=True)
    decision = models.TextField(_("beslut"), blank=True)
    follow_up_actions = models.ManyToManyField(
        "Action",
        blank=True,
        related_name="follow_up_items",
        verbose_name=_("åtgärder som följs upp"),
    )
    history = HistoricalRecords()

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["meeting", "position"]
        verbose_name = _("dagordningspunkt")
        verbose_name_plural = _("dagordningspunkter")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "position"], name="agenda_item_unique_position"
            ),
            models.CheckConstraint(condition=Q(position__gte=1), name="agenda_item_position_gte_1"),
            models.CheckConstraint(
                condition=Q(kind__in=AgendaKind.values), name="agenda_item_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(planned_minutes__gte=1) & Q(planned_minutes__lte=480),
                name="agenda_item_planned_minutes_range",
            ),
            models.CheckConstraint(
                condition=Q(presenter_member__isnull=True) | Q(presenter_organisation__isnull=True),
                name="agenda_item_one_presenter",
            ),
        ]
        indexes = [
            models.Index(fields=["meeting", "is_public"], name="agenda_item_public_idx"),
            models.Index(fields=["is_standing"], name="agenda_item_standing_idx"),
        ]

    def __str__(self):
        return f"{self.position}. {self.title}"

    def clean(self):
        errors = {}
        if self.presenter_member_id and self.presenter_organisation_id:
            errors["presenter_organisation"] = _(
                "Välj antingen en föredragande ledamot eller en organisation, inte båda."
            )
        if self.pk and self.meeting_id:
            stored = (
                AgendaItem.objects.filter(pk=self.pk)
                .values("minutes", "decision", "meeting__status")
                .first()
            )
            if stored and stored["meeting__status"] == MeetingStatus.MINUTES_APPROVED:
                for field in ("minutes", "decision"):
                    if getattr(self, field) != stored[field]:
                        errors[field] = _(
                            "Protokollet är justerat och kan inte ändras. Gör en rättelse i stället."
                        )
        if errors:
            raise ValidationError(errors)

    @property
    def presenter(self):
        return self.presenter_member or self.presenter_organisation


# --- Minutes: attendance, approval, corrections --------------------------------------------


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Närvarande")
    APOLOGIES = "apologies", _("Anmält förhinder")


class Attendance(models.Model):
    meeting = models.ForeignKey(
        CouncilMeeting, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("möte")
    )
    member = models.ForeignKey(
        CouncilMember,
        on_delete=models.PROTECT,
        related_name="attendance",
        verbose_name=_("ledamot"),
    )
    status = models.CharField(
        _("närvaro"),
        max_length=20,
        choices=AttendanceStatus.choices,
        default=AttendanceStatus.PRESENT,
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "status", "member__name"]
        verbose_name = _("närvaro")
        verbose_name_plural = _("närvaro")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"], name="attendance_unique_meeting_member"
            ),
            models.CheckConstraint(
                condition=Q(status__in=AttendanceStatus.values), name="attendance_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["meeting", "status"], name="attendance_status_idx")]

    def __str__(self):
        return f"{self.member.name}: {self.get_status_display()}"


class SignatureRole(models.TextChoices):
    CHAIR = "chair", _("Ordförande")
    ADJUSTER = "adjuster", _("Justerare")


class MinutesApproval(models.Model):
    """One signature of the minutes (justering): the chair's or the adjuster's."""

    meeting = models.ForeignKey(
        CouncilMeeting, on_delete=models.CASCADE, related_name="approvals", verbose_name=_("möte")
    )
    role = models.CharField(_("roll"), max_length=20, choices=SignatureRole.choices)
    member = models.ForeignKey(
        CouncilMember, on_delete=models.PROTECT, related_name="+", verbose_name=_("ledamot")
    )
    approved_at = models.DateTimeField(_("justerat"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerat av"),
    )

    class Meta:
        ordering = ["meeting", "-role"]  # the chair first
        verbose_name = _("justering")
        verbose_name_plural = _("justeringar")
        constraints = [
            *date_range_constraints("minutesapproval", datetimes=("approved_at",)),
            models.UniqueConstraint(
                fields=["meeting", "role"], name="minutes_approval_unique_role"
            ),
            models.CheckConstraint(
                condition=Q(role__in=SignatureRole.values), name="minutes_approval_role_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_role_display()}: {self.member.name}"


class MinutesCorrection(models.Model):
    """A recorded revision of approved minutes: what changed, why, by whom and when."""

    meeting = models.ForeignKey(
        CouncilMeeting,
        on_delete=models.CASCADE,
        related_name="corrections",
        verbose_name=_("möte"),
    )
    item = models.ForeignKey(
        AgendaItem,
        on_delete=models.CASCADE,
        related_name="corrections",
        verbose_name=_("dagordningspunkt"),
    )
    revision = models.PositiveSmallIntegerField(_("revision"))
    old_minutes = models.TextField(_("tidigare protokollsanteckning"), blank=True)
    new_minutes = models.TextField(_("ny protokollsanteckning"), blank=True)
    old_decision = models.TextField(_("tidigare beslut"), blank=True)
    new_decision = models.TextField(_("nytt beslut"), blank=True)
    reason = models.TextField(_("skäl till rättelsen"))
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("gjord av"),
    )
    made_at = models.DateTimeField(_("gjord"), default=timezone.now)

    class Meta:
        ordering = ["meeting", "revision"]
        verbose_name = _("rättelse av protokoll")
        verbose_name_plural = _("rättelser av protokoll")
        constraints = [
            *date_range_constraints("minutescorrection", datetimes=("made_at",)),
            models.UniqueConstraint(
                fields=["meeting", "revision"], name="minutes_correction_unique_revision"
            ),
            models.CheckConstraint(
                condition=Q(revision__gte=1), name="minutes_correction_revision_gte_1"
            ),
        ]

    def __str__(self):
        return _("Rättelse %(revision)s av %(meeting)s") % {
            "revision": self.revision,
            "meeting": self.meeting,
        }


# --- Actions --------------------------------------------------------------------------------


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Pågår")
    DONE = "done", _("Klar")
    DROPPED = "dropped", _("Avskriven")


class ActionQuerySet(models.QuerySet):
    def public(self):
        """What the public minutes show: actions of public items of approved minutes."""
        return self.filter(
            origin__is_public=True, origin__meeting__status=MeetingStatus.MINUTES_APPROVED
        )

    def visible_to(self, user):
        """Coordinators see every action; members their own organisations' actions and the
        public ones; everyone else the public ones (docs/council.md, "Who sees which actions")."""
        if is_coordinator(user):
            return self
        public = Q(origin__is_public=True, origin__meeting__status=MeetingStatus.MINUTES_APPROVED)
        return self.filter(public | Q(responsible_organisation__in=organisation_ids(user)))

    def of_my_organisations(self, user):
        """The user's own organisations' actions (every action for a coordinator)."""
        return scope_to_organisations(self, user, "responsible_organisation")

    def open(self):
        return self.filter(status=ActionStatus.OPEN)

    def due_within(self, days: int, today: datetime.date | None = None):
        """Due on or before ``today + days`` (overdue ones included)."""
        today = today or timezone.localdate()
        return self.filter(due_date__lte=today + datetime.timedelta(days=days))


class Action(models.Model):
    what = models.CharField(_("vad"), max_length=300)
    responsible_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="council_actions",
        verbose_name=_("ansvarig organisation"),
    )
    responsible_person = models.CharField(
        _("ansvarig person"), max_length=200, blank=True, help_text=_("Namn och gärna funktion.")
    )
    due_date = models.DateField(_("klart senast"))
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    origin = models.ForeignKey(
        AgendaItem,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("ursprung (dagordningspunkt)"),
    )
    # What carried the action out and which promise activities it serves. The links live here,
    # on the top layer, so est_measures and citizen_promises never depend on the council.
    interventions = models.ManyToManyField(
        "est_measures.Intervention",
        blank=True,
        related_name="council_actions",
        verbose_name=_("insatser"),
        help_text=_("Insatserna som genomför åtgärden. Deras platser ger åtgärdens effekt."),
    )
    promise_activities = models.ManyToManyField(
        "citizen_promises.PromiseActivity",
        blank=True,
        related_name="council_actions",
        verbose_name=_("aktiviteter i medborgarlöften"),
        help_text=_("Aktiviteter i medborgarlöften som åtgärden genomför."),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("uppdaterad"), auto_now=True)
    history = HistoricalRecords()

    objects = ActionQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["due_date", "pk"]
        verbose_name = _("åtgärd")
        verbose_name_plural = _("åtgärder")
        constraints = [
            *date_range_constraints(
                "action", dates=("due_date",), datetimes=("created_at", "updated_at")
            ),
            models.CheckConstraint(
                condition=Q(status__in=ActionStatus.values), name="council_action_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_date"], name="council_action_status_due_idx"),
            models.Index(
                fields=["responsible_organisation", "status"], name="council_action_org_idx"
            ),
        ]

    def __str__(self):
        return self.what

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.status == ActionStatus.OPEN and self.due_date < today
