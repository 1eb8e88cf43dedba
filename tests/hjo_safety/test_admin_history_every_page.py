"""Every registered history page of the admin (issue 21, point 13): no false "… finns inte. Kan
den ha blivit borttagen?" warning on a visit, and nothing in django-simple-history's English.

The test enumerates the admin site's registry, so a model given ``SimpleHistoryAdmin`` later
fails here until ``BUILDERS`` says how to make one of it.
"""

import re

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from simple_history.admin import SimpleHistoryAdmin

from est_incidents.models import YearlySituationAnalysis
from hjo_safety.models import ContactInfo
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    CooperationAgreementFactory,
    FollowUpFactory,
)
from tests.citizen_tips.factories import CitizenTipFactory
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import (
    EstActionFactory,
    EstMeetingFactory,
    EstMeetingReportFactory,
)
from tests.hjo_safety.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

BUILDERS = {
    "hjo_safety.Organisation": lambda: OrganisationFactory(),
    "hjo_safety.Membership": lambda: MembershipFactory(),
    "hjo_safety.ContactInfo": lambda: ContactInfo.objects.first(),
    "bra_council.CouncilMember": lambda: CouncilMemberFactory(),
    "bra_council.CouncilMeeting": lambda: CouncilMeetingFactory(),
    "bra_council.AgendaItem": lambda: AgendaItemFactory(),
    "bra_council.Action": lambda: ActionFactory(),
    "est_incidents.EstMeeting": lambda: EstMeetingFactory(),
    "est_incidents.EstMeetingReport": lambda: EstMeetingReportFactory(),
    "est_incidents.EstAction": lambda: EstActionFactory(),
    "est_incidents.YearlySituationAnalysis": lambda: YearlySituationAnalysis.objects.create(
        year=2024, extent="Omfattning"
    ),
    "est_incidents.Incident": lambda: IncidentFactory(),
    "citizen_promises.CitizenPromise": lambda: CitizenPromiseFactory(),
    "citizen_promises.CooperationAgreement": lambda: CooperationAgreementFactory(),
    "citizen_promises.FollowUp": lambda: FollowUpFactory(),
    "citizen_tips.CitizenTip": lambda: CitizenTipFactory(),
}

# django-simple-history's own strings (its templates, titles and history types) and Django's
# "does not exist" warning, as they read untranslated.
ENGLISH = [
    "Choose a date",
    "doesn't have a change history",
    "Change history",
    "View history",
    "Date/time",
    "Changed by",
    "Change reason",
    ">Created<",
    ">Changed<",
    ">Deleted<",
    "Press the",
    "Revert",
    ">Close<",
    ">History<",
    ">Home<",
    " entry",
    " entries",
    "doesn’t exist",
]
FALSE_WARNING = "Kan den ha blivit borttagen?"


def history_admins():
    return sorted(
        (model._meta.label, model_admin)
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, SimpleHistoryAdmin)
    )


def visible_text(html):
    """The page without its scripts and tags' attributes, so that only what a user reads counts."""
    html = re.sub(r"<script.*?</script>", "", html, flags=re.DOTALL)
    return re.sub(r"<([a-zA-Z0-9]+)[^>]*>", r"<\1>", html)


def test_every_history_admin_has_a_builder():
    labels = [label for label, _ in history_admins()]
    assert len(labels) >= 15
    assert sorted(BUILDERS) == labels, "add a builder for each model with history pages"


@pytest.mark.parametrize("label", sorted(BUILDERS))
def test_history_pages_have_no_false_warning_and_no_english(
    client, coordinator, contact_info, label
):
    obj = BUILDERS[label]()
    obj.save()  # a second version: "Changed" as well as "Created"
    model_admin = next(a for name, a in history_admins() if name == label)
    opts = model_admin.model._meta
    client.force_login(coordinator)
    history_url = f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/history/"
    version = obj.history.earliest("history_date")
    pages = [history_url, f"{history_url}{version.history_id}/"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = visible_text(response.content.decode())
        assert FALSE_WARNING not in html, url
        assert not list(get_messages(response.wsgi_request)), f"{url} queued a message"
        english = [text for text in ENGLISH if text in html]
        assert not english, f"{url} shows {english}"
    html = visible_text(client.get(history_url).content.decode())
    assert "<td>Ändrad</td>" in html, "the kinds of version read in Swedish"
