"""Demo data of the notifications app: citizens' e-mail subscriptions (a few confirmed
subscribers at example.org addresses, which no mail server delivers to, for every topic, two for
the figures of one area, and one still unconfirmed), and two past bulletins between the EST meetings, one from the kommunpolis to
everyone and one from the coordinator to the organisations out at night. Bulletins are written
straight to the table: the demo sends no mail."""

import datetime
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from est_incidents.models import Place
from hjo_safety.models import Organisation
from notifications.bulletin_warnings import early_warnings_now
from notifications.models import Bulletin, BulletinKind, Subscription, Topic

DOMAIN = "example.org"
# (address, topic, follow the first published promise?)
SUBSCRIBERS = [
    ("anna.lindqvist", Topic.FOLLOW_UP, True),
    ("anna.lindqvist", Topic.FIGURES, False),
    ("grannsamverkan.hamnen", Topic.SAFETY_WALK, False),
    ("grannsamverkan.hamnen", Topic.COUNCIL, False),
    ("erik.holm", Topic.COUNCIL, False),
]
UNCONFIRMED = ("ny.prenumerant", Topic.FIGURES)
# New figures for one area (address, the place's name): neighbours following their own area.
AREA_SUBSCRIBERS = [("grannsamverkan.hamnen", "Hamnen"), ("erik.holm", "Stadsparken")]


def seed_subscriptions():
    from citizen_promises.models import CitizenPromise

    promise = CitizenPromise.objects.published().order_by("period_start", "pk").first()
    now = timezone.now()
    for local, topic, follows_promise in SUBSCRIBERS:
        if follows_promise and promise is None:
            continue
        Subscription.objects.get_or_create(
            email=f"{local}@{DOMAIN}",
            topic=topic,
            promise=promise if follows_promise else None,
            defaults={"confirmed_at": now - timedelta(days=30)},
        )
    places = {place.name: place for place in Place.objects.all()}
    for local, name in AREA_SUBSCRIBERS:
        if name in places:
            Subscription.objects.get_or_create(
                email=f"{local}@{DOMAIN}",
                topic=Topic.FIGURES,
                place=places[name],
                defaults={"confirmed_at": now - timedelta(days=20)},
            )
    local, topic = UNCONFIRMED
    Subscription.objects.get_or_create(email=f"{local}@{DOMAIN}", topic=topic, place=None)


def reset_subscriptions():
    Subscription.objects.filter(email__endswith=f"@{DOMAIN}").delete()


BULLETINS = [
    # (sender's user name, days ago, kind, title, text, organisations' short names or None: all)
    (
        "polis.admin",
        10,
        BulletinKind.WEEKEND,
        "Fredagskvällen i centrum",
        "Inför helgen väntas mycket folk vid hamnen och i Stadsparken på fredagskvällen "
        "(avslutningar och löning). "
        "Polisen har en extra patrull i centrum fredag och lördag kväll mellan 21 och 02.\n\n"
        "Ring 112 vid pågående brott, 114 14 för övrigt. Rapportera gärna skadegörelse och "
        "nedskräpning i portalen efter helgen så att vi ser den i lägesbilden.",
        None,
    ),
    (
        "strateg",
        3,
        BulletinKind.WEEKLY,
        "Lugnare vecka vid skolgården",
        "Lugnare vecka än förra: färre rapporter om skadegörelse vid skolgården, men fler om "
        "nedskräpning och samlingar av unga vid busstationen sena kvällar.\n\n"
        "Nattvandrarna och fältsekreterarna går gärna förbi busstationen på fredag. Belysningen "
        "på gångvägen genom Stadsparken är lagad.",
        ["Fritid", "Socialtjänst", "Nattvandrarna", "Polisen"],
    ),
]


def seed_bulletins():
    users = {u.username: u for u in get_user_model().objects.filter(username__in=senders())}
    organisations = Organisation.objects.active()
    now = timezone.now()
    for username, days, kind, title, text, short_names in BULLETINS:
        chosen = (
            organisations
            if short_names is None
            else organisations.filter(short_name__in=short_names)
        )
        bulletin, _ = Bulletin.objects.update_or_create(
            title=title,
            defaults={
                "kind": kind,
                "text": text,
                "to_all": short_names is None,
                "sent_by": users.get(username),
                "sent_at": now - datetime.timedelta(days=days),
                # The early warnings as they were on the day it was sent (the demo's rise).
                "early_warnings": early_warnings_now(
                    timezone.localdate(now - datetime.timedelta(days=days))
                ),
            },
        )
        bulletin.organisations.set(chosen)


def reset_bulletins():
    Bulletin.objects.filter(title__in=[row[3] for row in BULLETINS]).delete()


def senders():
    return {row[0] for row in BULLETINS}


def seed(*, command, verbosity=1):
    seed_subscriptions()
    seed_bulletins()


def reset(*, command, verbosity=1):
    reset_bulletins()
    reset_subscriptions()
