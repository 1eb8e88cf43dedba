"""Writes on safety walk findings that must leave an audit record: sharing a finding with the
organisation that can act on it, and that organisation's follow-up.

Both keep django-simple-history records (``FindingShare`` and ``SafetyWalkFinding`` have
``history``) with the acting user, so the audit log shows who shared, who answered and who
changed a finding's status. The callers check the permission.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from est_measures.models import (
    CampaignMark,
    FindingShare,
    SafetyWalk,
    SafetyWalkFinding,
    WalkCampaign,
)
from hjo_safety.models import Organisation


def _with_history_user(obj, user):
    """Let simple-history record ``user`` as the one who made this change."""
    obj._history_user = user
    return obj


@transaction.atomic
def share_finding(
    *, finding: SafetyWalkFinding, organisation: Organisation, note: str, acting_user
) -> FindingShare:
    """Share ``finding`` with ``organisation``. Refused (``ValidationError``) for an inactive
    organisation and one it is already shared with."""
    if not organisation.is_active:
        raise ValidationError(_("Organisationen är inaktiv. Välj en aktiv organisation."))
    share = _with_history_user(
        FindingShare(finding=finding, organisation=organisation, note=note, shared_by=acting_user),
        acting_user,
    )
    try:
        with transaction.atomic():
            share.save()
    except IntegrityError as exc:
        raise ValidationError(
            _("Fyndet är redan delat med %(organisation)s.") % {"organisation": organisation.name}
        ) from exc
    return share


@transaction.atomic
def answer_finding_share(
    *, share: FindingShare, status: str, answer: str, acting_user, now=None
) -> FindingShare:
    """The receiving organisation follows the finding up: its status and a short answer."""
    finding = SafetyWalkFinding.objects.select_for_update().get(pk=share.finding_id)
    if finding.status != status:
        finding.status = status
        _with_history_user(finding, acting_user).save(update_fields=["status"])
    # Compare with the stored answer: a bound ModelForm has already put the new one on
    # ``share``.
    locked = FindingShare.objects.select_for_update().get(pk=share.pk)
    if answer != locked.answer:
        locked.answer = answer
        locked.answered_at = now or timezone.now()
        _with_history_user(locked, acting_user).save(update_fields=["answer", "answered_at"])
    locked.finding = finding
    return locked


# --- Digital safety walks (issue 26, point 3) ------------------------------------------------


def moderate_mark(mark: CampaignMark, *, approve: bool, user) -> CampaignMark:
    """Approve or reject a citizen's mark (a tip moderator or the coordinator)."""
    mark.status = CampaignMark.Status.APPROVED if approve else CampaignMark.Status.REJECTED
    mark.moderated_at = timezone.now()
    mark.moderated_by = user
    mark.save(update_fields=["status", "moderated_at", "moderated_by"])
    return mark


@transaction.atomic
def walk_from_marks(campaign: WalkCampaign, marks, *, user) -> SafetyWalk:
    """A safety walk for the campaign's area, its route the chosen approved marks in order from
    north to south, each unsafe mark a finding to be walked and judged (problem kind "other"
    until the walk says more). The campaign keeps the walk; calling again reuses it."""
    walk = campaign.walk
    if walk is None:
        walk = SafetyWalk.objects.create(
            date=campaign.walk_date or timezone.localdate(),
            area=campaign.area,
            notes=_("Rutten bygger på den digitala trygghetsvandringen ”%(title)s”.")
            % {"title": campaign.title},
            created_by=user,
        )
        campaign.walk = walk
        campaign.save(update_fields=["walk"])
    chosen = sorted(
        (m for m in marks if m.status == CampaignMark.Status.APPROVED),
        key=lambda m: -(m.latitude or (m.place.latitude if m.place_id else 0) or 0),
    )
    for mark in chosen:
        kind = _("Upplevs som otrygg") if mark.verdict == "unsafe" else _("Upplevs som trygg")
        SafetyWalkFinding.objects.create(
            walk=walk,
            place=mark.place,
            latitude=mark.latitude,
            longitude=mark.longitude,
            problem_kind=SafetyWalkFinding.ProblemKind.OTHER,
            description=f"{kind}: {mark.reason}",
        )
    return walk
