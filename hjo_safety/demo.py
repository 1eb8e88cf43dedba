"""Demo data for the core app: Hjo-like organisations and users of every role.

Called by ``manage.py seed_demo`` before the other apps' ``demo.seed``; idempotent.
"""

from django.contrib.auth import get_user_model

from hjo_safety.models import Membership, Organisation, Role

# The published demo password (README), for demo data only: bandit B105 is expected here.
DEMO_PASSWORD = "hjo-demo-2026"  # noqa: S105  # nosec B105

ORGANISATIONS = [
    # (name, short name, kind)
    ("Hjo kommun – kommunledningen", "Kommunledning", Organisation.Kind.MUNICIPAL_SERVICE),
    ("Hjo kommun – fritid", "Fritid", Organisation.Kind.MUNICIPAL_SERVICE),
    ("Hjo kommun – skola", "Skola", Organisation.Kind.MUNICIPAL_SERVICE),
    ("Hjo kommun – socialtjänst", "Socialtjänst", Organisation.Kind.MUNICIPAL_SERVICE),
    ("Hjo kommun – samhällsbyggnad och teknik", "Teknik", Organisation.Kind.MUNICIPAL_SERVICE),
    ("Hjo kommun – fastighet", "Fastighet", Organisation.Kind.MUNICIPAL_SERVICE),
    ("Polisen, lokalpolisområde Skövde", "Polisen", Organisation.Kind.POLICE),
    ("Hjo Bostäder AB", "Hjo Bostäder", Organisation.Kind.COMPANY),
    ("Hjo Energi AB", "Hjo Energi", Organisation.Kind.COMPANY),
    ("Nattvandrarna i Hjo", "Nattvandrarna", Organisation.Kind.NON_PROFIT),
    ("Svenska kyrkan Hjo", "Svenska kyrkan", Organisation.Kind.NON_PROFIT),
]

# (username, first name, last name, organisation short name, role)
USERS = [
    ("strateg", "Sara", "Lind", "Kommunledning", Role.COORDINATOR),
    ("fritid.admin", "Anders", "Berg", "Fritid", Role.ORG_ADMIN),
    ("fritid", "Elin", "Holm", "Fritid", Role.REPORTER),
    ("skola", "Karin", "Ek", "Skola", Role.REPORTER),
    ("social", "Jonas", "Sjöberg", "Socialtjänst", Role.REPORTER),
    ("teknik", "Mats", "Dahl", "Teknik", Role.REPORTER),
    ("polis.admin", "Lena", "Strand", "Polisen", Role.ORG_ADMIN),
    ("polis", "Erik", "Nord", "Polisen", Role.REPORTER),
    ("bostader", "Maria", "Åberg", "Hjo Bostäder", Role.REPORTER),
    ("nattvandrare", "Per", "Lund", "Nattvandrarna", Role.REPORTER),
]


def seed(*, command, verbosity=1):
    organisations = {}
    for name, short_name, kind in ORGANISATIONS:
        organisation, _ = Organisation.objects.update_or_create(
            name=name, defaults={"short_name": short_name, "kind": kind, "is_active": True}
        )
        organisations[short_name] = organisation

    User = get_user_model()
    for username, first_name, last_name, org_short, role in USERS:
        user, _ = User.objects.update_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@demo.hjo.se",
                "is_active": True,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        Membership.objects.update_or_create(
            user=user, organisation=organisations[org_short], defaults={"role": role}
        )
    if verbosity:
        command.stdout.write(f"  {len(organisations)} organisations, {len(USERS)} users")


def reset(*, command, verbosity=1):
    User = get_user_model()
    User.objects.filter(username__in=[row[0] for row in USERS]).delete()
    Organisation.objects.filter(name__in=[row[0] for row in ORGANISATIONS]).delete()


def demo_logins():
    """Rows for the printed login table: (username, password, organisation, role label)."""
    return [
        (username, DEMO_PASSWORD, org_short, Role(role).label)
        for username, _first, _last, org_short, role in USERS
    ]
