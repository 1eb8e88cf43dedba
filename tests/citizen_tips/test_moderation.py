"""Moderating tips at /personal/tips/: who may, accept → incident, reject, answer → one mail,
closing removes the e-mail address, the history and audit log, and the list's query count."""

import pytest
from django.core import mail

from citizen_tips import services
from citizen_tips.models import CitizenTip
from est_incidents.models import Incident, IncidentShare
from hjo_safety import audit
from hjo_safety.models import Role
from tests.citizen_tips.factories import CitizenTipFactory, TipModeratorFactory
from tests.est_incidents.factories import CategoryFactory, PlaceFactory
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = pytest.mark.django_db

LIST = "/personal/tips/"


def detail(tip):
    return f"/personal/tips/{tip.pk}/"


@pytest.fixture
def category(db):
    return CategoryFactory(name="Belysning", code="belysning")


@pytest.fixture
def appointed_reporter(org_a):
    """A reporter of an organisation the coordinator appointed to moderate tips."""
    TipModeratorFactory(organisation=org_a)
    return member(org_a, Role.REPORTER, username="tips_fritid")


# --- Who may moderate -----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    tip = CitizenTipFactory()
    for url in (LIST, detail(tip)):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/konto/logga-in/")


def test_members_of_organisations_not_appointed_get_404(
    client_for, reporter_b, org_admin_b, outsider, appointed_reporter
):
    tip = CitizenTipFactory()
    for user in (reporter_b, org_admin_b, outsider):
        client = client_for(user)
        assert client.get(LIST).status_code == 404
        assert client.get(detail(tip)).status_code == 404
        response = client.post(detail(tip), {"action": "close"})
        assert response.status_code == 404
    tip.refresh_from_db()
    assert not tip.is_closed


def test_the_coordinator_and_an_appointed_organisation_moderate(
    client_for, coordinator, appointed_reporter
):
    tip = CitizenTipFactory(text="Mörk gångväg bakom skolan.")
    for user in (coordinator, appointed_reporter):
        client = client_for(user)
        listing = client.get(LIST)
        assert listing.status_code == 200
        assert detail(tip) in listing.content.decode()
        page = client.get(detail(tip))
        assert page.status_code == 200
        assert "Mörk gångväg bakom skolan." in page.content.decode()
        assert "no-store" in page["Cache-Control"]


def test_an_unknown_tip_is_404_for_a_moderator(client_for, coordinator):
    assert client_for(coordinator).get("/personal/tips/999999/").status_code == 404


def test_the_list_filters_by_state(client_for, coordinator):
    new = CitizenTipFactory()
    rejected = CitizenTipFactory(state=CitizenTip.State.REJECTED, rejection_reason="Dubblett")
    closed = CitizenTipFactory()
    services.close_tip(tip=closed, acting_user=coordinator)
    client = client_for(coordinator)

    def shown(status):
        html = client.get(LIST, {"status": status}).content.decode()
        return {tip.pk for tip in (new, rejected, closed) if detail(tip) in html}

    assert shown("oppna") == {new.pk, rejected.pk}
    assert shown("nya") == {new.pk}
    assert shown("avvisade") == {rejected.pk}
    assert shown("avslutade") == {closed.pk}
    assert shown("alla") == {new.pk, rejected.pk, closed.pk}
    assert shown("nonsens") == {new.pk, rejected.pk}  # an unknown filter falls back to open


def test_the_list_paginates(client_for, coordinator):
    CitizenTipFactory.create_batch(27)
    client = client_for(coordinator)
    first = client.get(LIST).content.decode()
    assert "Sida 1 av 2" in first and "?sida=2" in first
    second = client.get(LIST, {"sida": 2}).content.decode()
    assert second.count("/personal/tips/") - second.count('href="/personal/tips/"') >= 2


@pytest.mark.parametrize("size", [3, 30])
def test_the_list_query_count_does_not_grow_with_the_data(
    client_for, coordinator, django_assert_max_num_queries, size
):
    place = PlaceFactory()
    CitizenTipFactory.create_batch(size, place=place)
    client = client_for(coordinator)
    client.get(LIST)
    with django_assert_max_num_queries(9):
        response = client.get(LIST, {"status": "alla"})
    assert response.status_code == 200


# --- Accept, reject ---------------------------------------------------------------------------


