"""The tips' admin: coordinators only, no adding, the same guard on the text."""

import pytest

from citizen_tips.models import CitizenTip, TipModerator
from tests.citizen_tips.factories import CitizenTipFactory

pytestmark = pytest.mark.django_db


def change_data(tip, **changes):
    data = {
        "kind": tip.kind,
        "time_of_day": tip.time_of_day,
        "place": "",
        "place_description": tip.place_description,
        "latitude": "",
        "longitude": "",
        "text": tip.text,
        "state": tip.state,
        "rejection_reason": "",
        "answer": "",
    }
    data.update(changes)
    return data


def test_the_coordinator_corrects_a_tip_and_the_guard_applies(client_for, coordinator):
    tip = CitizenTipFactory()
    client = client_for(coordinator)
    url = f"/admin/citizen_tips/citizentip/{tip.pk}/change/"
    refused = client.post(url, change_data(tip, text="Det är Kalle Andersson som står där."))
    assert refused.status_code == 200
    assert "verkar innehålla namn på personer" in refused.content.decode()
    refused = client.post(url, change_data(tip, text="Ring 070-123 45 67."))
    assert "telefonnummer" in refused.content.decode()
    assert CitizenTip.objects.get().text == tip.text

    assert client.post(url, change_data(tip, text="Mörkt vid tunneln.")).status_code == 302
    assert CitizenTip.objects.get().text == "Mörkt vid tunneln."


def test_organisation_admins_cannot_reach_the_tips_admin(client_for, org_admin_a):
    tip = CitizenTipFactory()
    client = client_for(org_admin_a)
    assert client.get("/admin/citizen_tips/citizentip/").status_code == 403
    assert client.get(f"/admin/citizen_tips/citizentip/{tip.pk}/change/").status_code == 403
    assert client.get("/admin/citizen_tips/tipmoderator/add/").status_code == 403


def test_the_coordinator_appoints_a_moderating_organisation(client_for, coordinator, org_a):
    client = client_for(coordinator)
    assert client.get("/admin/citizen_tips/citizentip/add/").status_code == 403
    response = client.post(
        "/admin/citizen_tips/tipmoderator/add/",
        {"organisation": org_a.pk},
    )
    assert response.status_code == 302
    assert TipModerator.objects.get().organisation == org_a
    assert TipModerator.history.get().history_user == coordinator  # in the audit log


def test_deleting_a_tip_clears_its_words_from_the_history(client_for, coordinator):
    tip = CitizenTipFactory(text="Mörkt vid tunneln.")
    tip.save()  # a history row with the text
    response = client_for(coordinator).post(
        f"/admin/citizen_tips/citizentip/{tip.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not CitizenTip.objects.exists()
    rows = CitizenTip.history.filter(id=tip.pk)
    assert rows.exists() and not rows.exclude(text="").exists()
