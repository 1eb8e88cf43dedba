"""Soak test: thousands of incident submissions through the real form while PostgreSQL restarts.

    make soak                                        # 10,000 submissions, 50 clients, 1 restart
    .venv/bin/python -m bench.soak --submissions 500 --clients 10 --no-restart   # a quick try

One run:

1. A fresh database (``--database-url``, default ``hjo_soak``): drop, create, ``migrate``,
   ``createcachetable``; ``collectstatic`` for the production static storage.
2. ``--clients`` reporters of one organisation, each with a session made directly with
   ``SessionStore`` (no login POSTs: the lockout and two-factor pages are not what is tested).
3. gunicorn with the production settings (``DEBUG=0``, ``hjo_safety.settings``, persistent
   connections with ``CONN_HEALTH_CHECKS``), ``--workers`` sync workers.
4. ``--clients`` threads submit ``--submissions`` incidents through the real form, as a browser
   does: GET the form (CSRF cookie and token, ``submission_token``), POST it, follow the
   redirect to the saved incident. A 503 (or a refused connection) is retried with the same
   body after ``Retry-After``; so is a 500, to find out whether it stored anything.
5. When ``--restart-at`` of the submissions are acknowledged, PostgreSQL is restarted once
   (``pg_ctlcluster --skip-systemctl-redirect <version> main restart``). Nobody restarts
   gunicorn: the app must recover by itself.
6. Every acknowledged submission (a redirect to ``/personal/handelser/<id>/``) must be in the
   database exactly once, with the id it was acknowledged with.
7. The backup round trip: ``make backup``, drop the database, ``make restore``; the row counts of
   every table and an md5 checksum of the incidents must be the same as before.

Prints submitted, acknowledged, stored, duplicates, lost, responses by status and the restart's
timing; exits non-zero on any lost or duplicate submission, any 500, or a failed round trip.
Only the standard library and psycopg (already a dependency) are used.
"""

import argparse
import collections
import datetime
import http.client
import json
import os
import queue
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/hjo_soak"
FORM_PATH = "/personal/handelser/ny/"
SAVED = re.compile(r"^(?:https?://[^/]+)?/personal/handelser/(\d+)/$")
MARKER = "Soak"  # every description starts with it, then a letters-only sequence word


def seq_word(n: int) -> str:
    """The sequence number in letters: digits in free text could look like phone numbers."""
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    while True:
        n, rest = divmod(n, len(letters))
        word = letters[rest] + word
        if n == 0:
            return word


# --- Database helpers (psycopg, outside Django) ------------------------------------------------


def maintenance_url(database_url: str) -> tuple[str, str]:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/")


def recreate_database(database_url: str) -> None:
    admin_url, name = maintenance_url(database_url)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(database_url: str) -> None:
    admin_url, name = maintenance_url(database_url)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def fingerprint(database_url: str) -> dict:
    """Row counts of every table and an md5 checksum of the incidents, in id order."""
    with psycopg.connect(database_url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
            )
        ]
        counts = {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }
        checksum = conn.execute(
            "SELECT md5(coalesce(string_agg(i::text, '|' ORDER BY i.id), '')) "
            "FROM est_incidents_incident i"
        ).fetchone()[0]
    return {"counts": counts, "incidents_md5": checksum}


# --- HTTP ---------------------------------------------------------------------------------------


class Browser:
    """One client: its own cookie jar (session, CSRF, messages), one request at a time."""

    def __init__(self, port: int, session_key: str):
        self.port = port
        self.cookies = {"sessionid": session_key}

    def request(self, method, path, body=None, timeout=60):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {"Host": "127.0.0.1", "User-Agent": "hjo-soak"}
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                cookie_value = rest.split(";", 1)[0]
                if cookie_value and "max-age=0" not in value.lower():
                    self.cookies[key.strip()] = cookie_value
                else:
                    self.cookies.pop(key.strip(), None)
        return response.status, dict(response.getheaders()), data


def hidden_value(html: str, name: str) -> str | None:
    match = re.search(rf'name="{name}" value="([^"]+)"', html) or re.search(
        rf'value="([^"]+)" name="{name}"', html
    )
    return match.group(1) if match else None


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()  # (step, status) -> count
        self.acknowledged = {}  # submission_token -> incident id
        self.rejected = []  # (seq, status, excerpt): refused for good
        self.five_hundreds = []

    def count(self, step, status):
        with self.lock:
            self.statuses[(step, status)] += 1