def test_accept_makes_an_incident_in_the_mapping(client_for, appointed_reporter, org_a, category):
    place = PlaceFactory(name="Hamnen (test)")
    tip = CitizenTipFactory(place=place, kind=CitizenTip.Kind.LIGHTING)
    client = client_for(appointed_reporter)
    page = client.get(detail(tip)).content.decode()
    assert f'value="{category.pk}" selected' in page  # the kind proposes its category
    response = client.post(
        detail(tip),
        {
            "action": "accept",
            "accept-organisation": org_a.pk,
            "accept-category": category.pk,
            "accept-description": "Släckt belysning i hamnen, enligt medborgartips.",
        },
    )
    assert response.status_code == 302
    tip.refresh_from_db()
    incident = Incident.objects.get()
    assert tip.state == CitizenTip.State.ACCEPTED and tip.incident == incident
    assert incident.organisation == org_a and incident.category == category
    assert incident.place == place and incident.occurred_at == tip.created_at
    assert incident.reported_by == appointed_reporter
    assert incident.source == Incident.Source.CITIZEN_TIP == "medborgartips"
    followed = client.get(detail(tip)).content.decode()
    assert f"registrerat som händelse {incident.pk}" in followed
    assert "Godkänt: blev händelse" in followed  # the tip's history
    incident_page = client_for(appointed_reporter).get(f"/personal/handelser/{incident.pk}/")
    assert "Medborgartips (ett godkänt tips från en medborgare)" in incident_page.content.decode()


def test_an_appointed_member_cannot_file_the_incident_for_another_organisation(
    client_for, appointed_reporter, org_b, category
):
    tip = CitizenTipFactory()
    response = client_for(appointed_reporter).post(
        detail(tip),
        {
            "action": "accept",
            "accept-organisation": org_b.pk,
            "accept-category": category.pk,
            "accept-description": "Mörkt.",
        },
    )
    assert response.status_code == 400
    assert not Incident.objects.exists()
    tip.refresh_from_db()
    assert tip.state == CitizenTip.State.NEW


def test_accept_guards_the_description(client_for, coordinator, org_a, category):
    tip = CitizenTipFactory()
    response = client_for(coordinator).post(
        detail(tip),
        {
            "action": "accept",
            "accept-organisation": org_a.pk,
            "accept-category": category.pk,
            "accept-description": "Ring 070-123 45 67.",
        },
    )
    assert response.status_code == 400
    assert "telefonnummer" in response.content.decode()
    assert not Incident.objects.exists()


def test_reject_needs_a_reason_and_cannot_be_repeated(client_for, coordinator):
    tip = CitizenTipFactory()
    client = client_for(coordinator)
    response = client.post(detail(tip), {"action": "reject", "reject-reason": ""})
    assert response.status_code == 400
    assert "Skriv varför tipset avvisas." in response.content.decode()
    response = client.post(detail(tip), {"action": "reject", "reject-reason": "Privat mark."})
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.state == CitizenTip.State.REJECTED and tip.rejection_reason == "Privat mark."
    assert tip.moderated_by == coordinator
    again = client.post(
        detail(tip), {"action": "reject", "reject-reason": "Igen."}, follow=True
    ).content.decode()
    assert "redan granskat" in again
    citizen = client_for(None).get(f"/tipsa/status/{tip.token}/").content.decode()
    assert "Privat mark." not in citizen  # the reason is internal
    assert "leder inte till någon åtgärd" in citizen


def test_an_unknown_action_changes_nothing(client_for, coordinator):
    tip = CitizenTipFactory()
    response = client_for(coordinator).post(detail(tip), {"action": "delete"}, follow=True)
    assert "Okänd åtgärd" in response.content.decode()
    assert CitizenTip.objects.get().state == CitizenTip.State.NEW


# --- Answer, mail, close --------------------------------------------------------------------


