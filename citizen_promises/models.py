"""Models of citizen_promises: promises (medborgarlöften), their activities and follow-ups.

A promise is drafted by a coordinator, published to citizens, followed up in the open and
finally archived. Citizens only ever see published promises (``CitizenPromise.objects.published()``);
every user-facing query starts from ``visible_to(user)``. Once a promise is published its text
changes only through a recorded revision: a history record (django-simple-history) with a
change reason, which the public page shows as "Ändrad <datum>".
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.models import Place
from hjo_safety import permissions
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation


class Party(models.TextChoices):
    """The two parties that sign a citizen promise."""

    POLICE = "police", _("Polisen")
    MUNICIPALITY = "municipality", _("Hjo kommun")


PARTY_VALUES = [value for value, _label in Party.choices]


class SurveyQuestion(models.TextChoices):
    """The standard questions of a safety survey (trygghetsmätning), as the police and
    municipalities ask them; a promise's goal may refer to one (``PromiseGoal.survey_question``)."""

    SAFETY_EVENING = "safety_evening", _("Hur trygg känner du dig i ditt område på kvällen?")
    AVOIDED_PLACES = "avoided_places", _("Finns det platser som du undviker? Varför?")
    WHAT_WOULD_HELP = "what_would_help", _("Vad skulle göra det tryggare där du bor?")


# Paths under /medborgarloften/ that are not promises.
RESERVED_SLUGS = {"flode"}


class CitizenPromiseQuerySet(models.QuerySet):
    def published(self):
        """Promises citizens may read: published, followed up or archived, with a publishing time."""
        return self.filter(status__in=CitizenPromise.PUBLIC_STATUSES, published_at__isnull=False)

    def current(self, today: date | None = None):
        """Published promises whose period covers ``today`` (default: today in Stockholm)."""
        today = today or timezone.localdate()
        return self.published().filter(period_start__lte=today, period_end__gte=today)

    def visible_to(self, user):
        """Citizens and staff see published promises; coordinators see drafts too."""
        if permissions.is_coordinator(user):
            return self
        return self.published()

    def with_last_revision(self):
        """Annotate ``last_revised_at``: the newest recorded revision after publishing, or None."""
        revisions = (
            CitizenPromise.history.model.objects.filter(
                id=models.OuterRef("pk"), history_date__gt=models.OuterRef("published_at")
            )
            .exclude(history_change_reason__isnull=True)
            .exclude(history_change_reason="")
            .order_by("-history_date")
            .values("history_date")[:1]
        )
        return self.annotate(last_revised_at=models.Subquery(revisions))

    def with_progress(self):
        """Annotate ``activity_count`` and ``done_count`` (share done, in the same query)."""
        return self.annotate(
            activity_count=Count("activities", distinct=True),
            done_count=Count(
                "activities",
                filter=Q(activities__status=PromiseActivity.Status.DONE),
                distinct=True,
            ),
        )

    def for_list(self, today: date | None = None):
        """Current promises first, then coming ones, then earlier ones (newest period first).

        Annotates ``timeframe`` (``CitizenPromise.Timeframe``) and the progress counts.
        """
        today = today or timezone.localdate()
        return (
            self.with_progress()
            .annotate(
                timeframe=models.Case(
                    models.When(
                        Q(period_start__lte=today, period_end__gte=today),
                        then=models.Value(CitizenPromise.Timeframe.CURRENT),
                    ),
                    models.When(
                        period_start__gt=today, then=models.Value(CitizenPromise.Timeframe.COMING)
                    ),
                    default=models.Value(CitizenPromise.Timeframe.EARLIER),
                    output_field=models.PositiveSmallIntegerField(),
                )
            )
            .order_by("timeframe", "-period_start", "-pk")
        )


class PromiseStatus(models.TextChoices):
    DRAFT = "draft", _("Utkast")
    PUBLISHED = "published", _("Publicerat")
    FOLLOWED_UP = "followed_up", _("Uppföljt")
    ARCHIVED = "archived", _("Arkiverat")


