"""The shared cache of public pages: anonymous visitors only, invalidated when content changes."""

import pytest
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.urls import reverse

from citizen_promises.models import CitizenPromise
from hjo_safety.models import ContactInfo
from hjo_safety.public_cache import cache_public_page, invalidate_public_pages
from tests.citizen_promises.factories import CitizenPromiseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def caching(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60


def test_a_cached_public_page_costs_two_small_queries(
    caching, client, contact_info, django_assert_num_queries
):
    first = client.get("/kontakt/")
    with django_assert_num_queries(2):  # the shared data version and the cache row
        second = client.get("/kontakt/")
    assert second.status_code == 200
    assert second.content == first.content


def test_a_coordinator_saving_contact_details_in_the_admin_updates_the_page(
    caching, client, client_for, coordinator, contact_info, django_capture_on_commit_callbacks
):
    assert "0503-35000" in client.get("/kontakt/").content.decode()
    admin = client_for(coordinator)
    url = reverse("admin:hjo_safety_contactinfo_change", args=[contact_info.pk])
    data = {
        "name": contact_info.name,
        "phone": "0503-35123",
        "phone_hours": contact_info.phone_hours,
        "email": contact_info.email,
        "visiting_address": contact_info.visiting_address,
        "opening_hours": contact_info.opening_hours,
        "postal_address": contact_info.postal_address,
        "directions_url": contact_info.directions_url,
        "dpo_email": contact_info.dpo_email,
        "dpo_phone": contact_info.dpo_phone,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url, data)
    assert response.status_code == 302
    admin.logout()
    html = client.get("/kontakt/").content.decode()
    assert "0503-35123" in html and "0503-35000" not in html


def test_a_write_outside_the_admin_shows_at_once_through_the_version_trigger(
    caching, client, contact_info
):
    client.get("/kontakt/")
    ContactInfo.objects.filter(pk=contact_info.pk).update(phone="0503-35777")  # no admin, no save()
    assert "0503-35777" in client.get("/kontakt/").content.decode()


def test_a_change_to_a_table_without_trigger_shows_once_invalidated(caching, client):
    promise = CitizenPromiseFactory(published=True, title="Tryggare torg")
    client.get(promise.get_absolute_url())
    CitizenPromise.objects.filter(pk=promise.pk).update(title="Tryggare hamn")
    assert "Tryggare hamn" not in client.get(promise.get_absolute_url()).content.decode()
    invalidate_public_pages()  # what the admin and the services do, in their transaction
    assert "Tryggare hamn" in client.get(promise.get_absolute_url()).content.decode()


def test_logged_in_staff_never_get_the_anonymous_copy(
    caching, client_for, reporter_a, contact_info
):
    client = client_for(None)
    anonymous = client.get("/").content.decode()
    assert "Logga in (personal)" in anonymous
    staff = client_for(reporter_a).get("/").content.decode()
    assert "Logga ut" in staff and "Logga in (personal)" not in staff


def test_caching_is_off_by_default_under_tests_and_debug(client, contact_info, settings):
    assert settings.PUBLIC_PAGE_CACHE_SECONDS == 0
    client.get("/kontakt/")
    contact_info.phone = "0503-35888"
    contact_info.save()
    assert "0503-35888" in client.get("/kontakt/").content.decode()


def _counting_view(calls, *, token=False, status=200):
    from django.http import HttpResponse

    @cache_public_page
    def view(request):
        calls.append(1)
        body = f"page {len(calls)} {get_token(request) if token else ''}"
        return HttpResponse(body, status=status)

    return view


def _anonymous_get(path="/x/", cookies=None):
    request = RequestFactory().get(path)
    request.COOKIES.update(cookies or {})
    request.LANGUAGE_CODE = "sv"
    return request


def test_pages_with_a_csrf_token_or_an_error_are_not_stored(caching):
    calls = []
    view = _counting_view(calls, token=True)
    view(_anonymous_get())
    view(_anonymous_get())
    assert len(calls) == 2
    calls = []
    view = _counting_view(calls, status=500)
    view(_anonymous_get("/y/"))
    view(_anonymous_get("/y/"))
    assert len(calls) == 2


def test_a_session_or_messages_cookie_bypasses_the_cache(caching, settings):
    calls = []
    view = _counting_view(calls)
    view(_anonymous_get("/z/"))
    view(_anonymous_get("/z/"))
    assert len(calls) == 1
    view(_anonymous_get("/z/", {settings.SESSION_COOKIE_NAME: "abc"}))
    view(_anonymous_get("/z/", {"messages": "abc"}))
    assert len(calls) == 3
    # Another query string or language is another page.
    view(_anonymous_get("/z/?page=2"))
    request = _anonymous_get("/z/")
    request.LANGUAGE_CODE = "en"
    view(request)
    assert len(calls) == 5
