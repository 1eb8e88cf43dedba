"""The isolation matrix: every named URL × {anonymous, reporter of A, organisation admin of A,
coordinator} × {object of A, object of B} → the expected status, in ONE table (``MATRIX``).

The URL names come from the URL resolver, so a new URL without a row fails
``test_every_named_url_has_a_row`` with its name. The admin's change, delete and history pages
(and django-simple-history's version pages) of every registered model are included.

Adding a row for a new URL:

1. If its objects are of a new kind, add a builder to ``OBJECT_KINDS``: a function
   ``(world, side) -> list of URL args`` that makes (or picks) the object of organisation A
   (``side == "A"``) or B, e.g. ``"incident": lambda w, side: [IncidentFactory(organisation=
   w.org(side)).pk]``.
2. Add ``"namespace:name": row("kind", anonymous, reporter_a, org_admin_a, coordinator)`` to
   ``MATRIX``. Each status is one int (same for A's and B's object) or ``(for A, for B)``.

Objects without an organisation that have drafts (council meetings, citizen promises and
their follow-ups) use the same two columns for published (A) and draft (B): the invariant "only
a coordinator sees B" then also says that nobody else sees a draft.

URLs that only accept POST answer GET with 405; ``POST_MATRIX`` repeats them with a POST (CSRF
checks on, token included) for the same roles and objects, and checks that a refused POST
changed nothing.

Invariants checked on top of the table: nobody but a coordinator gets a 200 for another
organisation's object, and anonymous users get no 200 below /personal/ or /admin/.
"""

import datetime
import io
import re
import uuid
from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from bra_council.models import MeetingStatus, MinutesCorrection
from citizen_promises.models import CitizenPromise, FollowUp
from citizen_tips.models import CitizenTip, TipModerator
from est_incidents.models import (
    EstAction,
    EstMeeting,
    EstMeetingReport,
    Incident,
    IncidentShare,
    NothingToReport,
    YearlySituationAnalysis,
)
from est_incidents.services import share_incident, withdraw_share
from est_measures.models import (
    CampaignMark,
    FindingShare,
    PlannedEvent,
    SafetyWalkFinding,
    WalkCampaign,
)
from est_measures.planned_events import feed_token
from hjo_safety.attachments import IMAGE, save_attachment
from hjo_safety.models import Membership, Organisation, Role, SsoIdentity
from notifications.mail import unsubscribe_token
from notifications.models import Bulletin, OutboxMessage, Subscription
from notifications.subscription_links import confirm_token, unsubscribe_token_for
from safety_statistics.models import CrimeStatistic, Population
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    CooperationAgreementFactory,
    FollowUpFactory,
    SurveyFactory,
)
from tests.citizen_tips.factories import CitizenTipFactory
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import (
    EstActionFactory,
    EstMeetingFactory,
    EstMeetingReportFactory,
    PoliceEventFactory,
)
from tests.est_measures.factories import (
    InterventionFactory,
    InterventionKindFactory,
    SafetyWalkFactory,
    SafetyWalkFindingFactory,
)
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reporter_a", "org_admin_a", "coordinator")
SIDES = ("A", "B")


# --- Objects ------------------------------------------------------------------------------


@dataclass
class World:
    org_a: object
    org_b: object
    reporter_a: object
    reporter_b: object
    org_admin_a: object
    coordinator: object
    contact_info: object

    def org(self, side):
        return self.org_a if side == "A" else self.org_b

    def reporter(self, side):
        return self.reporter_a if side == "A" else self.reporter_b


def _attempt(world, side):
    # Not a user of the matrix: a successful login resets that user name's attempts.
    username = f"gissning-{side.lower()}"
    attempt = AccessAttempt.objects.create(
        username=username,
        ip_address="192.0.2.1" if side == "A" else "192.0.2.2",
        user_agent="test",
        http_accept="*/*",
        path_info="/konto/logga-in/",
        get_data="",
        post_data="",
        failures_since_start=1,
    )
    return [attempt.pk]


def _invitation(world, side):
    """An invitation not yet used (/personal/medarbetare/): an account without a password."""
    user = member(world.org(side), Role.REPORTER, username=f"inbjuden-{uuid.uuid4().hex[:12]}")
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return [user.memberships.get().pk]


def _bulletin(world, side):
    bulletin = Bulletin.objects.create(title=f"Helgen {side}", text="Lugnt i hamnen.")
    bulletin.organisations.set([world.org(side)])
    return bulletin.pk


def _version(obj):
    if not obj.history.exists():  # rows seeded by a data migration have no history yet
        obj.save()
    return [obj.pk, obj.history.latest().history_id]


def _sso_pending(world, side):
    """An account a first single sign-on created, waiting for approval by side's admins."""
    user = member(world.org(side), username=f"sso-{uuid.uuid4().hex[:8]}")
    user.memberships.all().delete()
    provider = "matris" if side == "A" else "matris-b"
    return SsoIdentity.objects.create(user=user, provider=provider, subject=user.username).pk


def _incident(world, side):
    return IncidentFactory(organisation=world.org(side), reported_by=world.reporter(side))


def _incident_photo(world, side):
    return save_attachment(
        obj=_incident(world, side), kind=IMAGE, content=b"\xff\xd8photo", acting_user=None
    )


def _small_png():
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG")
    return SimpleUploadedFile("bild.png", out.getvalue(), content_type="image/png")


def _incident_old_version(world, side):
    """An incident and its first version, whose text a correction has since replaced."""
    incident = _incident(world, side)
    first = incident.history.latest().history_id
    incident.description = "Rättad beskrivning."
    incident.save()
    return [incident.pk, first]


def _third_organisation():
    return OrganisationFactory(name="Tredje organisationen (test)")


def _share(incident, organisation, user):
    return share_incident(
        incident=incident,
        organisation=organisation,
        note="Kan ni titta på detta?",
        acting_user=user,
    )


def _own_share(world, side):
    """A share of the side's own incident with a third organisation: [incident, share]."""
    incident = _incident(world, side)
    share = _share(incident, _third_organisation(), world.reporter(side))
    return [incident.pk, share.pk]


def _received_share(world, side):
    """A: B's incident shared with A; B: B's incident shared with a third organisation."""
    incident = _incident(world, "B")
    receiver = world.org_a if side == "A" else _third_organisation()
    share = _share(incident, receiver, world.reporter_b)
    return [incident.pk, share.pk]


def _shared_incident(world, side):
    """B's incident, shared with A (side A) or with a third organisation (side B)."""
    return [_received_share(world, side)[0]]


def _withdrawn_incident(world, side):
    """B's incident, shared with A (A) or a third organisation (B), then withdrawn."""
    incident_pk, share_pk = _received_share(world, side)
    withdraw_share(share=IncidentShare.objects.get(pk=share_pk), acting_user=world.reporter_b)
    return [incident_pk]


def _same_event_data(world, args):
    """Another organisation's report of the same event (same category, place and time): a
    suggested duplicate of the incident (issue 25)."""
    incident = Incident.objects.get(pk=args[0])
    other = IncidentFactory(
        organisation=_third_organisation(),
        category=incident.category,
        place=incident.place,
        occurred_at=incident.occurred_at,
    )
    return {"other": other.pk}


def _linked_incident(world, side):
    """The side's incident, linked as the same event to a third organisation's report."""
    incident = _incident(world, side)
    other = IncidentFactory(organisation=_third_organisation(), category=incident.category)
    Incident.objects.filter(pk=incident.pk).update(duplicate_of=other)
    return [incident.pk]


def _nothing_to_report(world, side):
    """The side's "inget att rapportera" for a week (issue 25), a new one each time."""
    today = timezone.localdate() - datetime.timedelta(days=NothingToReport.objects.count())
    return [
        NothingToReport.objects.create(
            organisation=world.org(side),
            period_start=today - datetime.timedelta(days=7),
            period_end=today,
            recorded_by=world.reporter(side),
        ).pk
    ]


def _planned_event(world, side):
    """An event ahead (arrangemang) the side's organisation entered (issue 25)."""
    return [
        PlannedEvent.objects.create(
            title="Hjo-marknaden",
            organisation=world.org(side),
            starts_at=timezone.now() + datetime.timedelta(days=3),
        ).pk
    ]


def _planned_events_feed(world, side):
    """A's reporter's signed feed address (A); a forged one (B)."""
    token = feed_token(world.reporter_a)
    return [token if side == "A" else token[:-2] + "xx"]


def _council_meeting(world, side):
    """A: a held meeting with approved minutes (public); B: a planned meeting (a draft)."""
    if side == "A":
        meeting = CouncilMeetingFactory(approved=True)
    else:
        meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=meeting, is_public=True)
    return meeting


def _council_item(world, side):
    return AgendaItemFactory(meeting=_council_meeting(world, side))


def _minutes_correction(world, side):
    item = AgendaItemFactory(meeting=CouncilMeetingFactory(approved=True))
    return MinutesCorrection.objects.create(
        meeting=item.meeting, item=item, revision=1, reason="Stavfel", made_by=world.coordinator
    )