def retry_wait(headers, default=0.5, cap=10.0):
    try:
        return min(float(headers.get("Retry-After", default)), cap)
    except ValueError:
        return default


def submit(browser: Browser, seq: int, fields: dict, stats: Stats, max_attempts: int) -> None:
    # 1. The form: CSRF token (cookie and field) and the submission token.
    for _attempt in range(max_attempts):
        try:
            status, headers, body = browser.request("GET", FORM_PATH)
        except OSError:
            stats.count("form", "connection error")
            time.sleep(0.5)
            continue
        stats.count("form", status)
        if status == 200:
            html = body.decode()
            csrf, token = (
                hidden_value(html, "csrfmiddlewaretoken"),
                hidden_value(html, "submission_token"),
            )
            if csrf and token:
                break
        if status == 500:
            stats.five_hundreds.append((seq, "form", body[:200]))
        time.sleep(retry_wait(headers))
    else:
        stats.rejected.append((seq, "form", "no form after retries"))
        return

    description = f"{MARKER} {seq_word(seq)}: klotter på väggen vid busskuren."
    payload = urlencode(
        fields
        | {"csrfmiddlewaretoken": csrf, "submission_token": token, "description": description}
    )
    # 2. POST until acknowledged; a retry sends the same body (same token).
    for _attempt in range(max_attempts):
        try:
            status, headers, body = browser.request("POST", FORM_PATH, body=payload)
        except OSError:
            stats.count("post", "connection error")
            time.sleep(0.5)
            continue
        stats.count("post", status)
        location = headers.get("Location", "")
        saved = SAVED.match(location) if status == 302 else None
        if saved:
            with stats.lock:
                stats.acknowledged[token] = int(saved.group(1))
            break
        if status == 500:
            stats.five_hundreds.append((seq, "post", body[:200]))
        elif status != 503:
            stats.rejected.append((seq, status, body[:300]))
            return
        time.sleep(retry_wait(headers))
    else:
        stats.rejected.append((seq, "post", "not acknowledged after retries"))
        return

    # 3. Follow the redirect, as a browser does (the incident page, with its message).
    path = urlsplit(location).path
    for _attempt in range(max_attempts):
        try:
            status, headers, body = browser.request("GET", path)
        except OSError:
            stats.count("detail", "connection error")
            time.sleep(0.5)
            continue
        stats.count("detail", status)
        if status == 200:
            return
        if status == 500:
            stats.five_hundreds.append((seq, "detail", body[:200]))
        time.sleep(retry_wait(headers))


# --- The run ------------------------------------------------------------------------------------


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, cwd=BASE_DIR, env=env, check=True, **kwargs)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(env: dict, clients: int) -> tuple[list[str], dict]:
    """Users, sessions and the form's reference values, made in-process with Django."""
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connections
    from django.utils import timezone

    from est_incidents.models import Category, Place
    from hjo_safety.models import Membership, Organisation, Role

    User = get_user_model()
    organisation = Organisation.objects.create(name="Soak-organisationen", short_name="Soak")
    session_keys = []
    for n in range(clients):
        user = User.objects.create_user(username=f"soak-{n}", password=secrets.token_urlsafe(24))
        Membership.objects.create(user=user, organisation=organisation, role=Role.REPORTER)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "hjo_safety.auth_backends.MembershipModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        session_keys.append(session.session_key)
    category = Category.objects.filter(is_active=True, parent__isnull=False).order_by("pk").first()
    place = Place.objects.active().order_by("pk").first()
    occurred = timezone.localtime() - datetime.timedelta(hours=1)
    fields = {
        "category": category.pk,
        "occurred_at": occurred.strftime("%Y-%m-%dT%H:%M"),
        "place": place.pk,
        "place_description": "Vid busskuren",
        "people_involved": "",
        "police_notified": "no",
    }
    connections.close_all()  # the restart must not find this process holding a connection
    return session_keys, fields


