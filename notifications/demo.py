"""Demo data for citizens' e-mail subscriptions: a few confirmed subscribers (example.org
addresses, which no mail server delivers to) for every topic, and one still unconfirmed."""

from datetime import timedelta

from django.utils import timezone

from notifications.models import Subscription, Topic

DOMAIN = "example.org"
# (address, topic, follow the first published promise?)
SUBSCRIBERS = [
    ("anna.lindqvist", Topic.FOLLOW_UP, True),
    ("anna.lindqvist", Topic.FIGURES, False),
    ("grannsamverkan.hamnen", Topic.SAFETY_WALK, False),
    ("grannsamverkan.hamnen", Topic.COUNCIL, False),
    ("erik.holm", Topic.COUNCIL, False),
]
UNCONFIRMED = ("ny.prenumerant", Topic.FIGURES)


def seed(*, command, verbosity=1):
    from citizen_promises.models import CitizenPromise

    promise = CitizenPromise.objects.published().order_by("period_start", "pk").first()
    now = timezone.now()
    for local, topic, follows_promise in SUBSCRIBERS:
        if follows_promise and promise is None:
            continue
        Subscription.objects.get_or_create(
            email=f"{local}@{DOMAIN}",
            topic=topic,
            promise=promise if follows_promise else None,
            defaults={"confirmed_at": now - timedelta(days=30)},
        )
    local, topic = UNCONFIRMED
    Subscription.objects.get_or_create(email=f"{local}@{DOMAIN}", topic=topic)


def reset(*, command, verbosity=1):
    Subscription.objects.filter(email__endswith=f"@{DOMAIN}").delete()