def _promise(world, side):
    """A: a published promise; B: a draft."""
    return CitizenPromiseFactory(published=side == "A")


def _agreement(world, side):
    """A: a published cooperation agreement; B: a draft."""
    return CooperationAgreementFactory(is_published=side == "A")


def _follow_up(world, side):
    """A: a published follow-up of a published promise; B: an unpublished one."""
    return FollowUpFactory(promise=CitizenPromiseFactory(published=True), is_published=side == "A")


def _survey(world, side):
    """A: a closed, published safety survey (its results are public); B: a draft."""
    return SurveyFactory(closed=True, is_published=side == "A")


def _est_meeting(world, side):
    return EstMeetingFactory()


def _est_report(world, side):
    return EstMeetingReportFactory(organisation=world.org(side))


def _est_action(world, side):
    return EstActionFactory(responsible_organisation=world.org(side))


def _yearly_analysis(world, side):
    return YearlySituationAnalysis.objects.create(
        year=2024 if side == "A" else 2025, extent="Omfattning"
    )


def _pk(builder):
    return lambda world, side: [builder(world, side).pk]


def _versioned(builder):
    return lambda world, side: _version(builder(world, side))


OBJECT_KINDS = {
    # URLs without an object: the same request for A and B.
    "none": lambda w, side: [],
    "language": lambda w, side: ["en"],
    "organisation": lambda w, side: [w.org(side).pk],
    "organisation_version": lambda w, side: _version(w.org(side)),
    "organisation_on_site": lambda w, side: [
        ContentType.objects.get_for_model(w.org(side)).pk,
        w.org(side).pk,
    ],
    "membership": lambda w, side: [w.reporter(side).memberships.get().pk],
    "membership_version": lambda w, side: _version(w.reporter(side).memberships.get()),
    "user": lambda w, side: [w.reporter(side).pk],
    # An invitation not yet used (/personal/medarbetare/): an account without a password.
    "invitation": lambda w, side: _invitation(w, side),
    "new_membership": lambda w, side: [
        member(w.org(side), Role.REPORTER, username=f"ny-{uuid.uuid4().hex[:12]}")
        .memberships.get()
        .pk
    ],
    # One contact row for the whole municipality: A and B are the same object.
    "contactinfo": lambda w, side: [w.contact_info.pk],
    "contactinfo_version": lambda w, side: _version(w.contact_info),
    "accessattempt": _attempt,
    "totpdevice": lambda w, side: [
        TOTPDevice.objects.create(user=w.reporter(side), name="app", confirmed=True).pk
    ],
    "staticdevice": lambda w, side: [
        StaticDevice.objects.create(user=w.reporter(side), name="koder", confirmed=True).pk
    ],
    "app_label": lambda w, side: ["hjo_safety"],
    "reset_token": lambda w, side: ["MQ", "ogiltig-nyckel"],
    # Single sign-on (hjo_safety.sso): the providers of MATRIX_SSO_PROVIDERS, A's and B's.
    "sso_provider": lambda w, side: ["matris" if side == "A" else "matris-b"],
    "sso_pending": lambda w, side: [_sso_pending(w, side)],
    # notifications: the signed token is the credential (no login), like a reset link.
    "unsubscribe_token": lambda w, side: [unsubscribe_token(w.reporter(side), "incident_status")],
    # A citizen's subscription: the signed link is the credential; no organisation owns it.
    "subscription_confirm_token": lambda w, side: [
        confirm_token(Subscription.objects.create(email=f"{side}@example.org", topic="council"))
    ],
    "subscription_unsubscribe_token": lambda w, side: [
        unsubscribe_token_for(
            Subscription.objects.create(email=f"{side}@example.org", topic="figures")
        )
    ],
    "bulletin": lambda w, side: [_bulletin(w, side)],
    "outboxmessage": lambda w, side: [
        OutboxMessage.objects.create(
            event_key=f"matrix:{uuid.uuid4().hex}",
            kind="incident_status",
            recipient=w.reporter(side),
            to_address=w.reporter(side).email,
            subject="Test",
            template="incident_status",
        ).pk
    ],
    # est_incidents: incidents belong to an organisation.
    "incident": _pk(_incident),
    "linked_incident": _linked_incident,
    "nothing_to_report": _nothing_to_report,
    "planned_event": _planned_event,
    "planned_events_feed": _planned_events_feed,
    "incident_version": _versioned(_incident),
    "incident_old_version": _incident_old_version,
    "own_share": _own_share,
    "received_share": _received_share,
    "shared_incident": _shared_incident,
    "withdrawn_incident": _withdrawn_incident,
    "category": lambda w, side: [CategoryFactory().pk],
    "place": lambda w, side: [PlaceFactory().pk],
    "policeevent": lambda w, side: [PoliceEventFactory().pk],
    # EST meetings and their actions are shared by every participating organisation; a report
    # and an action's status belong to one organisation.
    "estmeeting": _pk(_est_meeting),
    "estmeeting_version": _versioned(_est_meeting),
    "meeting_report": lambda w, side: [EstMeetingFactory().pk, w.org(side).pk],
    "estmeetingreport": _pk(_est_report),
    "estmeetingreport_version": _versioned(_est_report),
    "estaction": _pk(_est_action),
    "estaction_version": _versioned(_est_action),
    "yearlysituationanalysis": _pk(_yearly_analysis),
    "yearlysituationanalysis_version": _versioned(_yearly_analysis),
    "year": lambda w, side: [timezone.localdate().year],
    # est_measures: interventions belong to an organisation but every participant reads them;
    # "intervention_of_b" is always organisation B's (a shared kind, tested once).
    "intervention": lambda w, side: [InterventionFactory(organisation=w.org(side)).pk],
    "intervention_of_b": lambda w, side: [InterventionFactory(organisation=w.org_b).pk],
    "interventionkind": lambda w, side: [InterventionKindFactory().pk],
    # Safety walks: read by every participant, changed by the organisations that took part;
    # "walk_published": A is published, B is not (the public summary).
    "walk": lambda w, side: [SafetyWalkFactory(organisations=[w.org(side)]).pk],
    "estaction_of_b": lambda w, side: [EstActionFactory(responsible_organisation=w.org_b).pk],
    "walk_of_b": lambda w, side: [SafetyWalkFactory(organisations=[w.org_b]).pk],
    "walk_published": lambda w, side: [SafetyWalkFactory(is_published=side == "A").pk],
    "finding": lambda w, side: [
        SafetyWalkFindingFactory(walk=SafetyWalkFactory(organisations=[w.org(side)])).pk
    ],
    # A finding of B's walk shared with A (A: A receives it) or with a third organisation (B).
    "finding_share": lambda w, side: [
        FindingShare.objects.create(
            finding=SafetyWalkFindingFactory(walk=SafetyWalkFactory(organisations=[w.org_b])),
            organisation=w.org_a if side == "A" else _third_organisation(),
        ).pk
    ],
    # bra_council: A is published, B a draft (see the module docstring).
    "councilmeeting": _pk(_council_meeting),
    "councilmeeting_version": _versioned(_council_meeting),
    "agendaitem": _pk(_council_item),
    "agendaitem_version": _versioned(_council_item),
    "councilaction": lambda w, side: [ActionFactory(responsible_organisation=w.org(side)).pk],
    "councilaction_version": lambda w, side: _version(
        ActionFactory(responsible_organisation=w.org(side))
    ),
    "councilmember": lambda w, side: [CouncilMemberFactory(organisation=w.org(side)).pk],
    "councilmember_version": lambda w, side: _version(
        CouncilMemberFactory(organisation=w.org(side))
    ),
    "minutescorrection": _pk(_minutes_correction),
    # citizen_promises: A is published, B a draft.
    "promise_slug": lambda w, side: [_promise(w, side).slug],
    "citizenpromise": _pk(_promise),
    "citizenpromise_version": _versioned(_promise),
    "followup": _pk(_follow_up),
    "agreement": _pk(_agreement),
    "agreement_version": _versioned(_agreement),
    "followup_version": _versioned(_follow_up),
    # The safety survey: A is closed and published, B a draft.
    "survey_slug": lambda w, side: [_survey(w, side).slug],
    "survey": _pk(_survey),
    # citizen_tips: tips belong to no organisation; only moderators (the coordinator, and
    # members of appointed organisations, none in this matrix) see them. A status link opens
    # its own tip for whoever holds the token.
    "citizentip": _pk(lambda w, side: CitizenTipFactory()),
    "citizentip_version": _versioned(lambda w, side: CitizenTipFactory()),
    "tip_token": lambda w, side: [CitizenTipFactory().token],
    "tipmoderator": lambda w, side: [TipModerator.objects.create(organisation=w.org(side)).pk],
    # The digital safety walk (issue 26): campaigns and marks belong to no organisation; only
    # the moderators of tips (the coordinator here) see the staff pages.
    "walkcampaign": _pk(lambda w, side: _walk_campaign()),
    "campaignmark": _pk(
        lambda w, side: CampaignMark.objects.create(
            campaign=_walk_campaign(), verdict="unsafe", reason="Mörkt", place=PlaceFactory()
        )
    ),
    # Attached photos (hjo_safety.attachments): an incident's photo, and the incident as the
    # target of a new upload; the other targets are checked in tests/hjo_safety/test_attachments.py.
    "attachment": lambda w, side: [_incident_photo(w, side).public_id],
    "attachment_target": lambda w, side: ["handelse", _incident(w, side).pk],
    # safety_statistics: municipality-wide facts, no organisation.
    "population": lambda w, side: [Population.objects.get(year=2024).pk],
    "crimestatistic": lambda w, side: [
        CrimeStatistic.objects.get_or_create(
            year=2024,
            month=None,
            category_key="misshandel",
            defaults={"category": "Misshandel", "count": 41},
        )[0].pk
    ],
}


