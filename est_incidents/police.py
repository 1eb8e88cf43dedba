"""The Swedish Police's open events feed: a polite fetcher, parsing and storing.

The feed (https://polisen.se/api/events?locationname=Hjo) asks its users to identify
themselves and not to call it too often. ``PoliceFetcher`` therefore

- sends a descriptive User-Agent with a contact address;
- waits at least 10 s between calls and makes fewer than 60 calls in any hour
  (``RateLimiter``, whose clock and sleep are injectable so tests never sleep);
- backs off on 429 and 5xx (honouring ``Retry-After``), and treats 404 as final;
- never opens a connection to anything but 127.0.0.1/localhost while the tests run.

An event's GPS is the municipality's centre point, not where it happened: it is stored as text
and never plotted as an incident location.
"""

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction

FEED_URL = "https://polisen.se/api/events"
DEFAULT_LOCATION = "Hjo"
USER_AGENT = (
    "HjoTrygghet/1.0 (Hjo kommun, brottsförebyggande arbete; kontaktcenter@hjo.se; "
    "hämtar händelser för Hjo högst några gånger i timmen)"
)
MIN_INTERVAL_SECONDS = 10.0
MAX_CALLS_PER_HOUR = 59
HOUR = 3600.0

# Police event types that correspond to one of our categories (by ``Category.code``).
TYPE_TO_CATEGORY = {
    "skadegörelse": "skadegorelse",
    "brand": "brand",
    "misshandel": "hot-vald",
    "misshandel, grov": "hot-vald",
    "olaga hot": "hot-vald",
    "våld/hot mot tjänsteman": "hot-vald",
    "rån": "hot-vald",
    "bråk": "brak",
    "fylleri/lob": "berusning",
    "narkotikabrott": "narkotikahandel",
    "ordningslagen": "ordningsstorning",
    "ordningsstörning": "ordningsstorning",
    "olovlig körning": "buskorning",
    "vårdslöshet i trafik": "buskorning",
}


class PoliceFeedError(Exception):
    """The feed could not be read; the message says why (in Swedish, for the operator)."""


class PoliceFeedNotFound(PoliceFeedError):
    """404: final, not retried."""


class PoliceFeedUnavailable(PoliceFeedError):
    """429/5xx persisted through every retry."""


