"""The cooperation agreement (samverkansöverenskommelse, issue 26.4): the strategist records it in
the admin, citizens read its summary at /samverkan/, promises and the yearly document refer to
its priority areas, and the coordinators are reminded before it ends."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from citizen_promises.models import AgreementSignatory, CooperationAgreement
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    CooperationAgreementFactory,
    PriorityAreaFactory,
    PromiseActivityFactory,
)
from tests.citizen_promises.test_admin import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/citizen_promises/cooperationagreement/"
ADD = CHANGELIST + "add/"


def agreement_data(client, org_a, org_b, **overrides):
    response = client.get(ADD)
    assert response.status_code == 200
    data = form_data(
        response,
        title="Samverkansöverenskommelse 2026–2028",
        summary="Polisen och kommunen samverkar.",
        parties=[org_a.pk, org_b.pk],
        valid_from="2026-01-01",
        valid_to="2028-12-31",
        reminder_days="90",
        is_published="on",
        **{
            "priority_areas-TOTAL_FORMS": "1",
            "priority_areas-0-title": "Skadegörelse i centrum",
            "priority_areas-0-problem": "Klotter vid hamnen.",
            "priority_areas-0-causes": "Dålig belysning.",
            "priority_areas-0-goals": "Mindre klotter.",
            "priority_areas-0-measures": "Belysning\nSanering",
            "priority_areas-0-position": "0",
            "signatories-TOTAL_FORMS": "1",
            "signatories-0-name": "Anna Kjellberg",
            "signatories-0-title": "Lokalpolisområdeschef",
            "signatories-0-party": str(org_a.pk),
            "signatories-0-signed_on": "2026-01-20",
            "signatories-0-position": "0",
        },
    )
    data.update(overrides)
    return data


def test_the_strategist_records_an_agreement_with_areas_and_signatories(
    client_for, coordinator, org_a, org_b, reporter_a, org_admin_a
):
    client = client_for(coordinator)
    # Free text is guarded: a phone number in the problem description is refused.
    refused = client.post(
        ADD,
        agreement_data(client, org_a, org_b, **{"priority_areas-0-problem": "Ring 070-123 45 67"}),
    )
    assert refused.status_code == 200
    assert not CooperationAgreement.objects.exists()
    response = client.post(ADD, agreement_data(client, org_a, org_b))
    assert response.status_code == 302
    agreement = CooperationAgreement.objects.get()
    assert set(agreement.parties.all()) == {org_a, org_b}
    assert [area.measure_lines() for area in agreement.priority_areas.all()] == [
        ["Belysning", "Sanering"]
    ]
    assert AgreementSignatory.objects.get().party == org_a
    # Only coordinators: an organisation admin is refused, a reporter sent to log in.
    assert client_for(org_admin_a).get(CHANGELIST).status_code == 403
    assert client_for(reporter_a).get(CHANGELIST).status_code == 302


def test_citizens_read_the_summary_and_drafts_stay_hidden(client, coordinator, client_for, org_a):
    today = timezone.localdate()
    earlier = CooperationAgreementFactory(
        title="Äldre överenskommelse",
        valid_from=date(today.year - 4, 1, 1),
        valid_to=date(today.year - 2, 12, 31),
    )
    agreement = CooperationAgreementFactory(title="Gällande överenskommelse")
    agreement.parties.add(org_a)
    area = PriorityAreaFactory(agreement=agreement, title="Trafik vid skolorna")
    AgreementSignatory.objects.create(
        agreement=agreement,
        name="Magnus Olsson",
        title="Kommundirektör",
        party=org_a,
        signed_on=date(today.year - 1, 1, 20),
    )
    promise = CitizenPromiseFactory(published=True, title="Löftet om trafiken", priority_area=area)
    CitizenPromiseFactory(title="Utkastlöfte", priority_area=area)
    draft = CooperationAgreementFactory(title="Utkast till ny", is_published=False)

    page = client.get("/samverkan/")
    assertContains(page, "<h1>Gällande överenskommelse</h1>", html=True)
    for text in (
        "Trafik vid skolorna",
        "Snabb sanering",
        "Magnus Olsson, Kommundirektör",
        org_a.name,
        "Löftet om trafiken",
        "Äldre överenskommelse",
    ):
        assertContains(page, text)
    assertNotContains(page, "Utkastlöfte")
    assertNotContains(page, "Utkast till ny")
    assert client.get(earlier.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client_for(coordinator).get(draft.get_absolute_url()).status_code == 200
    # The promise names its area, linked to the summary.
    assertContains(client.get(promise.get_absolute_url()), f"#area-{area.pk}")
    # The promises' list leads to the summary.
    client.logout()
    assertContains(client.get("/medborgarloften/"), 'href="/samverkan/"')


def test_the_yearly_document_lists_the_areas_with_what_was_done(client_for, coordinator):
    year = timezone.localdate().year
    area = PriorityAreaFactory(title="Unga på sommarkvällar")
    other = PriorityAreaFactory(agreement=area.agreement, title="Trafik")
    promise = CitizenPromiseFactory(published=True, priority_area=other)
    PromiseActivityFactory(
        promise=promise,
        text="Nattvandring vid sjön",
        priority_area=area,
        status="done",
        outcome="Tolv kvällar.",
    )
    PromiseActivityFactory(promise=promise, text="Trafikkontroller")
    page = client_for(coordinator).get(reverse("est:statutory_document", args=[year]))
    assertContains(page, "Samverkansöverenskommelsens prioriterade områden")
    html = page.content.decode()
    sommar, trafik = html.index("Unga på sommarkvällar"), html.index("<h3>Trafik</h3>")
    assert html.index("Nattvandring vid sjön") in range(sommar, trafik)
    assert html.index("Trafikkontroller") > trafik
    assertContains(page, "Tolv kvällar.")


def test_the_coordinators_are_reminded_once_before_the_agreement_ends(
    coordinator, org_admin_a, settings
):
    settings.PUBLIC_BASE_URL = "https://trygghet.example.se"
    today = timezone.localdate()
    agreement = CooperationAgreementFactory(
        valid_to=today + timedelta(days=100), reminder_days=90, title="Överenskommelsen"
    )
    call_command("send_notifications", verbosity=0)
    assert mail.outbox == []  # not yet: 100 days left
    agreement.reminder_days = 120
    agreement.save()
    call_command("send_notifications", verbosity=0)
    call_command("send_notifications", verbosity=0)
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    message = mail.outbox[0]
    assert message.subject.startswith("Samverkansöverenskommelsen upphör")
    assert "Överenskommelsen" in message.body
    assert f"/admin/citizen_promises/cooperationagreement/{agreement.pk}/change/" in message.body
    # With its successor recorded, a later agreement ending soon is not reminded of.
    mail.outbox.clear()
    ending = CooperationAgreementFactory(
        valid_from=today - timedelta(days=700), valid_to=today + timedelta(days=10)
    )
    CooperationAgreementFactory(
        valid_from=today + timedelta(days=11),
        valid_to=today + timedelta(days=1000),
        is_published=False,
    )
    call_command("send_notifications", verbosity=0)
    assert not [m for m in mail.outbox if str(ending.pk) in m.body]
