"""What the local provider says about a person, as a real provider would.

- userinfo: e-mail (verified unless the person is in the group ``unverified-email``), names.
- the ID token: ``amr`` (``["pwd", "mfa"]`` for people in the group ``mfa``, else ``["pwd"]``),
  ``groups`` (the person's groups), and ``sid`` (``session_id``). Two groups make the provider misbehave on
  purpose, for the tests of what the portal refuses: ``test-wrong-audience`` (a token for
  another client) and ``test-expired`` (a token that has already expired).
- deactivating a person revokes their tokens, as Entra ID and other providers do.
"""

import hashlib


def userinfo(claims, user):
    claims["email"] = user.email
    claims["email_verified"] = not user.groups.filter(name="unverified-email").exists()
    claims["given_name"] = user.first_name
    claims["family_name"] = user.last_name
    claims["name"] = user.get_full_name()
    return claims


def id_token_hook(id_token, user, token, request, **kwargs):
    groups = sorted(user.groups.values_list("name", flat=True))
    id_token["amr"] = ["pwd", "mfa"] if "mfa" in groups else ["pwd"]
    id_token["groups"] = groups
    id_token["sid"] = session_id(user)
    if "test-wrong-audience" in groups:
        id_token["aud"] = "another-portal"
    if "test-expired" in groups:
        id_token["exp"] = id_token["iat"] - 300
    return id_token


def session_id(user) -> str:
    """The provider session's id (``sid``): the ID token is made at the token endpoint, a
    server-to-server request without the browser's session, so ``sid`` names the person's
    login at the provider instead: each login with the form is a new provider session, a
    second authorisation in the same browser (no form) keeps it."""
    login = user.last_login.isoformat() if user.last_login else "never"
    return hashlib.sha256(f"{user.pk}:{login}".encode()).hexdigest()[:32]


def revoke_tokens_of_inactive(sender, instance, **kwargs):
    if not instance.is_active:
        from oidc_provider.models import Token

        Token.objects.filter(user=instance).delete()
