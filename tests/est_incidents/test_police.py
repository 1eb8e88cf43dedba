"""Police events: the importer (file and feed), the polite fetcher and its rate limiter.

Nothing here touches the internet: the feed is a local HTTP server on 127.0.0.1 or an
injected transport, and the rate limiter runs on a fake clock that never sleeps.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from est_incidents import police
from est_incidents.models import Category, PoliceEvent
from tests.est_incidents.disclosed import plain

pytestmark = pytest.mark.django_db

RECORDED = Path(__file__).parent / "data" / "police_events_hjo.json"
HJO_EVENTS = sum(1 for e in json.loads(RECORDED.read_text()) if e["location"]["name"] == "Hjo")


def run(*args):
    out = StringIO()
    call_command("import_police_events", *args, stdout=out)
    return out.getvalue()


# --- The importer --------------------------------------------------------------------------


def test_import_from_the_recorded_file_is_idempotent():
    out = run("--file", str(RECORDED))
    assert f"{HJO_EVENTS} new" in out and "2 for other locations skipped" in out
    assert PoliceEvent.objects.count() == HJO_EVENTS
    first = list(PoliceEvent.objects.order_by("police_id").values())
    out = run("--file", str(RECORDED))
    assert "0 new" in out and f"{HJO_EVENTS} updated" in out
    assert PoliceEvent.objects.count() == HJO_EVENTS
    again = list(PoliceEvent.objects.order_by("police_id").values())
    strip = lambda rows: [{k: v for k, v in r.items() if k != "updated_at"} for r in rows]  # noqa: E731
    assert strip(first) == strip(again)
    assert not PoliceEvent.objects.exclude(location_name="Hjo").exists()


def test_event_fields_time_zone_and_category_mapping():
    run("--file", str(RECORDED))
    raw = next(e for e in json.loads(RECORDED.read_text()) if e["type"] == "Skadegörelse")
    event = PoliceEvent.objects.get(police_id=raw["id"])
    assert event.name == raw["name"] and event.url == raw["url"]
    assert event.absolute_url.startswith("https://polisen.se/aktuellt/")
    assert event.gps == "58.301201,14.286616"
    assert event.category == Category.objects.get(code="skadegorelse")
    local = event.occurred_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Stockholm"))
    assert local.strftime("%Y-%m-%d %H:%M:%S") == raw["datetime"][:19]
    assert PoliceEvent.objects.filter(event_type="Misshandel", category__code="hot-vald").exists()
    assert PoliceEvent.objects.filter(event_type="Trafikolycka", category__isnull=True).exists()


def test_bad_json_is_a_clear_error_and_nothing_is_stored(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": 1, "datetime": "2026-01-01 10:00:00 +01:00",')
    with pytest.raises(CommandError, match="inte giltig JSON"):
        run("--file", str(bad))
    assert PoliceEvent.objects.count() == 0


def test_an_incomplete_event_stops_the_whole_import(tmp_path):
    events = json.loads(RECORDED.read_text())
    del events[5]["datetime"]
    bad = tmp_path / "incomplete.json"
    bad.write_text(json.dumps(events))
    with pytest.raises(CommandError, match="Händelse nummer 6.*Inget sparades"):
        run("--file", str(bad))
    assert PoliceEvent.objects.count() == 0


def test_not_a_list_and_a_missing_file(tmp_path):
    obj = tmp_path / "obj.json"
    obj.write_text('{"id": 1}')
    with pytest.raises(CommandError, match="JSON-lista"):
        run("--file", str(obj))
    with pytest.raises(CommandError, match="Kan inte läsa"):
        run("--file", str(tmp_path / "missing.json"))


def test_dry_run_stores_nothing():
    out = run("--file", str(RECORDED), "--dry-run")
    assert "would import" in out
    assert PoliceEvent.objects.count() == 0


# --- The rate limiter, on a fake clock ------------------------------------------------------


class FakeClock:
    def __init__(self):
        self.now = 1000.0
        self.slept = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def test_rate_limiter_waits_10_seconds_between_calls():
    clock = FakeClock()
    limiter = police.RateLimiter(clock=clock, sleep=clock.sleep)
    limiter.wait()
    assert clock.slept == []
    clock.now += 3
    limiter.wait()
    assert clock.slept == [7.0]
    clock.now += 60
    limiter.wait()
    assert clock.slept == [7.0]


def test_rate_limiter_makes_fewer_than_60_calls_in_any_hour():
    clock = FakeClock()
    limiter = police.RateLimiter(clock=clock, sleep=clock.sleep)
    start = clock.now
    calls = []
    for _ in range(150):
        limiter.wait()
        calls.append(clock.now)
    for i, t in enumerate(calls):
        in_hour = [c for c in calls[i:] if c < t + 3600]
        assert len(in_hour) < 60
    assert all(b - a >= 10 for a, b in zip(calls, calls[1:], strict=False))
    assert calls[59] - start >= 3600  # the 60th call waited for the hour to pass


# --- The fetcher, with an injected transport -------------------------------------------------


class ScriptedTransport:
    def __init__(self, *responses):
        self.responses = list(responses)
        self.requests = []

    def __call__(self, url, headers, timeout):
        self.requests.append((url, headers))
        response = self.responses.pop(0)
        if isinstance(response, Exception):
            raise response
        return response


def fetcher_with(transport, **kwargs):
    clock = FakeClock()
    limiter = police.RateLimiter(clock=clock, sleep=clock.sleep)
    return police.PoliceFetcher(limiter=limiter, transport=transport, **kwargs), clock


def test_fetcher_sends_a_descriptive_user_agent_and_the_location():
    transport = ScriptedTransport(police.Response(200, b"[]", {}))
    fetcher, _clock = fetcher_with(transport)
    assert fetcher.fetch("Hjo") == b"[]"
    url, headers = transport.requests[0]
    assert url == "https://polisen.se/api/events?locationname=Hjo"
    assert "HjoTrygghet" in headers["User-Agent"] and "@" in headers["User-Agent"]


def test_fetcher_backs_off_on_429_and_5xx_then_succeeds():
    transport = ScriptedTransport(
        police.Response(429, b"", {"Retry-After": "120"}),
        police.Response(503, b"", {}),
        OSError("connection reset"),
        police.Response(200, b"[]", {}),
    )
    fetcher, clock = fetcher_with(transport, backoff_seconds=30)
    assert fetcher.fetch() == b"[]"
    assert len(transport.requests) == 4
    # Retry-After honoured, then exponential back-off 60 s and 120 s; never under 10 s apart
    assert clock.slept == [120.0, 60.0, 120.0]


def test_fetcher_gives_up_after_its_retries():
    transport = ScriptedTransport(*[police.Response(500, b"", {})] * 4)
    fetcher, _clock = fetcher_with(transport, retries=3)
    with pytest.raises(police.PoliceFeedUnavailable, match="efter 4 försök"):
        fetcher.fetch()
    assert len(transport.requests) == 4


def test_404_is_final():
    transport = ScriptedTransport(police.Response(404, b"", {}), police.Response(200, b"[]", {}))
    fetcher, clock = fetcher_with(transport)
    with pytest.raises(police.PoliceFeedNotFound):
        fetcher.fetch()
    assert len(transport.requests) == 1 and clock.slept == []


def test_the_real_transport_refuses_the_internet_when_loopback_only():
    # POLICE_FEED_LOOPBACK_ONLY is on in the test settings: no test ever reaches polisen.se.
    with pytest.raises(RuntimeError, match="only be fetched from this machine, not polisen.se"):
        police.urllib_transport("https://polisen.se/api/events", {}, 1)


# --- The command against a local fake feed on 127.0.0.1 ------------------------------------


@pytest.fixture
def fake_feed():
    """A local HTTP server answering with a scripted list of (status, body)."""
    script = []
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            seen.append((self.path, self.headers.get("User-Agent")))
            status, body = script.pop(0) if script else (404, b"")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/events", script, seen
    server.shutdown()
    server.server_close()


def test_command_imports_from_the_feed(fake_feed):
    url, script, seen = fake_feed
    script.append((200, RECORDED.read_bytes()))
    out = run("--feed-url", url, "--location", "Hjo")
    assert f"{HJO_EVENTS} new" in out
    assert seen[0][0] == "/api/events?locationname=Hjo"
    assert seen[0][1].startswith("HjoTrygghet/")


def test_command_reports_a_404_from_the_feed(fake_feed):
    url, script, _seen = fake_feed
    script.append((404, b""))
    with pytest.raises(CommandError, match="404"):
        run("--feed-url", url)
    assert PoliceEvent.objects.count() == 0


def test_command_with_bad_json_from_the_feed_stores_nothing(fake_feed):
    url, script, _seen = fake_feed
    script.append((200, b"<html>Underhall</html>"))
    with pytest.raises(CommandError, match="inte giltig JSON"):
        run("--feed-url", url)
    assert PoliceEvent.objects.count() == 0


def test_police_events_never_appear_as_map_points(client_for, reporter_a):
    run("--file", str(RECORDED))
    response = client_for(reporter_a).get(
        "/personal/lagesbild/", {"start": "2025-12-01", "end": "2026-11-30"}
    )
    assert plain(response.context["picture"])["police_total"] == HJO_EVENTS
    assert response.context["picture"]["points"] == []
    assert "58.301201" not in response.content.decode()