def test_the_answer_is_mailed_once_after_commit_and_the_address_removed_on_close(
    client_for, coordinator, django_capture_on_commit_callbacks
):
    tip = CitizenTipFactory(email="medborgare@example.se")
    client = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            detail(tip),
            {
                "action": "answer",
                "answer-answer": "Tack, vi lagar belysningen.",
                "answer-close": "on",
            },
        )
    assert response.status_code == 302
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["medborgare@example.se"]
    assert message.subject == f"Svar på ditt tips till Hjo kommun ({tip.reference})"
    assert "Tack, vi lagar belysningen." in message.body
    assert "e-postadress är nu borttagen" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Tack, vi lagar belysningen." in html

    tip.refresh_from_db()
    assert tip.is_closed and tip.email == "" and tip.answer_mailed_at is not None
    # Never twice: a second run (or the retry command) sends nothing.
    assert services.send_citizen_mail(tip.pk) is False
    assert services.send_pending_answers() == (0, 0)
    assert len(mail.outbox) == 1
    # The address is not in the history either.
    assert not hasattr(tip.history.model, "email")
    citizen = client_for(None).get(f"/tipsa/status/{tip.token}/").content.decode()
    assert "Avslutat" in citizen and "Tack, vi lagar belysningen." in citizen


def test_no_mail_is_sent_when_the_transaction_rolls_back(coordinator):
    from django.db import transaction

    tip = CitizenTipFactory(email="medborgare@example.se")
    with pytest.raises(RuntimeError), transaction.atomic():
        services.answer_tip(tip=tip, answer="Svar", close=False, acting_user=coordinator)
        raise RuntimeError
    assert mail.outbox == []
    assert CitizenTip.objects.get().answer == ""


def test_a_mail_server_that_is_down_leaves_the_answer_pending(
    coordinator, settings, django_capture_on_commit_callbacks
):
    tip = CitizenTipFactory(email="medborgare@example.se")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    with django_capture_on_commit_callbacks(execute=True):
        services.answer_tip(tip=tip, answer="Svar", close=True, acting_user=coordinator)
    tip.refresh_from_db()
    assert tip.is_closed and tip.answer_mail_pending  # the address is kept until it is sent
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert services.send_pending_answers() == (1, 0)
    tip.refresh_from_db()
    assert tip.email == "" and len(mail.outbox) == 1


def test_an_answer_without_an_address_only_shows_on_the_status_page(
    client_for, coordinator, django_capture_on_commit_callbacks
):
    tip = CitizenTipFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client_for(coordinator).post(
            detail(tip), {"action": "answer", "answer-answer": "Vi har tittat på platsen."}
        )
    assert callbacks == [] and mail.outbox == []
    tip.refresh_from_db()
    assert not tip.is_closed and tip.answer == "Vi har tittat på platsen."


def test_closing_tells_the_citizen_what_was_done_then_removes_the_address(
    client_for, coordinator, django_capture_on_commit_callbacks
):
    """Issue 24, point 4: a first answer does not close the tip by default; closing says what
    was done (required), on the status page and in one mail, and then the address is gone."""
    tip = CitizenTipFactory(email="medborgare@example.se")
    client = client_for(coordinator)
    form = client.get(detail(tip)).content.decode()
    assert 'name="answer-close"' in form and 'name="answer-close" checked' not in form
    with django_capture_on_commit_callbacks(execute=True):
        client.post(detail(tip), {"action": "answer", "answer-answer": "Vi tittar på det."})
    tip.refresh_from_db()
    assert not tip.is_closed and tip.email and len(mail.outbox) == 1
    assert client.post(detail(tip), {"action": "close"}).status_code == 400  # say what was done
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            detail(tip), {"action": "close", "close-closing_note": "Lampan är utbytt."}
        )
    assert response.status_code == 302
    closing = mail.outbox[1]
    assert closing.subject == f"Ditt tips till Hjo kommun är avslutat ({tip.reference})"
    assert "Lampan är utbytt." in closing.body and "e-postadress är nu borttagen" in closing.body
    tip.refresh_from_db()
    assert tip.is_closed and tip.email == "" and tip.closing_mailed_at is not None
    assert services.send_pending_answers() == (0, 0)
    page = client.get(detail(tip)).content.decode()
    assert 'value="accept"' not in page and 'value="answer"' not in page
    again = client.post(
        detail(tip),
        {"action": "close", "close-closing_note": "Lampan är utbytt igen."},
        follow=True,
    )
    assert "redan avslutat" in again.content.decode()
    citizen = client_for(None).get(f"/tipsa/status/{tip.token}/").content.decode()
    assert "Det här gjordes" in citizen and "Lampan är utbytt." in citizen