class RateLimiter:
    """At least ``min_interval`` seconds between calls and at most ``max_per_hour`` calls in any
    sliding hour. ``clock`` and ``sleep`` are injectable (monotonic seconds)."""

    def __init__(
        self,
        *,
        min_interval: float = MIN_INTERVAL_SECONDS,
        max_per_hour: int = MAX_CALLS_PER_HOUR,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.min_interval = min_interval
        self.max_per_hour = max_per_hour
        self.clock = clock
        self.sleep = sleep
        self.calls: deque[float] = deque()

    def delay_needed(self) -> float:
        now = self.clock()
        while self.calls and now - self.calls[0] >= HOUR:
            self.calls.popleft()
        delay = 0.0
        if self.calls:
            delay = max(delay, self.calls[-1] + self.min_interval - now)
        if len(self.calls) >= self.max_per_hour:
            delay = max(delay, self.calls[0] + HOUR - now)
        return delay

    def wait(self) -> None:
        """Sleep as long as needed, then record a call."""
        delay = self.delay_needed()
        if delay > 0:
            self.sleep(delay)
        self.calls.append(self.clock())


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict


def urllib_transport(url: str, headers: dict, timeout: float) -> Response:
    """GET ``url`` with urllib; HTTP errors are returned as responses, not raised."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname
    if parts.scheme not in {"https", "http"}:  # never file:// or a custom scheme (bandit B310)
        raise ValueError(f"The police feed must be an https URL, not {parts.scheme}:")
    if settings.POLICE_FEED_LOOPBACK_ONLY and host not in {"127.0.0.1", "localhost"}:
        raise RuntimeError(
            f"The police feed may only be fetched from this machine, not {host} "
            "(POLICE_FEED_LOOPBACK_ONLY is on)."
        )
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - https or local test
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 # nosec B310
            return Response(response.status, response.read(), dict(response.headers))
    except urllib.error.HTTPError as exc:
        return Response(exc.code, exc.read() or b"", dict(exc.headers or {}))


class PoliceFetcher:
    """Fetch the feed for a location, politely (see the module docstring)."""

    def __init__(
        self,
        *,
        feed_url: str = FEED_URL,
        limiter: RateLimiter | None = None,
        transport: Callable[[str, dict, float], Response] = urllib_transport,
        retries: int = 3,
        backoff_seconds: float = 30.0,
        timeout: float = 20.0,
    ):
        self.feed_url = feed_url
        self.limiter = limiter or RateLimiter()
        self.transport = transport
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self.timeout = timeout

    def url_for(self, location: str) -> str:
        return f"{self.feed_url}?{urllib.parse.urlencode({'locationname': location})}"

    def fetch(self, location: str = DEFAULT_LOCATION) -> bytes:
        url = self.url_for(location)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        for attempt in range(self.retries + 1):
            self.limiter.wait()
            try:
                response = self.transport(url, headers, self.timeout)
            except OSError as exc:
                status, retry_after = None, None
                error = str(exc)
            else:
                status = response.status
                retry_after = _retry_after(response.headers)
                error = f"HTTP {status}"
            if status == 200:
                return response.body
            if status == 404:
                raise PoliceFeedNotFound(f"Polisens flöde svarade 404 för {url}: ges upp.")
            if status is not None and status != 429 and status < 500:
                raise PoliceFeedError(f"Polisens flöde svarade {error} för {url}.")
            if attempt < self.retries:
                self.limiter.sleep(retry_after or self.backoff_seconds * 2**attempt)
        raise PoliceFeedUnavailable(
            f"Polisens flöde svarade inte ({error}) efter {self.retries + 1} försök: {url}."
        )


def _retry_after(headers: dict) -> float | None:
    for key, value in (headers or {}).items():
        if key.lower() == "retry-after":
            try:
                return max(float(value), 0.0)
            except ValueError:
                return None
    return None


# --- Parsing and storing ------------------------------------------------------------------


@dataclass
class ParsedEvent:
    police_id: int
    occurred_at: datetime
    name: str
    summary: str
    url: str
    event_type: str
    location_name: str
    gps: str


def parse_events(raw: bytes | str) -> list[ParsedEvent]:
    """Parse and validate the whole feed; any fault raises PoliceFeedError (nothing is stored)."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PoliceFeedError(f"Filen eller svaret är inte giltig JSON: {exc}") from exc
    if not isinstance(data, list):
        raise PoliceFeedError("Polisens händelser ska vara en JSON-lista av händelser.")
    events = []
    for index, item in enumerate(data, start=1):
        try:
            location = item.get("location") or {}
            events.append(
                ParsedEvent(
                    police_id=int(item["id"]),
                    occurred_at=datetime.strptime(item["datetime"].strip(), "%Y-%m-%d %H:%M:%S %z"),
                    name=str(item["name"])[:300],
                    summary=str(item.get("summary") or ""),
                    url=str(item.get("url") or "")[:500],
                    event_type=str(item["type"])[:120],
                    location_name=str(location.get("name") or "")[:120],
                    gps=str(location.get("gps") or "")[:60],
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PoliceFeedError(
                f"Händelse nummer {index} saknar eller har ett felaktigt fält ({exc!r}); "
                "inget sparades."
            ) from exc
    return events


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0


def store_events(events: list[ParsedEvent], *, location: str = DEFAULT_LOCATION) -> ImportResult:
    """Upsert the events of ``location`` (unique on the police id), all or nothing."""
    from est_incidents.models import Category, PoliceEvent

    categories = dict(
        Category.objects.filter(code__in=set(TYPE_TO_CATEGORY.values())).values_list("code", "pk")
    )
    result = ImportResult()
    wanted = [e for e in events if e.location_name.casefold() == location.casefold()]
    result.skipped = len(events) - len(wanted)
    existing = set(
        PoliceEvent.objects.filter(police_id__in=[e.police_id for e in wanted]).values_list(
            "police_id", flat=True
        )
    )
    with transaction.atomic():
        for event in wanted:
            code = TYPE_TO_CATEGORY.get(event.event_type.strip().casefold())
            PoliceEvent.objects.update_or_create(
                police_id=event.police_id,
                defaults={
                    "occurred_at": event.occurred_at,
                    "name": event.name,
                    "summary": event.summary,
                    "url": event.url,
                    "event_type": event.event_type,
                    "location_name": event.location_name,
                    "gps": event.gps,
                    "category_id": categories.get(code),
                },
            )
            if event.police_id in existing:
                result.updated += 1
            else:
                result.created += 1
                existing.add(event.police_id)
    return result