def start_gunicorn(env, workers, port, log_path):
    cmd = [
        str(VENV_BIN / "gunicorn"),
        "hjo_safety.wsgi:application",
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        "--timeout=60",
        "--backlog=2048",
        f"--error-logfile={log_path}",
        "--log-level=warning",
    ]
    log = open(log_path, "ab")  # noqa: SIM115 - gunicorn and Django write here until the end
    proc = subprocess.Popen(
        cmd, cwd=BASE_DIR, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited: see {log_path}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise RuntimeError(f"gunicorn did not answer: see {log_path}")


def stop_gunicorn(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def restart_postgresql(port: int, timings: dict) -> None:
    version = sorted(os.listdir("/etc/postgresql"))[0]
    timings["restart_started"] = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],
        check=True,
        capture_output=True,
    )
    timings["restart_done"] = time.monotonic()
    # Until the app answers /healthz again (it must reconnect by itself).
    while time.monotonic() - timings["restart_done"] < 120:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                timings["app_healthy"] = time.monotonic()
                return
        except OSError:
            pass
        time.sleep(0.1)


def verify(database_url: str, stats: Stats) -> dict:
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT id, submission_token::text, split_part(description, ':', 1) "
            "FROM est_incidents_incident WHERE description LIKE %s",
            (f"{MARKER} %",),
        ).fetchall()
    by_token = {token: pk for pk, token, _ in rows}
    markers = collections.Counter(marker for _, _, marker in rows)
    duplicates = sum(count - 1 for count in markers.values() if count > 1)
    lost = [
        token
        for token, pk in stats.acknowledged.items()
        if by_token.get(token) != pk  # missing, or stored under another id
    ]
    return {
        "stored": len(rows),
        "duplicates": duplicates,
        "lost": len(lost),
        "stored_not_acknowledged": len(set(by_token) - set(stats.acknowledged)),
    }


