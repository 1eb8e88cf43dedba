"""Small security helpers: the client address behind the reverse proxy, lockout user names."""

import ipaddress

from django.conf import settings


def _valid(address: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address((address or "").strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The client's IP address, for login lockouts and the audit log.

    Behind ``TRUSTED_PROXY_COUNT`` reverse proxies, each appending to ``X-Forwarded-For``, the
    client is the address that many entries from the right; anything further left was written
    by the client and cannot be trusted. Without proxies it is ``REMOTE_ADDR``. Anything that
    is not an IP address gives ``None``.
    """
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return _valid(forwarded[-count])
    return _valid(request.META.get("REMOTE_ADDR"))


def axes_username(request, credentials) -> str | None:
    """The user name django-axes records, cut to its column's 255 characters.

    Axes' own lookup stores whatever was typed; a longer name would fail the insert.
    """
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get(settings.AXES_USERNAME_FORM_FIELD) if source else None
    return username[:255] if isinstance(username, str) else username