def test_the_answer_is_guarded(client_for, coordinator):
    tip = CitizenTipFactory()
    response = client_for(coordinator).post(
        detail(tip), {"action": "answer", "answer-answer": "Ring 0503-123 45 på kvällen."}
    )
    assert response.status_code == 400
    assert CitizenTip.objects.get().answer == ""


def test_every_action_is_in_the_audit_log(coordinator, org_a, category):
    tip = CitizenTipFactory()
    services.accept_tip(
        tip=tip, organisation=org_a, category=category, description="Mörkt", acting_user=coordinator
    )
    services.answer_tip(tip=tip, answer="Tack", close=True, acting_user=coordinator)
    page = audit.build_page({"model": "citizen_tips.citizentip"}, 1)
    reasons = [entry.detail for entry in page.entries]
    assert reasons[0] == "Besvarat och avslutat"
    assert any(reason.startswith("Godkänt: blev händelse") for reason in reasons)
    assert "Tipset togs emot" not in reasons  # the factory wrote no history reason
    assert {entry.actor for entry in page.entries if entry.detail} == {"strateg"}


def test_the_staff_menu_links_the_tips_for_moderators_only(
    client_for, appointed_reporter, reporter_b, coordinator
):
    link = 'href="/personal/tips/"'
    assert link in client_for(coordinator).get("/personal/").content.decode()
    assert link in client_for(appointed_reporter).get("/personal/").content.decode()
    assert link not in client_for(reporter_b).get("/personal/").content.decode()


def test_every_public_page_links_the_tip_form(client, contact_info):
    assert 'href="/tipsa/"' in client.get("/").content.decode()


def test_an_accepted_tip_counts_in_the_situation_picture(client_for, coordinator, org_a, category):
    from est_incidents.situation import compute_situation, default_period

    tip = CitizenTipFactory()
    services.accept_tip(
        tip=tip, organisation=org_a, category=category, description="Mörkt", acting_user=coordinator
    )
    picture = compute_situation(default_period())
    assert picture["total"] == 1 and picture["from_citizen_tips"] == 1
    html = client_for(coordinator).get("/personal/lagesbild/").content.decode()
    assert "Varav från medborgartips" in html
    assert '<dd class="situation-citizen-tips">1</dd>' in html


# --- Accept and share with the organisation that can act -----------------------------------


def _accept_and_share(client, tip, organisation, receiver, category, note=""):
    return client.post(
        detail(tip),
        {
            "action": "accept",
            "accept-organisation": organisation.pk,
            "accept-category": category.pk,
            "accept-description": "Trasig belysning vid gångtunneln.",
            "accept-share_with": receiver.pk if receiver else "",
            "accept-share_note": note,
        },
    )


def test_accept_can_share_the_incident_with_the_organisation_that_can_act(
    client_for, coordinator, org_a, org_b, reporter_b, category
):
    third = OrganisationFactory(name="Hjo Energi (test)")
    third_member = member(third, Role.REPORTER, username="energi")
    tip = CitizenTipFactory(text="Lampan i tunneln är trasig.")
    client = client_for(coordinator)
    page = client.get(detail(tip)).content.decode()
    assert "Dela med organisationen som kan åtgärda (valfritt)" in page
    response = _accept_and_share(client, tip, org_a, org_b, category, "Byt lampan, tack.")
    assert response.status_code == 302
    incident = Incident.objects.get()
    assert incident.source == Incident.Source.CITIZEN_TIP and incident.organisation == org_a
    share = IncidentShare.objects.get()
    assert share.incident == incident and share.organisation == org_b
    assert share.note == "Byt lampan, tack." and share.shared_by == coordinator
    followed = client.get(detail(tip)).content.decode()
    assert "Det är delat med Hjo Bostäder AB (test)." in followed
    assert "delad med Hjo Bostäder" in followed  # the tip's history, also the audit log
    assert share.history.filter(history_user=coordinator).exists()
    # The receiving organisation sees the incident, with the note; another organisation: 404.
    received = client_for(reporter_b).get(f"/personal/handelser/{incident.pk}/")
    assert received.status_code == 200
    assert "Byt lampan, tack." in received.content.decode()
    assert client_for(third_member).get(f"/personal/handelser/{incident.pk}/").status_code == 404