# --- The table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    kind: str
    expected: dict  # role -> (status for A's object, status for B's object)


def _walk_campaign():
    today = timezone.localdate()
    return WalkCampaign.objects.create(
        title="Kvällspromenad", area="Centrum", opens_on=today, closes_on=today
    )


def row(kind, anonymous, reporter_a, org_admin_a, coordinator):
    def pair(status):
        return status if isinstance(status, tuple) else (status, status)

    statuses = (anonymous, reporter_a, org_admin_a, coordinator)
    return Row(kind, {role: pair(s) for role, s in zip(ROLES, statuses, strict=True)})


def admin_model_rows(prefix, kind, *, changelist, add, change, delete, history, version=None):
    """The admin's URLs of one model; each argument is the 4 roles' statuses."""
    rows = {
        f"admin:{prefix}_changelist": row("none", *changelist),
        f"admin:{prefix}_add": row("none", *add),
        f"admin:{prefix}_change": row(kind, *change),
        f"admin:{prefix}_delete": row(kind, *delete),
        f"admin:{prefix}_history": row(kind, *history),
    }
    if version is not None:
        rows[f"admin:{prefix}_simple_history"] = row(f"{kind}_version", *version)
    return rows


# 302 for anonymous is the login page; 302 for a reporter in the admin is /personal/; 302 for an
# admin user and another organisation's object is the admin's "does not exist" redirect.
MATRIX = {
    # Public pages
    "home": row("none", 200, 200, 200, 200),
    "est_method": row("none", 200, 200, 200, 200),
    "contact": row("none", 200, 200, 200, 200),
    # The language switch (issue 26): sets a cookie and goes back; no one's data.
    "set_language": row("language", 302, 302, 302, 302),
    "accessibility": row("none", 200, 200, 200, 200),
    "privacy": row("none", 200, 200, 200, 200),
    "favicon": row("none", 302, 302, 302, 302),
    # The installable app (portal/installable.py): the same for everyone, nothing personal.
    "manifest": row("none", 200, 200, 200, 200),
    "service_worker": row("none", 200, 200, 200, 200),
    "app_icon_192": row("none", 200, 200, 200, 200),
    "app_icon_512": row("none", 200, 200, 200, 200),
    "healthz": row("none", 200, 200, 200, 200),
    # Only the metrics token or the internal network, never a login (tests/hjo_safety/test_metrics.py).
    "metrics": row("none", 404, 404, 404, 404),
    # Account
    "login": row("none", 200, 200, 200, 200),
    "logout": row("none", 405, 405, 405, 405),
    # Issue 24: "Fortsätt vara inloggad" (POST only; it renews the caller's own session).
    "stay_signed_in": row("none", 405, 405, 405, 405),
    "password_change": row("none", 302, 200, 200, 200),
    "password_change_done": row("none", 302, 200, 200, 200),
    "password_reset": row("none", 200, 200, 200, 200),
    "password_reset_done": row("none", 200, 200, 200, 200),
    "password_reset_confirm": row("reset_token", 200, 200, 200, 200),
    "password_reset_complete": row("none", 200, 200, 200, 200),
    "otp_setup": row("none", 302, 200, 200, 200),
    "otp_verify": row("none", 302, 302, 302, 302),
    "otp_recovery_codes": row("none", 302, 200, 200, 200),
    # Staff pages
    "staff_home": row("none", 302, 200, 200, 200),
    "audit_log": row("none", 302, 403, 403, 200),
    "access_log": row("none", 302, 403, 403, 200),
    # Single sign-on: the start redirects to the provider, the answer without a started login
    # goes back to the login page; new accounts wait for an admin of the provider's organisation.
    "sso_start": row("sso_provider", 302, 302, 302, 302),
    "sso_callback": row("none", 302, 302, 302, 302),
    "sso_backchannel_logout": row("sso_provider", 405, 405, 405, 405),
    "sso_approvals": row("none", 302, 403, 200, 200),
    "sso_approve": row("sso_pending", 405, 405, 405, 405),
    # An organisation admin's people (hjo_safety.member_views): B's member or invitation is 404.
    "members:list": row("none", 302, 403, 200, 200),
    "members:invite": row("none", 302, 403, 200, 200),
    "members:detail": row("membership", 302, 403, (200, 404), 200),
    "members:remove": row("membership", 302, 403, (200, 404), 200),
    "members:resend": row("invitation", 405, 405, 405, 405),
    "members:withdraw": row("invitation", 405, 405, 405, 405),
    # E-mail (notifications)
    "notifications:settings": row("none", 302, 200, 200, 200),
    "notifications:unsubscribe": row("unsubscribe_token", 200, 200, 200, 200),
    "notifications:set_password": row("reset_token", 200, 200, 200, 200),
    "notifications:send_password_link": row("user", 405, 405, 405, 405),
    "notifications:subscribe": row("none", 200, 200, 200, 200),
    "notifications:subscription_sent": row("none", 200, 200, 200, 200),
    "notifications:subscription_confirm": row("subscription_confirm_token", 200, 200, 200, 200),
    "notifications:subscription_unsubscribe": row(
        "subscription_unsubscribe_token", 200, 200, 200, 200
    ),
    **admin_model_rows(
        "notifications_outboxmessage",
        "outboxmessage",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 403),
        history=(302, 302, 403, 200),
    ),
    # Admin site
    "admin:index": row("none", 302, 302, 200, 200),
    "admin:login": row("none", 302, 302, 302, 302),
    "admin:logout": row("none", 302, 302, 405, 405),
    "admin:password_change": row("none", 302, 302, 200, 200),
    "admin:password_change_done": row("none", 302, 302, 200, 200),
    "admin:autocomplete": row("none", 302, 302, 403, 403),
    "admin:jsi18n": row("none", 302, 302, 200, 200),
    "admin:view_on_site": row("organisation_on_site", 302, 302, 404, 404),
    "admin:app_list": row("app_label", 302, 302, 200, 200),
    **admin_model_rows(
        "hjo_safety_organisation",
        "organisation",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 403, 200),
        change=(302, 302, (200, 302), 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, (200, 302), 200),
        version=(302, 302, (200, 302), 200),
    ),
    **admin_model_rows(
        "hjo_safety_membership",
        "membership",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=(302, 302, (200, 302), 200),
        delete=(302, 302, (200, 302), 200),
        history=(302, 302, (200, 302), 200),
        version=(302, 302, (200, 302), 200),
    ),
    **admin_model_rows(
        "auth_user",
        "user",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=(302, 302, (200, 302), 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, (200, 302), 200),
    ),
    "admin:auth_user_password_change": row("user", 302, 302, (200, 404), 200),
    **admin_model_rows(
        "hjo_safety_contactinfo",
        "contactinfo",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 403),
        history=(302, 302, 403, 200),
        version=(302, 302, 403, 200),
    ),
    **admin_model_rows(
        "axes_accessattempt",
        "accessattempt",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, 403, 200),
    ),
    **admin_model_rows(
        "otp_totp_totpdevice",
        "totpdevice",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, 403, 200),
    ),
    **admin_model_rows(
        "otp_static_staticdevice",
        "staticdevice",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, 403, 200),
    ),
}

COORDINATOR_ONLY = (302, 302, 403, 200)


def coordinator_only_admin(prefix, kind, *, history=True, **overrides):
    """A model only coordinators handle: organisation admins get 403, reporters /personal/."""
    statuses = {
        "changelist": COORDINATOR_ONLY,
        "add": COORDINATOR_ONLY,
        "change": COORDINATOR_ONLY,
        "delete": COORDINATOR_ONLY,
        "history": COORDINATOR_ONLY,
        "version": COORDINATOR_ONLY if history else None,
    }
    return admin_model_rows(prefix, kind, **(statuses | overrides))


# An organisation's object in the admin: its admins see A's, B's "does not exist" (302).
ORGANISATION_SCOPED = (302, 302, (200, 302), 200)

