"""Organisations, memberships, the municipality's contact information and account audit events."""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions
from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.roles import Role
from hjo_safety.security import client_ip
from hjo_safety.statements import Statement


class OrganisationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def of_member(self, user):
        """The user's own organisations (the only way to ask "my organisations"), inactive ones
        included: a user keeps reading their organisation's material; reporting for an inactive
        organisation is refused by chaining ``.active()``."""
        return self.filter(pk__in=permissions.organisation_ids(user))

    def visible_to(self, user):
        """Organisations a user may see: all for a coordinator, else those of their memberships."""
        if permissions.is_coordinator(user):
            return self
        return self.filter(pk__in=permissions.organisation_ids(user))

    def administered_by(self, user):
        """Organisations whose people the user may manage."""
        if permissions.is_coordinator(user):
            return self
        return self.filter(pk__in=permissions.admin_organisation_ids(user))


class OrganisationKind(models.TextChoices):
    MUNICIPAL_SERVICE = "municipal_service", _("Kommunal verksamhet")
    POLICE = "police", _("Polisen")
    COMPANY = "company", _("Företag")
    NON_PROFIT = "non_profit", _("Ideell organisation")
    OTHER = "other", _("Övrig")


class Organisation(models.Model):
    Kind = OrganisationKind

    name = models.CharField(_("namn"), max_length=200, unique=True)
    short_name = models.CharField(
        _("kortnamn"), max_length=40, blank=True, help_text=_("Visas i listor, t.ex. ”Fritid”.")
    )
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    is_active = models.BooleanField(
        _("aktiv"), default=True, help_text=_("Inaktiva organisationer kan inte rapportera.")
    )
    share_reporter_name = models.BooleanField(
        _("visa rapportörens namn vid delning"),
        default=False,
        help_text=_(
            "Kryssa i om organisationer som en händelse delas med får se namnet på den som "
            "rapporterade den. Annars visas bara organisationen."
        ),
    )
    history = HistoricalRecords()

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")
        triggers = version_triggers()
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values),
                name="organisation_kind_valid",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return self.short_name or self.name


class MembershipQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Coordinators see all; an organisation admin their organisations'; others their own."""
        if permissions.is_coordinator(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            Q(organisation__in=permissions.admin_organisation_ids(user)) | Q(user=user)
        )

    def editable_by(self, user):
        """Memberships a user may change: never a coordinator's, unless they are one."""
        if permissions.is_coordinator(user):
            return self
        return self.filter(organisation__in=permissions.admin_organisation_ids(user)).exclude(
            role=Role.COORDINATOR
        )


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("användare"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("roll"),
        max_length=20,
        choices=Role.choices,
        default=Role.REPORTER,
        help_text=_(
            "Rapportör: rapporterar och läser den egna organisationens händelser. "
            "Organisationsadministratör: hanterar dessutom organisationens användare. "
            "Samordnare: ser och hanterar allt."
        ),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    history = HistoricalRecords()

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organisation__name", "user__username"]
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        triggers = version_triggers()
        constraints = [
            *date_range_constraints("membership", datetimes=("created_at",)),
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_unique_user_organisation"
            ),
            models.CheckConstraint(
                condition=Q(role__in=Role.values),
                name="membership_role_valid",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "role"], name="membership_org_role_idx")]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"


