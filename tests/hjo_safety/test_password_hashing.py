"""Passwords are stored with the production hasher (PBKDF2), whatever the test settings use.

The test settings hash with MD5 to keep the suite fast (``hjo_safety/settings_test.py``); the
tests here are about hashing, so they put the production hashers back with ``override_settings``.
"""

import pytest
from django.conf import global_settings
from django.contrib.auth.hashers import identify_hasher
from django.test import override_settings

import hjo_safety.settings as production
from tests.hjo_safety.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PRODUCTION_HASHERS = getattr(production, "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS)
LOGIN = "/konto/logga-in/"


def test_production_hashes_with_pbkdf2_and_never_with_the_test_hasher():
    assert PRODUCTION_HASHERS[0] == "django.contrib.auth.hashers.PBKDF2PasswordHasher"
    assert not any("MD5" in name for name in PRODUCTION_HASHERS)


@override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS)
def test_a_password_set_in_production_is_pbkdf2_with_a_million_iterations():
    user = UserFactory(username="hashed")
    user.set_password(TEST_PASSWORD)
    user.save()
    algorithm, iterations, _salt, _hash = user.password.split("$")
    assert algorithm == "pbkdf2_sha256" and int(iterations) >= 1_000_000
    user.refresh_from_db()
    assert user.check_password(TEST_PASSWORD) and not user.check_password("fel-losenord")


def test_a_hash_of_an_older_hasher_is_upgraded_to_pbkdf2_on_login(client):
    user = UserFactory(username="upgraded")  # hashed by the test settings' MD5 hasher
    assert identify_hasher(user.password).algorithm == "md5"
    older = "django.contrib.auth.hashers.MD5PasswordHasher"
    with override_settings(PASSWORD_HASHERS=[*PRODUCTION_HASHERS, older]):
        response = client.post(LOGIN, {"username": "upgraded", "password": TEST_PASSWORD})
        assert response.status_code == 302
        user.refresh_from_db()
        assert identify_hasher(user.password).algorithm == "pbkdf2_sha256"
