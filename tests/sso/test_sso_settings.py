"""``OIDC_PROVIDERS`` is checked at start-up (``manage.py check``): roles come from a provider
only as its own ``role_map`` says, never a coordinator's, never another organisation's."""

from hjo_safety.sso import check_providers

BASE = {
    "key": "hjo",
    "name": "Hjo kommun",
    "issuer": "https://idp.example.test",
    "client_id": "portal",
    "organisations": ["Fritid"],
}


def test_a_role_map_beyond_the_providers_organisations_or_roles_does_not_start(settings):
    settings.OIDC_PROVIDERS = [BASE]
    assert check_providers() == []
    for role_map, words in (
        ({"chefer": [["Fritid", "coordinator"]]}, "coordinators are appointed"),
        ({"chefer": [["Polisen", "org_admin"]]}, "not among its organisations"),
    ):
        settings.OIDC_PROVIDERS = [BASE | {"role_claim": "groups", "role_map": role_map}]
        (error,) = check_providers()
        assert error.id == "hjo_safety.E101" and words in error.msg
    settings.OIDC_PROVIDERS = [BASE | {"key": "svar"}]  # the answer URL's own path
    assert check_providers()
    settings.OIDC_PROVIDERS = [{"key": "hjo"}]
    assert "lacks name, issuer, client_id" in check_providers()[0].msg


def test_an_unreachable_provider_sends_back_to_the_login_page_with_a_message(client, settings, db):
    settings.OIDC_PROVIDERS = [BASE | {"issuer": "http://127.0.0.1:9"}]  # nothing listens there
    response = client.get("/konto/sso/hjo/", follow=True)
    assert response.redirect_chain == [("/konto/logga-in/", 302)]
    assert "svarade inte som väntat" in response.content.decode()
