"""The signed links of citizens' subscriptions: confirm (valid ``SUBSCRIPTION_CONFIRM_HOURS``)
and unsubscribe (valid while the subscription exists). The address is part of what is signed,
so a token never fits another row; the two salts keep one link from opening the other.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse

from notifications.links import absolute
from notifications.models import Subscription

CONFIRM_SALT = "notifications.subscription.confirm"
UNSUBSCRIBE_SALT = "notifications.subscription.unsubscribe"


def _token(subscription: Subscription, salt: str) -> str:
    # The address is part of what is signed, so a token never fits another row.
    return signing.dumps({"s": subscription.pk, "e": subscription.email}, salt=salt, compress=True)


def _read(token: str, salt: str, max_age=None) -> Subscription | None:
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict):
        return None
    return (
        Subscription.objects.select_related("promise")
        .filter(pk=data.get("s"), email=data.get("e"))
        .first()
    )


def confirm_token(subscription: Subscription) -> str:
    return _token(subscription, CONFIRM_SALT)


def unsubscribe_token_for(subscription: Subscription) -> str:
    return _token(subscription, UNSUBSCRIBE_SALT)


def confirm_link(subscription: Subscription) -> str:
    return absolute(
        reverse("notifications:subscription_confirm", args=[_token(subscription, CONFIRM_SALT)])
    )


def unsubscribe_link(subscription: Subscription) -> str:
    return absolute(
        reverse(
            "notifications:subscription_unsubscribe",
            args=[_token(subscription, UNSUBSCRIBE_SALT)],
        )
    )


def read_confirm_token(token: str) -> Subscription | None:
    return _read(token, CONFIRM_SALT, max_age=timedelta(hours=settings.SUBSCRIPTION_CONFIRM_HOURS))


def read_unsubscribe_token(token: str) -> Subscription | None:
    return _read(token, UNSUBSCRIBE_SALT)
