"""The admin speaks Swedish, also where Django, django-axes and django-otp bring English strings."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale" / "sv" / "LC_MESSAGES"
ENGLISH = [
    "Access attempts",
    "Access logs",
    "Access failures",
    "TOTP devices",
    "Static devices",
    "Otp_Totp",
    "Otp_Static",
    "Axes",
    "Recent actions",
    "Senaste händelser",
    "Mina händelser",
]


def test_admin_index_shows_swedish_names_to_a_coordinator(client_for, coordinator, contact_info):
    response = client_for(coordinator).get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    for swedish in [
        "Inloggningsspärrar",
        "Inloggningsförsök",
        "Tvåstegsverifiering",
        "Appar för tvåstegsverifiering",
        "Reservkoder för tvåstegsverifiering",
        "Senaste ändringar",
        "Mina ändringar",
    ]:
        assert swedish in html, swedish
    for english in ENGLISH:
        assert english not in html, english


def test_third_party_app_pages_have_swedish_titles(client_for, coordinator):
    from axes.models import AccessAttempt

    AccessAttempt.objects.create(
        username="someone",
        ip_address="10.0.0.1",
        failures_since_start=2,
        user_agent="x",
        http_accept="*/*",
        path_info="/konto/logga-in/",
        get_data="",
        post_data="",
    )
    client = client_for(coordinator)
    html = client.get("/admin/otp_totp/").content.decode()
    assert "Tvåstegsverifiering" in html and "TOTP devices" not in html
    html = client.get("/admin/otp_totp/totpdevice/").content.decode()
    assert "Välj app för tvåstegsverifiering" in html and "På bekräftad" in html
    assert "TOTP device" not in html and ">confirmed<" not in html.lower()
    html = client.get("/admin/otp_static/staticdevice/").content.decode()
    assert "reservkoder för tvåstegsverifiering" in html and "static device" not in html
    html = client.get("/admin/axes/accessattempt/").content.decode()
    assert "Inloggningsförsök" in html and "access attempt" not in html.lower()
    assert "Användarnamn" in html and "IP-adress" in html


def test_compiled_catalogue_matches_the_po_file():
    """django.mo is committed (no gettext tools needed to run); it must say what django.po says."""
    po = (LOCALE / "django.po").read_text("utf-8")
    entries = dict(re.findall(r'^msgid "(.+)"\nmsgstr "(.*)"$', po, flags=re.MULTILINE))
    assert entries
    with open(LOCALE / "django.mo", "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    for msgid, msgstr in entries.items():
        assert catalogue.gettext(msgid) == msgstr, msgid
    singular = [key for key in catalogue._catalog if isinstance(key, str) and key]
    assert len(singular) == len(entries)  # plural entries are keyed (msgid, n): not counted here


def test_duplicate_rows_message_says_what_to_do_without_a_code_name():
    from django.forms.models import BaseModelFormSet
    from django.utils.translation import override

    with override("sv"):
        message = BaseModelFormSet.get_unique_error_message(None, ["member"])
    assert message == "Samma uppgift finns på flera rader. Ta bort dubbletten och spara igen."


def test_device_pages_name_the_device_and_its_fields_in_swedish(client_for, coordinator):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=coordinator, name="telefon", confirmed=True)
    client = client_for(coordinator)
    html = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").content.decode()
    assert "Visa app för tvåstegsverifiering" in html
    for label in ["Användare", "Namn", "Bekräftad", "Skapad", "Senast använd"]:
        assert f"<label>{label}:</label>" in html, label
    assert "TOTP device" not in html and "Last used" not in html
    html = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/delete/").content.decode()
    assert "app för tvåstegsverifiering" in html and "TOTP device" not in html
    html = client.get("/admin/otp_totp/totpdevice/").content.decode()
    assert "1 app för tvåstegsverifiering" in html and "Senast använd" in html