MATRIX |= {
    # --- bra_council: public pages, the feed, staff documents ---
    "bra:index": row("none", 200, 200, 200, 200),
    "bra:meetings_ics": row("none", 200, 200, 200, 200),
    # As a citizen sees it, for everyone: a draft is 404 even for the coordinator.
    "bra:meeting_detail": row("councilmeeting", (200, 404), (200, 404), (200, 404), (200, 404)),
    "bra:meeting_agenda": row("councilmeeting", 302, (200, 404), (200, 404), 200),
    # Minutes exist once a meeting is held: the draft (planned) meeting has none.
    "bra:meeting_minutes": row("councilmeeting", 302, (200, 404), (200, 404), (200, 404)),
    # GET is the confirmation page, for a role the user may give now (none without ?role=).
    "bra:meeting_sign": row("councilmeeting", 302, 404, 404, 404),
    # --- citizen_promises ---
    "promises:list": row("none", 200, 200, 200, 200),
    "promises:feed": row("none", 200, 200, 200, 200),
    "promises:detail": row("promise_slug", (200, 404), (200, 404), (200, 404), 200),
    # --- the safety survey: a closed survey's form sends to its results; drafts are 404 to
    # all but the coordinator's live results; the staff list is the coordinator's only ---
    "survey:list": row("none", 200, 200, 200, 200),
    "survey:answer": row("survey_slug", (302, 404), (302, 404), (302, 404), (302, 404)),
    "survey:thanks": row("survey_slug", (200, 404), (200, 404), (200, 404), (200, 404)),
    "survey:results": row("survey_slug", (200, 404), (200, 404), (200, 404), 200),
    "survey:staff_list": row("none", 302, 404, 404, 200),
    # The cooperation agreement's summary: a draft is seen by coordinators only (preview).
    "agreement:current": row("none", 200, 200, 200, 200),
    "agreement:detail": row("agreement", (200, 404), (200, 404), (200, 404), 200),
    # --- citizen_tips: the public form and receipt, the moderation pages ---
    "tips:create": row("none", 200, 200, 200, 200),
    "tips:status": row("tip_token", 200, 200, 200, 200),
    "tips:staff_list": row("none", 302, 404, 404, 200),
    "tips:staff_detail": row("citizentip", 302, 404, 404, 200),
    "tips:campaign_index": row("none", 200, 200, 200, 200),
    "tips:campaign_public": row("walkcampaign", 200, 200, 200, 200),
    "tips:campaign_list": row("none", 302, 404, 404, 200),
    "tips:campaign_create": row("none", 302, 404, 404, 200),
    "tips:campaign_detail": row("walkcampaign", 302, 404, 404, 200),
    "tips:campaign_mark_moderate": row("campaignmark", 405, 405, 405, 405),
    "tips:campaign_walk": row("walkcampaign", 405, 405, 405, 405),
    # --- est_incidents: incidents ---
    # --- attached photos and papers: as their object (an incident here) ---
    "attachments:add": row("attachment_target", 302, (200, 404), (200, 404), 200),
    "attachments:file": row("attachment", 302, (200, 404), (200, 404), 200),
    "attachments:delete": row("attachment", 405, 405, 405, 405),
    "est:incident_list": row("none", 302, 200, 200, 200),
    "est:incident_create": row("none", 302, 200, 200, 200),
    "est:incident_export": row("none", 302, 200, 200, 200),
    "est:incident_map": row("none", 302, 200, 200, 200),
    "est:incident_detail": row("incident", 302, (200, 404), (200, 404), 200),
    "est:incident_update": row("incident", 302, (200, 404), (200, 404), 200),
    # Removing text from the history: the organisation's admins; its reporters 403.
    "est:incident_history_redact": row("incident_old_version", 302, (403, 404), (200, 404), 200),
    "est:incident_share": row("incident", 302, (200, 404), (200, 404), 200),
    "est:share_withdraw": row("own_share", 405, 405, 405, 405),
    "est:share_handle": row("received_share", 405, 405, 405, 405),
    "est:coverage_reminder": row("organisation", 405, 405, 405, 405),
    # One event counted once (issue 25): POST only.
    "est:incident_same_event": row("incident", 405, 405, 405, 405),
    "est:incident_same_event_unlink": row("linked_incident", 405, 405, 405, 405),
    "est:incident_batch": row("none", 302, 200, 200, 200),
    "est:nothing_to_report": row("none", 302, 200, 200, 200),
    "est:nothing_to_report_withdraw": row("nothing_to_report", 405, 405, 405, 405),
    # --- est_incidents: situation picture, statutory document, EST meetings ---
    "est:situation_picture": row("none", 302, 200, 200, 200),
    "est:statutory_choose_year": row("none", 302, 302, 302, 302),
    "est:statutory_document": row("year", 302, 200, 200, 200),
    "est:statutory_pdf": row("year", 302, 200, 200, 200),
    "est:statutory_edit": row("year", 302, 403, 403, 200),
    "est:meeting_list": row("none", 302, 200, 200, 200),
    "est:meeting_create": row("none", 302, 403, 403, 200),
    "est:meeting_detail": row("estmeeting", 302, 200, 200, 200),
    "est:meeting_print": row("estmeeting", 302, 200, 200, 200),
    "est:meeting_report_mine": row("estmeeting", 302, 302, 302, 302),
    "est:meeting_report": row("meeting_report", 302, (200, 404), (200, 404), 200),
    "est:meeting_mark_held": row("estmeeting", 302, 403, 403, 200),  # confirmation page
    "est:meeting_action_create": row("estmeeting", 405, 405, 405, 405),
    "est:action_status": row("estaction", 405, 405, 405, 405),
    # --- est_measures: interventions (read by all participants, edited by their organisation) ---
    "measures:effect_help": row("none", 302, 200, 200, 200),
    "measures:intervention_list": row("none", 302, 200, 200, 200),
    "measures:intervention_create": row("none", 302, 200, 200, 200),
    "measures:intervention_detail": row("intervention_of_b", 302, 200, 200, 200),
    "measures:intervention_update": row("intervention", 302, (200, 404), (200, 404), 200),
    # An EST action's story: EST actions are shared with every participant.
    "measures:action_story": row("estaction_of_b", 302, 200, 200, 200),
    "measures:walk_list": row("none", 302, 200, 200, 200),
    "measures:walk_create": row("none", 302, 200, 200, 200),
    "measures:walk_detail": row("walk_of_b", 302, 200, 200, 200),
    "measures:walk_report": row("walk_of_b", 302, 200, 200, 200),
    "measures:walk_update": row("walk", 302, (200, 404), (200, 404), 200),
    # Turning a finding into an EST action is the coordinator's (who agrees EST actions).
    "measures:finding_to_action": row("finding", 302, 403, 403, 200),
    # Sharing a finding: the walk's organisations (A) and the coordinator; others 404 (B).
    "measures:finding_share": row("finding", 302, (200, 404), (200, 404), 200),
    # A shared finding: the receiver (A) and the walk's organisations; others 404 (B).
    "measures:finding_share_detail": row("finding_share", 302, (200, 404), (200, 404), 200),
    # --- bra_council's staff pages: a council action's story (the council's visibility policy:
    # A's own action; B's internal action is a 404) and what is late in the action plan ---
    "council:action_story": row("councilaction", 302, (200, 404), (200, 404), 200),
    "council:late_actions": row("none", 302, 200, 200, 200),
    "walks:public_list": row("none", 200, 200, 200, 200),
    # Events ahead (issue 25): every participant reads them, their organisation changes them;
    # the calendar feed answers a participant's signed address without a login, else 404.
    "measures:planned_event_list": row("none", 302, 200, 200, 200),
    "measures:planned_event_create": row("none", 302, 200, 200, 200),
    "measures:planned_event_update": row("planned_event", 302, (200, 404), (200, 404), 200),
    "measures:planned_event_delete": row("planned_event", 405, 405, 405, 405),
    "walks:planned_events_ics": row(
        "planned_events_feed", (200, 404), (200, 404), (200, 404), (200, 404)
    ),
    "walks:public_detail": row("walk_published", (200, 404), (200, 404), (200, 404), (200, 404)),
    # --- the admin of every app ---
    **admin_model_rows(
        "est_incidents_incident",
        "incident",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=ORGANISATION_SCOPED,
        delete=ORGANISATION_SCOPED,
        history=(302, 302, (200, 404), 200),
        version=ORGANISATION_SCOPED,
    ),
    **admin_model_rows(
        "est_incidents_estmeetingreport",
        "estmeetingreport",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=ORGANISATION_SCOPED,
        delete=ORGANISATION_SCOPED,
        history=ORGANISATION_SCOPED,
        version=ORGANISATION_SCOPED,
    ),
    **coordinator_only_admin("est_incidents_category", "category", history=False),
    **coordinator_only_admin("est_incidents_place", "place", history=False),
    **coordinator_only_admin("est_incidents_policeevent", "policeevent", history=False),
    **coordinator_only_admin("est_incidents_estmeeting", "estmeeting"),
    **coordinator_only_admin("est_incidents_estaction", "estaction"),
    **coordinator_only_admin("est_incidents_yearlysituationanalysis", "yearlysituationanalysis"),
    **admin_model_rows(
        "est_measures_intervention",
        "intervention",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=ORGANISATION_SCOPED,
        delete=ORGANISATION_SCOPED,
        history=ORGANISATION_SCOPED,
    ),
    **coordinator_only_admin("est_measures_interventionkind", "interventionkind", history=False),
    **coordinator_only_admin("est_measures_safetywalk", "walk", history=False),
    # A (approved minutes) is the record: nobody deletes it; B (a draft) the coordinator may.
    **coordinator_only_admin(
        "bra_council_councilmeeting", "councilmeeting", delete=(302, 302, 403, (403, 200))
    ),
    **coordinator_only_admin("bra_council_agendaitem", "agendaitem"),
    **coordinator_only_admin("bra_council_action", "councilaction"),
    **coordinator_only_admin("bra_council_councilmember", "councilmember"),
    # Corrections are a record: they are added, never changed or deleted.
    **coordinator_only_admin(
        "bra_council_minutescorrection",
        "minutescorrection",
        history=False,
        delete=(302, 302, 403, 403),
    ),
    **coordinator_only_admin("citizen_promises_citizenpromise", "citizenpromise"),
    **coordinator_only_admin("citizen_promises_followup", "followup"),
    **coordinator_only_admin("citizen_promises_survey", "survey", history=False),
    **coordinator_only_admin("citizen_promises_cooperationagreement", "agreement"),
    # Tips come from citizens: nobody adds one in the admin.
    **coordinator_only_admin("citizen_tips_citizentip", "citizentip", add=(302, 302, 403, 403)),
    **coordinator_only_admin("citizen_tips_tipmoderator", "tipmoderator", history=False),
    # --- safety_statistics: the public fact base ---
    "statistics:public_figures": row("none", 200, 200, 200, 200),
    "statistics:public_cells": row("none", 200, 200, 200, 200),
    **coordinator_only_admin("safety_statistics_population", "population", history=False),
    **coordinator_only_admin("safety_statistics_crimestatistic", "crimestatistic", history=False),
}

