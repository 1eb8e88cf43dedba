"""Seed the contact centre's details from the municipality's published values (DESIGN.md)."""

from django.db import migrations

HJO_CONTACT = {
    "name": "Hjo kommun, kontaktcenter",
    "phone": "0503-35000",
    "phone_hours": "mån–fre kl. 07.30–16.00",
    "email": "kontaktcenter@hjo.se",
    "visiting_address": "Bangatan 1 B",
    "opening_hours": "mån–fre kl. 07.30–16.00",
    "postal_address": "544 30 Hjo",
    "directions_url": "https://www.openstreetmap.org/search?query=Bangatan%201B%2C%20Hjo",
}


def seed_contact(apps, schema_editor):
    ContactInfo = apps.get_model("hjo_safety", "ContactInfo")
    if not ContactInfo.objects.exists():
        ContactInfo.objects.create(**HJO_CONTACT)


def unseed_contact(apps, schema_editor):
    ContactInfo = apps.get_model("hjo_safety", "ContactInfo")
    ContactInfo.objects.filter(email=HJO_CONTACT["email"]).delete()


class Migration(migrations.Migration):
    dependencies = [("hjo_safety", "0001_organisations_memberships_contact")]

    operations = [migrations.RunPython(seed_contact, unseed_contact)]
