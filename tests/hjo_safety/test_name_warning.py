"""The name warning before saving (issue 21 B9): every guarded portal form asks "Det ser ut som
ett namn: …" about names, initials and home addresses in free text, and saves once "Spara ändå"
is ticked. The incident form's end-to-end case is in tests/est_incidents/test_incident_form.py."""

import importlib
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_incidents.meeting_forms import EstActionForm, EstMeetingReportForm
from est_incidents.models import EstMeetingReport, ShareHandlingNote
from est_incidents.services import share_incident
from hjo_safety.guarded_forms import CONFIRM_NAMES_FIELD, PersonalDataGuardMixin
from hjo_safety.personal_data import ADDRESS, INITIALS, NAME, find_names
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db

# Guarded forms without the warning, and why.
WITHOUT_NAME_WARNING = {
    # The admin's fieldsets would not show the checkbox; the admin keeps the hard guard.
    "est_incidents.admin.IncidentAdminForm",
    # A citizen's tip refuses names outright (citizen_tips.forms.guard_text), a stronger rule.
    "citizen_tips.forms.TipForm",
    # A citizen's mark on a digital safety walk's map refuses names like a tip.
    "citizen_tips.campaign_forms.MarkForm",
}
FORM_MODULES = [
    "est_incidents.forms",
    "est_incidents.meeting_forms",
    "est_incidents.sharing_forms",
    "est_incidents.admin",
    "est_measures.forms",
    "citizen_tips.forms",
    "citizen_tips.campaign_forms",
]


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_guarded_form_warns_about_names_unless_listed_with_a_reason():
    for module in FORM_MODULES:
        importlib.import_module(module)
    # Our own form classes (the admin's and modelform_factory's are built from them at run time).
    ours = tuple(module.split(".")[0] for module in FORM_MODULES)
    forms = {
        f"{form.__module__}.{form.__qualname__}": form
        for form in _subclasses(PersonalDataGuardMixin)
        if form.__module__.split(".")[0] in ours
    }
    assert "est_incidents.sharing_forms.HandlingForm" in forms  # plain forms too
    silent = {name for name, form in forms.items() if not form.warn_about_names}
    assert silent == WITHOUT_NAME_WARNING


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Pratade med Kalle Karlsson om klottret.", NAME, "Kalle Karlsson"),
        ("Kalle Karlsson slog sönder rutan.", NAME, "Kalle Karlsson"),
        ("Kalle K. har setts med sprejburkar.", INITIALS, "Kalle K."),
        ("Rektor pratade med K. Svensson.", INITIALS, "K. Svensson"),
        ("Fönster krossat på Storgatan 12 i natt.", ADDRESS, "Storgatan 12"),
        ("Fester i trapphuset på Bangatan 7 B.", ADDRESS, "Bangatan 7 B"),
    ],
)
def test_names_initials_and_addresses_are_found(text, kind, found):
    assert [(f.kind, f.text) for f in find_names(text)] == [(kind, found)]


@pytest.mark.parametrize(
    "text",
    [
        "Ungdomar vid Vattenvägen och Falköpingsvägen.",
        "Skolan har Grön Flagg sedan 2020.",
        "Trasig belysning på Storgatan vid torget.",
        "Buss 400 mot Skövde stod stilla i 20 minuter.",
        "Kalle var där.",  # a sentence's first word cannot be told from a name
    ],
)
def test_places_streets_and_programmes_are_not_names(text):
    assert find_names(text) == []


def test_an_est_report_warns_and_saves_once_confirmed(client_for, reporter_a, org_a):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=2))
    meeting.organisations_present.set([org_a])
    url = reverse("est:meeting_report", args=[meeting.pk, org_a.pk])
    client = client_for(reporter_a)
    text = "Lugnt, men Johan Berg har klottrat igen."
    response = client.post(url, {"text": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Det ser ut som ett namn: ”Johan Berg”" in html
    assert f'type="checkbox" name="{CONFIRM_NAMES_FIELD}"' in html
    assert not EstMeetingReport.objects.exists()
    response = client.post(url, {"text": text, CONFIRM_NAMES_FIELD: "on"})
    assert response.status_code == 302
    assert EstMeetingReport.objects.get().text == text


def test_a_handling_note_warns_before_saving(client_for, reporter_a, reporter_b, org_a, org_b):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    share = share_incident(incident=incident, organisation=org_b, note="", acting_user=reporter_a)
    url = reverse("est:share_handle", args=[incident.pk, share.pk])
    data = {
        f"s{share.pk}-handling_status": "done",
        f"s{share.pk}-note": "Pratade med Kalle Karlsson.",
    }
    client = client_for(reporter_b)
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Det ser ut som ett namn: ”Kalle Karlsson”" in response.content.decode()
    assert not ShareHandlingNote.objects.exists()
    response = client.post(url, {**data, f"s{share.pk}-{CONFIRM_NAMES_FIELD}": "on"})
    assert response.status_code == 302
    assert ShareHandlingNote.objects.get().text == "Pratade med Kalle Karlsson."


def test_a_share_note_warns_about_an_address(client_for, reporter_a, org_a, org_b):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    url = reverse("est:incident_share", args=[incident.pk])
    client = client_for(reporter_a)
    data = {"organisation": org_b.pk, "note": "Grannen på Sjögatan 4 har sett dem."}
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Det ser ut som en adress med husnummer: ”Sjögatan 4”" in html
    assert "skriv gatan utan nummer" in html
    assert client.post(url, {**data, CONFIRM_NAMES_FIELD: "on"}).status_code == 302


def test_an_est_action_warns_and_a_clean_text_saves_without_a_checkbox(org_a):
    form = EstActionForm({"what": "Be Lisa M. byta lampan.", "responsible_organisation": org_a.pk})
    assert not form.is_valid()
    assert "Det ser ut som ett namn: ”Lisa M.”" in str(form.errors["what"])
    assert form.names_need_confirmation
    form = EstActionForm(
        {"what": "Byt lampan vid Vattenvägen.", "responsible_organisation": org_a.pk}
    )
    assert form.is_valid(), form.errors
    assert not form.names_need_confirmation


def test_personal_data_is_refused_even_when_confirmed():
    form = EstMeetingReportForm({"text": "Ring Kalle på 070-123 45 67.", CONFIRM_NAMES_FIELD: "on"})
    assert not form.is_valid()
    assert "ett telefonnummer" in str(form.errors["text"])


def test_an_unchanged_text_is_not_asked_about_again(org_a, reporter_a):
    incident = IncidentFactory(
        organisation=org_a, reported_by=reporter_a, description="Kalle Karlsson var där."
    )
    from est_incidents.forms import IncidentForm

    form = IncidentForm(instance=incident, user=reporter_a)
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data["police_notified"] = "yes"
    bound = IncidentForm(data, instance=incident, user=reporter_a)
    bound.is_valid()
    assert "description" not in bound.errors