MATRIX |= {
    # --- notifications: bulletins between the EST meetings (issue 25.2). Only the kommunpolis
    # (a police organisation's member) and the coordinator write; a bulletin is seen by the
    # organisations it is addressed to.
    "notifications:bulletin_list": row("none", 302, 200, 200, 200),
    "notifications:bulletin_create": row("none", 302, 403, 403, 200),
    "notifications:bulletin_detail": row("bulletin", 302, (200, 404), (200, 404), 200),
    **coordinator_only_admin(
        "notifications_bulletin", "bulletin", history=False, add=(302, 302, 403, 403)
    ),
}

# Kinds whose A and B objects are one and the same (nothing to isolate), or where A and B are
# two objects of which none belongs to an organisation and none is a draft.
SHARED_KINDS = {
    "none",
    "language",
    "contactinfo",
    "contactinfo_version",
    "app_label",
    "reset_token",
    "unsubscribe_token",
    "subscription_confirm_token",
    "subscription_unsubscribe_token",
    "year",
    "estmeeting",
    "estmeeting_version",
    "category",
    "place",
    "policeevent",
    "intervention_of_b",
    "interventionkind",
    "walk_of_b",
    "estaction_of_b",
    "tip_token",
    "walkcampaign",  # a digital safety walk's campaign: the municipality's, public once open
    "population",
    "crimestatistic",
}


# --- Machinery ----------------------------------------------------------------------------


def named_urls(patterns=None, namespace=None):
    """Every named URL of the project, as ``namespace:name``."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            full = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from named_urls(pattern.url_patterns, full)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_every_named_url_has_a_row():
    missing = sorted(set(named_urls()) - set(MATRIX))
    assert not missing, (
        "These URLs have no row in the isolation matrix (tests/security/test_isolation_matrix.py,"
        " MATRIX): " + ", ".join(missing)
    )


def test_no_row_for_a_url_that_does_not_exist():
    stale = sorted(set(MATRIX) - set(named_urls()))
    assert not stale, "Rows for URLs that no longer exist: " + ", ".join(stale)


def test_the_table_keeps_the_policy():
    """Independent of the recorded statuses: isolation and login hold for every row."""
    problems = []
    for name, spec in MATRIX.items():
        for role in ("reporter_a", "org_admin_a"):
            if spec.kind not in SHARED_KINDS and spec.expected[role][1] == 200:
                problems.append(f"{name}: {role} would see B's object")
        if spec.expected["anonymous"][0] == 200 and name.startswith(
            ("admin:", "audit_log", "access_log")
        ):
            problems.append(f"{name}: anonymous would get 200")
    assert not problems, problems


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The matrix makes five users per URL; a fast hasher keeps it quick (tests only)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# Two single sign-on providers, one per side, with their endpoints given (no discovery, and no
# request leaves the test unless a login is completed, which the matrix never does).
MATRIX_SSO_PROVIDERS = [
    {
        "key": key,
        "name": name,
        "issuer": "https://idp.example.test",
        "client_id": "matris",
        "client_secret": "matris",
        "organisations": [organisation],
        "authorization_endpoint": "https://idp.example.test/authorize",
        "token_endpoint": "https://idp.example.test/token",
        "userinfo_endpoint": "https://idp.example.test/userinfo",
        "jwks_uri": "https://idp.example.test/jwks",
        "backchannel_logout": True,
    }
    for key, name, organisation in (
        ("matris", "Matris A", "Hjo kommun – fritid (test)"),
        ("matris-b", "Matris B", "Hjo Bostäder AB (test)"),
    )
]


@pytest.fixture(autouse=True)
def single_sign_on_providers(settings):
    settings.OIDC_PROVIDERS = MATRIX_SSO_PROVIDERS


@pytest.fixture
def world(org_a, org_b, reporter_a, reporter_b, org_admin_a, coordinator, contact_info):
    return World(org_a, org_b, reporter_a, reporter_b, org_admin_a, coordinator, contact_info)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_isolation(name, world, client_for):
    spec = MATRIX[name]
    users = {
        "anonymous": None,
        "reporter_a": world.reporter_a,
        "org_admin_a": world.org_admin_a,
        "coordinator": world.coordinator,
    }
    sides = ("A",) if spec.kind in SHARED_KINDS else SIDES
    urls = {side: reverse(name, args=OBJECT_KINDS[spec.kind](world, side)) for side in sides}
    mismatches = []
    for role in ROLES:
        client = client_for(users[role])
        for index, side in enumerate(sides):
            status = client.get(urls[side]).status_code
            expected = spec.expected[role][index]
            if status != expected:
                mismatches.append(f"{role} × {side} ({urls[side]}): {status}, expected {expected}")
    assert not mismatches, f"{name}:\n" + "\n".join(mismatches)


def _single_sign_on_client(user, local_idp, settings, mfa=True):
    """A client logged in as ``user`` through a real single sign-on at the local OpenID Connect
    provider (``tests.sso.provider``): the provider's login, the portal's callback, its
    ``SsoBackend`` and ``SsoSessionMiddleware``; multi-factor at the provider unless ``mfa`` is
    false."""
    from tests.sso.provider import sign_in_through_provider

    return sign_in_through_provider(Client(), user, local_idp, settings, mfa=mfa)


# The rows that also run for single sign-on users (``sso_matrix_rows``): what a login decides.
# Kept: every row with objects of A and B, and every page without objects under the staff,
# account and admin paths. Left out: the admin's per-model pages (191 of the table's rows, all
# through the one admin site and its scoped model admins) but those of the core's
# organisation-scoped models and of incidents; the public pages without objects (the same for
# everyone); the statutory document's PDF (7 s; the HTML page's view context and policy).
SSO_ADMIN_MODELS = ("admin:hjo_safety_", "admin:est_incidents_incident_")
ADMIN_MODEL_PAGE = re.compile(r"admin:\w+_(changelist|add|change|delete|history|simple_history)")
SIGNED_IN_PATHS = ("/personal/", "/konto/", "/admin/")


def sso_matrix_rows():
    """The rows of ``MATRIX`` that also run for single sign-on users (above)."""
    rows = {}
    for name, spec in MATRIX.items():
        if ADMIN_MODEL_PAGE.fullmatch(name) and not name.startswith(SSO_ADMIN_MODELS):
            continue
        if spec.kind == "none" and not reverse(name).startswith(SIGNED_IN_PATHS):
            continue
        if name == "est:statutory_pdf":
            continue
        rows[name] = spec
    return rows


def test_isolation_for_single_sign_on_users(world, local_idp, settings):
    """The table again (``sso_matrix_rows``: what a login decides, 141 of its rows), for a
    reporter and an organisation admin of A who signed in through a real single sign-on at the
    local provider: the same statuses as with a password (one world, one test)."""
    clients = {
        role: _single_sign_on_client(getattr(world, role), local_idp, settings)
        for role in SSO_ROLES
    }
    mismatches = []
    for name, spec in sorted(sso_matrix_rows().items()):
        sides = ("A",) if spec.kind in SHARED_KINDS else SIDES
        with transaction.atomic():  # each row's objects are rolled back, as in their own test
            for index, side in enumerate(sides):
                url = reverse(name, args=OBJECT_KINDS[spec.kind](world, side))
                for role in SSO_ROLES:
                    status = clients[role].get(url).status_code
                    expected = spec.expected[role][index]
                    if status != expected:
                        mismatches.append(f"{name}: {role} × {side} ({url}): {status} ≠ {expected}")
            transaction.set_rollback(True)
    assert not mismatches, "\n".join(mismatches)
    for role in SSO_ROLES:  # still the same single sign-on sessions at the end
        assert clients[role].session.get("hjo_sso", {}).get("provider") == "testkommun"


SSO_ROLES = ("reporter_a", "org_admin_a")


def test_every_history_admin_is_scoped():
    """Every admin with django-simple-history's pages guards them with ScopedHistoryMixin."""
    from django.contrib import admin
    from simple_history.admin import SimpleHistoryAdmin

    from hjo_safety.admin_mixins import ScopedHistoryMixin

    unguarded = []
    for model, model_admin in admin.site._registry.items():
        mro = type(model_admin).__mro__
        if SimpleHistoryAdmin in mro and (
            ScopedHistoryMixin not in mro
            or mro.index(ScopedHistoryMixin) > mro.index(SimpleHistoryAdmin)
        ):
            unguarded.append(model._meta.label)
    assert not unguarded, f"Put ScopedHistoryMixin before SimpleHistoryAdmin in: {unguarded}"


