"""Demo data of the notifications app: two past bulletins between the EST meetings, one from the
kommunpolis to everyone and one from the coordinator to the organisations out at night. They
are written straight to the table: the demo sends no mail."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from hjo_safety.models import Organisation
from notifications.models import Bulletin, BulletinKind

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


def seed(*, command, verbosity=1):
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
            },
        )
        bulletin.organisations.set(chosen)


def reset(*, command, verbosity=1):
    Bulletin.objects.filter(title__in=[row[3] for row in BULLETINS]).delete()


def senders():
    return {row[0] for row in BULLETINS}