class CitizenPromise(models.Model):
    """A citizen promise (medborgarlöfte) of the police and Hjo kommun for a period."""

    Status = PromiseStatus

    class Timeframe(models.IntegerChoices):
        CURRENT = 0, _("Gäller nu")
        COMING = 1, _("Kommande")
        EARLIER = 2, _("Tidigare")

    PUBLIC_STATUSES = [Status.PUBLISHED, Status.FOLLOWED_UP, Status.ARCHIVED]
    # The fields whose change after publishing needs a recorded revision.
    TEXT_FIELDS = ["title", "period_start", "period_end", "background", "basis"]

    title = models.CharField(_("rubrik"), max_length=200)
    slug = models.SlugField(
        _("adress"),
        max_length=120,
        help_text=_(
            "Används i webbadressen, t.ex. ”medborgarlofte-2026”. Små bokstäver och bindestreck."
        ),
    )
    period_start = models.DateField(_("gäller från"))
    period_end = models.DateField(_("gäller till"), help_text=_("Oftast ett kalenderår."))
    background = models.TextField(_("bakgrund"), help_text=_("Varför löftet behövs, i klarspråk."))
    basis = models.TextField(
        _("underlag"),
        blank=True,
        help_text=_(
            "Vilka medarbetarundersökningar, medborgarundersökningar och dialoger löftet bygger på."
        ),
    )
    signed_on = models.DateField(_("undertecknat"), null=True, blank=True)
    police_url = models.URLField(
        _("polisens sida om löftet"), blank=True, help_text=_("Länk till löftet på polisen.se.")
    )
    priority_area = models.ForeignKey(
        "PriorityArea",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="promises",
        verbose_name=_("prioriterat område"),
        help_text=_("Valfritt: det område i samverkansöverenskommelsen som löftet bygger på."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Ändras med åtgärderna i listan: publicera, avpublicera, uppföljt, arkivera."),
    )
    published_at = models.DateTimeField(_("publicerat"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    # The change reason of a history row after publishing is the public revision note.
    history = HistoricalRecords(history_change_reason_field=models.TextField(null=True))

    objects = CitizenPromiseQuerySet.as_manager()

    class Meta:
        ordering = ["-period_start", "-pk"]
        verbose_name = _("medborgarlöfte")
        verbose_name_plural = _("medborgarlöften")
        constraints = [
            *date_range_constraints(
                "citizenpromise",
                dates=("period_start", "period_end", "signed_on"),
                datetimes=("published_at", "created_at"),
            ),
            models.UniqueConstraint(fields=["slug"], name="promise_unique_slug"),
            models.CheckConstraint(
                condition=Q(status__in=PromiseStatus.values),
                name="promise_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="promise_public_has_published_at",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="promise_period_ordered"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"], name="promise_status_published_idx"),
            models.Index(fields=["period_start", "period_end"], name="promise_period_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("promises:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": _("Slutdatumet måste vara samma dag som eller efter startdatumet.")}
            )
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Adressen är upptagen av portalen. Välj en annan.")})

    @property
    def is_public(self) -> bool:
        return self.status in self.PUBLIC_STATUSES and self.published_at is not None

    def citizen_status(self, today: date | None = None) -> str:
        """The promise in a citizen's words, from its period: "Gäller nu", "Kommande",
        "Avslutat" – not the workflow status (published, followed up, archived)."""
        today = today or timezone.localdate()
        if self.status == self.Status.DRAFT:
            return _("Utkast, inte publicerat")
        if today < self.period_start:
            return _("Kommande")
        if self.period_start <= today <= self.period_end and self.status != self.Status.ARCHIVED:
            return _("Gäller nu")
        if self.status == self.Status.FOLLOWED_UP:
            return _("Avslutat och uppföljt")
        return _("Avslutat")

    # --- Status changes (a single row each: model methods, not services) -------------------

    def publish(self, *, now=None):
        """Make the promise visible to citizens; a promise that already is public is left as is."""
        if self.is_public:
            return
        if self.status == self.Status.DRAFT:
            self.status = self.Status.PUBLISHED
        self.published_at = now or timezone.now()
        self._save_status_change(["status", "published_at"])

    def unpublish(self):
        """Hide the promise from citizens again: back to draft."""
        self.status = self.Status.DRAFT
        self.published_at = None
        self._save_status_change(["status", "published_at"])

    def set_public_status(self, status):
        """Mark a published promise as followed up or archived; drafts must be published first."""
        if not self.is_public:
            raise ValidationError(
                _("Publicera löftet innan du ändrar status till uppföljt eller arkiverat.")
            )
        self.status = status
        self._save_status_change(["status"])

    def _save_status_change(self, fields):
        # A status change is history, but not a revision of the text: no change reason.
        self._change_reason = None
        self.save(update_fields=fields)

    # --- Progress ----------------------------------------------------------------------------

    def revisions(self):
        """Recorded revisions after publishing (history rows with a change reason), newest first."""
        if self.published_at is None:
            return self.history.none()
        return (
            self.history.filter(history_date__gt=self.published_at)
            .exclude(history_change_reason__isnull=True)
            .exclude(history_change_reason="")
            .order_by("-history_date")
        )


class Progress:
    """How many of a promise's activities are done: ``done`` of ``total``, as a percentage."""

    def __init__(self, done: int, total: int):
        self.done = done
        self.total = total

    @classmethod
    def of(cls, activities) -> "Progress":
        activities = list(activities)
        return cls(
            done=sum(1 for a in activities if a.status == PromiseActivity.Status.DONE),
            total=len(activities),
        )

    @property
    def percent(self) -> int:
        if not self.total:
            return 0
        return round(100 * self.done / self.total)

    def __eq__(self, other):
        return (self.done, self.total) == (other.done, other.total)

    def __repr__(self):
        return f"Progress({self.done}/{self.total})"


class PromiseGoal(models.Model):
    """One line of "Det här vill vi uppnå", in order."""

    promise = models.ForeignKey(
        CitizenPromise, on_delete=models.CASCADE, related_name="goals", verbose_name=_("löfte")
    )
    text = models.CharField(_("mål"), max_length=300)
    survey_question = models.CharField(
        _("följs upp med enkätfrågan"),
        max_length=30,
        blank=True,
        choices=SurveyQuestion.choices,
        help_text=_(
            "Löftets sida visar då den senaste avslutade trygghetsmätningens svar på frågan "
            "bredvid händelsestatistiken."
        ),
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["promise", "position", "pk"]
        verbose_name = _("mål")
        verbose_name_plural = _("mål")
        indexes = [models.Index(fields=["promise", "position"], name="goal_promise_position_idx")]

    def __str__(self):
        return self.text


class Signatory(models.Model):
    """Someone who signed the promise for the police or the municipality."""

    promise = models.ForeignKey(
        CitizenPromise,
        on_delete=models.CASCADE,
        related_name="signatories",
        verbose_name=_("löfte"),
    )
    name = models.CharField(_("namn"), max_length=120)
    title = models.CharField(
        _("titel"), max_length=160, help_text=_("T.ex. ”Lokalpolisområdeschef”.")
    )
    party = models.CharField(_("part"), max_length=20, choices=Party.choices)
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["promise", "position", "pk"]
        verbose_name = _("undertecknare")
        verbose_name_plural = _("undertecknare")
        constraints = [
            models.CheckConstraint(
                condition=Q(party__in=PARTY_VALUES), name="signatory_party_valid"
            )
        ]
        indexes = [models.Index(fields=["promise", "position"], name="signatory_promise_idx")]

    def __str__(self):
        return f"{self.name}, {self.title}"


class PromiseContact(models.Model):
    """A contact person for the promise (e.g. the community police officer)."""

    promise = models.ForeignKey(
        CitizenPromise, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("löfte")
    )
    name = models.CharField(_("namn"), max_length=120)
    title = models.CharField(_("titel"), max_length=160, help_text=_("T.ex. ”Kommunpolis”."))
    party = models.CharField(_("part"), max_length=20, choices=Party.choices)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        ordering = ["promise", "position", "pk"]
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")
        constraints = [
            models.CheckConstraint(condition=Q(party__in=PARTY_VALUES), name="contact_party_valid")
        ]
        indexes = [models.Index(fields=["promise", "position"], name="contact_promise_idx")]

    def __str__(self):
        return f"{self.name}, {self.title}"

    @property
    def phone_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}"


class ActivityResponsible(models.TextChoices):
    POLICE = "police", _("Polisen")
    MUNICIPALITY = "municipality", _("Hjo kommun")
    BOTH = "both", _("Polisen och Hjo kommun")
    ORGANISATION = "organisation", _("En namngiven organisation")


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planerad")
    ONGOING = "ongoing", _("Pågår")
    DONE = "done", _("Genomförd")
    NOT_DONE = "not_done", _("Inte genomförd")


class PromiseActivity(models.Model):
    """Something the parties do to keep the promise, with a measurable target."""

    Responsible = ActivityResponsible

    Status = ActivityStatus

    promise = models.ForeignKey(
        CitizenPromise,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("löfte"),
    )
    text = models.TextField(_("aktivitet"), help_text=_("Vad ska göras, i klarspråk."))
    responsible = models.CharField(
        _("ansvarig"), max_length=20, choices=Responsible.choices, default=Responsible.BOTH
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="promise_activities",
        verbose_name=_("ansvarig organisation"),
        help_text=_("Fyll i när ansvarig är ”En namngiven organisation”."),
    )
    target = models.CharField(
        _("mätbart mål"),
        max_length=200,
        help_text=_("T.ex. ”minst 10 trafikkontroller”."),
    )
    places = models.ManyToManyField(
        "est_incidents.Place",
        blank=True,
        related_name="promise_activities",
        verbose_name=_("platser"),
        help_text=_("Valfritt: platser aktiviteten gäller. Antal händelser där visas bredvid."),
    )
    # The interventions that carry the activity out. The link lives here, above est_measures,
    # so that app never depends on the promises.
    interventions = models.ManyToManyField(
        "est_measures.Intervention",
        blank=True,
        related_name="promise_activities",
        verbose_name=_("insatser"),
        help_text=_("Valfritt: insatserna som genomför aktiviteten."),
    )
    priority_area = models.ForeignKey(
        "PriorityArea",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("prioriterat område"),
        help_text=_("Valfritt, om aktiviteten hör till ett annat område än löftets."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    outcome = models.TextField(
        _("resultat"), blank=True, help_text=_("Vad blev det av aktiviteten?")
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["promise", "position", "pk"]
        verbose_name = _("aktivitet")
        verbose_name_plural = _("aktiviteter")
        constraints = [
            models.CheckConstraint(
                condition=Q(responsible__in=ActivityResponsible.values),
                name="activity_responsible_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ActivityStatus.values),
                name="activity_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(responsible="organisation") | Q(organisation__isnull=False),
                name="activity_named_organisation_set",
            ),
        ]
        indexes = [
            models.Index(fields=["promise", "position"], name="activity_promise_position_idx"),
            models.Index(fields=["promise", "status"], name="activity_promise_status_idx"),
        ]

    def __str__(self):
        return self.text[:80]

    def clean(self):
        if self.responsible == self.Responsible.ORGANISATION and not self.organisation_id:
            raise ValidationError(
                {"organisation": _("Välj vilken organisation som ansvarar för aktiviteten.")}
            )
        if self.responsible != self.Responsible.ORGANISATION and self.organisation_id:
            raise ValidationError(
                {
                    "organisation": _(
                        "Lämna organisationen tom, eller välj ansvarig ”En namngiven organisation”."
                    )
                }
            )

    @property
    def responsible_label(self) -> str:
        if self.responsible == self.Responsible.ORGANISATION and self.organisation_id:
            return self.organisation.display_name
        return self.get_responsible_display()


class FollowUpQuerySet(models.QuerySet):
    def published(self):
        """Follow-ups citizens may read: published, of a published promise."""
        return self.filter(
            is_published=True,
            promise__status__in=CitizenPromise.PUBLIC_STATUSES,
            promise__published_at__isnull=False,
        )

    def visible_to(self, user):
        if permissions.is_coordinator(user):
            return self
        return self.published()


class FollowUp(models.Model):
    """A public account of how the promise is kept, at a date, for a period."""

    promise = models.ForeignKey(
        CitizenPromise,
        on_delete=models.CASCADE,
        related_name="follow_ups",
        verbose_name=_("löfte"),
    )
    date = models.DateField(_("datum"))
    covers_from = models.DateField(_("avser från"))
    covers_to = models.DateField(_("avser till"))
    summary = models.TextField(_("sammanfattning"))
    is_published = models.BooleanField(
        _("publicerad"),
        default=False,
        help_text=_("Syns för medborgarna när löftet också är publicerat."),
    )
    history = HistoricalRecords()

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        ordering = ["promise", "date", "pk"]
        verbose_name = _("uppföljning")
        verbose_name_plural = _("uppföljningar")
        constraints = [
            *date_range_constraints("followup", dates=("date", "covers_from", "covers_to")),
            models.CheckConstraint(
                condition=Q(covers_to__gte=F("covers_from")), name="followup_period_ordered"
            ),
        ]
        indexes = [
            models.Index(fields=["promise", "date"], name="followup_promise_date_idx"),
            models.Index(fields=["is_published", "-date"], name="followup_published_date_idx"),
        ]

    def __str__(self):
        return f"{self.promise} – {_('uppföljning')} {self.date:%Y-%m-%d}"

    def get_absolute_url(self):
        return f"{self.promise.get_absolute_url()}#{self.anchor}"

    def clean(self):
        if self.covers_from and self.covers_to and self.covers_to < self.covers_from:
            raise ValidationError(
                {"covers_to": _("Slutdatumet måste vara samma dag som eller efter startdatumet.")}
            )

    @property
    def anchor(self):
        return f"uppfoljning-{self.pk}"


class FollowUpResult(models.Model):
    """One activity's result and status at the time of a follow-up."""

    follow_up = models.ForeignKey(
        FollowUp, on_delete=models.CASCADE, related_name="results", verbose_name=_("uppföljning")
    )
    activity = models.ForeignKey(
        PromiseActivity,
        on_delete=models.CASCADE,
        related_name="results",
        verbose_name=_("aktivitet"),
    )
    result = models.TextField(_("resultat"))
    status = models.CharField(
        _("status vid uppföljningen"),
        max_length=20,
        choices=PromiseActivity.Status.choices,
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["follow_up", "activity__position", "pk"]
        verbose_name = _("resultat per aktivitet")
        verbose_name_plural = _("resultat per aktivitet")
        constraints = [
            models.UniqueConstraint(
                fields=["follow_up", "activity"], name="followup_result_unique_activity"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ActivityStatus.values),
                name="followup_result_status_valid",
            ),
        ]

    def __str__(self):
        return f"{self.activity} – {self.get_status_display()}"

    def clean(self):
        if (
            self.follow_up_id
            and self.activity_id
            and self.activity.promise_id != self.follow_up.promise_id
        ):
            raise ValidationError(
                {"activity": _("Välj en aktivitet som hör till samma medborgarlöfte.")}
            )


# --- The safety survey (trygghetsmätning) ------------------------------------------------------


class SafetyLevel(models.IntegerChoices):
    VERY_SAFE = 1, _("Mycket trygg")
    FAIRLY_SAFE = 2, _("Ganska trygg")
    FAIRLY_UNSAFE = 3, _("Ganska otrygg")
    VERY_UNSAFE = 4, _("Mycket otrygg")
    DONT_KNOW = 5, _("Vet inte / går inte ut på kvällen")


class AvoidReason(models.TextChoices):
    DARK = "dark", _("Dåligt upplyst")
    DESERTED = "deserted", _("Öde, få människor i rörelse")
    PEOPLE = "people", _("Personer som stör eller uppträder hotfullt")
    CRIME = "crime", _("Brott eller skadegörelse har hänt där")
    TRAFFIC = "traffic", _("Trafiken")
    OTHER = "other", _("Annat")


class HelpOption(models.TextChoices):
    LIGHTING = "lighting", _("Bättre belysning")
    VEGETATION = "vegetation", _("Röjd växtlighet och buskage")
    POLICE = "police", _("Mer synlig polis")
    ADULTS = "adults", _("Fler vuxna ute, t.ex. nattvandrare")
    YOUTH = "youth", _("Fler aktiviteter för unga")
    CLEANING = "cleaning", _("Snabbare städning och klotterborttagning")
    CAMERAS = "cameras", _("Kameraövervakning")
    OTHER = "other", _("Annat")


class SurveyQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def open_on(self, today: date | None = None):
        """Published surveys citizens may answer ``today`` (default: today in Stockholm)."""
        today = today or timezone.localdate()
        return self.published().filter(opens_on__lte=today, closes_on__gte=today)

    def closed_on(self, today: date | None = None):
        """Published surveys that have closed: their results are public."""
        today = today or timezone.localdate()
        return self.published().filter(closes_on__lt=today)

    def visible_to(self, user):
        """Citizens see published surveys; coordinators see drafts too."""
        if permissions.is_coordinator(user):
            return self
        return self.published()


class Survey(models.Model):
    """A safety survey (trygghetsmätning, medborgarenkät) built by the coordinator from the
    standard questions and open to anonymous answers from ``opens_on`` to ``closes_on``."""

    title = models.CharField(_("rubrik"), max_length=200)
    slug = models.SlugField(
        _("adress"), max_length=120, help_text=_("Används i webbadressen, t.ex. ”hosten-2026”.")
    )
    intro = models.TextField(
        _("inledning"), blank=True, help_text=_("Vad enkäten är till för, i klarspråk.")
    )
    opens_on = models.DateField(_("öppnar"))
    closes_on = models.DateField(
        _("stänger"), help_text=_("Sista dagen att svara. Resultatet blir offentligt dagen efter.")
    )
    is_published = models.BooleanField(
        _("publicerad"), default=False, help_text=_("Medborgarna ser bara publicerade enkäter.")
    )
    asks_safety = models.BooleanField(
        _("fråga om trygghet på kvällen"),
        default=True,
        help_text=SurveyQuestion.SAFETY_EVENING.label,
    )
    asks_avoided = models.BooleanField(
        _("fråga om platser man undviker"),
        default=True,
        help_text=SurveyQuestion.AVOIDED_PLACES.label,
    )
    asks_help = models.BooleanField(
        _("fråga om vad som skulle hjälpa"),
        default=True,
        help_text=SurveyQuestion.WHAT_WOULD_HELP.label,
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    objects = SurveyQuerySet.as_manager()

    class Meta:
        ordering = ["-closes_on", "-pk"]
        verbose_name = _("trygghetsmätning")
        verbose_name_plural = _("trygghetsmätningar")
        constraints = [
            *date_range_constraints(
                "survey", dates=("opens_on", "closes_on"), datetimes=("created_at",)
            ),
            models.UniqueConstraint(fields=["slug"], name="survey_unique_slug"),
            models.CheckConstraint(
                condition=Q(closes_on__gte=F("opens_on")), name="survey_period_ordered"
            ),
            models.CheckConstraint(
                condition=Q(asks_safety=True) | Q(asks_avoided=True) | Q(asks_help=True),
                name="survey_asks_something",
            ),
        ]
        indexes = [models.Index(fields=["is_published", "closes_on"], name="survey_open_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("survey:answer", kwargs={"slug": self.slug})

    def clean(self):
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError(
                {"closes_on": _("Sista svarsdagen måste vara samma dag som eller efter öppningen.")}
            )
        if not (self.asks_safety or self.asks_avoided or self.asks_help):
            raise ValidationError(_("Välj minst en av standardfrågorna."))

    def is_open(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.is_published and self.opens_on <= today <= self.closes_on

    def is_closed(self, today: date | None = None) -> bool:
        return self.is_published and self.closes_on < (today or timezone.localdate())

    def asks(self, question: str) -> bool:
        return {
            SurveyQuestion.SAFETY_EVENING: self.asks_safety,
            SurveyQuestion.AVOIDED_PLACES: self.asks_avoided,
            SurveyQuestion.WHAT_WOULD_HELP: self.asks_help,
        }[question]


class SurveyResponse(models.Model):
    """One anonymous answer: no name, address, client address or time of day is kept, only the
    day it came in (to spread answers over the period) and what the respondent chose."""

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="responses", verbose_name=_("enkät")
    )
    area = models.ForeignKey(
        Place,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("område"),
        help_text=_("Området som den svarande valde som sitt."),
    )
    safety = models.PositiveSmallIntegerField(
        _("trygghet på kvällen"), choices=SafetyLevel.choices, null=True, blank=True
    )
    help_other = models.CharField(
        _("annat som skulle hjälpa"),
        max_length=300,
        blank=True,
        help_text=_("Fri text: rensas ett år efter att enkäten stängt (purge_survey_text)."),
    )
    answered_on = models.DateField(_("svarsdag"))

    class Meta:
        ordering = ["survey", "pk"]
        verbose_name = _("enkätsvar")
        verbose_name_plural = _("enkätsvar")
        constraints = [
            *date_range_constraints("surveyresponse", dates=("answered_on",)),
            models.CheckConstraint(
                condition=Q(safety__isnull=True) | Q(safety__in=SafetyLevel.values),
                name="survey_response_safety_valid",
            ),
        ]
        indexes = [models.Index(fields=["survey", "area"], name="survey_response_area_idx")]

    def __str__(self):
        return f"{self.survey} #{self.pk}"


class SurveyAvoidedPlace(models.Model):
    """A place the respondent avoids, named from the list or marked on the map, and why."""

    response = models.ForeignKey(
        SurveyResponse, on_delete=models.CASCADE, related_name="avoided", verbose_name=_("svar")
    )
    place = models.ForeignKey(
        Place,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("plats"),
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    reason = models.CharField(_("varför"), max_length=20, choices=AvoidReason.choices)

    class Meta:
        ordering = ["response", "pk"]
        verbose_name = _("plats som undviks")
        verbose_name_plural = _("platser som undviks")
        constraints = [
            models.CheckConstraint(
                condition=Q(reason__in=AvoidReason.values), name="survey_avoided_reason_valid"
            ),
            models.CheckConstraint(
                condition=Q(place__isnull=False)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="survey_avoided_place_or_point",
            ),
        ]

    def __str__(self):
        return str(self.place or f"{self.latitude}, {self.longitude}")


class SurveyHelp(models.Model):
    """One thing the respondent thinks would help (a choice of ``HelpOption``)."""

    response = models.ForeignKey(
        SurveyResponse, on_delete=models.CASCADE, related_name="helps", verbose_name=_("svar")
    )
    option = models.CharField(_("förslag"), max_length=20, choices=HelpOption.choices)

    class Meta:
        ordering = ["response", "pk"]
        verbose_name = _("förslag")
        verbose_name_plural = _("förslag")
        constraints = [
            models.CheckConstraint(
                condition=Q(option__in=HelpOption.values), name="survey_help_option_valid"
            ),
            models.UniqueConstraint(fields=["response", "option"], name="survey_help_unique"),
        ]

    def __str__(self):
        return self.get_option_display()


# --- The cooperation agreement (samverkansöverenskommelse, issue 26 point 4) -----------------


class CooperationAgreementQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def visible_to(self, user):
        """Everyone reads published agreements; coordinators see drafts too."""
        if permissions.is_coordinator(user):
            return self
        return self.published()

    def covering_year(self, year: int):
        """Agreements (published or not) valid some day of ``year``."""
        return self.filter(valid_from__year__lte=year, valid_to__year__gte=year)


class CooperationAgreement(models.Model):
    """The police–municipality cooperation agreement (samverkansöverenskommelse): the parties,
    the period it is valid, the problem analysis as priority areas, and who signed it. The
    promises and their activities name its priority areas; the yearly document lists them with
    what was done; the coordinators are reminded ``reminder_days`` before it ends."""

    title = models.CharField(
        _("rubrik"), max_length=200, help_text=_("T.ex. ”Samverkansöverenskommelse 2026–2028”.")
    )
    summary = models.TextField(
        _("sammanfattning"), help_text=_("Vad överenskommelsen gäller, i klarspråk för medborgare.")
    )
    parties = models.ManyToManyField(
        Organisation,
        related_name="cooperation_agreements",
        verbose_name=_("parter"),
        help_text=_("Polisen, kommunen och andra organisationer som ingår överenskommelsen."),
    )
    valid_from = models.DateField(_("gäller från"))
    valid_to = models.DateField(_("gäller till"))
    signed_on = models.DateField(_("undertecknad"), null=True, blank=True)
    reminder_days = models.PositiveSmallIntegerField(
        _("påminnelse (dagar före slutet)"),
        default=90,
        help_text=_(
            "Samordnarna får ett mejl så många dagar innan överenskommelsen upphör, "
            "så att en ny hinner tas fram."
        ),
    )
    is_published = models.BooleanField(
        _("publicerad"), default=False, help_text=_("Visas på den öppna sidan /samverkan/.")
    )
    history = HistoricalRecords()

    objects = CooperationAgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-valid_from", "-pk"]
        verbose_name = _("samverkansöverenskommelse")
        verbose_name_plural = _("samverkansöverenskommelser")
        constraints = [
            *date_range_constraints(
                "cooperationagreement", dates=("valid_from", "valid_to", "signed_on")
            ),
            models.CheckConstraint(
                condition=Q(valid_to__gte=F("valid_from")), name="agreement_period_ordered"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("agreement:detail", kwargs={"pk": self.pk})

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError(
                {"valid_to": _("Slutdatumet måste vara samma dag som eller efter startdatumet.")}
            )

    def reminder_date(self) -> date:
        return self.valid_to - timedelta(days=self.reminder_days)


class PriorityArea(models.Model):
    """One priority area of the agreement's problem analysis (prioriterat område)."""

    agreement = models.ForeignKey(
        CooperationAgreement,
        on_delete=models.CASCADE,
        related_name="priority_areas",
        verbose_name=_("överenskommelse"),
    )
    title = models.CharField(_("område"), max_length=200)
    problem = models.TextField(_("problembeskrivning"))
    causes = models.TextField(_("orsaker"), blank=True)
    goals = models.TextField(_("mål"))
    measures = models.TextField(_("åtgärder"), help_text=_("Vad parterna gör, en åtgärd per rad."))
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "position", "pk"]
        verbose_name = _("prioriterat område")
        verbose_name_plural = _("prioriterade områden")
        indexes = [models.Index(fields=["agreement", "position"], name="priority_agreement_idx")]

    def __str__(self):
        return f"{self.title} ({self.agreement.valid_from.year}–{self.agreement.valid_to.year})"

    def measure_lines(self) -> list[str]:
        return [line.strip(" -•") for line in self.measures.splitlines() if line.strip(" -•")]


class AgreementSignatory(models.Model):
    """Someone who signed the agreement for a party (a public office holder)."""

    agreement = models.ForeignKey(
        CooperationAgreement,
        on_delete=models.CASCADE,
        related_name="signatories",
        verbose_name=_("överenskommelse"),
    )
    name = models.CharField(_("namn"), max_length=120)
    title = models.CharField(_("titel"), max_length=160, help_text=_("T.ex. ”Kommundirektör”."))
    party = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="agreement_signatories",
        verbose_name=_("part"),
    )
    signed_on = models.DateField(_("datum"))
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "position", "pk"]
        verbose_name = _("undertecknare")
        verbose_name_plural = _("undertecknare")
        constraints = date_range_constraints("agreementsignatory", dates=("signed_on",))

    def __str__(self):
        return f"{self.name}, {self.title}"