# --- The admin's "view on site" shortcut ---------------------------------------------------
#
# ``/admin/r/<content type>/<id>/`` redirects to the object's page. Issue 11, point 7: it answered
# 302 for another organisation's object and 404 for a missing one, confirming that it exists.
# One row per admin model with a page on the site (``get_absolute_url``); the statuses as in
# ``MATRIX``, with 302 for an admin user meaning "redirected to the object's page".

VIEW_ON_SITE = {
    "est_incidents.Incident": row("incident", 302, 302, (302, 404), 302),
    # Coordinators only: an organisation admin gets the same 404 as for a missing promise.
    "citizen_promises.CitizenPromise": row("citizenpromise", 302, 302, 404, 302),
    "citizen_promises.FollowUp": row("followup", 302, 302, 404, 302),
    "citizen_promises.Survey": row("survey", 302, 302, 404, 302),
    "citizen_promises.CooperationAgreement": row("agreement", 302, 302, 404, 302),
    # Interventions are edited in the admin by their own organisation: B's is a 404 to A.
    "est_measures.Intervention": row("intervention", 302, 302, (302, 404), 302),
    # Safety walks and citizens' tips: coordinators only in the admin.
    "est_measures.SafetyWalk": row("walk", 302, 302, 404, 302),
    "citizen_tips.CitizenTip": row("citizentip", 302, 302, 404, 302),
    # Bulletins: coordinators only in the admin (the portal's page is for the addressees).
    "notifications.Bulletin": row("bulletin", 302, 302, 404, 302),
}


def test_every_admin_model_with_a_page_has_a_view_on_site_row():
    from django.contrib import admin

    with_pages = {
        model._meta.label for model in admin.site._registry if hasattr(model, "get_absolute_url")
    }
    assert with_pages == set(VIEW_ON_SITE)


@pytest.mark.parametrize("label", sorted(VIEW_ON_SITE))
def test_view_on_site_shortcut(label, world, client_for):
    from django.apps import apps

    spec = VIEW_ON_SITE[label]
    model = apps.get_model(label)
    content_type = ContentType.objects.get_for_model(model)
    objects = {
        side: model.objects.get(pk=OBJECT_KINDS[spec.kind](world, side)[0]) for side in SIDES
    }
    users = {
        "anonymous": None,
        "reporter_a": world.reporter_a,
        "org_admin_a": world.org_admin_a,
        "coordinator": world.coordinator,
    }
    missing_pk = model.objects.order_by("-pk").first().pk + 1000
    mismatches = []
    for role in ROLES:
        client = client_for(users[role])
        for index, side in enumerate(SIDES):
            obj = objects[side]
            response = client.get(reverse("admin:view_on_site", args=[content_type.pk, obj.pk]))
            expected = spec.expected[role][index]
            if response.status_code != expected:
                mismatches.append(f"{role} × {side}: {response.status_code}, expected {expected}")
            elif role in {"org_admin_a", "coordinator"} and expected == 302:
                assert response["Location"].endswith(obj.get_absolute_url())
        if role in {"org_admin_a", "coordinator"}:
            missing = client.get(reverse("admin:view_on_site", args=[content_type.pk, missing_pk]))
            assert missing.status_code == 404
            nonsense = client.get(reverse("admin:view_on_site", args=[content_type.pk, "abc"]))
            assert nonsense.status_code == 404
    assert not mismatches, f"{label}:\n" + "\n".join(mismatches)


def test_view_on_site_of_an_unknown_or_unregistered_type_is_404(client_for, coordinator):
    client = client_for(coordinator)
    assert client.get("/admin/r/999999/1/").status_code == 404
    session_type = ContentType.objects.get(app_label="sessions", model="session")
    assert client.get(f"/admin/r/{session_type.pk}/x/").status_code == 404


# --- Unsafe methods -----------------------------------------------------------------------
#
# The same roles and objects with a POST (CSRF checks on, a valid token sent). ``may_change``
# names the roles that may change A's object; B's object only the coordinator may change. Every
# other cell must leave the database exactly as it was (row counts of every model of our apps
# and the target row's values), whatever its status.

CSRF_SECRET = "a" * 32  # a well-formed token: the same value as cookie and form field


@dataclass(frozen=True)
class PostRow:
    kind: str
    data: object  # (world, args) -> form data
    expected: dict
    may_change: tuple
    model: type | None = None  # the target row, by the first URL argument


def post_row(kind, data, statuses, may_change=("coordinator",), model=None):
    return PostRow(kind, data, row(kind, *statuses).expected, may_change, model)


def _incident_data(world, args):
    incident = Incident.objects.get(pk=args[0])
    return {
        "category": incident.category_id,
        "occurred_at": timezone.localtime(incident.occurred_at).strftime("%Y-%m-%dT%H:%M"),
        "place": incident.place_id,
        "description": "Ändrad beskrivning av skadegörelsen.",
        "police_notified": "no",
        "status": "reviewed",  # only for those who handle incidents; ignored for others
    }


def _admin_incident_data(args):
    incident = Incident.objects.get(pk=args[0])
    local = timezone.localtime(incident.occurred_at)
    return {
        "organisation": incident.organisation_id,
        "occurred_at_0": local.strftime("%Y-%m-%d"),
        "occurred_at_1": local.strftime("%H:%M"),
    }


def _action_status_data(world, args):
    return {f"a{args[0]}-status": EstAction.Status.DONE}


def _new_action_data(world, args):
    due = timezone.localdate() + datetime.timedelta(days=7)
    return {"what": "Ny belysning", "responsible_organisation": world.org_a.pk, "due_date": due}


