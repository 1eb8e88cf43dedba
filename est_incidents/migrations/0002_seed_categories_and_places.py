"""Seed the EST categories municipalities use and the named places of Hjo."""

from decimal import Decimal

from django.db import migrations

CATEGORIES = [
    # (code, name, children as (code, name))
    (
        "skadegorelse",
        "Skadegörelse",
        [
            ("klotter", "Klotter"),
            ("glaskross", "Glaskross"),
            ("brand", "Brand/anlagd brand"),
            ("annan-skadegorelse", "Annan skadegörelse"),
        ],
    ),
    ("samling", "Otrygghetsskapande samling av personer", []),
    (
        "ordningsstorning",
        "Ordningsstörning",
        [
            ("brak", "Bråk"),
            ("hot-vald", "Hot/våld"),
            ("buskorning", "Störande fordonskörning/buskörning"),
            ("hog-musik", "Hög musik"),
            ("narkotikahandel", "Misstänkt narkotikahandel"),
            ("berusning", "Berusning"),
        ],
    ),
    ("nedskrapning", "Nedskräpning", []),
    (
        "otrygg-plats",
        "Otrygg plats",
        [
            ("belysning", "Belysning"),
            ("skymd-sikt", "Skymd sikt"),
            ("ode-plats", "Öde plats"),
        ],
    ),
    ("incident-mot-anstalld", "Incident mot anställd", []),
    ("ovrigt", "Övrigt", []),
]

PLACES = [
    ("Centrum/Torget", "58.304200", "14.287300"),
    ("Hamnen", "58.306900", "14.292800"),
    ("Stadsparken", "58.301900", "14.291600"),
    ("Busstationen", "58.302600", "14.282700"),
    ("Skolområde Guldkroksskolan", "58.298400", "14.279900"),
    ("Skolområde Ågårdsskolan", "58.307800", "14.279100"),
    ("Idrottsplatsen", "58.296100", "14.275300"),
    ("Badplatsen Strandpromenaden", "58.311800", "14.294900"),
    ("Sjöpromenaden", "58.309200", "14.296400"),
    ("Korsberga", "58.262000", "14.102000"),
]


def seed(apps, schema_editor):
    Category = apps.get_model("est_incidents", "Category")
    Place = apps.get_model("est_incidents", "Place")
    for position, (code, name, children) in enumerate(CATEGORIES, start=1):
        parent, _ = Category.objects.get_or_create(
            code=code, defaults={"name": name, "position": position * 10}
        )
        for child_position, (child_code, child_name) in enumerate(children, start=1):
            Category.objects.get_or_create(
                code=child_code,
                defaults={"name": child_name, "parent": parent, "position": child_position},
            )
    for name, lat, lng in PLACES:
        Place.objects.get_or_create(
            name=name, defaults={"latitude": Decimal(lat), "longitude": Decimal(lng)}
        )


def unseed(apps, schema_editor):
    Category = apps.get_model("est_incidents", "Category")
    Place = apps.get_model("est_incidents", "Place")
    Place.objects.filter(name__in=[row[0] for row in PLACES]).delete()
    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.filter(code__in=[row[0] for row in CATEGORIES]).delete()


class Migration(migrations.Migration):
    dependencies = [("est_incidents", "0001_categories_places_incidents")]

    operations = [migrations.RunPython(seed, unseed)]
