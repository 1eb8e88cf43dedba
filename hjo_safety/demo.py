"""Demo data for the core app: Hjo-like organisations, the demo's cast of people, and users of
every role.

The cast (the council's chair, the one community police officer, the security strategist...) is
defined here once; every app's demo takes names, titles and organisations from it, so the
promise is signed by the council's actual chair and the same officer appears everywhere.

Called by ``manage.py seed_demo`` before the other apps' ``demo.seed``; idempotent.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

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

# The municipality's contact centre, written as on hjo.se (and the contact page's migration).
SWITCHBOARD = "0503-35000"
CONTACT_EMAIL = "kontaktcenter@hjo.se"


@dataclass(frozen=True)
class Person:
    """One person of the demo: name, title (without the organisation), organisation short name,
    and the demo login, if the person has one."""

    name: str
    title: str
    organisation: str
    username: str | None = None

    @property
    def first_name(self) -> str:
        return self.name.split(" ", 1)[0]

    @property
    def last_name(self) -> str:
        return self.name.split(" ", 1)[1]


# The cast. Titles name a role, never the organisation: pages add the organisation themselves.
CHAIR = Person("Anna Svensson", "Kommunstyrelsens ordförande", "Kommunledning")
MUNICIPAL_DIRECTOR = Person("Magnus Olsson", "Kommundirektör", "Kommunledning")
STRATEGIST = Person("Sara Lind", "Säkerhetsstrateg", "Kommunledning", "strateg")
HEAD_OF_SOCIAL_SERVICES = Person("Helena Karlsson", "Verksamhetschef socialtjänst", "Socialtjänst")
HEAD_OF_SCHOOLS = Person("Peter Nilsson", "Verksamhetschef skola", "Skola")
HEAD_OF_LEISURE = Person("Anders Berg", "Verksamhetschef fritid", "Fritid", "fritid.admin")
COMMUNITY_POLICE_OFFICER = Person("Lena Strand", "Kommunpolis", "Polisen", "polis.admin")
POLICE_AREA_CHIEF = Person(
    "Anna Kjellberg", "Lokalpolisområdeschef, lokalpolisområde Skövde", "Polisen"
)
HOUSING_MANAGER = Person("Maria Åberg", "Fastighetschef", "Hjo Bostäder", "bostader")
ENERGY_CEO = Person("Johan Lindqvist", "Vd", "Hjo Energi")
NIGHT_WALKERS_COORDINATOR = Person("Per Lund", "Samordnare", "Nattvandrarna", "nattvandrare")
DEACON = Person("Ingrid Ek", "Diakon", "Svenska kyrkan")
# Staff who log incidents but have no other part in the demo.
LEISURE_STAFF = Person("Elin Holm", "Fritidsledare", "Fritid", "fritid")
SCHOOL_STAFF = Person("Karin Ek", "Kurator", "Skola", "skola")
SOCIAL_STAFF = Person("Jonas Sjöberg", "Fältsekreterare", "Socialtjänst", "social")
TECHNICAL_STAFF = Person("Mats Dahl", "Gatuingenjör", "Teknik", "teknik")
POLICE_OFFICER = Person("Erik Nord", "Polisassistent", "Polisen", "polis")

# Demo logins: (person, role). README lists strateg, fritid.admin and fritid.
LOGINS = [
    (STRATEGIST, Role.COORDINATOR),
    (HEAD_OF_LEISURE, Role.ORG_ADMIN),
    (LEISURE_STAFF, Role.REPORTER),
    (SCHOOL_STAFF, Role.REPORTER),
    (SOCIAL_STAFF, Role.REPORTER),
    (TECHNICAL_STAFF, Role.REPORTER),
    (COMMUNITY_POLICE_OFFICER, Role.ORG_ADMIN),
    (POLICE_OFFICER, Role.REPORTER),
    (HOUSING_MANAGER, Role.REPORTER),
    (NIGHT_WALKERS_COORDINATOR, Role.REPORTER),
]

# (username, first name, last name, organisation short name, role)
USERS = [
    (person.username, person.first_name, person.last_name, person.organisation, role)
    for person, role in LOGINS
]
# An invitation not yet used, for the organisation admin's page /personal/medarbetare/: an
# account without a password that has never logged in (no demo login).
INVITED = ("nora.nystrom", "Nora", "Nyström", "Fritid", Role.REPORTER)


def seed(*, command, verbosity=1):
    organisations = {}
    for name, short_name, kind in ORGANISATIONS:
        organisation, _ = Organisation.objects.update_or_create(
            name=name, defaults={"short_name": short_name, "kind": kind, "is_active": True}
        )
        organisations[short_name] = organisation

    User = get_user_model()
    # Hashed once (a deliberately slow hash, ~1 s each): the demo logins share the password.
    password = make_password(DEMO_PASSWORD)
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
        user.password = password
        user.save(update_fields=["password"])
        Membership.objects.update_or_create(
            user=user, organisation=organisations[org_short], defaults={"role": role}
        )
    username, first_name, last_name, org_short, role = INVITED
    invited, created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@demo.hjo.se",
        },
    )
    if created:
        invited.set_unusable_password()
        invited.save(update_fields=["password"])
    Membership.objects.update_or_create(
        user=invited, organisation=organisations[org_short], defaults={"role": role}
    )
    if verbosity:
        command.stdout.write(
            f"  {len(organisations)} organisations, {len(USERS)} users, 1 pending invitation"
        )


def reset(*, command, verbosity=1):
    User = get_user_model()
    User.objects.filter(username__in=[row[0] for row in [*USERS, INVITED]]).delete()
    Organisation.objects.filter(name__in=[row[0] for row in ORGANISATIONS]).delete()


def demo_logins():
    """Rows for the printed login table: (username, password, organisation, role label)."""
    return [
        (username, DEMO_PASSWORD, org_short, Role(role).label)
        for username, _first, _last, org_short, role in USERS
    ]
