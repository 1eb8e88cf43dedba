"""Demo data for citizens' tips: the technical department moderates, and a handful of tips in
every state. Called by ``manage.py seed_demo`` after est_incidents; idempotent.

Each demo tip's status link is derived from its name and the instance's SECRET_KEY
(``demo_token``): stable across re-seeds, so seeding stays idempotent, yet not guessable on an
instance whose demo data is reachable from outside. Real tokens are 192 random bits.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from citizen_tips.models import CitizenTip, TipModerator, hash_token
from est_incidents.models import Place
from hjo_safety.models import Organisation

MODERATOR_ORGANISATION = "Teknik"


def demo_token(name: str) -> str:
    """The status token of the demo tip called ``name`` on this instance."""
    return salted_hmac("citizen_tips.demo", name, secret=settings.SECRET_KEY).hexdigest()[:40]


# (token, days ago, kind, time of day, place name or None, place description, text, state,
#  answer, closed)
TIPS = [
    (
        "demo-tips-1",
        2,
        CitizenTip.Kind.LIGHTING,
        CitizenTip.TimeOfDay.EVENING,
        None,
        "Gångvägen mellan järnvägsparken och idrottsplatsen",
        "Tre lyktstolpar är släckta, det är helt mörkt på kvällarna.",
        CitizenTip.State.NEW,
        "",
        False,
    ),
    (
        "demo-tips-2",
        6,
        CitizenTip.Kind.HIDDEN,
        CitizenTip.TimeOfDay.NIGHT,
        "Stadsparken",
        "Buskagen vid dammen",
        "Höga buskar skymmer gångvägen, man ser inte om någon står där.",
        CitizenTip.State.REJECTED,
        "Tack för tipset! Buskarna ska klippas i vår enligt skötselplanen.",
        True,
    ),
    (
        "demo-tips-3",
        12,
        CitizenTip.Kind.VANDALISM,
        CitizenTip.TimeOfDay.ALWAYS,
        "Busstationen",
        "",
        "Mycket klotter och krossat glas i väntkuren.",
        CitizenTip.State.NEW,
        "",
        False,
    ),
    (
        "demo-tips-4",
        9,
        CitizenTip.Kind.HIDDEN,
        CitizenTip.TimeOfDay.EVENING,
        None,
        "Cykelrummet bakom hyreshusen på Knektagatan",
        "Dörren till cykelrummet står alltid öppen och lampan inne är trasig.",
        CitizenTip.State.FORWARDED,
        "",
        False,
    ),
]
# The organisation a forwarded demo tip went to (it owns the building), and the note.
FORWARDED_TO = "Hjo Bostäder"
FORWARD_NOTE = "Ert hus: kan ni se över dörren och belysningen i cykelrummet?"


def seed(*, command, verbosity=1):
    organisation = Organisation.objects.filter(short_name=MODERATOR_ORGANISATION).first()
    if organisation is not None:
        TipModerator.objects.get_or_create(organisation=organisation)
    places = {place.name: place for place in Place.objects.all()}
    receiver = Organisation.objects.filter(short_name=FORWARDED_TO).first()
    now = timezone.now()
    for token, days, kind, time_of_day, place, where, text, state, answer, closed in TIPS:
        forwarded = state == CitizenTip.State.FORWARDED
        if forwarded and receiver is None:
            continue
        defaults = {
            "kind": kind,
            "time_of_day": time_of_day,
            "place": places.get(place) if place else None,
            "place_description": where,
            "text": text,
            "state": state,
            "rejection_reason": "Sköts redan i skötselplanen." if state == "rejected" else "",
            "answer": answer,
            "answered_at": now - timedelta(days=days - 1) if answer else None,
            "closed_at": now - timedelta(days=days - 1) if closed else None,
            "created_at": now - timedelta(days=days),
            "forwarded_to": receiver if forwarded else None,
            "forward_note": FORWARD_NOTE if forwarded else "",
        }
        tip, created = CitizenTip.objects.get_or_create(
            token_hash=hash_token(demo_token(token)), defaults=defaults
        )
        if created:
            tip.history.update(history_change_reason="Tipset togs emot (demo)")
    if verbosity:
        command.stdout.write(f"Demo tip status link: /tipsa/status/{demo_token(TIPS[0][0])}/")


def reset(*, command, verbosity=1):
    CitizenTip.objects.filter(
        token_hash__in=[hash_token(demo_token(row[0])) for row in TIPS]
    ).delete()
    TipModerator.objects.filter(organisation__short_name=MODERATOR_ORGANISATION).delete()