PAIR = (302, 404)  # own object changed (redirect), the other organisation's object 404
POST_MATRIX = {
    "measures:finding_share": post_row(
        "finding",
        lambda world, args: {"organisation": world.org_b.pk, "note": ""},
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        FindingShare,
    ),
    "measures:finding_share_detail": post_row(
        "finding_share",
        lambda world, args: {"status": "done", "answer": "Åtgärdat."},
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        SafetyWalkFinding,
    ),
    "est:incident_history_redact": post_row(
        "incident_old_version",
        lambda world, args: {},
        (302, (403, 404), PAIR, 302),
        ("org_admin_a", "coordinator"),
        Incident,
    ),
    # Sends mail only (the outbox is outside the snapshot): own organisation's user 302, else 404.
    "notifications:send_password_link": post_row("user", None, (302, 404, PAIR, 302)),
    "est:incident_update": post_row(
        "incident",
        _incident_data,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        Incident,
    ),
    # One event counted once (issue 25): its own organisation links or unlinks (A); B's is 404.
    "est:incident_same_event": post_row(
        "incident",
        _same_event_data,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        Incident,
    ),
    "est:incident_same_event_unlink": post_row(
        "linked_incident",
        None,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        Incident,
    ),
    "measures:planned_event_delete": post_row(
        "planned_event",
        None,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        PlannedEvent,
    ),
    "est:nothing_to_report_withdraw": post_row(
        "nothing_to_report",
        None,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        NothingToReport,
    ),
    # The sharing organisation withdraws its own share (A); another's share is 404 (B).
    "est:share_withdraw": post_row(
        "own_share",
        None,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        Incident,
    ),
    # An admin resends (an audit row and a mail) or withdraws A's invitation; B's is 404, a reporter's 403.
    "members:resend": post_row(
        "invitation", None, (302, 403, PAIR, 302), ("org_admin_a", "coordinator"), Membership
    ),
    "members:withdraw": post_row(
        "invitation", None, (302, 403, PAIR, 302), ("org_admin_a", "coordinator"), Membership
    ),
    # The receiver handles a share with its organisation (A); someone else's share is 404 (B).
    "est:share_handle": post_row(
        "received_share",
        lambda world, args: {
            f"s{args[1]}-handling_status": "done",
            f"s{args[1]}-note": "Åtgärdat.",
        },
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        Incident,
    ),
    # Reminders to a quiet organisation: the coordinator only (403 for other members).
    "est:coverage_reminder": post_row(
        "organisation", None, (302, 403, 403, 302), model=Organisation
    ),
    "est:meeting_report": post_row(
        "meeting_report",
        lambda world, args: {"text": "Lugnt, två anmälningar om klotter."},
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        EstMeeting,
    ),
    "est:action_status": post_row(
        "estaction",
        _action_status_data,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
        EstAction,
    ),
    "est:meeting_mark_held": post_row(
        "estmeeting", lambda world, args: {"confirm": "ja"}, (302, 403, 403, 302), model=EstMeeting
    ),
    "est:meeting_action_create": post_row(
        "estmeeting", _new_action_data, (302, 403, 403, 302), model=EstMeeting
    ),
    "est:statutory_edit": post_row(
        "year", lambda world, args: {"extent": "Omfattning i år."}, (302, 403, 403, 302)
    ),
    # Everyone but the chair and the adjuster is refused with a message (302 back to the minutes).
    "bra:meeting_sign": post_row(
        "councilmeeting",
        lambda world, args: {"role": "chair"},
        (302, (302, 404), (302, 404), 302),
        (),
    ),
    "admin:est_incidents_incident_change": post_row(
        "incident",
        lambda world, args: _incident_data(world, args) | _admin_incident_data(args),
        (302, 302, (302, 302), 302),
        ("org_admin_a", "coordinator"),
        Incident,
    ),
    "admin:est_incidents_incident_delete": post_row(
        "incident",
        lambda world, args: {"post": "yes"},
        (302, 302, (302, 302), 302),
        ("org_admin_a", "coordinator"),
        Incident,
    ),
    "admin:est_incidents_estmeetingreport_delete": post_row(
        "estmeetingreport",
        lambda world, args: {"post": "yes"},
        (302, 302, (302, 302), 302),
        ("org_admin_a", "coordinator"),
        EstMeetingReport,
    ),
    "admin:est_incidents_estaction_delete": post_row(
        "estaction",
        lambda world, args: {"post": "yes"},
        (302, 302, 403, 302),
        model=EstAction,
    ),
    "admin:citizen_promises_citizenpromise_delete": post_row(
        "citizenpromise",
        lambda world, args: {"post": "yes"},
        (302, 302, 403, 302),
        model=CitizenPromise,
    ),
    "admin:citizen_promises_followup_delete": post_row(
        "followup",
        lambda world, args: {"post": "yes"},
        (302, 302, 403, 302),
        model=FollowUp,
    ),
    "attachments:add": post_row(
        "attachment_target",
        lambda world, args: {"file": _small_png()},
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
    ),
    "attachments:delete": post_row(
        "attachment",
        None,
        (302, PAIR, PAIR, 302),
        ("reporter_a", "org_admin_a", "coordinator"),
    ),
    # The digital safety walk (issue 26): moderating a mark and making a walk of marks are the
    # moderators' (the coordinator here); others 404.
    "tips:campaign_mark_moderate": post_row(
        "campaignmark",
        lambda world, args: {"beslut": "godkann"},
        (302, 404, 404, 302),
        model=CampaignMark,
    ),
    "tips:campaign_walk": post_row(
        "walkcampaign", lambda world, args: {"markering": []}, (302, 404, 404, 302)
    ),
    "tips:staff_detail": post_row(
        "citizentip",
        lambda world, args: {"action": "reject", "reject-reason": "Dubblett"},
        (302, 404, 404, 302),
        model=CitizenTip,
    ),
    "sso_approve": post_row(
        "sso_pending",
        lambda world, args: (
            {f"a{args[0]}-organisation": _sso_org(world, args[0]).pk}
            | {f"a{args[0]}-action": "approve"}
        ),
        (302, 403, (302, 404), 302),
        ("org_admin_a", "coordinator"),
        model=SsoIdentity,
    ),
    # The provider's server-to-server POST: without a valid logout token, 400 for everyone.
    "sso_backchannel_logout": post_row(
        "sso_provider", lambda world, args: {}, (400, 400, 400, 400), ()
    ),
    "admin:hjo_safety_membership_delete": post_row(
        "new_membership",
        lambda world, args: {"post": "yes"},
        (302, 302, (302, 302), 302),
        ("org_admin_a", "coordinator"),
        Membership,
    ),
}


def _sso_org(world, identity_pk):
    provider = SsoIdentity.objects.get(pk=identity_pk).provider
    return world.org_a if provider == "matris" else world.org_b


def _snapshot(model, pk):
    from django.apps import apps

    counts = {
        m._meta.label: m._default_manager.count()
        for label in (
            "hjo_safety",
            "bra_council",
            "est_incidents",
            "citizen_promises",
            "citizen_tips",
        )
        for m in apps.get_app_config(label).get_models()
    }
    row_values = list(model.objects.filter(pk=pk).values()) if model is not None else None
    return counts, row_values


def test_every_post_only_url_has_a_post_row():
    get_only_405 = {
        name for name, spec in MATRIX.items() if set(spec.expected["coordinator"]) == {405}
    }
    get_only_405.discard("logout")  # logging out changes no data
    get_only_405.discard("admin:logout")
    get_only_405.discard("stay_signed_in")  # renews the caller's own session, no data
    missing = sorted(get_only_405 - set(POST_MATRIX))
    assert not missing, f"POST-only URLs without a row in POST_MATRIX: {missing}"


@pytest.mark.parametrize("name", sorted(POST_MATRIX))
def test_isolation_of_posts(name, world):
    spec = POST_MATRIX[name]
    users = {
        "anonymous": None,
        "reporter_a": world.reporter_a,
        "org_admin_a": world.org_admin_a,
        "coordinator": world.coordinator,
    }
    sides = ("A",) if spec.kind in SHARED_KINDS else SIDES
    mismatches = []
    for role in ROLES:
        for index, side in enumerate(sides):
            # Fresh objects per cell: an allowed change must not hide a later refused one.
            args = OBJECT_KINDS[spec.kind](world, side)
            url = reverse(name, args=args)
            data = spec.data(world, args) if spec.data else {}
            client = Client(enforce_csrf_checks=True)
            if users[role] is not None:
                client.force_login(users[role])
            client.cookies["csrftoken"] = CSRF_SECRET
            before = _snapshot(spec.model, args[0] if args else None)
            response = client.post(url, {**data, "csrfmiddlewaretoken": CSRF_SECRET})
            expected = spec.expected[role][index]
            if response.status_code != expected:
                mismatches.append(
                    f"{role} × {side} ({url}): {response.status_code}, expected {expected}"
                )
            may_change = role == "coordinator" or (role in spec.may_change and side == "A")
            if not may_change and _snapshot(spec.model, args[0] if args else None) != before:
                mismatches.append(f"{role} × {side} ({url}): the refused POST changed data")
            if role != "anonymous" and response.status_code == 302:
                assert not re.match(r"^/konto/logga-in/", response["Location"]), url
    assert not mismatches, f"{name}:\n" + "\n".join(mismatches)


# --- Lists, exports and autocompletes: a 200 that must not contain B's objects ----------------


def test_lists_and_exports_do_not_show_the_other_organisations_objects(world, client_for):
    secret = "Hemlig uppgift om organisation B"
    incident_b = IncidentFactory(organisation=world.org_b, description=secret)
    report_b = EstMeetingReportFactory(organisation=world.org_b, text=secret)
    [declaration_b] = _nothing_to_report(world, "B")
    pages = {
        "reporter_a": [
            reverse("est:nothing_to_report"),
            reverse("est:incident_list"),
            reverse("est:incident_list") + f"?q=Hemlig&organisation={world.org_b.pk}",
            reverse("est:incident_export"),
            reverse("est:incident_export") + f"?organisation={world.org_b.pk}",
            reverse("est:incident_map"),
        ],
        "org_admin_a": [
            reverse("admin:est_incidents_incident_changelist"),
            reverse("admin:est_incidents_incident_changelist") + "?q=Hemlig",
            reverse("admin:est_incidents_estmeetingreport_changelist"),
            reverse("admin:hjo_safety_membership_changelist"),
            reverse("admin:auth_user_changelist"),
            reverse("admin:autocomplete")
            + "?app_label=est_incidents&model_name=estmeetingreport&field_name=organisation",
        ],
    }
    forbidden = [
        secret,
        reverse("est:incident_detail", args=[incident_b.pk]),
        reverse("admin:est_incidents_incident_change", args=[incident_b.pk]),
        reverse("admin:est_incidents_estmeetingreport_change", args=[report_b.pk]),
        reverse("est:nothing_to_report_withdraw", args=[declaration_b]),
        world.org_b.name,
        world.reporter_b.username,
    ]
    leaks = []
    for role, urls in pages.items():
        client = client_for(getattr(world, role))
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (role, url, response.status_code)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            text = body.decode()
            leaks += [f"{role} {url}: {item}" for item in forbidden if item in text]
    assert not leaks, leaks