class ContactInfo(models.Model):
    """The municipality's contact centre, shown on /kontakt/ and in every page's footer."""

    name = models.CharField(_("namn"), max_length=200, default="Hjo kommun, kontaktcenter")
    phone = models.CharField(_("telefon"), max_length=40)
    phone_hours = models.CharField(_("telefontider"), max_length=200)
    email = models.EmailField(_("e-post"))
    visiting_address = models.CharField(_("besöksadress"), max_length=200)
    opening_hours = models.CharField(_("öppettider"), max_length=200)
    postal_address = models.CharField(_("postadress"), max_length=200)
    # The English pages (docs/architecture.md, "Languages") show these in place of the Swedish
    # ones; empty: the Swedish text is shown.
    name_en = models.CharField(
        _("namn på engelska"),
        max_length=200,
        blank=True,
        default="Hjo Municipality, contact centre",
        help_text=_("Visas på de engelska sidorna. Tomt: det svenska namnet visas."),
    )
    phone_hours_en = models.CharField(
        _("telefontider på engelska"),
        max_length=200,
        blank=True,
        default="Mon–Fri 07.30–16.00",
        help_text=_("Visas på de engelska sidorna. Ändra dem när de svenska tiderna ändras."),
    )
    opening_hours_en = models.CharField(
        _("öppettider på engelska"),
        max_length=200,
        blank=True,
        default="Mon–Fri 07.30–16.00",
        help_text=_("Visas på de engelska sidorna. Ändra dem när de svenska tiderna ändras."),
    )
    directions_url = models.URLField(
        _("länk ”Hitta hit”"),
        blank=True,
        help_text=_("Karta eller vägbeskrivning till besöksadressen."),
    )
    dpo_email = models.EmailField(
        _("dataskyddsombudets e-post"),
        default="dataskyddsombud@hjo.se",
        help_text=_("Visas på sidan om personuppgifter, dit den registrerade vänder sig."),
    )
    dpo_phone = models.CharField(
        _("dataskyddsombudets telefon"),
        max_length=40,
        blank=True,
        default="0503-35000",
        help_text=_("Lämna tomt om ombudet bara nås via e-post."),
    )
    updated_at = models.DateTimeField(_("uppdaterad"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("kontaktuppgifter")
        verbose_name_plural = _("kontaktuppgifter")
        triggers = version_triggers()
        constraints = [
            *date_range_constraints("contactinfo", datetimes=("updated_at",)),
        ]

    def __str__(self):
        return self.name

    def _in_language(self, field):
        english = get_language() == "en" and getattr(self, f"{field}_en")
        return english or getattr(self, field)

    @property
    def shown_name(self):
        """The name in the active language (English when given and English is active)."""
        return self._in_language("name")

    @property
    def shown_phone_hours(self):
        return self._in_language("phone_hours")

    @property
    def shown_opening_hours(self):
        return self._in_language("opening_hours")

    @staticmethod
    def _tel_uri(number):
        """A phone number as a tel: URI in international form (0503-35000 → +4650335000)."""
        digits = "".join(ch for ch in number if ch.isdigit())
        if digits.startswith("0"):
            digits = "46" + digits[1:]
        return f"tel:+{digits}"

    @property
    def phone_href(self):
        return self._tel_uri(self.phone)

    @property
    def dpo_phone_href(self):
        return self._tel_uri(self.dpo_phone)

    @classmethod
    def current(cls):
        """The contact details (the first stored), read on every page for the footer with a
        statement compiled once per process (``hjo_safety.statements``)."""
        found = _CURRENT_CONTACT.objects()
        return found[0] if found else None


_CURRENT_CONTACT = Statement(lambda: ContactInfo.objects.order_by("pk")[:1])


class AuditEventQuerySet(models.QuerySet):
    def record(self, kind, *, request=None, user=None, username="", detail=""):
        """Write one event; the client address comes from ``request`` (see security.client_ip)."""
        if user is not None and not getattr(user, "is_authenticated", False):
            user = None
        if user is not None and not username:
            username = user.get_username()
        return self.create(
            kind=kind,
            user=user,
            username=(username or "")[:150],
            ip_address=client_ip(request) if request is not None else None,
            detail=(detail or "")[:200],
        )


class AuditEvent(models.Model):
    """An account event for the audit log: log in, log out, failed logins, lockouts, 2FA.

    Changes to the portal's data are audited by django-simple-history (``history`` on each
    model); this table holds what happens to accounts, and the redactions of text from that
    history (``hjo_safety.redaction``), which must not leave the removed text behind. Rows are written, never changed: there is
    no admin for them and the audit page is read-only.
    """

    class Kind(models.TextChoices):
        LOGIN = "login", _("Inloggning")
        LOGOUT = "logout", _("Utloggning")
        LOGIN_FAILED = "login_failed", _("Misslyckad inloggning")
        LOCKED_OUT = "locked_out", _("Spärrad efter misslyckade inloggningar")
        UNLOCKED = "unlocked", _("Spärr hävd")
        OTP_ENABLED = "otp_enabled", _("Tvåstegsverifiering aktiverad")
        OTP_FAILED = "otp_failed", _("Fel verifieringskod")
        REDACTED = "redacted", _("Text borttagen ur historiken")
        SSO_LOGIN = "sso_login", _("Inloggning via identitetsleverantör")
        SSO_REFUSED = "sso_refused", _("Inloggning via identitetsleverantör nekad")
        SSO_PENDING = "sso_pending", _("Konto skapat via identitetsleverantör, väntar")
        SSO_APPROVED = "sso_approved", _("Konto via identitetsleverantör godkänt")
        SSO_ENDED = "sso_ended", _("Sessionen avslutad av identitetsleverantören")
        # /personal/medarbetare/ (hjo_safety.members): the account is the one acted on.
        INVITED = "invited", _("Inbjuden")
        INVITATION_RESENT = "invitation_resent", _("Inbjudan skickad igen")
        INVITATION_WITHDRAWN = "invitation_withdrawn", _("Inbjudan tillbakadragen")
        ROLE_CHANGED = "role_changed", _("Roll ändrad")
        MEMBER_REMOVED = "member_removed", _("Borttagen ur organisation")
        DEACTIVATED = "deactivated", _("Konto inaktiverat")

    kind = models.CharField(_("händelse"), max_length=20, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("användare"),
    )
    username = models.CharField(
        _("användarnamn"),
        max_length=150,
        blank=True,
        help_text=_("Som det angavs, även när inget konto har det namnet."),
    )
    ip_address = models.GenericIPAddressField(_("IP-adress"), null=True, blank=True)
    detail = models.CharField(_("detaljer"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("tidpunkt"), default=timezone.now)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("kontohändelse")
        verbose_name_plural = _("kontohändelser")
        constraints = [
            *date_range_constraints("auditevent", datetimes=("created_at",)),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "login",
                        "logout",
                        "login_failed",
                        "locked_out",
                        "unlocked",
                        "otp_enabled",
                        "otp_failed",
                        "redacted",
                        "sso_login",
                        "sso_refused",
                        "sso_pending",
                        "sso_approved",
                        "sso_ended",
                        "invited",
                        "invitation_resent",
                        "invitation_withdrawn",
                        "role_changed",
                        "member_removed",
                        "deactivated",
                    ]
                ),
                name="auditevent_kind_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at"], name="auditevent_created_idx"),
            models.Index(fields=["kind", "-created_at"], name="auditevent_kind_idx"),
            models.Index(fields=["user", "-created_at"], name="auditevent_user_idx"),
            models.Index(fields=["username"], name="auditevent_username_idx"),
        ]

    def __str__(self):
        return (
            f"{self.get_kind_display()} – {self.username or '?'} ({self.created_at:%Y-%m-%d %H:%M})"
        )