def test_accept_without_a_share_shares_nothing(client_for, coordinator, org_a, category):
    tip = CitizenTipFactory()
    response = _accept_and_share(client_for(coordinator), tip, org_a, None, category)
    assert response.status_code == 302
    assert Incident.objects.count() == 1 and not IncidentShare.objects.exists()


def test_sharing_with_the_registering_organisation_is_refused_and_nothing_stored(
    client_for, coordinator, org_a, category
):
    tip = CitizenTipFactory()
    response = _accept_and_share(client_for(coordinator), tip, org_a, org_a, category)
    assert response.status_code == 400
    assert "Händelsen registreras redan av" in response.content.decode()
    assert not Incident.objects.exists() and not IncidentShare.objects.exists()
    tip.refresh_from_db()
    assert tip.state == CitizenTip.State.NEW


def test_the_share_note_is_guarded(client_for, coordinator, org_a, org_b, category):
    tip = CitizenTipFactory()
    response = _accept_and_share(
        client_for(coordinator), tip, org_a, org_b, category, "Ring 070-123 45 67."
    )
    assert response.status_code == 400
    assert "telefonnummer" in response.content.decode()
    assert not Incident.objects.exists() and not IncidentShare.objects.exists()


# --- Forward without mapping ------------------------------------------------------------------


def test_forward_sends_the_tip_to_the_organisation_that_can_act_without_an_incident(
    client_for, coordinator, org_b, reporter_b, reporter_a
):
    tip = CitizenTipFactory(text="Trasigt staket vid lekplatsen.")
    assert client_for(reporter_b).get(LIST).status_code == 404  # nothing forwarded yet
    client = client_for(coordinator)  # one test client: each client_for logs in anew
    response = client.post(
        detail(tip),
        {
            "action": "forward",
            "forward-organisation": org_b.pk,
            "forward-note": "Er fastighet, kan ni laga staketet?",
        },
    )
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.state == CitizenTip.State.FORWARDED and tip.forwarded_to == org_b
    assert tip.incident is None and not Incident.objects.exists()  # not in the mapping
    assert "Vidarebefordrat till Hjo Bostäder" in client.get(detail(tip)).content.decode()
    # The receiving organisation's member reads the tip and the note, and cannot act on it.
    receiver = client_for(reporter_b)
    assert detail(tip) in receiver.get(LIST).content.decode()
    page = receiver.get(detail(tip)).content.decode()
    assert "Trasigt staket vid lekplatsen." in page
    assert "Er fastighet, kan ni laga staketet?" in page
    assert 'value="accept"' not in page and 'value="answer"' not in page
    assert receiver.post(detail(tip), {"action": "close"}).status_code == 404
    tip.refresh_from_db()
    assert not tip.is_closed
    # Another organisation's member: 404, and the citizen reads that it went on.
    other = client_for(reporter_a)
    assert other.get(LIST).status_code == 404
    assert other.get(detail(tip)).status_code == 404
    assert "skickat vidare" in str(tip.citizen_state)


def test_a_receiver_sees_only_the_tips_forwarded_to_it(client_for, coordinator, org_b, reporter_b):
    forwarded = CitizenTipFactory(text="Till Hjo Bostäder.")
    services.forward_tip(tip=forwarded, organisation=org_b, note="", acting_user=coordinator)
    other = CitizenTipFactory(text="Inte vidarebefordrat.")
    client = client_for(reporter_b)
    listing = client.get(LIST + "?status=alla").content.decode()
    assert detail(forwarded) in listing and detail(other) not in listing
    assert client.get(detail(other)).status_code == 404


def test_the_forward_note_is_guarded_and_an_organisation_is_required(
    client_for, coordinator, org_b
):
    tip = CitizenTipFactory()
    client = client_for(coordinator)
    response = client.post(
        detail(tip),
        {
            "action": "forward",
            "forward-organisation": org_b.pk,
            "forward-note": "Ring 070-123 45 67.",
        },
    )
    assert response.status_code == 400 and "telefonnummer" in response.content.decode()
    response = client.post(detail(tip), {"action": "forward", "forward-organisation": ""})
    assert response.status_code == 400
    assert "Välj vilken organisation tipset ska till." in response.content.decode()
    tip.refresh_from_db()
    assert tip.state == CitizenTip.State.NEW and tip.forwarded_to is None
