"""Models of the EST registry: categories, places and insecurity-creating incidents.

The EST meetings, police events and the yearly analysis have their own modules in this package.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models, router
from django.db.models import Count, F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, Floor, Random
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.publication import Release, current_release, published_filter
from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation
from hjo_safety.permissions import access, organisation_ids, scope_to_organisations
from hjo_safety.redaction import redactable_fields

# Hjo municipality with a margin of a few kilometres: a point outside is refused.
HJO_BOUNDS = {
    "min_lat": Decimal("58.15"),
    "max_lat": Decimal("58.45"),
    "min_lng": Decimal("13.85"),
    "max_lng": Decimal("14.55"),
}
HJO_CENTRE = (Decimal("58.3040"), Decimal("14.2870"))


def validate_in_hjo(latitude, longitude):
    """Raise ValidationError unless the point lies in or near Hjo municipality."""
    if latitude is None or longitude is None:
        return
    if not (
        HJO_BOUNDS["min_lat"] <= latitude <= HJO_BOUNDS["max_lat"]
        and HJO_BOUNDS["min_lng"] <= longitude <= HJO_BOUNDS["max_lng"]
    ):
        raise ValidationError(
            _(
                "Platsen på kartan ligger utanför Hjo kommun. Välj en plats i kommunen "
                "eller lämna kartan tom och skriv platsen i text."
            ),
            code="outside_hjo",
        )


def validate_point(latitude, longitude):
    """A point posted on a form: both coordinates or neither, and in or near Hjo municipality.
    The one check of every form with a map point; its errors name the field to correct (the
    form adds them with ``add_error(None, error)``)."""
    if (latitude is None) != (longitude is None):
        raise ValidationError(
            {
                "longitude" if longitude is None else "latitude": _(
                    "Ange både latitud och longitud, eller ingen av dem."
                )
            }
        )
    try:
        validate_in_hjo(latitude, longitude)
    except ValidationError as error:
        raise ValidationError({"latitude": error}) from error


class CategoryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def top_level(self):
        return self.filter(parent__isnull=True)

    def in_tree_order(self):
        """Each main category followed by its subcategories, in their set order."""
        return self.select_related("parent").order_by(
            Coalesce("parent__position", "position"),
            Coalesce("parent__name", "name"),
            F("parent").asc(nulls_first=True),
            "position",
            "name",
        )


class Category(models.Model):
    """An incident category, two levels deep (e.g. Skadegörelse → Klotter)."""

    name = models.CharField(_("namn"), max_length=120)
    code = models.SlugField(
        _("kod"),
        max_length=80,
        unique=True,
        help_text=_("Stabil kod för export och koppling till polisens händelsetyper."),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("huvudkategori"),
        help_text=_("Tom för en huvudkategori. Högst två nivåer."),
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    is_active = models.BooleanField(
        _("aktiv"),
        default=True,
        help_text=_("Inaktiva kategorier kan inte väljas i nya rapporter."),
    )
    default_share_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="default_share_categories",
        verbose_name=_("föreslagen mottagare vid delning"),
        help_text=_(
            "Organisationen som föreslås när en händelse i kategorin delas, t.ex. "
            "tekniska förvaltningen för trasig belysning."
        ),
    )

    objects = CategoryQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["position", "name"]
        verbose_name = _("kategori")
        verbose_name_plural = _("kategorier")
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="category_unique_name_per_parent"
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="category_unique_top_level_name",
            ),
        ]

    def __str__(self):
        return f"{self.parent.name} – {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id and self.parent.parent_id:
            raise ValidationError(
                {"parent": _("Kategorier har högst två nivåer: välj en huvudkategori.")}
            )
        if self.parent_id and self.pk and self.parent_id == self.pk:
            raise ValidationError(
                {"parent": _("En kategori kan inte vara sin egen huvudkategori.")}
            )


class PlaceQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Place(models.Model):
    """A named place or area of Hjo (torget, hamnen, a school area, ...)."""

    name = models.CharField(_("namn"), max_length=120, unique=True)
    latitude = models.DecimalField(_("latitud"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitud"), max_digits=9, decimal_places=6)
    area_geojson = models.TextField(
        _("område (GeoJSON)"),
        blank=True,
        help_text=_("Valfritt: områdets gräns som en GeoJSON-polygon."),
    )
    is_active = models.BooleanField(_("aktiv"), default=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["name"]
        verbose_name = _("plats")
        verbose_name_plural = _("platser")

    def __str__(self):
        return self.name

    def clean(self):
        validate_in_hjo(self.latitude, self.longitude)
        if self.area_geojson:
            import json

            try:
                shape = json.loads(self.area_geojson)
            except ValueError as exc:
                raise ValidationError(
                    {"area_geojson": _("Området är inte giltig GeoJSON.")}
                ) from exc
            if not isinstance(shape, dict) or shape.get("type") not in {
                "Polygon",
                "MultiPolygon",
                "Feature",
            }:
                raise ValidationError({"area_geojson": _("Området ska vara en GeoJSON-polygon.")})


# The organisations an incident's data version belongs to (``hjo_safety/cache.py``): its own
# and every organisation it is shared with (their members see it).
INCIDENT_ORGANISATIONS = (
    "SELECT r.organisation_id FROM {rows} r UNION ALL SELECT s.organisation_id "
    "FROM est_incidents_incidentshare s JOIN {rows} r ON s.incident_id = r.id"
)


class IncidentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The user's organisations' incidents and those actively shared with them; all for a
        coordinator; none for others. Shared incidents are read-only: see ``editable_by``."""
        info = access(user)
        if info.coordinator or not info.organisation_ids:
            return scope_to_organisations(self, user)
        shares = self.model._meta.get_field("shares").related_model.objects
        shared = shares.filter(
            organisation__in=info.organisation_ids, withdrawn_at__isnull=True
        ).values("incident_id")
        return self.filter(Q(organisation__in=info.organisation_ids) | Q(pk__in=shared))

    def editable_by(self, user):
        """The incidents the user may correct: their own organisations' (all for a
        coordinator). An incident shared with the user's organisation is not among them."""
        return scope_to_organisations(self, user)

    def shared_with(self, user):
        """Incidents actively shared with the user's organisations (the "Delade med oss" filter)."""
        shares = self.model._meta.get_field("shares").related_model.objects
        return self.filter(
            pk__in=shares.filter(
                organisation__in=organisation_ids(user), withdrawn_at__isnull=True
            ).values("incident_id")
        )

    def counted(self):
        """The incidents every count counts: one per event. An incident linked as "samma
        händelse" to another (``duplicate_of``) is counted with that group's primary only
        (docs/situation.md, "One event counted once"); the rollup triggers apply the same rule."""
        return self.filter(duplicate_of__isnull=True)

    def with_received_handling(self, user):
        """Annotate ``received_handling``: the handling state of the active share of each
        incident with the user's organisations (None when it is not shared with them)."""
        shares = self.model._meta.get_field("shares").related_model.objects
        return self.annotate(
            received_handling=models.Subquery(
                shares.filter(
                    incident=models.OuterRef("pk"),
                    organisation__in=organisation_ids(user),
                    withdrawn_at__isnull=True,
                ).values("handling_status")[:1]
            )
        )

    def published(self, release: Release | None = None):
        """The incidents the public figures of ``release`` (default: the current one) count:
        occurred in a released month and registered before that month's release day
        (``est_incidents.publication``), one per event (``counted``). Every public count
        starts here."""
        return self.counted().filter(**published_filter(release or current_release()))

    def with_same_event_count(self):
        """Annotate ``same_event_reports``: how many other reports are linked to each incident as
        the same event (0 for most; a duplicate's own is 0, it points to its primary)."""
        linked = (
            self.model.objects.filter(duplicate_of=OuterRef("pk"))
            .order_by()
            .values("duplicate_of")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(same_event_reports=Coalesce(Subquery(linked), 0))

    def in_period(self, start, end):
        """Incidents that occurred in [start, end)."""
        return self.filter(occurred_at__gte=start, occurred_at__lt=end)

    def in_category(self, category):
        """A category and, for a top-level category, all its subcategories.

        ``category_id IN (subquery)`` rather than an OR over the join to the parent, so the
        database can use ``incident_category_idx``.
        """
        return self.filter(
            category__in=Category.objects.filter(Q(pk=category.pk) | Q(parent=category.pk))
        )

    def search(self, text):
        """Free-text search over what happened, where, and how it was handled.

        Each word must occur in the incident's texts or in its place's or category's name. The
        names are looked up first (two small queries per word), so every arm of the OR is an
        indexed condition: trigram GIN indexes on the texts (PostgreSQL, migration 0004) and
        the place and category indexes, which PostgreSQL combines in a BitmapOr.
        """
        query = Q()
        for word in text.split():
            places = list(Place.objects.filter(name__icontains=word).values_list("pk", flat=True))
            categories = list(
                Category.objects.filter(
                    Q(name__icontains=word) | Q(parent__name__icontains=word)
                ).values_list("pk", flat=True)
            )
            arm = (
                Q(description__icontains=word)
                | Q(place_description__icontains=word)
                | Q(handling_note__icontains=word)
            )
            if places:
                arm |= Q(place__in=places)
            if categories:
                arm |= Q(category__in=categories)
            query &= arm
        return self.filter(query)

    def for_list(self):
        return self.select_related("category__parent", "place", "organisation", "reported_by")

    def for_list_rows(self):
        """What the incident list's rows show (``est_list_tags``), and its cursor: a third of
        ``for_list()``'s columns, and no reporter."""
        return self.select_related("category__parent", "place", "organisation").only(
            "occurred_at",
            "status",
            "description",
            "place_description",
            "duplicate_of_id",
            "category__name",
            "category__parent__name",
            "place__name",
            "organisation__name",
            "organisation__short_name",
        )

    def counts_by_place(self):
        """Rows of ``place__name`` and ``count``, the most frequent place first."""
        return (
            self.order_by()
            .values("place__name")
            .annotate(count=Count("pk"))
            .order_by("-count", "place__name")
        )

    def map_points(self, limit):
        """The newest ``limit`` incidents as (id, latitude, longitude, category, occurred_at);
        an incident without its own point is placed at its named place."""
        return (
            self.filter(Q(latitude__isnull=False) | Q(place__isnull=False))
            .annotate(
                lat=Coalesce("latitude", "place__latitude"),
                lng=Coalesce("longitude", "place__longitude"),
            )
            .values_list("pk", "lat", "lng", "category__name", "occurred_at")[:limit]
        )

    def map_point_rows(self, limit) -> list[list]:
        """``map_points`` as the map's JSON carries them: ``[id, latitude, longitude, category,
        "YYYY-MM-DD HH:MM" in Stockholm]``. On PostgreSQL the coordinates are cast to float and
        the time formatted in SQL, and the rows read with a plain cursor: Django's converters
        and the time zone conversion per row were about a quarter of the map's CPU for 3,000
        points (docs/bench.md). The same values: numeric → float8 and ``float(Decimal)`` both
        round correctly, and PostgreSQL's ``AT TIME ZONE`` uses the same tz database rules."""
        from est_incidents.export import local_time_text

        db = router.db_for_read(self.model)
        connection = connections[db]
        if connection.vendor != "postgresql":
            return [
                [pk, float(lat), float(lng), category, local_time_text(occurred_at)]
                for pk, lat, lng, category, occurred_at in self.map_points(limit)
            ]
        shown_at = Func(
            F("occurred_at"),
            template=(
                "coalesce(to_char(%(expressions)s AT TIME ZONE 'Europe/Stockholm', "
                "'YYYY-MM-DD HH24:MI'), '')"
            ),
            output_field=models.CharField(),
        )
        query = (
            self.filter(Q(latitude__isnull=False) | Q(place__isnull=False))
            .annotate(
                lat=Cast(Coalesce("latitude", "place__latitude"), models.FloatField()),
                lng=Cast(Coalesce("longitude", "place__longitude"), models.FloatField()),
                shown_at=shown_at,
            )
            .values_list("pk", "lat", "lng", "category__name", "shown_at")[:limit]
        )
        sql, params = query.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [list(row) for row in cursor.fetchall()]


class PeopleInvolved(models.TextChoices):
    ONE = "1", _("1 person")
    FEW = "2-5", _("2–5 personer")
    SEVERAL = "6-10", _("6–10 personer")
    MANY = "10+", _("Fler än 10 personer")


class PoliceNotified(models.TextChoices):
    YES = "yes", _("Ja")
    NO = "no", _("Nej")
    UNKNOWN = "unknown", _("Vet inte")


class IncidentStatus(models.TextChoices):
    NEW = "new", _("Ny")
    REVIEWED = "reviewed", _("Granskad")
    HANDLED = "handled", _("Hanterad")


class IncidentSource(models.TextChoices):
    """Who told the mapping: staff of an organisation, or a citizen's tip (citizen_tips)."""

    STAFF = "staff", _("Personal")
    CITIZEN_TIP = "medborgartips", _("Medborgartips")


# Record keys are drawn from 0 … RECORD_KEY_MODULUS - 1 (the cell-key method's "big N").
RECORD_KEY_MODULUS = 1 << 20


def new_record_key() -> int:
    return secrets.randbelow(RECORD_KEY_MODULUS)


class Incident(models.Model):
    """An insecurity-creating incident (otrygghetsskapande händelse) reported by staff."""

    PeopleInvolved = PeopleInvolved

    PoliceNotified = PoliceNotified

    Status = IncidentStatus

    Source = IncidentSource

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="incidents",
        verbose_name=_("organisation"),
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reported_incidents",
        verbose_name=_("rapporterad av"),
    )
    occurred_at = models.DateTimeField(_("inträffade"))
    ended_at = models.DateTimeField(_("pågick till"), null=True, blank=True)
    time_is_approximate = models.BooleanField(
        _("ungefärlig tid"), default=False, help_text=_("Kryssa i om du inte vet exakt när.")
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="incidents", verbose_name=_("kategori")
    )
    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="incidents",
        verbose_name=_("plats"),
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    place_description = models.CharField(
        _("platsbeskrivning"),
        max_length=200,
        blank=True,
        help_text=_("T.ex. ”vid cykelstället norr om busstationen”. Inga namn på personer."),
    )
    description = models.TextField(
        _("vad hände?"),
        help_text=_("Beskriv händelsen. Skriv inte namn, personnummer eller telefonnummer."),
    )
    people_involved = models.CharField(
        _("antal inblandade"), max_length=5, choices=PeopleInvolved.choices, blank=True
    )
    police_notified = models.CharField(
        _("polisen kontaktad"),
        max_length=10,
        choices=PoliceNotified.choices,
        default=PoliceNotified.UNKNOWN,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    handling_note = models.TextField(_("hantering"), blank=True)
    source = models.CharField(
        _("källa"),
        max_length=20,
        choices=IncidentSource.choices,
        default=IncidentSource.STAFF,
        editable=False,
        help_text=_("Medborgartips: ett godkänt tips från en medborgare (/tipsa/)."),
    )
    # One event counted once (issue 25, point 1): a report linked as the same event as another
    # points to the group's primary (groups are flat: a primary is never a duplicate itself).
    # Only primaries are counted (``IncidentQuerySet.counted``, the rollup triggers).
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        editable=False,
        verbose_name=_("samma händelse som"),
        help_text=_(
            "Händelsen är rapporterad även av en annan rapport och räknas bara en gång, "
            "med den rapporten."
        ),
    )
    duplicate_linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("kopplad av"),
    )
    duplicate_linked_at = models.DateTimeField(
        _("kopplad som samma händelse"), null=True, blank=True, editable=False
    )
    submission_token = models.UUIDField(
        _("inskickningsnyckel"),
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("Gör att samma formulär som skickas två gånger bara sparas en gång."),
    )
    # The incident's record key for the cell-key perturbation of counts shown to staff of other
    # organisations (``est_incidents.disclosure``): drawn at random once, never changed, never
    # shown. A cell's key is the sum of its incidents' keys modulo ``RECORD_KEY_MODULUS``; the
    # database draws it too (``db_default``), for rows inserted in SQL (the loader).
    record_key = models.PositiveIntegerField(
        _("postnyckel"),
        default=new_record_key,
        db_default=Cast(Floor(Random() * RECORD_KEY_MODULUS), models.IntegerField()),
        editable=False,
        help_text=_("Slumptal för störningen av små antal; visas aldrig."),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
    history = HistoricalRecords()

    objects = IncidentQuerySet.as_manager()

    class Meta:
        triggers = version_triggers(INCIDENT_ORGANISATIONS)
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("händelse")
        verbose_name_plural = _("händelser")
        indexes = [
            models.Index(fields=["organisation", "-occurred_at"], name="incident_org_occurred_idx"),
            models.Index(fields=["-occurred_at", "-id"], name="incident_occurred_idx"),
            models.Index(fields=["category", "occurred_at"], name="incident_category_idx"),
            models.Index(fields=["place", "occurred_at"], name="incident_place_idx"),
            models.Index(fields=["status", "occurred_at"], name="incident_status_idx"),
            # The situation picture's aggregates read only these columns of a period: with them
            # in the index (PostgreSQL; ignored elsewhere) a year of a million-row registry is
            # an index-only scan instead of a read of the wide rows (texts) from the heap.
            models.Index(
                fields=["occurred_at"],
                include=["id", "category", "place", "organisation", "latitude", "longitude"],
                name="incident_situation_idx",
            ),
            # The situation picture's "of which citizens' tips": only the tips' own rows.
            models.Index(
                fields=["occurred_at"],
                condition=Q(source=IncidentSource.CITIZEN_TIP),
                name="incident_citizen_tip_idx",
            ),
        ]
        constraints = [
            *date_range_constraints(
                "incident",
                datetimes=(
                    "occurred_at",
                    "ended_at",
                    "created_at",
                    "updated_at",
                    "duplicate_linked_at",
                ),
            ),
            models.CheckConstraint(
                condition=Q(status__in=IncidentStatus.values),
                name="incident_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(source__in=IncidentSource.values),
                name="incident_source_valid",
            ),
            models.CheckConstraint(
                condition=Q(police_notified__in=PoliceNotified.values),
                name="incident_police_notified_valid",
            ),
            models.CheckConstraint(
                condition=Q(people_involved__in=["", *PeopleInvolved.values]),
                name="incident_people_involved_valid",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="incident_point_complete",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | Q(ended_at__gte=F("occurred_at")),
                name="incident_ends_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(duplicate_of=F("pk")),
                name="incident_not_duplicate_of_itself",
            ),
        ]

    def __str__(self):
        return f"{self.category} – {timezone.localtime(self.occurred_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("est:incident_detail", args=[self.pk])

    def clean(self):
        validate_in_hjo(self.latitude, self.longitude)
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Ange både latitud och longitud, eller ingen av dem."))
        if self.ended_at and self.occurred_at and self.ended_at < self.occurred_at:
            raise ValidationError({"ended_at": _("Sluttiden måste vara efter starttiden.")})

    def validate_constraints(self, exclude=None):
        """Django's ``Model.validate_constraints``, skipping first the check constraints that
        name a field left out of validation.

        Django compiles a query for every ``CheckConstraint`` and only then, on the
        ``FieldError`` of an excluded field, skips it. The incident form leaves out every field it
        checks itself (``IncidentForm.CHECKED_BY_THE_FORM``), so each submission compiled ten
        queries for nothing. Skipping them first gives the same result; every other constraint
        is validated as Django does, and the database enforces all of them on save.
        """
        excluded = set(exclude or ())
        using = router.db_for_write(self.__class__, instance=self)
        errors = {}
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                if (
                    isinstance(constraint, models.CheckConstraint)
                    and constraint.condition.referenced_base_fields & excluded
                ):
                    continue
                try:
                    constraint.validate(model_class, self, exclude=exclude, using=using)
                except ValidationError as error:
                    if getattr(error, "code", None) == "unique" and len(constraint.fields) == 1:
                        errors.setdefault(constraint.fields[0], []).append(error)
                    else:
                        errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    @property
    def is_counted(self) -> bool:
        """Counted in the picture, the public figures and the effects (``counted``)."""
        return self.duplicate_of_id is None

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None

    def change_history(self):
        """The incident's change history, newest first, as dicts with ``when``, ``who``,
        ``created`` and ``changes`` (a list of (field label, old value, new value))."""
        records = list(self.history.select_related("history_user").order_by("-history_date"))
        labels = _ForeignKeyLabels(records)
        entries = []
        for record, older in zip(records, [*records[1:], None], strict=True):
            changes = []
            if older is not None:
                delta = record.diff_against(older, excluded_fields=HISTORY_HIDDEN_FIELDS)
                for change in delta.changes:
                    field = self._meta.get_field(change.field)
                    changes.append(
                        (
                            field.verbose_name,
                            labels.display(field, change.old),
                            labels.display(field, change.new),
                        )
                    )
            entries.append(
                {
                    "id": record.history_id,
                    "redactable": bool(redactable_fields(record, self)),
                    "when": record.history_date,
                    "who": record.history_user,
                    "created": record.history_type == "+",
                    "changes": changes,
                }
            )
        return entries


HISTORY_HIDDEN_FIELDS = [
    "created_at",
    "updated_at",
    "submission_token",
    "reported_by",
    "duplicate_linked_by",
    "duplicate_linked_at",
    "record_key",
]


class _ForeignKeyLabels:
    """Readable values for a change history: names for foreign keys, labels for choices. The
    names of each kind are read when a change first shows one (one query per kind, none for
    the usual history of a single record)."""

    def __init__(self, records):
        self._records = records
        self._names = {}

    def _ids(self, attname):
        return {getattr(r, attname) for r in self._records if getattr(r, attname) is not None}

    def _read(self, name):
        if name == "category":
            return {
                c.pk: str(c)
                for c in Category.objects.filter(pk__in=self._ids("category_id")).select_related(
                    "parent"
                )
            }
        model = Place if name == "place" else Organisation
        return dict(model.objects.filter(pk__in=self._ids(f"{name}_id")).values_list("pk", "name"))

    def _names_of(self, name):
        if name not in self._names:
            self._names[name] = self._read(name)
        return self._names[name]

    def display(self, field, value):
        if value in (None, ""):
            return "–"
        if field.name in ("category", "place", "organisation"):
            return self._names_of(field.name).get(value, value)
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, bool):
            return _("Ja") if value else _("Nej")
        if hasattr(value, "tzinfo"):
            from django.utils.formats import date_format

            return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
        return value


class HistoricalIncidentVersion(Incident.history.model):
    """The incidents' history table with its version trigger: its rows change only by a
    redaction or a purge (a new row comes with a write to the incident, which bumps already)."""

    class Meta:
        proxy = True
        verbose_name = _("incidenthistorik")
        verbose_name_plural = _("incidenthistorik")
        triggers = version_triggers(INCIDENT_ORGANISATIONS, inserts=False)