class JobRunQuerySet(models.QuerySet):
    def record_success(self, name: str, *, at=None):
        at = at or timezone.now()
        self.update_or_create(name=name, defaults={"last_success": at})

    def record_failure(self, name: str, *, at=None):
        at = at or timezone.now()
        self.update_or_create(name=name, defaults={"last_failure": at})

    def overdue(self, *, now=None, include_never_run=True) -> list["OverdueJob"]:
        """The scheduled jobs (``settings.SCHEDULED_JOBS``) whose last success is older than
        their allowed interval, or that never succeeded; oldest first. Without
        ``include_never_run``, a job that has no record at all (a fresh install, the demo)
        is left out; one that only ever failed is still in."""
        now = now or timezone.now()
        last = dict(self.values_list("name", "last_success"))
        found = []
        for name, hours in settings.SCHEDULED_JOBS.items():
            if name not in last and not include_never_run:
                continue
            success = last.get(name)
            if success is None or success < now - timedelta(hours=hours):
                found.append(OverdueJob(name=name, last_success=success, allowed_hours=hours))
        return sorted(found, key=lambda job: (job.last_success is not None, job.last_success))


@dataclass(frozen=True)
class OverdueJob:
    name: str
    last_success: datetime | None
    allowed_hours: int


class JobRun(models.Model):
    """When a scheduled job (``manage.py run_job <name>``, started by a systemd timer) last
    succeeded and last failed: what the metrics and the coordinator's start page read to see
    a job that has stopped running (docs/operations.md)."""

    name = models.CharField(_("jobb"), max_length=100, unique=True)
    last_success = models.DateTimeField(_("senast lyckad"), null=True, blank=True)
    last_failure = models.DateTimeField(_("senast misslyckad"), null=True, blank=True)

    objects = JobRunQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = date_range_constraints("jobrun", datetimes=("last_success", "last_failure"))
        verbose_name = _("schemalagt jobb")
        verbose_name_plural = _("schemalagda jobb")

    def __str__(self):
        return self.name


class DataVersion(models.Model):
    """One slot of one scope's data version (``hjo_safety/cache.py``): bumped by the version
    triggers on every write to a table that kept parts show."""

    scope = models.BigIntegerField(
        _("omfång"), help_text=_("En organisations id, eller 0 för data som alla ser.")
    )
    slot = models.PositiveSmallIntegerField(_("plats"))
    n = models.BigIntegerField(_("antal skrivningar"), default=0)

    class Meta:
        ordering = ["scope", "slot"]
        verbose_name = _("dataversion")
        verbose_name_plural = _("dataversioner")
        constraints = [
            models.UniqueConstraint(fields=["scope", "slot"], name="data_version_scope_slot"),
        ]

    def __str__(self):
        return f"{self.scope}/{self.slot}: {self.n}"