def backup_round_trip(env: dict, database_url: str, workdir: Path) -> dict:
    dump = workdir / "soak.dump"
    make_env = env | {"DATABASE_URL": database_url}
    before = fingerprint(database_url)
    started = time.monotonic()
    run(["make", "--no-print-directory", "backup", f"BACKUP_FILE={dump}"], make_env)
    drop_database(database_url)
    run(["make", "--no-print-directory", "restore", f"BACKUP_FILE={dump}"], make_env)
    after = fingerprint(database_url)
    differing = sorted(
        table
        for table in set(before["counts"]) | set(after["counts"])
        if before["counts"].get(table) != after["counts"].get(table)
    )
    return {
        "dump_bytes": dump.stat().st_size,
        "seconds": round(time.monotonic() - started, 1),
        "tables": len(before["counts"]),
        "rows": sum(before["counts"].values()),
        "incidents": before["counts"].get("est_incidents_incident"),
        "incidents_md5_before": before["incidents_md5"],
        "incidents_md5_after": after["incidents_md5"],
        "differing_tables": differing,
        "ok": not differing and before["incidents_md5"] == after["incidents_md5"],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--restart-at", type=float, default=0.5, help="fraction acknowledged")
    parser.add_argument("--no-restart", action="store_true")
    parser.add_argument("--no-backup", action="store_true")
    parser.add_argument("--max-attempts", type=int, default=60)
    parser.add_argument(
        "--database-url", default=os.environ.get("SOAK_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="hjo-soak-"))
    env = os.environ.copy()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "hjo_safety.settings",
            "DATABASE_URL": args.database_url,
            "DEBUG": "0",
            "SECRET_KEY": "soak-" + secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on the loopback (no TLS proxy in front): no redirect to https.
            "SECURE_SSL_REDIRECT": "0",
            "OTP_REQUIRED_FOR_ADMINS": "0",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(BASE_DIR),
        }
    )
    env.pop("PYTEST_CURRENT_TEST", None)
    print(f"Soak: {args.submissions} submissions, {args.clients} clients, {args.workers} workers")
    print(f"Fresh database {args.database_url}; working folder {workdir}")
    recreate_database(args.database_url)
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v0"], env)
    run([*manage, "createcachetable", "-v0"], env)
    run([*manage, "collectstatic", "--noinput", "-v0"], env)
    session_keys, fields = prepare(env, args.clients)

    port = free_port()
    log_path = workdir / "gunicorn.log"
    gunicorn = start_gunicorn(env, args.workers, port, log_path)
    stats = Stats()
    timings = {}
    work = queue.Queue()
    for seq in range(args.submissions):
        work.put(seq)

    def client(session_key):
        browser = Browser(port, session_key)
        while True:
            try:
                seq = work.get_nowait()
            except queue.Empty:
                return
            submit(browser, seq, fields, stats, args.max_attempts)

    restart_after = None if args.no_restart else int(args.submissions * args.restart_at)

    def restarter():
        while len(stats.acknowledged) < restart_after:
            if not any(thread.is_alive() for thread in threads):
                return
            time.sleep(0.05)
        print(f"Restarting PostgreSQL after {len(stats.acknowledged)} acknowledged submissions")
        restart_postgresql(port, timings)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(key,)) for key in session_keys]
    for thread in threads:
        thread.start()
    restart_thread = None
    if restart_after is not None:
        restart_thread = threading.Thread(target=restarter)
        restart_thread.start()
    last_report = time.monotonic()
    while any(thread.is_alive() for thread in threads):
        time.sleep(0.5)
        if time.monotonic() - last_report > 30:
            last_report = time.monotonic()
            print(f"  … {len(stats.acknowledged)} acknowledged, {time.monotonic() - started:.0f} s")
    elapsed = time.monotonic() - started
    if restart_thread is not None:
        restart_thread.join()
    stop_gunicorn(gunicorn)

    result = verify(args.database_url, stats)
    by_status = collections.Counter()
    for (step, status), count in stats.statuses.items():
        by_status[f"{step} {status}"] += count
    five_hundreds = sum(count for (step, status), count in stats.statuses.items() if status == 500)
    figures = {
        "submitted": args.submissions,
        "acknowledged": len(stats.acknowledged),
        **result,
        "rejected": len(stats.rejected),
        "500s": five_hundreds,
        "seconds": round(elapsed, 1),
        "submissions_per_second": round(len(stats.acknowledged) / elapsed, 1),
        "responses": dict(sorted(by_status.items())),
    }
    if "restart_started" in timings:
        figures["restart"] = {
            "at_seconds": round(timings["restart_started"] - started, 1),
            "pg_ctlcluster_seconds": round(timings["restart_done"] - timings["restart_started"], 1),
            "app_healthy_after_seconds": round(
                timings.get("app_healthy", float("nan")) - timings["restart_started"], 1
            ),
        }
    print()
    for key in ("submitted", "acknowledged", "stored", "duplicates", "lost"):
        print(f"{key:>26}: {figures[key]}")
    print(f"{'stored, not acknowledged':>26}: {figures['stored_not_acknowledged']}")
    print(f"{'rejected (gave up)':>26}: {figures['rejected']}")
    print(f"{'500s':>26}: {five_hundreds}")
    print(f"{'time':>26}: {figures['seconds']} s ({figures['submissions_per_second']}/s)")
    if "restart" in figures:
        restart = figures["restart"]
        print(
            f"{'PostgreSQL restart':>26}: at {restart['at_seconds']} s, took "
            f"{restart['pg_ctlcluster_seconds']} s; app healthy "
            f"{restart['app_healthy_after_seconds']} s after it began"
        )
    print(f"{'responses by status':>26}:")
    for key, count in figures["responses"].items():
        print(f"{'':>28}{key}: {count}")
    for seq, step, excerpt in (stats.rejected + stats.five_hundreds)[:10]:
        print(f"  submission {seq}: {step}: {excerpt!r}")

    ok = (
        figures["lost"] == 0
        and figures["duplicates"] == 0
        and five_hundreds == 0
        and figures["acknowledged"] == args.submissions
    )
    if not args.no_backup:
        print("\nBackup round trip: make backup, drop the database, make restore")
        backup = backup_round_trip(env, args.database_url, workdir)
        figures["backup"] = backup
        print(
            f"  {backup['tables']} tables, {backup['rows']} rows, dump {backup['dump_bytes']} "
            f"bytes, {backup['seconds']} s; incidents md5 {backup['incidents_md5_before']} → "
            f"{backup['incidents_md5_after']}; differing tables: {backup['differing_tables'] or 'none'}"
        )
        ok = ok and backup["ok"]
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str))
    log_lines = collections.Counter(
        match.group(1)
        for match in re.finditer(
            r"^(?:ERROR|WARNING)?:?\S*:? ?(Service Unavailable|Internal Server Error|Bad Request)",
            log_path.read_text(errors="replace"),
            re.MULTILINE,
        )
    )
    print(f"gunicorn/Django log: {dict(log_lines) or 'no errors logged'}")
    if ok:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f"gunicorn's log: {log_path}")
    print("\nSOAK PASSED" if ok else "\nSOAK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
