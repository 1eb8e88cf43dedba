"""Models of what was done about insecurity: interventions (insatser) and safety walks.

This app depends on ``est_incidents`` (places, EST actions) and ``hjo_safety`` (organisations,
the membership policy); neither imports it. Interventions are not about people, so every
participating organisation reads all of them; an organisation edits its own, the coordinator
all (``InterventionQuerySet``).
"""

from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.models import EstAction, Place, Share, validate_in_hjo
from est_measures import recurrence
from hjo_safety import permissions
from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation


class InterventionKindQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class InterventionKind(models.Model):
    """A kind of intervention (nattvandring, polispatrull, …); the coordinator keeps the list."""

    name = models.CharField(_("namn"), max_length=80, unique=True)
    code = models.SlugField(
        _("kod"), max_length=40, unique=True, help_text=_("Stabil kod för export och statistik.")
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    is_active = models.BooleanField(
        _("aktiv"), default=True, help_text=_("Inaktiva sorter kan inte väljas för nya insatser.")
    )

    objects = InterventionKindQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["position", "name"]
        verbose_name = _("sorts insats")
        verbose_name_plural = _("sorters insatser")

    def __str__(self):
        return self.name


class InterventionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every participating organisation reads every intervention (they are not about people)."""
        return self if permissions.is_member(user) else self.none()

    def editable_by(self, user):
        """The owning organisation's members edit; the coordinator edits all."""
        return permissions.scope_to_organisations(self, user)

    def in_period(self, start, end):
        """Interventions with some time in [start, end): one-off spans or recurring series."""
        start_day = timezone.localtime(start).date() - timedelta(days=1)
        one_off = Q(recurrence_until__isnull=True) & (
            Q(ends_at__gte=start) | Q(ends_at__isnull=True, starts_at__gte=start)
        )
        recurring = Q(recurrence_until__isnull=False, recurrence_until__gte=start_day)
        return self.filter(Q(starts_at__lt=end) & (one_off | recurring))

    def at_places(self, places):
        return self.filter(places__in=places).distinct()

    def for_list(self):
        return self.select_related("kind", "organisation").prefetch_related(
            "places", "co_organisations"
        )


class Intervention(models.Model):
    """Something done about insecurity: what, who, where and when (once or every week)."""

    kind = models.ForeignKey(
        InterventionKind,
        on_delete=models.PROTECT,
        related_name="interventions",
        verbose_name=_("sorts insats"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="interventions",
        verbose_name=_("organisation"),
        help_text=_("Organisationen som ansvarar för insatsen och kan ändra den."),
    )
    co_organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="joint_interventions",
        verbose_name=_("tillsammans med"),
        help_text=_("Andra organisationer som var med, för en gemensam insats."),
    )
    places = models.ManyToManyField(
        Place,
        blank=True,
        related_name="interventions",
        verbose_name=_("platser"),
        help_text=_("De namngivna platser där insatsen gjordes."),
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    starts_at = models.DateTimeField(
        _("start"), help_text=_("När insatsen började (för en återkommande: första gången).")
    )
    ends_at = models.DateTimeField(
        _("slut"),
        null=True,
        blank=True,
        help_text=_("När en enstaka insats slutade. Tomt för en återkommande insats."),
    )
    recurrence_weekdays = models.CharField(
        _("veckodagar"),
        max_length=13,
        blank=True,
        help_text=_("Veckodagar för en återkommande insats, 1 = måndag … 7 = söndag."),
    )
    recurrence_start_time = models.TimeField(_("från klockan"), null=True, blank=True)
    recurrence_end_time = models.TimeField(
        _("till klockan"),
        null=True,
        blank=True,
        help_text=_("Ett sluttid före starttiden betyder att insatsen pågår över midnatt."),
    )
    recurrence_until = models.DateField(_("till och med"), null=True, blank=True)
    description = models.TextField(
        _("beskrivning"),
        max_length=1000,
        blank=True,
        help_text=_("Vad gjordes? Inga namn eller andra personuppgifter."),
    )
    est_action = models.ForeignKey(
        EstAction,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="interventions",
        verbose_name=_("EST-åtgärd"),
        help_text=_("Den åtgärd från ett EST-möte som insatsen genomför, om någon."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    objects = InterventionQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("insats")
        verbose_name_plural = _("insatser")
        indexes = [
            models.Index(fields=["-starts_at", "-id"], name="intervention_starts_idx"),
            models.Index(fields=["organisation", "-starts_at"], name="intervention_org_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="intervention_point_complete",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                name="intervention_ends_after_start",
            ),
            # A rule is all of weekdays, times and last date, or none of them.
            models.CheckConstraint(
                condition=Q(
                    recurrence_weekdays="",
                    recurrence_start_time__isnull=True,
                    recurrence_end_time__isnull=True,
                    recurrence_until__isnull=True,
                )
                | (
                    ~Q(recurrence_weekdays="")
                    & Q(
                        recurrence_start_time__isnull=False,
                        recurrence_end_time__isnull=False,
                        recurrence_until__isnull=False,
                    )
                ),
                name="intervention_rule_complete",
            ),
            models.CheckConstraint(
                condition=Q(starts_at__gte=datetime(2000, 1, 1, tzinfo=UTC))
                & Q(starts_at__lt=datetime(2101, 1, 1, tzinfo=UTC)),
                name="intervention_starts_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.kind} – {timezone.localtime(self.starts_at):%Y-%m-%d}"

    def get_absolute_url(self):
        return reverse("measures:intervention_detail", args=[self.pk])

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence_weekdays)

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None

    def rule(self) -> recurrence.WeeklyRule | None:
        if not self.is_recurring:
            return None
        return recurrence.WeeklyRule(
            weekdays=recurrence.parse_weekdays(self.recurrence_weekdays),
            start_time=self.recurrence_start_time,
            end_time=self.recurrence_end_time,
            first_date=timezone.localtime(self.starts_at).date(),
            until=self.recurrence_until,
        )

    def occurrences(self, start, end) -> list[recurrence.Occurrence]:
        """The times the intervention took place within [start, end)."""
        rule = self.rule()
        if rule is not None:
            return recurrence.occurrences(rule, start, end)
        finish = self.ends_at or self.starts_at
        if self.starts_at < end and finish >= start:
            return [recurrence.Occurrence(self.starts_at, finish)]
        return []

    def describe_when(self) -> str:
        rule = self.rule()
        start = timezone.localtime(self.starts_at)
        if rule is not None:
            return _("%(rule)s, %(first)s – %(until)s") % {
                "rule": rule.describe(),
                "first": f"{rule.first_date:%Y-%m-%d}",
                "until": f"{rule.until:%Y-%m-%d}",
            }
        if self.ends_at:
            end = timezone.localtime(self.ends_at)
            if end.date() == start.date():
                return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
            return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"
        return f"{start:%Y-%m-%d %H:%M}"

    def all_organisations(self):
        return [self.organisation, *self.co_organisations.all()]

    def clean(self):
        validate_in_hjo(self.latitude, self.longitude)
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("Sluttiden måste vara efter starttiden.")})
        if self.is_recurring:
            if self.recurrence_until and self.starts_at:
                first = timezone.localtime(self.starts_at).date()
                if self.recurrence_until < first:
                    raise ValidationError(
                        {"recurrence_until": _("Sista datumet måste vara efter startdatumet.")}
                    )
                if (self.recurrence_until - first).days > recurrence.MAX_RULE_DAYS:
                    raise ValidationError(
                        {
                            "recurrence_until": _(
                                "En återkommande insats kan pågå i högst tre år. "
                                "Välj ett tidigare slutdatum eller lägg upp en ny insats sedan."
                            )
                        }
                    )


DEFAULT_START_TIME = time(22, 0)
DEFAULT_END_TIME = time(2, 0)


# --- Safety walks (trygghetsvandringar) ------------------------------------------------------


class SafetyWalkQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every participant reads every walk; findings are about places, not people."""
        return self if permissions.is_member(user) else self.none()

    def editable_by(self, user):
        """The coordinator, and members of the organisations that took part."""
        info = permissions.access(user)
        if info.coordinator:
            return self
        if not info.organisation_ids:
            return self.none()
        return self.filter(
            pk__in=SafetyWalk.objects.filter(organisations__in=info.organisation_ids).values("pk")
        )

    def published(self):
        return self.filter(is_published=True)


class SafetyWalk(models.Model):
    """A safety walk: residents and organisations walk an area and note what feels unsafe."""

    date = models.DateField(_("datum"))
    area = models.CharField(
        _("område eller sträcka"),
        max_length=200,
        help_text=_("T.ex. ”Centrum: torget – hamnen – stationen”."),
    )
    organisations = models.ManyToManyField(
        Organisation,
        related_name="safety_walks",
        verbose_name=_("deltagande organisationer"),
        help_text=_("Organisationerna som var med. Deras medarbetare kan ändra vandringen."),
    )
    residents_count = models.PositiveSmallIntegerField(
        _("antal boende"), default=0, help_text=_("Hur många boende som gick med.")
    )
    notes = models.TextField(
        _("anteckningar"),
        blank=True,
        max_length=2000,
        help_text=_("Om vandringen i stort. Inga namn eller andra personuppgifter."),
    )
    is_published = models.BooleanField(
        _("publicerad"),
        default=False,
        help_text=_("Visa en sammanfattning (fynd och status, utan anteckningar) för allmänheten."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    submission_token = models.UUIDField(
        _("inskickningsnyckel"),
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("Gör att samma formulär som skickas två gånger bara sparas en gång."),
    )

    objects = SafetyWalkQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("trygghetsvandring")
        verbose_name_plural = _("trygghetsvandringar")
        indexes = [models.Index(fields=["-date", "-id"], name="safetywalk_date_idx")]
        # The situation picture (a kept page) shows the period's walks and open findings.
        triggers = version_triggers()
        constraints = [
            models.CheckConstraint(
                condition=Q(date__gte="2000-01-01") & Q(date__lte="2100-12-31"),
                name="safetywalk_date_in_range",
            )
        ]

    def __str__(self):
        return f"{self.area} – {self.date:%Y-%m-%d}"

    def get_absolute_url(self):
        return reverse("measures:walk_detail", args=[self.pk])


class SafetyWalkFinding(models.Model):
    """One thing noted on a walk: where, what kind of problem, and what should be done."""

    class ProblemKind(models.TextChoices):
        LIGHTING = "lighting", _("Belysning")
        VEGETATION = "vegetation", _("Växtlighet")
        HIDDEN_SPOT = "hidden_spot", _("Skymda platser")
        VANDALISM = "vandalism", _("Skadegörelse")
        TRAFFIC = "traffic", _("Trafik")
        OTHER = "other", _("Annat")

    class Status(models.TextChoices):
        OPEN = "open", _("Ej påbörjad")
        IN_PROGRESS = "in_progress", _("Pågår")
        DONE = "done", _("Åtgärdad")
        NOT_DONE = "not_done", _("Åtgärdas inte")

    walk = models.ForeignKey(
        SafetyWalk, on_delete=models.CASCADE, related_name="findings", verbose_name=_("vandring")
    )
    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="safety_walk_findings",
        verbose_name=_("plats"),
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    problem_kind = models.CharField(_("problem"), max_length=20, choices=ProblemKind.choices)
    description = models.TextField(
        _("beskrivning"), max_length=1000, help_text=_("Vad upplevdes som otryggt, och var?")
    )
    proposed_measure = models.TextField(_("föreslagen åtgärd"), max_length=1000, blank=True)
    responsible_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="safety_walk_findings",
        verbose_name=_("ansvarig organisation"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    est_action = models.OneToOneField(
        EstAction,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="safety_walk_finding",
        verbose_name=_("EST-åtgärd"),
        help_text=_("EST-åtgärden som skapades från fyndet, om någon."),
    )
    # Status changes are followed up, by the walk's organisations and by an organisation the
    # finding is shared with: the history says who changed what, and feeds the audit log.
    history = HistoricalRecords()

    class Meta:
        ordering = ["walk", "pk"]
        verbose_name = _("fynd")
        verbose_name_plural = _("fynd")
        triggers = version_triggers()
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    problem_kind__in=[
                        "lighting",
                        "vegetation",
                        "hidden_spot",
                        "vandalism",
                        "traffic",
                        "other",
                    ]
                ),
                name="finding_problem_kind_valid",
            ),  # fmt: skip
            models.CheckConstraint(
                condition=Q(status__in=["open", "in_progress", "done", "not_done"]),
                name="finding_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="finding_point_complete",
            ),
        ]

    def __str__(self):
        where = self.place.name if self.place_id else _("punkt på kartan")
        return f"{self.get_problem_kind_display()} – {where}"

    def clean(self):
        validate_in_hjo(self.latitude, self.longitude)


class FindingShareQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The coordinator; the receiving organisation; the walk's own organisations (the
        sharing side). Anyone else sees nothing (a 404)."""
        info = permissions.access(user)
        if info.coordinator:
            return self
        if not info.organisation_ids:
            return self.none()
        return self.filter(
            Q(organisation__in=info.organisation_ids)
            | Q(
                finding__walk__in=SafetyWalk.objects.filter(
                    organisations__in=info.organisation_ids
                ).values("pk")
            )
        )

    def received_by(self, user):
        """Shares to the user's organisations (to every organisation for the coordinator)."""
        return permissions.scope_to_organisations(self, user)


class FindingShare(Share):
    """A safety walk finding shared with the organisation that can act on it.

    The receiving organisation reads the finding and follows it up: it sets the finding's
    status and answers with a short note. Writes in ``est_measures.services``.
    """

    finding = models.ForeignKey(
        SafetyWalkFinding, on_delete=models.CASCADE, related_name="shares", verbose_name=_("fynd")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="received_finding_shares",
        verbose_name=_("delat med"),
    )
    answer = models.TextField(
        _("svar"),
        max_length=1000,
        blank=True,
        help_text=_("Mottagarens svar: vad som görs eller varför inget görs. Inga namn."),
    )
    answered_at = models.DateTimeField(_("besvarat"), null=True, blank=True)
    history = HistoricalRecords()

    objects = FindingShareQuerySet.as_manager()

    class Meta(Share.Meta):
        verbose_name = _("delat fynd")
        verbose_name_plural = _("delade fynd")
        constraints = [
            models.UniqueConstraint(
                fields=["finding", "organisation"], name="finding_share_unique_organisation"
            ),
            models.CheckConstraint(
                condition=Q(shared_at__gte=datetime(2000, 1, 1, tzinfo=UTC))
                & Q(shared_at__lt=datetime(2101, 1, 1, tzinfo=UTC)),
                name="finding_share_shared_at_in_range",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation", "-shared_at"], name="finding_share_org_idx"),
        ]

    def __str__(self):
        return f"{self.finding} → {self.organisation}"

    def get_absolute_url(self):
        return reverse("measures:finding_share_detail", args=[self.pk])


class InterventionPlace(Intervention.places.through):
    """An intervention's places, with the version trigger."""

    class Meta:
        proxy = True
        verbose_name = _("insatsens plats")
        verbose_name_plural = _("insatsens platser")
        triggers = version_triggers()


class InterventionCoOrganisation(Intervention.co_organisations.through):
    """An intervention's co-organisers, with the version trigger."""

    class Meta:
        proxy = True
        verbose_name = _("insatsens medarrangör")
        verbose_name_plural = _("insatsens medarrangörer")
        triggers = version_triggers()


# --- Events ahead (arrangemang; issue 25, point 5) ------------------------------------------------


class PlannedEventKind(models.TextChoices):
    SPORT = "idrott", _("Match eller idrottsevenemang")
    FESTIVAL = "fest", _("Fest eller firande (t.ex. Valborg)")
    SCHOOL = "skola", _("Skolavslutning eller lov")
    MARKET = "marknad", _("Marknad eller mässa")
    HOLIDAY = "helgdag", _("Helgdag")
    OTHER = "annat", _("Annat")


class PlannedEventQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Planned events are shared with every participant (members of any organisation)."""
        info = permissions.access(user)
        return self if info.coordinator or info.organisation_ids else self.none()

    def editable_by(self, user):
        """Its organisation's users change it; coordinators all."""
        return permissions.scope_to_organisations(self, user)

    def overlapping(self, start_at, end_at):
        """Events that take place (start, or go on) in [start_at, end_at)."""
        return self.filter(starts_at__lt=end_at).filter(
            Q(ends_at__gte=start_at) | Q(ends_at__isnull=True, starts_at__gte=start_at)
        )


class PlannedEvent(models.Model):
    """A planned event that affects safety (a match, Valborg, school's out, the market, a
    holiday): shown in the situation picture and the EST meeting for the coming fortnight, and
    in the participants' calendar feed."""

    title = models.CharField(_("arrangemang"), max_length=120)
    kind = models.CharField(
        _("typ"), max_length=10, choices=PlannedEventKind.choices, default=PlannedEventKind.OTHER
    )
    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="planned_events",
        verbose_name=_("plats"),
    )
    place_text = models.CharField(
        _("plats i text"),
        max_length=200,
        blank=True,
        help_text=_("T.ex. ”hela centrum” eller ”Hjo IP”, om platsen inte finns i listan."),
    )
    starts_at = models.DateTimeField(_("börjar"))
    ends_at = models.DateTimeField(_("slutar"), null=True, blank=True)
    note = models.TextField(
        _("att tänka på"),
        blank=True,
        help_text=_("T.ex. väntat antal besökare, vakter, avstängda gator. Inga personuppgifter."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="planned_events",
        verbose_name=_("organisation"),
        help_text=_("Organisationen som lagt in arrangemanget och kan ändra det."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("inlagt av"),
    )
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    objects = PlannedEventQuerySet.as_manager()

    class Meta:
        # Every participant sees them (the situation picture, the meetings): SHARED.
        triggers = version_triggers()
        ordering = ["starts_at", "pk"]
        verbose_name = _("arrangemang")
        verbose_name_plural = _("arrangemang")
        indexes = [models.Index(fields=["starts_at"], name="planned_event_starts_idx")]
        constraints = [
            *date_range_constraints(
                "plannedevent", datetimes=("starts_at", "ends_at", "updated_at")
            ),
            models.CheckConstraint(
                condition=Q(kind__in=PlannedEventKind.values), name="planned_event_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                name="planned_event_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.title} {timezone.localtime(self.starts_at):%Y-%m-%d}"

    @property
    def where(self) -> str:
        return ", ".join(
            part for part in (self.place.name if self.place_id else "", self.place_text) if part
        )


# --- Digital safety walks: a campaign map, citizens' marks, sign-ups (issue 26, point 3) ------


class WalkCampaignQuerySet(models.QuerySet):
    def public(self, today=None):
        """Campaigns citizens see: opened (marking may have closed; the page then only reads)."""
        return self.filter(opens_on__lte=today or timezone.localdate())


class WalkCampaign(models.Model):
    """A digital safety walk: for an area and a period, citizens mark places on a map as safe or
    unsafe; the coordinator turns the approved marks into a safety walk's route and findings."""

    title = models.CharField(_("rubrik"), max_length=120)
    area = models.CharField(_("område"), max_length=200, help_text=_("T.ex. ”Centrum och hamnen”."))
    description = models.TextField(
        _("beskrivning"),
        max_length=1000,
        blank=True,
        help_text=_("Visas för medborgarna. Inga namn eller andra personuppgifter."),
    )
    opens_on = models.DateField(_("öppnar"))
    closes_on = models.DateField(_("stänger"))
    walk_date = models.DateField(
        _("vandringens datum"),
        null=True,
        blank=True,
        help_text=_("Medborgarna kan anmäla sig till vandringen fram till den dagen."),
    )
    walk = models.OneToOneField(
        SafetyWalk,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="campaign",
        verbose_name=_("trygghetsvandring"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = WalkCampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_on", "-pk"]
        verbose_name = _("kampanj för digital trygghetsvandring")
        verbose_name_plural = _("kampanjer för digital trygghetsvandring")
        constraints = [
            *date_range_constraints(
                "walkcampaign",
                dates=("opens_on", "closes_on", "walk_date"),
                datetimes=("created_at",),
            ),
            models.CheckConstraint(
                condition=Q(closes_on__gte=F("opens_on")), name="walkcampaign_closes_after_opens"
            ),
        ]

    def __str__(self):
        return self.title

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def signup_open(self, today=None) -> bool:
        return self.walk_date is not None and self.walk_date >= (today or timezone.localdate())


class CampaignMarkQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CampaignMark.Status.APPROVED)


class CampaignMark(models.Model):
    """A citizen's mark on a campaign's map: a place felt safe or unsafe, with a short reason.
    Shown publicly only once approved, and then only counted per place (small counts hidden)."""

    class Verdict(models.TextChoices):
        UNSAFE = "unsafe", _("Otrygg")
        SAFE = "safe", _("Trygg")

    class Status(models.TextChoices):
        PENDING = "pending", _("Att granska")
        APPROVED = "approved", _("Godkänd")
        REJECTED = "rejected", _("Avvisad")

    campaign = models.ForeignKey(
        WalkCampaign, on_delete=models.CASCADE, related_name="marks", verbose_name=_("kampanj")
    )
    verdict = models.CharField(_("platsen känns"), max_length=8, choices=Verdict.choices)
    reason = models.CharField(_("varför"), max_length=300)
    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="campaign_marks",
        verbose_name=_("plats"),
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    status = models.CharField(
        _("granskning"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("markerad"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("granskad"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("granskad av"),
    )

    objects = CampaignMarkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("markering")
        verbose_name_plural = _("markeringar")
        constraints = [
            models.CheckConstraint(
                condition=Q(verdict__in=["unsafe", "safe"]), name="campaignmark_verdict_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "approved", "rejected"]),
                name="campaignmark_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="campaignmark_point_complete",
            ),
            models.CheckConstraint(
                condition=Q(place__isnull=False) | Q(latitude__isnull=False),
                name="campaignmark_has_a_place",
            ),
        ]

    def __str__(self):
        where = self.place.name if self.place_id else _("punkt på kartan")
        return f"{self.get_verdict_display()} – {where}"

    def clean(self):
        validate_in_hjo(self.latitude, self.longitude)


class WalkSignup(models.Model):
    """A citizen signed up for a campaign's walk. Name and address are kept until the walk is
    done, then deleted by ``purge_walk_signups`` (``manage.py run_job``)."""

    campaign = models.ForeignKey(
        WalkCampaign, on_delete=models.CASCADE, related_name="signups", verbose_name=_("kampanj")
    )
    name = models.CharField(_("namn"), max_length=120)
    email = models.EmailField(_("e-postadress"), max_length=254)
    created_at = models.DateTimeField(_("anmäld"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("anmälan till trygghetsvandring")
        verbose_name_plural = _("anmälningar till trygghetsvandring")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "email"], name="walksignup_one_per_address")
        ]

    def __str__(self):
        return f"{self.campaign} – {self.name}"
