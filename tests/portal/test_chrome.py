"""The page chrome (``portal/templatetags/chrome.py``) kept in ``caches["fragments"]``: every viewer gets
the menus of their own role, the current page marked, a working logout form, and the contact
details as they are now."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from hjo_safety import cache

pytestmark = pytest.mark.django_db

START = reverse("staff_home")
LIST = reverse("est:incident_list")
AUDIT = reverse("audit_log")


@pytest.fixture(autouse=True)
def empty_chrome():
    cache.clear()


def _page(client, url):
    page = client.get(url)
    assert page.status_code == 200
    return page.content.decode()


def test_each_role_gets_its_own_menu_from_the_kept_header(client_for, coordinator, reporter_a):
    assert f'href="{AUDIT}"' in _page(client_for(coordinator), START)
    assert f'href="{AUDIT}"' not in _page(client_for(reporter_a), START)  # same page, other role
    assert f'href="{AUDIT}"' in _page(client_for(coordinator), START)


def test_the_current_page_is_marked_and_only_it(client_for, reporter_a):
    client = client_for(reporter_a)
    for url in (START, LIST, START):
        marked = re.findall(
            r'<a class="nav-link" href="([^"]+)" aria-current="page"', _page(client, url)
        )
        assert marked == [url]
    detail = _page(client, reverse("est:incident_create"))
    assert 'aria-current="page"' in detail


def test_the_logout_form_carries_this_sessions_token(django_user_model, reporter_a, org_a):
    """The header is kept with a placeholder token: each page must carry its own, valid one."""
    reporter_a.set_password("hemligt-lösenord-1")
    reporter_a.save()
    tokens = []
    for _ in range(2):
        client = Client(enforce_csrf_checks=True)
        client.force_login(reporter_a)
        page = _page(client, START)
        assert cache.CSRF_PLACEHOLDER_PREFIX not in page
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        tokens.append(token)
        response = client.post(reverse("logout"), {"csrfmiddlewaretoken": token})
        assert response.status_code == 302  # a forged or stale token would be 403
        assert client.get(START).status_code == 302  # logged out
    assert tokens[0] != tokens[1]


def test_an_edited_phone_number_shows_in_the_footer_at_once(client_for, reporter_a, contact_info):
    client = client_for(reporter_a)
    assert contact_info.phone in _page(client, START)
    contact_info.phone = "0503-99 99 99"
    contact_info.save()
    assert "0503-99 99 99" in _page(client, START)


def test_pages_work_without_stored_contact_details(client_for, reporter_a):
    from hjo_safety.models import ContactInfo

    ContactInfo.objects.all().delete()
    assert "Alla kontaktuppgifter" in _page(
        client_for(reporter_a), reverse("notifications:settings")
    )
    assert "Alla kontaktuppgifter" in _page(client_for(None), reverse("contact"))


def test_a_menu_entry_is_one_line_with_its_flag_and_count(monkeypatch):
    """How other parts add to the staff menu (chrome.py's docstring): one ``Link`` in a group,
    shown only with its flag, with its count beside the label when not zero."""
    from portal.templatetags import chrome

    group = chrome.Group(
        "Händelser",
        (
            chrome.Link("est:incident_list", "Alla händelser"),
            chrome.Link("audit_log", "Granskningslogg", when="coordinator"),
            chrome.Link("staff_home", "Delat med er", count="shares_waiting"),
        ),
    )
    monkeypatch.setattr(chrome, "STAFF_MENU", (group,))
    flags = dict.fromkeys(chrome.FLAGS, False) | {"authenticated": True, "member": True}
    shown = chrome.menus(flags, {"shares_waiting": 3}, LIST)["staff_menu"][0]
    assert [(link["label"], link["count"], link["current"]) for link in shown["links"]] == [
        ("Alla händelser", None, True),
        ("Delat med er", 3, False),
    ]
    assert shown["current"] and shown["single"] is None
    # One link left for a viewer: shown alone, under its own label.
    alone = chrome.menus(flags, {"shares_waiting": 0}, "")
    assert alone["staff_menu"][0]["links"][1]["count"] is None
    assert chrome.menus(dict.fromkeys(chrome.FLAGS, False), {}, "")["staff_menu"] == []