class UserNames(User):
    """``auth_user`` with the version trigger on its names (shown in histories and lists); a
    proxy, so the trigger is declared here, where the core's tables are, without touching
    ``django.contrib.auth``. A login (``last_login``) bumps nothing."""

    class Meta:
        proxy = True
        verbose_name = _("användarnamn")
        verbose_name_plural = _("användarnamn")
        triggers = version_triggers(columns=("username", "first_name", "last_name"))


class AccessEventQuerySet(models.QuerySet):
    def older_than(self, moment):
        """Events past the access log's retention (``purge_access_log``)."""
        return self.filter(created_at__lt=moment)


class AccessEvent(models.Model):
    """Who read or exported crime-related data (GDPR art. 10 and 32): the access log.

    Written by the views through ``hjo_safety.access_log.record_access``, never typed: every CSV
    export of incidents, every incident page read by someone outside the reporting organisation
    (a receiver of a share, or a coordinator), and every download of a frozen situation picture
    or of the yearly document. Searched by the coordinator and the data protection officer on
    /personal/atkomstlogg/; kept ``ACCESS_LOG_RETENTION_DAYS`` days (``purge_access_log``).

    Not ``AuditEvent``: that table holds account events, kept with the accounts' history and
    shown to coordinators only; reads are far more numerous, have their own retention and their
    own readers (the DPO), and need the object and its organisation to be searchable.
    """

    class Kind(models.TextChoices):
        INCIDENT_VIEW = "incident_view", _("Läste en annan organisations händelse")
        CSV_EXPORT = "csv_export", _("Exporterade händelser (CSV)")
        FROZEN_PICTURE = "frozen_picture", _("Hämtade en fryst lägesbild")
        YEARLY_DOCUMENT = "yearly_document", _("Hämtade årets lägesbild och åtgärdsplan")

    kind = models.CharField(_("vad"), max_length=20, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("användare"),
    )
    username = models.CharField(
        _("användarnamn"),
        max_length=150,
        help_text=_("Kvar även om kontot tas bort."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uppgifternas organisation"),
        help_text=_("Organisationen som rapporterade det som lästes, när det är en enda."),
    )
    object_type = models.CharField(
        _("objekttyp"),
        max_length=60,
        help_text=_("Modellen som lästes, t.ex. est_incidents.incident."),
    )
    object_id = models.PositiveBigIntegerField(_("objekt-id"), null=True, blank=True)
    object_label = models.CharField(_("objekt"), max_length=200)
    detail = models.CharField(
        _("detaljer"),
        max_length=300,
        blank=True,
        help_text=_("T.ex. exportens filter (utan sökord) eller filformatet."),
    )
    ip_address = models.GenericIPAddressField(_("IP-adress"), null=True, blank=True)
    created_at = models.DateTimeField(_("tidpunkt"), default=timezone.now)

    objects = AccessEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("åtkomsthändelse")
        verbose_name_plural = _("åtkomsthändelser")
        permissions = [
            (
                "search_access_log",
                _("Kan söka i åtkomstloggen (dataskyddsombud)"),
            )
        ]
        constraints = [
            *date_range_constraints("accessevent", datetimes=("created_at",)),
            models.CheckConstraint(
                condition=Q(
                    kind__in=["incident_view", "csv_export", "frozen_picture", "yearly_document"]
                ),
                name="accessevent_kind_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at"], name="accessevent_created_idx"),
            models.Index(fields=["user", "-created_at"], name="accessevent_user_idx"),
            models.Index(fields=["organisation", "-created_at"], name="accessevent_org_idx"),
            models.Index(fields=["object_type", "object_id"], name="accessevent_object_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.username} ({self.created_at:%Y-%m-%d %H:%M})"


class SsoIdentityQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=SsoIdentity.Status.PENDING, user__is_active=True)

    def awaiting(self, user, providers):
        """Accounts waiting for approval that ``user`` may approve: a coordinator all of them,
        an organisation admin those that came through a provider mapped to one of the
        organisations it administers (``providers``: provider key → organisation ids)."""
        if permissions.is_coordinator(user):
            return self.pending()
        mine = permissions.admin_organisation_ids(user)
        keys = [key for key, organisation_ids in providers.items() if mine & organisation_ids]
        return self.pending().filter(provider__in=keys)


class SsoIdentity(models.Model):
    """A portal account's link to an account at an OpenID Connect provider (``hjo_safety.sso``).

    The provider's ``sub`` is its stable identifier for the person; the e-mail address only
    matters at the first login, to find an invited user. An account the first login created
    has no membership and waits (``pending``) until an organisation admin approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Väntar på godkännande")
        APPROVED = "approved", _("Godkänd")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sso_identities",
        verbose_name=_("användare"),
    )
    provider = models.CharField(
        _("identitetsleverantör"), max_length=40, help_text=_("Nyckeln i OIDC_PROVIDERS.")
    )
    subject = models.CharField(
        _("identitet hos leverantören"), max_length=255, help_text=_("Leverantörens ”sub”.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("skapad"), default=timezone.now)
    last_login_at = models.DateTimeField(_("senaste inloggning"), null=True, blank=True)
    logged_out_at = models.DateTimeField(
        _("utloggad av leverantören"),
        null=True,
        blank=True,
        help_text=_("Sessioner som började före denna tidpunkt avslutas (back-channel logout)."),
    )
    last_sid = models.CharField(
        _("senaste sessions-id hos leverantören"), max_length=255, blank=True
    )

    objects = SsoIdentityQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("inloggning via identitetsleverantör")
        verbose_name_plural = _("inloggningar via identitetsleverantör")
        constraints = [
            *date_range_constraints(
                "ssoidentity", datetimes=("created_at", "last_login_at", "logged_out_at")
            ),
            models.UniqueConstraint(
                fields=["provider", "subject"], name="ssoidentity_unique_provider_subject"
            ),
            models.UniqueConstraint(
                fields=["user", "provider"], name="ssoidentity_unique_user_provider"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "approved"]), name="ssoidentity_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["status", "provider"], name="ssoidentity_pending_idx")]

    def __str__(self):
        return f"{self.user} @ {self.provider}"


def attachment_storage():
    """The storage of attached photos and papers (``STORAGES["attachments"]``), read per call
    so that settings decide it, never a public media URL."""
    from django.core.files.storage import storages

    return storages["attachments"]


def attachment_path(instance, filename):
    """``<kind>/<year>/<month>/<random id>.<ext>``: the uploaded name (which may name a
    person) is never kept."""
    now = timezone.now()
    extension = "pdf" if instance.kind == Attachment.Kind.PDF else "jpg"
    return f"{instance.kind}/{now:%Y}/{now:%m}/{instance.public_id.hex}.{extension}"


class AttachmentQuerySet(models.QuerySet):
    def of(self, obj):
        """The attachments of one object, oldest first."""
        from django.contrib.contenttypes.models import ContentType

        return self.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=obj.pk,
        )


class Attachment(models.Model):
    """A photo or a PDF paper attached to an object of an app (an incident, a tip, a safety
    walk's finding, an EST or council meeting). Which models may have attachments, who sees
    and changes them, and how long they are kept is registered by each app
    (``hjo_safety.attachments.register``); the file is re-encoded on upload and served only
    by ``hjo_safety.attachment_views`` after that check."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Bild")
        PDF = "pdf", _("PDF-handling")

    public_id = models.UUIDField(_("id"), default=uuid.uuid4, unique=True, editable=False)
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("typ av objekt")
    )
    object_id = models.PositiveBigIntegerField(_("objektets id"))
    kind = models.CharField(_("slag"), max_length=8, choices=Kind.choices)
    file = models.FileField(
        _("fil"), storage=attachment_storage, upload_to=attachment_path, max_length=120
    )
    size = models.PositiveIntegerField(_("storlek (byte)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uppladdad av"),
    )
    uploaded_at = models.DateTimeField(_("uppladdad"), default=timezone.now)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="attachment_of_object_idx")
        ]
        constraints = [
            *date_range_constraints("attachment", datetimes=("uploaded_at",)),
            models.CheckConstraint(
                condition=Q(kind__in=["image", "pdf"]), name="attachment_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.public_id.hex[:8]}"

    @property
    def filename(self):
        """The name the browser saves it under: no uploaded name, only the kind and id."""
        prefix = "bild" if self.kind == self.Kind.IMAGE else "handling"
        extension = "pdf" if self.kind == self.Kind.PDF else "jpg"
        return f"{prefix}-{self.public_id.hex[:8]}.{extension}"
