"""Bulletins between the EST meetings (issue 25.2): who may send one, who receives it, instant
or weekly delivery through the outbox, the personal-data guard, and what each organisation
sees in the list."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from est_incidents.early_warning import start_page_period, warnings_for_viewer
from est_incidents.models import Category, Incident, Place
from hjo_safety.models import Organisation, Role
from notifications.bulletin_warnings import early_warning_text
from notifications.bulletins import queue_bulletin_weeks
from notifications.models import Bulletin, OutboxMessage
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = pytest.mark.django_db

NEW = "/personal/utskick/nytt/"
LIST = "/personal/utskick/"
WARNING = "Falska hantverkare knackar på hos äldre. Släpp inte in okända."
TEXT = "Lugn helg väntas. Extra patrull vid hamnen fredag kväll efter skolavslutningen."


@pytest.fixture
def kommunpolis(db):
    police = OrganisationFactory(name="Polisen lokalpolisområde Skövde (test)", kind="police")
    return member(police, Role.REPORTER, username="kommunpolis")


def to(*organisations, **fields):
    data = {"kind": "weekend", "title": "Helgens läge", "text": TEXT}
    data |= {"organisations": [o.pk for o in organisations]} | fields
    return data


def test_only_the_kommunpolis_and_the_coordinator_may_send(
    client_for, kommunpolis, coordinator, reporter_a, org_admin_a
):
    assert client_for(kommunpolis).get(NEW).status_code == 200
    assert client_for(coordinator).get(NEW).status_code == 200
    assert 'href="/personal/utskick/nytt/"' in client_for(kommunpolis).get(LIST).content.decode()
    for user in (reporter_a, org_admin_a):
        assert client_for(user).get(NEW).status_code == 403
        assert (
            client_for(user).post(NEW, to(user.memberships.get().organisation)).status_code == 403
        )
    assert not Bulletin.objects.exists()


def test_instant_and_weekly_delivery_to_the_chosen_organisations(
    client_for, kommunpolis, org_a, reporter_a, org_admin_a, reporter_b, on_commit
):
    # The admin of A reads bulletins once a week (their settings page).
    saved = client_for(org_admin_a).post(
        "/personal/installningar/", {"digest": "daily", "bulletin": "weekly"}
    )
    assert saved.status_code == 302
    client = client_for(kommunpolis)
    with on_commit():
        response = client.post(NEW, to(org_a))
    bulletin = Bulletin.objects.get()
    assert response.status_code == 302 and response.url == f"/personal/utskick/{bulletin.pk}/"
    assert bulletin.sent_by == kommunpolis and list(bulletin.organisations.all()) == [org_a]
    # Instant: the reporter of A gets it now, composed from the bulletin; nobody of B.
    assert [m.to[0] for m in mail.outbox] == [reporter_a.email]
    assert mail.outbox[0].subject == "Helgens läge: Helgens läge"
    assert "Extra patrull vid hamnen" in mail.outbox[0].body
    message = OutboxMessage.objects.get()
    assert message.params == {} and "patrull" not in message.subject  # the outbox keeps no text
    # An urgent warning to everyone goes at once, also to the weekly reader.
    with on_commit():
        client.post(NEW, to(kind="warning", title="Falska hantverkare", text=WARNING, to_all="on"))
    warning = Bulletin.objects.get(kind="warning")
    assert set(warning.organisations.all()) == set(Organisation.objects.filter(is_active=True))
    assert org_admin_a.email in [m.to[0] for m in mail.outbox[1:]]
    assert reporter_b.email in [m.to[0] for m in mail.outbox[1:]]
    # The week's mail on Monday: the weekend bulletin, not the warning already sent.
    mail.outbox.clear()
    with on_commit():
        assert queue_bulletin_weeks(timezone.now() + datetime.timedelta(days=7)) == 1
        assert queue_bulletin_weeks(timezone.now() + datetime.timedelta(days=7)) == 0
    [week] = mail.outbox
    assert week.to == [org_admin_a.email] and week.subject.startswith("Veckans utskick")
    assert "Extra patrull vid hamnen" in week.body and "Falska hantverkare" not in week.body
    # The list: B sees only what was addressed to it; A's bulletin is a 404 for B.
    page = client_for(reporter_b).get(LIST).content.decode()
    assert "Falska hantverkare" in page and "Extra patrull" not in page
    assert client_for(reporter_b).get(bulletin.get_absolute_url()).status_code == 404
    assert "Extra patrull" in client_for(reporter_a).get(LIST).content.decode()


def test_the_guard_refuses_personal_data_and_asks_about_names(
    client_for, kommunpolis, org_a, reporter_a, on_commit
):
    client = client_for(kommunpolis)
    refused = client.post(NEW, to(org_a, text="Ring mig på 070-123 45 67 om något händer."))
    assert refused.status_code == 200 and not Bulletin.objects.exists()
    named = to(org_a, text="Kalle Andersson har synts vid hamnen igen i kväll.")
    asked = client.post(NEW, named)
    html = asked.content.decode()
    assert "Det ser ut som ett namn" in html and 'type="checkbox" name="spara_anda"' in html
    assert not Bulletin.objects.exists() and not mail.outbox
    assert client.post(NEW, to(org_a)).status_code == 302  # rewritten without the name
    nothing = client_for(kommunpolis).post(NEW, {"kind": "weekend", "title": "x", "text": "y"})
    assert "Välj minst en organisation" in nothing.content.decode()


def test_a_bulletin_carries_the_early_warnings_without_small_counts(
    client_for, kommunpolis, org_a, org_b, reporter_a, reporter_b, coordinator, on_commit
):
    harm = Category.objects.get(name="Skadegörelse", parent=None)  # seeded
    harbour = Place.objects.get(name="Hamnen")
    now = timezone.now()
    # Hamnen, skadegörelse: usually 3 a fortnight (A's), now 9 (A's): a warning of 9.
    for fortnight in range(1, 7):
        for index in range(3):
            IncidentFactory(
                organisation=org_a,
                category=harm,
                place=harbour,
                occurred_at=now - datetime.timedelta(days=14 * fortnight + index + 1),
            )
    for index in range(9):
        IncidentFactory(
            organisation=org_a,
            category=harm,
            place=harbour,
            occurred_at=now - datetime.timedelta(days=index, hours=1),
        )
    # A small rise: 4 of A's at a place that is usually quiet. The coordinator's start page
    # shows it; a bulletin, which goes to B too, must not.
    quiet = PlaceFactory(name="Stationsparken")
    small_category = CategoryFactory(name="Lösa hundar")
    for index in range(4):
        IncidentFactory(
            organisation=org_a,
            category=small_category,
            place=quiet,
            occurred_at=now - datetime.timedelta(days=index, hours=2),
        )
    period = start_page_period()
    assert {w.place for w in warnings_for_viewer(period, coordinator)} == {
        "Hamnen",
        "Stationsparken",
    }
    client = client_for(kommunpolis)
    form = client.get(NEW).content.decode()
    assert "Hamnen, skadegörelse (9 mot normalt 3)" in form and "Stationsparken" not in form
    with on_commit():
        response = client.post(NEW, to(org_a, org_b))
    assert response.status_code == 302
    line = "Ovanligt många: Hamnen, skadegörelse (9 mot normalt 3)"
    mails = {m.to[0]: m for m in mail.outbox}
    assert set(mails) == {reporter_a.email, reporter_b.email}
    for message in mails.values():  # the same outsiders' version for everyone
        assert line in message.body and line in message.alternatives[0][0].replace(
            "<strong>", ""
        ).replace("</strong>", "")
        assert "Stationsparken" not in message.body and "lösa hundar" not in message.body
        assert "(4 mot" not in message.body
    bulletin = Bulletin.objects.get()
    assert "Stationsparken" not in str(bulletin.early_warnings)
    # The bulletin's page and the list of past bulletins show it, for B as well.
    for page in (bulletin.get_absolute_url(), LIST):
        html = client_for(reporter_b).get(page).content.decode()
        assert "Hamnen, skadegörelse (9 mot normalt 3)" in html
        assert "Stationsparken" not in html
    # The warnings are those of the moment it was sent, not of today.
    Incident.objects.all().delete()
    assert line in client_for(reporter_a).get(bulletin.get_absolute_url()).content.decode().replace(
        "<strong>", ""
    ).replace("</strong>", "")


def test_a_stored_small_count_is_masked_when_shown(org_a):
    bulletin = Bulletin(
        early_warnings={
            "start": "2026-11-01",
            "end": "2026-11-14",
            "items": [{"place": "Hamnen", "category": "Skadegörelse", "count": 3, "usual": None}],
        }
    )
    text = early_warning_text(bulletin)
    assert "Hamnen, skadegörelse (färre än 5 mot normalt visas inte)" in text


def test_the_weekly_mail_carries_each_bulletins_warnings(
    client_for, kommunpolis, org_a, reporter_a, on_commit
):
    client_for(reporter_a).post(
        "/personal/installningar/", {"digest": "daily", "bulletin": "weekly"}
    )
    bulletin = Bulletin.objects.create(
        kind="weekend",
        title="Helgens läge",
        text=TEXT,
        sent_by=kommunpolis,
        early_warnings={
            "start": "2026-11-01",
            "end": "2026-11-14",
            "items": [{"place": "Hamnen", "category": "Skadegörelse", "count": 9, "usual": 3}],
        },
    )
    bulletin.organisations.set([org_a])
    with on_commit():
        assert queue_bulletin_weeks(timezone.now() + datetime.timedelta(days=7)) == 1
    [week] = mail.outbox
    assert "Extra patrull vid hamnen" in week.body
    assert "Ovanligt många: Hamnen, skadegörelse (9 mot normalt 3)" in week.body
