"""An object's history page in the admin: versions in a table that scrolls in its own region,
changed choices as their Swedish labels (not "new → reviewed"), and no inline style (the
CSP forbids it). Another organisation's history is in the isolation matrix."""

import pytest

from est_incidents.models import Incident
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def test_history_shows_swedish_labels_without_inline_style(client, org_admin_a, org_a):
    incident = IncidentFactory(organisation=org_a)
    incident.status = Incident.Status.REVIEWED
    incident.save()
    client.force_login(org_admin_a)
    response = client.get(f"/admin/est_incidents/incident/{incident.pk}/history/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="history-table-scroll" role="region" tabindex="0"' in html
    assert f"{Incident.Status.NEW.label} → {Incident.Status.REVIEWED.label}" in html, (
        "the status change reads in Swedish"
    )
    assert "new → reviewed" not in html
    assert "style=" not in html
