"""The demo tips' status links cannot be guessed on an instance whose demo data is reachable:
they derive from the instance's SECRET_KEY, and a re-seed keeps them (seeding is idempotent)."""

from io import StringIO

import pytest

from citizen_tips.demo import TIPS, demo_token

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_demo_status_links_follow_the_secret_key_and_survive_a_reseed(
    shared_demo, client, settings
):
    out = StringIO()
    shared_demo.seed_again(verbosity=1, stdout=out)
    link = f"/tipsa/status/{demo_token(TIPS[0][0])}/"
    assert link in out.getvalue()
    assert client.get(link).status_code == 200
    assert client.get("/tipsa/status/demo-tips-1/").status_code == 404
    shared_demo.seed_again(verbosity=0, stdout=StringIO())
    assert client.get(link).status_code == 200
    settings.SECRET_KEY = "another instance's secret key, long enough for the checks"
    assert demo_token(TIPS[0][0]) not in link