# --- Shared incidents ---------------------------------------------------------------------
#
# B's incident shared with A (column A) or with a third organisation (column B): A's users see
# the one shared with them, read-only; nobody but the coordinator sees the other. Withdrawn: 404
# again for both.

SHARED_MATRIX = {
    ("est:incident_detail", "shared_incident"): row(
        "shared_incident", 302, (200, 404), (200, 404), 200
    ),
    ("est:incident_update", "shared_incident"): row("shared_incident", 302, 404, 404, 200),
    ("est:incident_share", "shared_incident"): row("shared_incident", 302, 404, 404, 200),
    ("est:incident_detail", "withdrawn_incident"): row("withdrawn_incident", 302, 404, 404, 200),
    ("est:incident_update", "withdrawn_incident"): row("withdrawn_incident", 302, 404, 404, 200),
    ("est:incident_share", "withdrawn_incident"): row("withdrawn_incident", 302, 404, 404, 200),
}


@pytest.mark.parametrize("key", sorted(SHARED_MATRIX), ids="{0[0]} {0[1]}".format)
def test_isolation_of_shared_incidents(key, world, client_for):
    name, _kind = key
    spec = SHARED_MATRIX[key]
    users = {
        "anonymous": None,
        "reporter_a": world.reporter_a,
        "org_admin_a": world.org_admin_a,
        "coordinator": world.coordinator,
    }
    urls = {side: reverse(name, args=OBJECT_KINDS[spec.kind](world, side)) for side in SIDES}
    mismatches = []
    for role in ROLES:
        client = client_for(users[role])
        for index, side in enumerate(SIDES):
            status = client.get(urls[side]).status_code
            expected = spec.expected[role][index]
            if status != expected:
                mismatches.append(f"{role} × {side} ({urls[side]}): {status}, expected {expected}")
    assert not mismatches, f"{key}:\n" + "\n".join(mismatches)


def test_the_shared_matrix_keeps_the_policy():
    for key, spec in SHARED_MATRIX.items():
        for role in ("reporter_a", "org_admin_a"):
            assert spec.expected[role][1] != 200, f"{key}: {role} would see a third party's share"
            if spec.kind == "withdrawn_incident" or key[0] != "est:incident_detail":
                assert 200 not in spec.expected[role], f"{key}: {role} would get 200"


def test_the_receiver_does_not_see_the_reporters_name(world, client_for):
    """Unless the reporting organisation allows it."""
    world.reporter_b.first_name, world.reporter_b.last_name = "Hemlig", "Rapportör"
    world.reporter_b.save()
    (incident_pk,) = _shared_incident(world, "A")
    url = reverse("est:incident_detail", args=[incident_pk])
    assert "Hemlig Rapportör" not in client_for(world.reporter_a).get(url).content.decode()
    world.org_b.share_reporter_name = True
    world.org_b.save()
    (allowed_pk,) = _shared_incident(world, "A")
    url = reverse("est:incident_detail", args=[allowed_pk])
    assert "Hemlig Rapportör" in client_for(world.reporter_a).get(url).content.decode()


def test_lists_show_a_shared_incident_only_to_its_receiver(world, client_for):
    (with_a,) = _shared_incident(world, "A")
    (with_third,) = _shared_incident(world, "B")
    Incident.objects.filter(pk=with_a).update(description="Delad med A")
    Incident.objects.filter(pk=with_third).update(description="Delad med tredje")
    client = client_for(world.reporter_a)
    for url in (
        reverse("est:incident_list"),
        reverse("est:incident_list") + "?delade=1",
        reverse("est:incident_export"),
    ):
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        assert reverse("est:incident_detail", args=[with_third]) not in text, url
        assert "Delad med tredje" not in text, url
    listed = client.get(reverse("est:incident_list") + "?delade=1").context["page_obj"]
    assert [i.pk for i in listed.object_list] == [with_a]


# --- A user who is a member of A and of B: only a coordinator changes them (issue 11, 1) -------

# name -> expected status of a POST per role (the user stays unchanged unless coordinator).
SHARED_USER_POSTS = {
    "admin:auth_user_password_change": (302, 302, 403, 302),
    "admin:auth_user_change": (302, 302, 403, 302),
}


@pytest.mark.parametrize("name", sorted(SHARED_USER_POSTS))
def test_a_user_of_two_organisations_is_read_only_to_one_of_their_admins(name, world):
    users = {
        "anonymous": None,
        "reporter_a": world.reporter_a,
        "org_admin_a": world.org_admin_a,
        "coordinator": world.coordinator,
    }
    mismatches = []
    for role, expected in zip(ROLES, SHARED_USER_POSTS[name], strict=True):
        shared = member(world.org_a, Role.REPORTER, username=f"delad-{uuid.uuid4().hex[:8]}")
        Membership.objects.create(user=shared, organisation=world.org_b, role=Role.REPORTER)
        before = (shared.password, shared.email, shared.is_active)
        client = Client()
        if users[role] is not None:
            client.force_login(users[role])
        data = {
            "password1": "Helt-nytt-losen-2026",
            "password2": "Helt-nytt-losen-2026",
            "username": shared.username,
            "email": "angripare@example.com",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        }
        response = client.post(reverse(name, args=[shared.pk]), data)
        if response.status_code != expected:
            mismatches.append(f"{role}: {response.status_code}, expected {expected}")
        shared.refresh_from_db()
        if role != "coordinator" and (shared.password, shared.email, shared.is_active) != before:
            mismatches.append(f"{role}: the refused POST changed the user")
    assert not mismatches, f"{name}:\n" + "\n".join(mismatches)


# --- A held EST meeting's report: read-only in the admin for everyone (issue 11, 5) -------------


def test_a_held_meetings_report_is_read_only_in_the_admin_for_every_role(world):
    report = EstMeetingReportFactory(organisation=world.org_a, text="Som vid mötet.")
    EstMeeting.objects.filter(pk=report.meeting_id).update(
        status=EstMeeting.Status.HELD, frozen_picture={}, picture_computed_at=timezone.now()
    )
    expected = {"anonymous": 302, "reporter_a": 302, "org_admin_a": 403, "coordinator": 403}
    users = {"reporter_a": world.reporter_a, "org_admin_a": world.org_admin_a}
    users["coordinator"] = world.coordinator
    mismatches = []
    for role, status in expected.items():
        client = Client()
        if role in users:
            client.force_login(users[role])
        for path in ("change", "delete"):
            url = reverse(f"admin:est_incidents_estmeetingreport_{path}", args=[report.pk])
            response = client.post(url, {"text": "Omskriven.", "post": "yes"})
            if response.status_code != status:
                mismatches.append(f"{role} {path}: {response.status_code}, expected {status}")
    report.refresh_from_db()
    assert report.text == "Som vid mötet."
    assert not mismatches, mismatches


# --- Council actions and internal items on every page that lists them (issue 11, 3) ----------


def test_council_pages_show_only_the_actions_and_items_the_policy_allows(world, client_for):
    meeting = CouncilMeetingFactory(past=True, status=MeetingStatus.HELD)
    internal = AgendaItemFactory(meeting=meeting, is_public=False, title="Intern rådspunkt")
    ActionFactory(origin=internal, responsible_organisation=world.org_a, what="A:s rådsåtgärd")
    ActionFactory(origin=internal, responsible_organisation=world.org_b, what="B:s rådsåtgärd")
    CouncilMemberFactory(organisation=world.org_a)  # A holds a seat: A reads internal items
    year = timezone.localdate().year
    pages = [
        reverse("bra:meeting_minutes", args=[meeting.pk]),
        reverse("bra:meeting_agenda", args=[meeting.pk]),
        reverse("est:statutory_document", args=[year]),
        reverse("staff_home"),
    ]
    for role in ("reporter_a", "org_admin_a"):
        client = client_for(getattr(world, role))
        for url in pages:
            html = client.get(url).content.decode()
            assert "B:s rådsåtgärd" not in html, (role, url)
    minutes = client_for(world.reporter_b).get(pages[0]).content.decode()
    assert "Intern rådspunkt" not in minutes  # B holds no seat
    coordinator_minutes = client_for(world.coordinator).get(pages[0]).content.decode()
    assert "B:s rådsåtgärd" in coordinator_minutes and "Intern rådspunkt" in coordinator_minutes
