"""The admin pages the strategist and organisation admins use: axe finds no WCAG 2.1 A/AA
violations on the index, any changelist, or any change form (issue 13, D9)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tests.conftest import run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(contact_info, est_reference_data):
    call_command("seed_demo", verbosity=0, stdout=StringIO())


def admin_pages(username):
    """Index, then changelist and first object's change form of every admin the user may open."""
    from django.contrib import admin
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    pages = ["/admin/"]
    for model, model_admin in admin.site._registry.items():
        label = (model._meta.app_label, model._meta.model_name)
        changelist = f"/admin/{label[0]}/{label[1]}/"
        response = client.get(changelist)
        if response.status_code != 200:
            continue
        pages.append(changelist)
        obj = model_admin.get_queryset(response.wsgi_request).first()
        if obj is not None:
            pages.append(f"{changelist}{obj.pk}/change/")
    return pages


def report(url, violations):
    return "\n".join(
        f"{url}: {v['id']}: {v['help']} → "
        + "; ".join(str(node["target"][0]) for node in v["nodes"][:4])
        for v in violations
    )


def test_admin_pages_have_no_accessibility_violations(page, login_browser, demo_data):
    # Both users on one load of the demo (a load is most of this test's cost).
    failures = []
    for username in ("strateg", "fritid.admin"):
        login_browser(get_user_model().objects.get(username=username))
        pages = admin_pages(username)
        assert len(pages) > 5, username
        for url in pages:
            response = page.goto(url)
            assert response.status == 200, (username, url)
            violations = run_axe(page)
            if violations:
                failures.append(f"{username}: " + report(url, violations))
    assert not failures, "\n".join(failures)
