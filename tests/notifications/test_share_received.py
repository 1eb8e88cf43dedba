"""Issue 24, point 2: the receiving organisation hears of a share. Its members who handle shares
(their setting) are mailed through the outbox, else its admins; /personal/ and the staff menu
count what waits for their handling; the list marks the shared incidents with the receiver's
own handling state."""

import pytest
from django.core import mail

from est_incidents.services import handle_share, share_incident
from hjo_safety.models import Role
from notifications.models import NotificationSettings, OutboxMessage
from tests.est_incidents.factories import IncidentFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db


def test_the_receiving_organisation_hears_of_a_share_and_sees_it_waiting(
    client_for, reporter_a, org_a, org_b, reporter_b, org_admin_b, on_commit
):
    first = IncidentFactory(organisation=org_a, reported_by=reporter_a, description="Mörkt.")
    second = IncidentFactory(organisation=org_a, reported_by=reporter_a, description="Klotter.")
    # Nobody in B has chosen to handle shares: B's admins are told, and why.
    with on_commit():
        share_incident(incident=first, organisation=org_b, note="Mörkt här", acting_user=reporter_a)
    to_b = [m for m in mail.outbox if m.to != [reporter_a.email]]
    assert [m.to for m in to_b] == [[org_admin_b.email]]
    assert to_b[0].subject == f"Delat med {org_b}: en händelse väntar på hantering"
    assert "ingen i" in to_b[0].body and "Mörkt här" not in to_b[0].body  # no free text
    assert f"/personal/handelser/{first.pk}/" in to_b[0].body
    assert "Mörkt här" not in OutboxMessage.objects.get(recipient=org_admin_b).subject

    # The reporter of B chooses to handle shares on the settings page: from now on only they hear.
    client_for(reporter_b).post(
        "/personal/installningar/", {"handles_shares": "on", "digest": "daily"}
    )
    assert NotificationSettings.objects.get(user=reporter_b).handles_shares
    mail.outbox.clear()
    with on_commit():
        share_incident(incident=second, organisation=org_b, note="", acting_user=reporter_a)
    assert [m.to for m in mail.outbox if m.to != [reporter_a.email]] == [[reporter_b.email]]

    # /personal/ and the menu count both as waiting; the list says which are shared with B.
    client = client_for(reporter_b)
    home = client.get("/personal/").content.decode()
    assert "Delat med er – väntar på hantering (2)" in home
    assert 'data-menu-count="shares_waiting_count">2<' in home
    listing = client.get("/personal/handelser/?delade=1").content.decode()
    assert "2 händelser delade med er" in listing
    assert listing.count("Delad med er · Mottagen") == 4  # card and row for each
    # B handles one: the badge shows B's state, not A's status, and the count drops.
    share = first.shares.get()
    handle_share(share=share, handling_status="done", note="", acting_user=reporter_b)
    listing = client.get("/personal/handelser/").content.decode()
    assert "Delad med er · Åtgärdad" in listing and "Visa bara de delade" in listing
    assert "Delat med er – väntar på hantering (1)" in client.get("/personal/").content.decode()
    # A's own list shows A's statuses, no "shared with you" marks.
    own = client_for(reporter_a).get("/personal/handelser/").content.decode()
    assert "Delad med er" not in own and "data-menu-count" not in own


def test_the_one_who_shares_is_not_mailed_about_it(org_a, org_b, on_commit):
    both = member(org_a, Role.ORG_ADMIN, username="dubbel", email="dubbel@example.se")
    from tests.hjo_safety.factories import MembershipFactory

    MembershipFactory(user=both, organisation=org_b, role=Role.ORG_ADMIN)
    incident = IncidentFactory(organisation=org_a, reported_by=both)
    with on_commit():
        share_incident(incident=incident, organisation=org_b, note="", acting_user=both)
    assert mail.outbox == []
