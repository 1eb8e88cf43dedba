"""Serve Hjo Trygghet with gunicorn and measure every page against the floor (``make bench``).

    .venv/bin/python -m bench.run --scale 0.01 --workers 4 --duration 10
    .venv/bin/python -m bench.run --growth 0.01,0.1,1      # cost growth between scales

One run: load ``hjo_bench`` (``bench.load_data``), collect static files into a temporary
STATIC_ROOT, start gunicorn with production settings (``bench.settings``), create sessions for a
reporter, an organisation admin and a coordinator, then for every page of ``bench.pages``: count
its queries and time its SQL in-process (EXPLAIN ANALYZE of exactly the queries the view ran),
and drive it with wrk from a second process (requests/s, p50/p95/p99, X-Query-Count min/max).
The CSV export is timed with the workers' peak memory, the incident form is POSTed with CSRF,
and a second gunicorn instance proves that a session made on one serves the other. The targets
are evaluated; the table is printed and written to ``bench/RESULTS.md``.
"""

import argparse
import http.client
import json
import logging
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from bench import pages as P

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
LUA = BASE_DIR / "bench" / "wrk" / "bench.lua"
RESULTS = BASE_DIR / "bench" / "RESULTS.md"
OUT_DIR = BASE_DIR / "bench" / "out"
NOTES_MARKER = "## Notes (kept across runs)"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/hjo_bench"


# --- Small HTTP client with a cookie jar ------------------------------------------------------


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes
    cookies: dict


def fetch(port, method, path, *, cookies=None, body=None, headers=None, timeout=120) -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    hdrs = {"Host": "127.0.0.1"} | (headers or {})
    if cookies:
        hdrs["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        hdrs["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=hdrs)
    resp = conn.getresponse()
    data = resp.read()
    jar = dict(cookies or {})
    for name, value in resp.getheaders():
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            val = rest.split(";", 1)[0]
            if val and "max-age=0" not in value.lower():
                jar[key.strip()] = val
            else:
                jar.pop(key.strip(), None)
    conn.close()
    return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data, jar)


def csrf_from(html: bytes) -> str | None:
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1).decode() if match else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- gunicorn -----------------------------------------------------------------------------


class Gunicorn:
    def __init__(self, env, workers, log_dir, name="a", worker_class="sync", threads=1):
        self.env, self.workers, self.port = env, workers, free_port()
        self.worker_class, self.threads = worker_class, threads
        self.log = Path(log_dir) / f"gunicorn-{name}.log"
        self.proc = None

    def start(self):
        cmd = [
            str(VENV_BIN / "gunicorn"),
            "hjo_safety.wsgi:application",
            f"--workers={self.workers}",
            f"--bind=127.0.0.1:{self.port}",
            f"--worker-class={self.worker_class}",
            f"--threads={self.threads}",
            "--timeout=300",  # a 1M-row export at scale 1 must not be killed mid-stream
            f"--error-logfile={self.log}",
            "--log-level=warning",
        ]
        self.proc = subprocess.Popen(cmd, cwd=BASE_DIR, env=self.env, start_new_session=True)
        self.wait_ready()
        return self

    def wait_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log}:\n{self.log.read_text()}")
            try:
                if (
                    fetch(self.port, "GET", "/healthz", timeout=5).status == 200
                    and len(self.worker_pids()) == self.workers
                ):
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer on :{self.port}; see {self.log}")

    def worker_pids(self) -> list[int]:
        try:
            children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(pid) for pid in children.split()]

    def reload_workers(self):
        """HUP: fresh workers, so that their peak memory (VmHWM) starts from zero."""
        old = set(self.worker_pids())
        os.kill(self.proc.pid, signal.SIGHUP)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            pids = set(self.worker_pids())
            if len(pids) == self.workers and not (pids & old):
                break
            time.sleep(0.2)
        self.wait_ready()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def proc_status_kb(pid, key) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


# --- The production topology: nginx -> two gunicorn instances -> PgBouncer -> PostgreSQL ----

TOPOLOGY_DIR = BASE_DIR / "bench" / "topology"


def render_template(name, values: dict) -> str:
    text = (TOPOLOGY_DIR / name).read_text()
    for key, value in values.items():
        text = text.replace(f"@{key}@", str(value))
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise RuntimeError(f"{name}: placeholders left unreplaced: {left}")
    return text


def daemon_binary(name) -> str:
    found = shutil.which(name) or next(
        (str(p) for p in (Path("/usr/sbin") / name, Path("/usr/bin") / name) if p.exists()), None
    )
    if not found:
        raise SystemExit(f"{name} is missing: `make topology-tools` (as root) installs it")
    return found


def wait_for_port(port, proc, log, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{log.name} exited:\n{log.read_text() if log.exists() else ''}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on :{port}; see {log}")


class PgBouncer:
    """PgBouncer in the foreground on a loopback port, pointing at the bench's database."""

    def __init__(self, database_url, run_dir):
        from urllib.parse import urlparse

        self.url = urlparse(database_url)
        self.run_dir = Path(run_dir) / "pgbouncer"
        self.port = free_port()
        self.proc = None

    @property
    def database_url(self) -> str:
        user = self.url.username or "postgres"
        return f"postgres://{user}@127.0.0.1:{self.port}{self.url.path}"

    def start(self):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        user = self.url.username or "postgres"
        (self.run_dir / "userlist.txt").write_text(f'"{user}" ""\n')
        ini = self.run_dir / "pgbouncer.ini"
        ini.write_text(
            render_template(
                "pgbouncer.ini.template",
                {
                    "DB_NAME": self.url.path.lstrip("/"),
                    "DB_HOST": self.url.hostname or "127.0.0.1",
                    "DB_PORT": self.url.port or 5432,
                    "DB_USER": user,
                    "PORT": self.port,
                    "RUN_DIR": self.run_dir,
                },
            )
        )
        cmd = [daemon_binary("pgbouncer"), str(ini)]
        if os.geteuid() == 0:  # PgBouncer refuses to run as root: drop to the database's user
            self.run_dir.parent.chmod(0o711)  # mkdtemp's 0700 would keep that user out
            shutil.chown(self.run_dir, user)
            for path in self.run_dir.iterdir():
                shutil.chown(path, user)
            cmd[1:1] = ["-u", user]
        stderr = self.run_dir.parent / "pgbouncer-stderr.log"
        with open(stderr, "w") as err:
            self.proc = subprocess.Popen(
                cmd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
            )
        wait_for_port(self.port, self.proc, stderr)
        return self

    def stop(self):
        stop_process(self.proc)


class Nginx:
    """nginx in the foreground on a loopback port, balancing over the given upstream ports."""

    def __init__(self, upstream_ports, run_dir):
        self.upstream_ports = upstream_ports
        self.run_dir = Path(run_dir) / "nginx"
        self.port = free_port()
        self.proc = None

    def start(self):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        conf = self.run_dir / "nginx.conf"
        servers = "\n".join(
            f"        server 127.0.0.1:{port} max_fails=3 fail_timeout=10s;"
            for port in self.upstream_ports
        )
        conf.write_text(
            render_template(
                "nginx.conf.template",
                {
                    # As root, nginx's workers would switch to "nobody", who cannot write
                    # to this private temporary folder.
                    "USER_DIRECTIVE": "user root;" if os.geteuid() == 0 else "",
                    "RUN_DIR": self.run_dir,
                    "PORT": self.port,
                    "UPSTREAM_SERVERS": servers,
                },
            )
        )
        with open(self.run_dir / "nginx-stderr.log", "w") as err:
            self.proc = subprocess.Popen(
                [
                    daemon_binary("nginx"),
                    *("-c", str(conf), "-p", str(self.run_dir), "-g", "daemon off;"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
        wait_for_port(self.port, self.proc, self.run_dir / "nginx-stderr.log")
        return self

    def stop(self):
        stop_process(self.proc)


def stop_process(proc, timeout=15):
    if proc and proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class Topology:
    """nginx in front of two gunicorn instances, which reach PostgreSQL through PgBouncer.

    Quacks like ``Gunicorn`` for the bench: ``port`` (nginx's), ``worker_pids`` (of both
    instances), ``reload_workers`` and ``stop``. ``WORKERS`` is the total: each instance gets
    half, so the table compares with a direct run of the same number of workers.
    """

    def __init__(self, env, workers, log_dir, worker_class="sync", threads=1):
        self.log_dir = Path(log_dir)
        self.pgbouncer = PgBouncer(env["DATABASE_URL"], log_dir)
        self.env = env | {"DATABASE_URL": self.pgbouncer.database_url}
        per_instance = max(1, workers // 2)
        self.instances = [
            Gunicorn(self.env, per_instance, log_dir, name, worker_class, threads)
            for name in ("t1", "t2")
        ]
        self.nginx = None

    @property
    def port(self):
        return self.nginx.port

    def start(self):
        self.pgbouncer.start()
        for instance in self.instances:
            instance.start()
        self.nginx = Nginx([i.port for i in self.instances], self.log_dir).start()
        for _ in range(20):  # through every layer
            if fetch(self.port, "GET", "/healthz", timeout=10).status != 200:
                raise RuntimeError(f"/healthz through nginx failed; see {self.log_dir}")
        return self

    def worker_pids(self):
        return [pid for instance in self.instances for pid in instance.worker_pids()]

    def reload_workers(self):
        for instance in self.instances:
            instance.reload_workers()

    def stop(self):
        if self.nginx:
            self.nginx.stop()
        for instance in self.instances:
            instance.stop()
        self.pgbouncer.stop()

    def describe(self) -> str:
        return (
            f"nginx :{self.nginx.port} → gunicorn :{self.instances[0].port} and "
            f":{self.instances[1].port} ({self.instances[0].workers} workers each) → PgBouncer "
            f":{self.pgbouncer.port} (session pooling) → PostgreSQL"
        )


# --- wrk ----------------------------------------------------------------------------------


def wrk(port, path, *, duration, connections, cookie="", body_file="") -> dict:
    env = os.environ | {"BENCH_COOKIE": cookie, "BENCH_BODY_FILE": str(body_file or "")}
    cmd = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout=60s",
        f"-s{LUA}",
        f"http://127.0.0.1:{port}{path}",
    ]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line.removeprefix("BENCH_JSON "))
    raise RuntimeError(f"wrk gave no result for {path}:\n{out.stdout}\n{out.stderr}")


# --- A steady writer (--mixed) ----------------------------------------------------------------


class Writer(threading.Thread):
    """POSTs the incident form at ``rate`` a second (0: not at all), each with a fresh
    submission token, until stopped; counts accepted submissions (redirects) and errors. Each
    POST is sent on time in its own thread (at most 16 at once), so a slow answer under load
    does not lower the rate."""

    def __init__(self, port, path, cookies, template, rate):
        super().__init__(daemon=True)
        self.port, self.path, self.cookies, self.template, self.rate = (
            port,
            path,
            cookies,
            template,
            rate,
        )
        self.accepted = self.errors = 0
        self.elapsed = 0.0
        self._halt = threading.Event()
        self._lock = threading.Lock()

    def post(self, seq):
        body = self.template.replace("__UUID__", secrets.token_hex(16)).replace(
            "__SEQ__", f"mixed-{seq}"
        )
        try:
            reply = fetch(self.port, "POST", self.path, cookies=self.cookies, body=body)
            ok = reply.status in P.FORM_ACCEPTED_STATUSES
        except OSError:
            ok = False
        with self._lock:
            self.accepted += ok
            self.errors += not ok

    def run(self):
        if not self.rate:
            return
        from concurrent.futures import ThreadPoolExecutor

        started = due = time.monotonic()
        seq = 0
        with ThreadPoolExecutor(max_workers=16) as pool:
            while not self._halt.is_set():
                seq += 1
                pool.submit(self.post, seq)
                due += 1 / self.rate
                self._halt.wait(max(0.0, due - time.monotonic()))
            self.elapsed = time.monotonic() - started

    def stop(self):
        self._halt.set()
        self.join(timeout=120)


# --- Results ------------------------------------------------------------------------------


@dataclass
class Result:
    key: str
    title: str
    role: str
    target: str
    path: str = ""
    status: str = "ok"  # ok | unavailable | error
    note: str = ""
    rps: float | None = None
    p50: float | None = None
    p95: float | None = None
    p99: float | None = None
    errors: int = 0
    statuses: dict = field(default_factory=dict)
    queries: int | None = None  # in-process, complete (streaming bodies included)
    queries_live: tuple | None = None  # X-Query-Count min/max under load
    sql_ms: float | None = None  # EXPLAIN ANALYZE of all the page's SELECTs
    cpu_ms: float | None = None  # in-process CPU per request (time.process_time, median)
    aggregate_sql_ms: float | None = None  # the est_incidents_* SELECTs only
    ratio: float | None = None
    verdict: str = ""
    verdict_text: str = ""
    extra: dict = field(default_factory=dict)


class Bench:
    def __init__(self, args, env, log_dir):
        self.args, self.env, self.log_dir = args, env, Path(log_dir)
        self.results: list[Result] = []
        self.sessions: dict[str, str] = {}
        self.users = {}
        self.ref = {}
        self.scale_out = {}
        self.meta = {}
        self.load_before = self.load_after = (0.0, 0.0, 0.0)
        self.topology = ""
        self.mixed: list[dict] = []  # --mixed: reads while another organisation writes
        self.worker_rss_mb: list[float] = []  # each worker's VmRSS after the pages

    # -- set-up in-process (same database, same SECRET_KEY as gunicorn) --

    def prepare(self):
        from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
        from django.contrib.sessions.backends.db import SessionStore
        from django.db import connection

        from hjo_safety.models import Membership, Role

        with connection.cursor() as cursor:
            cursor.execute("SELECT key, value FROM bench_meta")
            self.meta = dict(cursor.fetchall())
            cursor.execute(
                "SELECT organisation_id FROM est_incidents_incident GROUP BY 1 "
                "ORDER BY count(*) DESC LIMIT 1"
            )
            busiest = cursor.fetchone()[0]
        pick = Membership.objects.select_related("user").order_by("user_id")
        self.users = {
            "reporter": pick.filter(role=Role.REPORTER, organisation_id=busiest)[0].user,
            "org_admin": pick.filter(role=Role.ORG_ADMIN, organisation_id=busiest)[0].user,
            "coordinator": pick.filter(role=Role.COORDINATOR)[0].user,
        }
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        backend = "hjo_safety.auth_backends.MembershipModelBackend"
        for role, user in self.users.items():
            store = SessionStore()
            store[SESSION_KEY] = str(user.pk)
            store[BACKEND_SESSION_KEY] = backend
            store[HASH_SESSION_KEY] = user.get_session_auth_hash()
            if role in ("org_admin", "coordinator"):
                # Production requires two-factor for admin roles: measure a verified session,
                # as a real coordinator's would be after entering the TOTP code.
                device, _ = TOTPDevice.objects.get_or_create(
                    user=user, name="bench", defaults={"confirmed": True}
                )
                store[DEVICE_ID_SESSION_KEY] = device.persistent_id
            store.create()
            self.sessions[role] = store.session_key
        # --mixed: a reporter of another organisation (in none of the readers' organisations)
        # posts incidents while the readers read.
        readers = set(
            Membership.objects.filter(user__in=self.users.values()).values_list(
                "organisation_id", flat=True
            )
        )
        writer = (
            pick.filter(role=Role.REPORTER)
            .exclude(organisation_id__in=readers)
            .exclude(user__memberships__organisation_id__in=readers)
            .first()
        )
        if writer is not None:
            store = SessionStore()
            store[SESSION_KEY] = str(writer.user.pk)
            store[BACKEND_SESSION_KEY] = backend
            store[HASH_SESSION_KEY] = writer.user.get_session_auth_hash()
            store.create()
            self.sessions["writer"] = store.session_key
            self.users["writer"] = writer.user
            self.writer_organisation_id = writer.organisation_id
        self.ref = P.reference_values(self.users)

    def cookies_for(self, role) -> dict:
        from django.conf import settings

        if role == "anonymous":
            return {}
        return {settings.SESSION_COOKIE_NAME: self.sessions[role]}

    def in_process(self, path, role, warm=True, cpu_runs=None) -> dict:
        """Status, complete query count, and EXPLAIN ANALYZE time of the page's SELECTs."""
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        client = Client(HTTP_HOST="127.0.0.1")
        for key, value in self.cookies_for(role).items():
            client.cookies[key] = value
        if warm:  # steady state: caches filled, as under load
            response = client.get(path)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
            if getattr(response, "streaming", False):
                for _chunk in response.streaming_content:
                    pass
        captured = list(ctx.captured_queries)  # every request clears the log: copy it now
        selects = [
            q["sql"] for q in captured if q["sql"].lstrip().upper().startswith(("SELECT", "WITH"))
        ]
        cpu_ms = None
        runs = self.args.cpu_runs if cpu_runs is None else min(cpu_runs, self.args.cpu_runs)
        if response.status_code == 200 and runs:
            cpu_ms = self.cpu_per_request(client, path, runs=runs)
        totals, aggregates = [], []
        if response.status_code == 200 and selects:
            for _ in range(3):
                total = aggregate = 0.0
                with connection.cursor() as cursor:
                    for sql in selects:
                        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
                        plan = cursor.fetchone()[0]
                        plan = json.loads(plan) if isinstance(plan, str) else plan
                        ms = plan[0]["Execution Time"] + plan[0].get("Planning Time", 0.0)
                        total += ms
                        if "est_incidents_" in sql:
                            aggregate += ms
                totals.append(total)
                aggregates.append(aggregate)
        return {
            "status": response.status_code,
            "location": response.get("Location", ""),
            "queries": len(captured),
            "sql_ms": statistics.median(totals) if totals else None,
            "aggregate_sql_ms": statistics.median(aggregates) if aggregates else None,
            "cpu_ms": cpu_ms,
        }

    def miss_probe(self, path, role, runs=5) -> dict:
        """CPU and queries of the page's first view after a write: the kept fragments
        (``hjo_safety.cache``: fragments, chrome and pictures) emptied before each request,
        as a new data version finds them. The table's figures are the steady state under load."""
        from django.db import connection
        from django.test import Client

        from hjo_safety import cache

        client = Client(HTTP_HOST="127.0.0.1")
        for key, value in self.cookies_for(role).items():
            client.cookies[key] = value
        client.get(path)  # the session and the per-process caches of the stack
        times, counts = [], []
        for _ in range(runs):
            cache.clear()
            count = [0]

            def counter(execute, sql, params, many, context, count=count):
                count[0] += 1
                return execute(sql, params, many, context)

            started = time.process_time()
            with connection.execute_wrapper(counter):
                client.get(path)
            times.append((time.process_time() - started) * 1000)
            counts.append(count[0])
        return {"cpu_ms": statistics.median(times), "queries": max(counts)}

    def cpu_per_request(self, client, path, method="GET", data_for=None, runs=None) -> float:
        """Median CPU time of this process per request (``time.process_time``), the streaming
        body included. Only this process's CPU counts: other load on the machine, and the
        time PostgreSQL spends on the queries, do not."""
        times = []
        for n in range(runs or self.args.cpu_runs):
            started = time.process_time()
            if method == "GET":
                response = client.get(path)
            else:
                response = client.post(path, data_for(n))
            if getattr(response, "streaming", False):
                for _chunk in response.streaming_content:
                    pass
            times.append((time.process_time() - started) * 1000)
        return statistics.median(times)

    # -- measuring --

    def cookie_header(self, cookies):
        return "; ".join(f"{k}={v}" for k, v in cookies.items())

    def measure_get(self, server, page) -> Result:
        path = page.path.format_map(self.ref)
        res = Result(page.key, page.title.format_map(self.ref), page.role, page.target, path)
        probe = self.in_process(path, page.role)
        res.queries, res.sql_ms = probe["queries"], probe["sql_ms"]
        res.aggregate_sql_ms = probe["aggregate_sql_ms"]
        res.cpu_ms = probe["cpu_ms"]
        if probe["status"] == 404:
            res.status, res.note = "unavailable", "not available yet (404 on this branch)"
            return res
        if probe["status"] != 200:
            res.status = "error"
            res.note = f"answers {probe['status']} {probe['location']}".strip()
            return res
        if page.target in ("staff", "situation") and self.args.cpu_runs and not self.args.kept_off:
            res.extra["miss"] = self.miss_probe(path, page.role)
        cookie = self.cookie_header(self.cookies_for(page.role))
        a = self.args
        wrk(server.port, path, duration=a.warmup, connections=a.connections, cookie=cookie)
        if a.paired_floor and page.target not in ("floor", "info"):
            # The floor right before the page: a shared machine drifts within a run. Public
            # pages are paired with the anonymous floor, staff pages with the logged-in floor
            # (the same session, user and memberships every staff page must read).
            floor_page = self.floor_page_for(page)
            floor = wrk(
                server.port,
                floor_page.path.format_map(self.ref),
                duration=a.duration,
                connections=a.connections,
                cookie=self.cookie_header(self.cookies_for(floor_page.role)),
            )
            res.extra["floor_p95"] = floor["p95_ms"]
            res.extra["floor_key"] = floor_page.key
        data = wrk(server.port, path, duration=a.duration, connections=a.connections, cookie=cookie)
        self._fill(res, data)
        return res

    def floor_path(self):
        return next(p for p in P.PAGES if p.key == "floor").path.format_map(self.ref)

    @staticmethod
    def floor_page_for(page):
        key = "floor" if page.role == "anonymous" else P.LOGGED_IN_FLOOR
        return next(p for p in P.PAGES if p.key == key)

    def _fill(self, res, data):
        res.rps, res.p50, res.p95, res.p99 = (
            data["rps"],
            data["p50_ms"],
            data["p95_ms"],
            data["p99_ms"],
        )
        res.statuses = data["statuses"]
        bad = sum(v for k, v in data["statuses"].items() if not k.startswith("2"))
        res.errors = bad + sum(v for k, v in data["errors"].items() if k != "status")
        if data["queries_min"] >= 0:
            res.queries_live = (data["queries_min"], data["queries_max"])
        res.extra["requests"] = data["requests"]

    def measure_export(self, server, page) -> Result:
        path = page.path.format_map(self.ref)
        res = Result(page.key, page.title, page.role, page.target, path)
        probe = self.in_process(path, page.role, warm=False, cpu_runs=1)
        res.queries, res.sql_ms = probe["queries"], probe["sql_ms"]
        res.cpu_ms = probe["cpu_ms"]
        if probe["status"] == 404:
            res.status, res.note = "unavailable", "not available yet (404 on this branch)"
            return res
        if probe["status"] != 200:
            res.status, res.note = "error", f"answers {probe['status']}"
            return res
        server.reload_workers()
        pids = server.worker_pids()
        baseline = max(proc_status_kb(pid, "VmHWM") for pid in pids)
        peak_rss = [0]
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                peak_rss[0] = max([peak_rss[0]] + [proc_status_kb(p, "VmRSS") for p in pids])
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        runs = []
        cookies = self.cookies_for(page.role)
        for _ in range(self.args.export_runs):
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
            started = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": self.cookie_header(cookies)})
            resp = conn.getresponse()
            first = resp.read(1)
            ttfb = time.perf_counter() - started
            size, lines = len(first), first.count(b"\n")
            while chunk := resp.read(65536):
                size += len(chunk)
                lines += chunk.count(b"\n")
            total = time.perf_counter() - started
            runs.append(
                {
                    "status": resp.status,
                    "ttfb_ms": ttfb * 1000,
                    "total_ms": total * 1000,
                    "bytes": size,
                    "rows": max(0, lines - 1),
                    "content_length": resp.getheader("Content-Length"),
                    "content_type": resp.getheader("Content-Type"),
                }
            )
            conn.close()
        stop.set()
        sampler.join()
        peak = max(proc_status_kb(pid, "VmHWM") for pid in pids)
        totals = sorted(r["total_ms"] for r in runs)
        res.p50 = statistics.median(totals)
        res.p95 = res.p99 = totals[-1]
        res.rps = len(runs) / (sum(totals) / 1000)
        res.errors = sum(1 for r in runs if r["status"] != 200)
        rows_per_s = runs[-1]["rows"] / (res.p50 / 1000) if res.p50 else 0.0
        res.extra = {
            "runs": runs,
            "rows": runs[-1]["rows"],
            "expected_rows": self.ref["export_expected_rows"],
            "streams": all(r["content_length"] is None for r in runs),
            "ttfb_ms": statistics.median(r["ttfb_ms"] for r in runs),
            "peak_mb": peak / 1024,
            "baseline_mb": baseline / 1024,
            "peak_rss_sampled_mb": peak_rss[0] / 1024,
            "rows_per_s": rows_per_s,
        }
        return res

    def measure_post(self, server, page) -> Result:
        from est_incidents.models import Incident

        path = page.path.format_map(self.ref)
        res = Result(page.key, page.title, page.role, page.target, path)
        form = fetch(server.port, "GET", path, cookies=self.cookies_for(page.role))
        if form.status == 404:
            res.status, res.note = "unavailable", "not available yet (404 on this branch)"
            return res
        token = csrf_from(form.body)
        if form.status != 200 or not token or "csrftoken" not in form.cookies:
            res.status = "error"
            res.note = f"form page answers {form.status} without a CSRF token"
            return res
        fields = P.incident_form_fields(self.ref) | {"csrfmiddlewaretoken": token}
        body_file = self.log_dir / "incident_post.body"
        body_file.write_text(urlencode(fields, safe="_"))
        cookie = self.cookie_header(form.cookies)
        # One real submission first: the form must accept this body (else the run means nothing).
        check = fetch(
            server.port,
            "POST",
            path,
            cookies=form.cookies,
            body=body_file.read_text()
            .replace("__UUID__", secrets.token_hex(16))
            .replace("__SEQ__", "0"),
        )
        if check.status not in P.FORM_ACCEPTED_STATUSES:
            res.status = "error"
            res.note = (
                f"the form refuses bench/pages.py's body (answers {check.status}); "
                "update incident_form_fields()"
            )
            return res
        before = Incident.objects.count()
        data = wrk(
            server.port,
            path,
            duration=self.args.duration,
            connections=self.args.connections,
            cookie=cookie,
            body_file=body_file,
        )
        accepted = Incident.objects.count() - before
        res.cpu_ms = self.post_cpu(path, page.role, fields)
        self._fill(res, data)
        res.errors = sum(
            v for k, v in data["statuses"].items() if int(k) not in P.FORM_ACCEPTED_STATUSES
        ) + sum(v for k, v in data["errors"].items() if k != "status")
        res.extra |= {"accepted": accepted, "accepted_per_s": accepted / data["duration_s"]}
        return res

    def post_cpu(self, path, role, fields) -> float | None:
        """CPU per accepted POST of the incident form, in-process (the redirect not followed).

        Posted as wrk and a browser post it: URL-encoded, with the same cookies every time. (The
        test client's default, multipart with the cookies of every earlier answer, let the
        unread "Tack!" messages pile up in the messages cookie, to be decoded and signed
        again on every POST: work that neither wrk nor a browser, which follows the redirect
        and reads them, ever causes.)
        """
        if not self.args.cpu_runs:
            return None
        from django.test import Client

        cookies = self.cookies_for(role)

        class WrkLikeClient(Client):
            def post(self, path, data):
                self.cookies.clear()
                for key, value in cookies.items():
                    self.cookies[key] = value
                return super().post(
                    path, urlencode(data), content_type="application/x-www-form-urlencoded"
                )

        client = WrkLikeClient(HTTP_HOST="127.0.0.1")

        def data_for(n):
            body = dict(fields)
            body["submission_token"] = secrets.token_hex(16)
            body["description"] = body["description"].replace("__SEQ__", f"cpu{n}")
            return body

        return self.cpu_per_request(client, path, method="POST", data_for=data_for)

    def measure_mixed(self, server):
        """Reads while another organisation writes (issue 23): each staff page read with wrk
        alone, then while a reporter of an organisation none of the readers belongs to posts
        incidents at each rate of ``--mixed`` (1 and 10 a second), one run right after the
        other so that the ratios are to the read-only run of the same moment."""
        if "writer" not in self.sessions:
            print("  mixed: no reporter outside the readers' organisations", flush=True)
            return
        form_path = next(p for p in P.PAGES if p.target == "post").path
        cookies = self.cookies_for("writer")
        form = fetch(server.port, "GET", form_path, cookies=cookies)
        token = csrf_from(form.body)
        if form.status != 200 or not token:
            print(f"  mixed: the writer's form answers {form.status}", flush=True)
            return
        ref = self.ref | {"reporter_organisation_id": self.writer_organisation_id}
        template = urlencode(P.incident_form_fields(ref) | {"csrfmiddlewaretoken": token}, safe="_")
        a = self.args
        for res in list(self.results):
            if res.target not in ("staff", "situation") or res.status != "ok":
                continue
            cookie = self.cookie_header(self.cookies_for(res.role))
            row = {"key": res.key, "title": res.title, "role": res.role, "runs": {}}
            # A warm-up first: the page before ended with writes, so this viewer's kept parts
            # are of an old data version (the read-only run measures the steady state).
            wrk(server.port, res.path, duration=a.warmup, connections=a.connections, cookie=cookie)
            for rate in [0.0, *a.mixed]:
                writer = Writer(server.port, form_path, form.cookies, template, rate)
                writer.start()
                try:
                    data = wrk(
                        server.port,
                        res.path,
                        duration=a.duration,
                        connections=a.connections,
                        cookie=cookie,
                    )
                finally:
                    writer.stop()
                bad = sum(v for k, v in data["statuses"].items() if not k.startswith("2"))
                row["runs"][rate] = {
                    "p95": data["p95_ms"],
                    "rps": data["rps"],
                    "read_errors": bad + sum(v for k, v in data["errors"].items() if k != "status"),
                    "writes": writer.accepted,
                    "write_errors": writer.errors,
                    "write_rate": writer.accepted / writer.elapsed if writer.elapsed else 0.0,
                }
            self.mixed.append(row)
            print(
                f"  mixed {res.title} ({res.role}): "
                + ", ".join(f"{r:g}/s p95 {v['p95']:.1f}" for r, v in row["runs"].items()),
                flush=True,
            )

    def prove_scale_out(self, first):
        """Log in on instance A, use the cookie on B; log out on B, and A forgets too."""
        from django.conf import settings

        second = Gunicorn(self.env, workers=2, log_dir=self.log_dir, name="b").start()
        steps = []
        try:
            session_name = settings.SESSION_COOKIE_NAME
            login = fetch(first.port, "GET", "/konto/logga-in/")
            jar = login.cookies
            body = urlencode(
                {
                    "csrfmiddlewaretoken": csrf_from(login.body) or "",
                    "username": self.users["reporter"].username,
                    "password": _bench_password(),
                }
            )
            posted = fetch(first.port, "POST", "/konto/logga-in/", cookies=jar, body=body)
            jar = posted.cookies
            steps.append(("POST /konto/logga-in/ on A", posted.status, posted.status == 302))
            on_b = fetch(second.port, "GET", "/personal/", cookies=jar)
            steps.append(("GET /personal/ on B with A's cookie", on_b.status, on_b.status == 200))
            token = csrf_from(on_b.body)
            jar = on_b.cookies
            if token:
                out = fetch(
                    second.port,
                    "POST",
                    "/konto/logga-ut/",
                    cookies=jar,
                    body=urlencode({"csrfmiddlewaretoken": token}),
                )
                steps.append(("POST /konto/logga-ut/ on B", out.status, out.status in (200, 302)))
                again = fetch(
                    first.port,
                    "GET",
                    "/personal/",
                    cookies={session_name: jar.get(session_name, "")},
                )
                steps.append(
                    ("GET /personal/ on A after logout on B", again.status, again.status == 302)
                )
            steps += self.prove_shared_cache(first, second)
        finally:
            second.stop()
        self.scale_out = {
            "ports": (first.port, second.port),
            "steps": steps,
            "ok": all(ok for _, _, ok in steps),
        }

    def prove_shared_cache(self, first, second):
        """A public page cached on A shows a coordinator's change at once on B."""
        try:
            from hjo_safety.public_cache import invalidate_public_pages
        except ImportError:
            return []
        from hjo_safety.models import ContactInfo

        info = ContactInfo.current()
        if info is None:
            return []
        original = info.phone
        fetch(first.port, "GET", "/kontakt/")  # fills the shared cache
        fetch(second.port, "GET", "/kontakt/")
        try:
            info.phone = "0503-35999"
            info.save()
            invalidate_public_pages()  # what the admin's save does
            seen = fetch(second.port, "GET", "/kontakt/")
            ok = b"0503-35999" in seen.body
        finally:
            info.phone = original
            info.save()
            invalidate_public_pages()
        return [("/kontakt/ on B after a change saved via A's code path", seen.status, ok)]

    # -- the run --

    def run(self):
        self.load_before = os.getloadavg()
        server_class = Topology if self.args.topology else Gunicorn
        server = server_class(
            self.env,
            self.args.workers,
            self.log_dir,
            worker_class=self.args.worker_class,
            threads=self.args.threads,
        ).start()
        if self.args.topology:
            self.topology = server.describe()
            print(f"Topology: {self.topology}", flush=True)
        try:
            self.prepare()
            selected = [p for p in P.PAGES if not self.args.pages or p.key in self.args.pages]
            floor_page = next(p for p in P.PAGES if p.key == "floor")
            for page in selected:
                if page.target == "export":
                    result = self.measure_export(server, page)
                elif page.target == "post":
                    result = self.measure_post(server, page)
                else:
                    result = self.measure_get(server, page)
                self.results.append(result)
                print(f"  {render_line(result)}", flush=True)
            # The floor again at the end: its two runs bracket the others (a shared machine).
            again = self.measure_get(server, floor_page)
            again.key, again.title = "floor_end", "floor (again, at the end)"
            self.results.append(again)
            print(f"  {render_line(again)}", flush=True)
            if self.args.mixed:
                self.measure_mixed(server)
            self.worker_rss_mb = [
                proc_status_kb(pid, "VmRSS") / 1024 for pid in server.worker_pids()
            ]
            print(f"  worker RSS after the pages: {self.worker_rss_mb} MB", flush=True)
            if not self.args.no_scale_out:
                self.prove_scale_out(server)
        finally:
            server.stop()
        self.load_after = os.getloadavg()
        evaluate(self.results, kept_off=self.args.kept_off)
        return self.results


def _bench_password():
    from bench.load_data import BENCH_PASSWORD

    return BENCH_PASSWORD


# --- Targets --------------------------------------------------------------------------------


def floor_p95(results) -> float | None:
    values = [r.p95 for r in results if r.key in ("floor", "floor_end") and r.p95]
    return statistics.mean(values) if values else None


def evaluate(results, kept_off=False):
    run_floor = floor_p95(results)
    by_key = {r.key: r for r in results}
    logged_in_floor = by_key.get(P.LOGGED_IN_FLOOR)
    for res in results:
        floor = res.extra.get("floor_p95")
        if floor is None:
            floor = (
                logged_in_floor.p95
                if res.role != "anonymous" and logged_in_floor and logged_in_floor.p95
                else run_floor
            )
        if floor and res.p95 is not None and res.target not in ("export", "post"):
            res.ratio = res.p95 / floor
        if res.status != "ok":
            res.verdict = "n/a" if res.status == "unavailable" else "FAIL"
            res.verdict_text = res.note
            continue
        if not res.p95 and res.target not in ("export", "post"):
            # wrk got no answer in the run's window: a finding, not a crash of the whole run.
            res.verdict = "FAIL"
            res.verdict_text = "no response measured (wrk: 0 requests); see the run's logs"
            continue
        checks = []
        live_constant = res.queries_live is None or res.queries_live[0] == res.queries_live[1]
        cpu = res.cpu_ms
        if res.target == "public":
            checks.append(
                (f"p95 ≤ {P.PUBLIC_RATIO}× floor", (res.ratio or float("inf")) <= P.PUBLIC_RATIO)
            )
            checks.append(("queries constant", live_constant))
            checks.append((f"≥ {P.PUBLIC_RPS} req/s", res.rps >= P.PUBLIC_RPS))
        elif kept_off and res.target in ("staff", "situation"):
            # The miss path (issue 23): every staff page, the pictures included, rendered with
            # the kept parts off.
            checks.append(
                (
                    f"p95 ≤ {P.STAFF_RATIO:g}× logged-in floor",
                    (res.ratio or float("inf")) <= P.STAFF_RATIO,
                )
            )
            if cpu is not None:
                checks.append((f"CPU ≤ {P.MISS_CPU_MS:g} ms", cpu <= P.MISS_CPU_MS))
            checks.append(("queries constant", live_constant))
        elif res.target == "staff":
            checks.append(
                (
                    f"p95 ≤ {P.STAFF_RATIO:g}× logged-in floor",
                    (res.ratio or float("inf")) <= P.STAFF_RATIO,
                )
            )
            if cpu is not None:
                checks.append((f"CPU ≤ {P.STAFF_CPU_MS:g} ms", cpu <= P.STAFF_CPU_MS))
            checks.append(("queries constant", live_constant))
        elif res.target == "situation" and res.key == "situation_year":
            fortnight = by_key.get("situation_fortnight")
            if fortnight and fortnight.p95:
                budget = P.SITUATION_YEAR_RATIO * fortnight.p95
                res.extra["budget_ms"] = budget
                checks.append(
                    (
                        f"p95 ≤ {P.SITUATION_YEAR_RATIO:g}× the fortnight's "
                        f"{fortnight.p95:.1f} = {budget:.1f} ms",
                        res.p95 <= budget,
                    )
                )
            checks.append(("queries constant", live_constant))
        elif res.target == "situation":
            budget = P.SITUATION_RATIO * ((res.aggregate_sql_ms or 0) + floor)
            res.extra["budget_ms"] = budget
            checks.append(
                (
                    f"p95 ≤ {P.SITUATION_RATIO:g}×(SQL {res.aggregate_sql_ms or 0:.1f} + "
                    f"logged-in floor {floor:.1f}) = {budget:.1f} ms",
                    res.p95 <= budget,
                )
            )
            if cpu is not None:
                checks.append((f"CPU ≤ {P.SITUATION_CPU_MS:g} ms", cpu <= P.SITUATION_CPU_MS))
            checks.append(("queries constant", live_constant))
        elif res.target == "export":
            rate = res.extra["rows_per_s"]
            checks.append(("streams", res.extra["streams"]))
            checks.append(
                (
                    f"{rate:,.0f} ≥ {P.EXPORT_ROWS_PER_S:,} rows/s",
                    rate >= P.EXPORT_ROWS_PER_S,
                )
            )
            checks.append(
                (
                    f"peak {res.extra['peak_mb']:.0f} MB ≤ {P.EXPORT_PEAK_MB} MB",
                    res.extra["peak_mb"] <= P.EXPORT_PEAK_MB,
                )
            )
            checks.append(("0 errors", res.errors == 0))
        elif res.target == "post":
            rate = res.extra["accepted_per_s"]
            checks.append(
                (f"{rate:.0f} ≥ {P.POST_ACCEPTED_PER_S} accepted/s", rate >= P.POST_ACCEPTED_PER_S)
            )
            checks.append(("0 errors", res.errors == 0))
        elif res.target in ("floor", "info"):
            checks.append(("0 errors", res.errors == 0))
        if res.target not in ("post", "floor", "info", "export"):
            checks.append(("0 errors", res.errors == 0))
        failed = [label for label, ok in checks if not ok]
        res.verdict = (
            "—"
            if res.target in ("floor", "info") and not failed
            else ("FAIL" if failed else "PASS")
        )
        res.verdict_text = "; ".join(failed) if failed else "; ".join(label for label, _ in checks)
    for a, b in P.SAME_QUERY_COUNT:
        ra, rb = by_key.get(a), by_key.get(b)
        extra = P.KEPT_OFF_EXTRA_QUERIES.get((a, b), 0) if kept_off else 0
        if ra and rb and ra.status == rb.status == "ok" and ra.queries is not None:
            if rb.queries not in (ra.queries, ra.queries + extra):
                rb.verdict = "FAIL"
                rb.verdict_text += f"; queries {rb.queries} ≠ {ra.queries} of {ra.title}"
            elif rb.queries != ra.queries:
                rb.verdict_text += f"; queries {rb.queries} = {ra.queries} + the crime statistics"


# --- Rendering ------------------------------------------------------------------------------


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def render_line(r: Result) -> str:
    if r.status != "ok":
        return f"{r.title:<45} {r.role:<12} {r.note}"
    return (
        f"{r.title:<45} {r.role:<12} {fmt(r.rps, 0):>7} req/s  p50 {fmt(r.p50)}  "
        f"p95 {fmt(r.p95)} (CPU {fmt(r.cpu_ms)})  p99 {fmt(r.p99)} ms  queries {r.queries}  "
        f"SQL {fmt(r.sql_ms, 2)} ms"
    )


def render_table(results) -> str:
    lines = [
        "| Page | As | req/s | p50 ms | p95 ms | CPU ms | p99 ms | floor p95 | × floor | queries "
        "| SQL ms | Result |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        if r.status != "ok":
            lines.append(f"| {r.title} | {r.role} | | | | | | | | | | {r.verdict} — {r.note} |")
            continue
        queries = "–" if r.queries is None else str(r.queries)
        if r.queries_live and r.queries_live != (r.queries, r.queries):
            low, high = r.queries_live
            queries += f" (live {low}–{high})" if low != high else f" (live {low})"
        lines.append(
            f"| {r.title} | {r.role} | {fmt(r.rps, 0)} | {fmt(r.p50)} | {fmt(r.p95)} | "
            f"{fmt(r.cpu_ms)} | {fmt(r.p99)} | {fmt(r.extra.get('floor_p95'))} | {fmt(r.ratio, 2)} | {queries} | "
            f"{fmt(r.sql_ms, 2)} | "
            f"**{r.verdict}** {r.verdict_text} |"
        )
    return "\n".join(lines)


def render_details(bench: Bench) -> str:
    out = []
    for r in bench.results:
        if r.target == "export" and r.status == "ok":
            e = r.extra
            out.append(
                f"- **CSV export** ({r.path}): {e['rows']:,} rows (expected "
                f"{e['expected_rows']:,}), {e['runs'][-1]['bytes'] / 1e6:.1f} MB, first byte after "
                f"{e['ttfb_ms']:.0f} ms, whole file {r.p50:.0f} ms (median of {len(e['runs'])}) = "
                f"{e['rows_per_s']:,.0f} rows/s; CPU in-process {fmt(r.cpu_ms, 0)} ms; "
                f"streams (no Content-Length): {e['streams']}; worker peak memory (VmHWM) "
                f"{e['peak_mb']:.1f} MB (fresh worker {e['baseline_mb']:.1f} MB, sampled RSS max "
                f"{e['peak_rss_sampled_mb']:.1f} MB)."
            )
        if r.target == "post" and r.status == "ok":
            e = r.extra
            out.append(
                f"- **Incident form POST**: {e['accepted']:,} incidents saved in "
                f"{bench.args.duration} s = {e['accepted_per_s']:.0f} accepted/s; status codes "
                f"{r.statuses}; errors {r.errors}; CPU per POST in-process {fmt(r.cpu_ms)} ms."
            )
    misses = [r for r in bench.results if r.extra.get("miss")]
    if misses:
        out.append(
            "- **First view after a write** (staff pages keep their rendered parts per viewer and "
            "data version, `hjo_safety/cache.py`; the table above is the steady state under "
            "load, this is the same page with the kept parts and pictures emptied, in-process, "
            "median of 5): "
            + "; ".join(
                f"{r.title} ({r.role}) CPU {fmt(r.extra['miss']['cpu_ms'])} ms, "
                f"{r.extra['miss']['queries']} queries"
                for r in misses
            )
            + "."
        )
    if bench.worker_rss_mb:
        top = max(bench.worker_rss_mb)
        out.append(
            "- **Memory per gunicorn worker after the pages** (VmRSS): "
            + ", ".join(f"{mb:.0f}" for mb in bench.worker_rss_mb)
            + f" MB; max {top:.0f} MB ≤ {P.WORKER_RSS_MB} MB: "
            + ("**PASS**" if top <= P.WORKER_RSS_MB else "**FAIL**")
            + f" (kept parts bounded at {_setting('FRAGMENT_CACHE_MAX_ENTRIES')} entries of at "
            f"most {_setting('FRAGMENT_CACHE_MAX_ENTRY_BYTES') // 1024} KB per worker)"
        )
    if bench.scale_out:
        so = bench.scale_out
        out.append(
            f"- **Scale-out** (two gunicorn instances, ports {so['ports'][0]} and "
            f"{so['ports'][1]}, one PostgreSQL): {'PASS' if so['ok'] else 'FAIL'}"
        )
        out += [f"  - {label}: {status} {'✓' if ok else '✗'}" for label, status, ok in so["steps"]]
    return "\n".join(out)


def _setting(name):
    from django.conf import settings

    return getattr(settings, name)


def mixed_limit(rate: float) -> float:
    return P.MIXED_RATIO.get(rate, P.MIXED_RATIO_OTHER)


def render_mixed(bench: Bench) -> str:
    """The mixed table: each page's p95 alone and while another organisation writes."""
    if not bench.mixed:
        return ""
    rates = [r for r in bench.mixed[0]["runs"] if r]
    head = " | ".join(f"p95 @ {r:g} write/s | × read-only" for r in rates)
    lines = [
        f"| Page | As | p95 read-only ms | {head} | writes accepted (errors) | Result |",
        "| --- | --- | ---: | " + " | ".join("---: | ---:" for _ in rates) + " | ---: | --- |",
    ]
    for row in bench.mixed:
        alone = row["runs"][0.0]["p95"]
        cells, failed = [], []
        for rate in rates:
            run = row["runs"][rate]
            ratio = run["p95"] / alone if alone and run["p95"] else None
            cells.append(f"{fmt(run['p95'] or None)} | {fmt(ratio, 2)}")
            if not run["p95"]:
                failed.append(f"{rate:g}/s: no response within the run")
            elif ratio is None or ratio > mixed_limit(rate):
                failed.append(f"{rate:g}/s: × {fmt(ratio, 2)} > {mixed_limit(rate):g}")
            if run["read_errors"] or run["write_errors"]:
                failed.append(f"{rate:g}/s: errors")
        writes = ", ".join(
            f"{row['runs'][r]['writes']} = {row['runs'][r]['write_rate']:.1f}/s "
            f"({row['runs'][r]['write_errors']})"
            for r in rates
        )
        verdict = "**FAIL** " + "; ".join(failed) if failed else "**PASS**"
        lines.append(
            f"| {row['title']} | {row['role']} | {fmt(alone)} | {' | '.join(cells)} | "
            f"{writes} | {verdict} |"
        )
    limits = ", ".join(f"≤ {mixed_limit(r):g}× at {r:g}/s" for r in rates)
    return (
        "Reads while a reporter of another organisation posts incidents (`--mixed`): each page "
        "read alone, then at each write rate, one run right after the other; targets "
        f"{limits} of the read-only p95.\n\n" + "\n".join(lines)
    )


def machine_facts(args, bench: Bench) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg = cursor.fetchone()[0]
    total = next(
        (
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        ),
        "0",
    )
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True
    ).stdout.strip()
    branch = subprocess.run(
        ["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True
    ).stdout.strip()
    return [
        f"- Date: {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Machine: {os.cpu_count()} cores ({cpu}), {int(total) / 1024 / 1024:.1f} GiB memory, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"PostgreSQL {pg}",
        f"- Code: {branch} @ {commit}",
        f"- Data: scale {bench.meta.get('scale')} = {int(bench.meta.get('incidents', 0)):,} "
        f"incidents ({bench.meta.get('week0', '')[:10]} – {bench.meta.get('week_end', '')[:10]}), "
        "50 organisations, 2,000 users, 300 places; this scale loaded and measured in "
        f"{bench.meta.get('elapsed_s', '?')} s",
        f"- Machine load average (1 min) before/after the run: {bench.load_before[0]:.1f} / "
        f"{bench.load_after[0]:.1f} (other work on the machine skews every number; compare "
        "ratios from a quiet machine)",
        *([f"- Topology: {bench.topology}"] if bench.topology else []),
        *(
            [
                "- **Kept parts off** (`--kept-off`: `FRAGMENT_CACHE_ENABLED=0`): every staff "
                "page is the miss path, rendered from the database on every request; targets "
                f"p95 ≤ {P.STAFF_RATIO:g}× the logged-in floor and CPU ≤ {P.MISS_CPU_MS:g} ms"
            ]
            if args.kept_off
            else []
        ),
        f"- Load: gunicorn {args.workers} {args.worker_class} workers"
        + (f" × {args.threads} threads" if args.threads > 1 else "")
        + f", wrk {args.connections} connections, "
        f"{args.duration} s per page after {args.warmup} s warm-up; "
        + (
            "each page's ratio is to a floor run right before it (floor p95 column): the "
            "anonymous floor for public pages, the logged-in floor for staff pages; CPU ms is "
            "in-process CPU per request (time.process_time, median of "
            f"{args.cpu_runs}), which other load on the machine does not distort"
            if args.paired_floor
            else "ratios are to the mean p95 of the floor runs first and last"
        ),
    ]


def write_results(args, bench: Bench, growth_table: str = ""):
    notes = ""
    if RESULTS.exists():
        text = RESULTS.read_text()
        if NOTES_MARKER in text:
            notes = text[text.index(NOTES_MARKER) :]
    if not notes:
        notes = (
            f"{NOTES_MARKER}\n\nBefore/after records of fixes go here; `bench.run` "
            "rewrites everything above this heading and keeps this section.\n"
        )
    parts = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py); how to read it: docs/bench.md.",
        "",
        *machine_facts(args, bench),
        "",
        render_table(bench.results),
        "",
        render_details(bench),
        "",
    ]
    mixed = render_mixed(bench)
    if mixed:
        parts += ["## While others write", "", mixed, ""]
    if growth_table:
        parts += ["## Cost growth", "", growth_table, ""]
    RESULTS.write_text("\n".join(parts) + "\n" + notes)


# --- Cost growth ----------------------------------------------------------------------------


YEAR_PICTURE_GROWTH = 1.2
YEAR_PICTURE_KEY = "situation_year"


def render_growth(runs: dict[float, list[Result]]) -> str:
    scales = list(runs)
    first, last = scales[0], scales[-1]
    header = " | ".join(f"p95 @ {s:g}" for s in scales)
    lines = [
        f"| Page | As | {header} | p95 growth (export: per row) | × floor growth | queries | Flag |",
        "| --- | --- | " + " | ".join("---:" for _ in scales) + " | ---: | ---: | --- | --- |",
    ]
    for res in runs[last]:
        by_scale = {s: next((r for r in runs[s] if r.key == res.key), None) for s in scales}
        ok = {s: r for s, r in by_scale.items() if r and r.status == "ok"}
        p95s = [ok[s].p95 if s in ok else None for s in scales]
        queries = [ok[s].queries if s in ok else None for s in scales]
        a, b = ok.get(first), ok.get(last)
        growth = b.p95 / a.p95 if a and b and a.p95 and b.p95 else None
        if growth and res.target == "export" and a.extra.get("rows") and b.extra.get("rows"):
            # Below scale 1 the export's row count grows with the data: compare per row.
            growth *= a.extra["rows"] / b.extra["rows"]
        ratio_growth = b.ratio / a.ratio if a and b and a.ratio and b.ratio else None
        flags = []
        # The target for a year's situation picture is stricter: its cost must not
        # follow the number of incidents (≤ 1.2× from the first scale to the last).
        limit = YEAR_PICTURE_GROWTH if res.key == YEAR_PICTURE_KEY else 2
        if growth and growth > limit:
            flags.append(f"**p95 grew > {limit:g}×**")
        elif growth and res.key == YEAR_PICTURE_KEY:
            flags.append(f"**PASS** ≤ {limit:g}×")
        if len({q for q in queries if q is not None}) > 1:
            flags.append("**queries grow**")
        lines.append(
            f"| {res.title} | {res.role} | "
            + " | ".join(fmt(p) for p in p95s)
            + f" | {fmt(growth, 2)} | {fmt(ratio_growth, 2)} | "
            + " → ".join("–" if q is None else str(q) for q in queries)
            + f" | {' '.join(flags) or ('ok' if a and b else 'n/a')} |"
        )
    return "\n".join(lines)


# --- Main -----------------------------------------------------------------------------------


def prepare_environment(args, static_root) -> dict:
    env = os.environ.copy()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": args.database_url,
            "DEBUG": "0",
            "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "BENCH_STATIC_ROOT": str(static_root),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(BASE_DIR),
        }
    )
    if args.kept_off:
        env["FRAGMENT_CACHE_ENABLED"] = "0"
    os.environ.update(env)
    return env


def load(args, scale):
    from django.db import connections

    connections.close_all()
    cmd = [
        sys.executable,
        "-m",
        "bench.load_data",
        f"--scale={scale}",
        f"--database-url={args.database_url}",
    ]
    subprocess.run(
        cmd,
        cwd=BASE_DIR,
        check=True,
        env=os.environ | {"DJANGO_SETTINGS_MODULE": "hjo_safety.settings"},
    )


def run_once(args, env, log_dir, scale) -> Bench:
    if not args.skip_load:
        load(args, scale)
    print(f"Benchmark at scale {scale}: {args.workers} workers, {args.duration} s per page")
    bench = Bench(args, env, log_dir)
    bench.run()
    return bench


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.01)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--connections", type=int, default=0, help="default: = workers")
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--worker-class", default="sync", help="gunicorn worker class")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads (gthread)")
    parser.add_argument("--export-runs", type=int, default=3)
    parser.add_argument(
        "--cpu-runs",
        type=int,
        default=15,
        help="in-process requests per page timed with time.process_time (0: skip)",
    )
    parser.add_argument(
        "--no-paired-floor",
        dest="paired_floor",
        action="store_false",
        help="compare with the run's mean floor instead of a floor run right before each page",
    )
    parser.add_argument("--growth", default="", help="comma list of scales, e.g. 0.01,0.1,1")
    parser.add_argument("--pages", default="", help="comma list of page keys (bench/pages.py)")
    parser.add_argument("--skip-load", action="store_true", help="reuse the loaded hjo_bench")
    parser.add_argument("--no-scale-out", action="store_true")
    parser.add_argument(
        "--topology",
        action="store_true",
        help="serve through nginx -> two gunicorn instances -> PgBouncer (bench/topology/)",
    )
    parser.add_argument(
        "--kept-off",
        action="store_true",
        help="serve with FRAGMENT_CACHE_ENABLED=0: every staff page is the miss path",
    )
    parser.add_argument(
        "--mixed",
        default="",
        help="write rates a second, e.g. 1,10: read each staff page while another "
        "organisation posts incidents at each rate",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    args = parser.parse_args(argv)
    args.connections = args.connections or args.workers
    args.pages = [p for p in args.pages.split(",") if p]
    args.mixed = [float(r) for r in args.mixed.split(",") if r]
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `apt-get install wrk` (make bench does it as root)")

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    log_dir = Path(tempfile.mkdtemp(prefix="hjo-bench-"))
    static_root = log_dir / "static"
    env = prepare_environment(args, static_root)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    import django

    django.setup()
    logging.getLogger("django.request").setLevel(logging.ERROR)  # 404s are findings, not noise
    scales = [float(s) for s in args.growth.split(",") if s] or [args.scale]
    runs: dict[float, list[Result]] = {}
    bench = None
    for scale in scales:
        scale_started = time.perf_counter()
        bench = run_once(args, env, log_dir, scale)
        bench.meta["elapsed_s"] = f"{time.perf_counter() - scale_started:.0f}"
        runs[scale] = bench.results
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        (OUT_DIR / f"run-{stamp}-scale{scale:g}.json").write_text(
            json.dumps([asdict(r) for r in bench.results], indent=1, default=str)
        )
        print()
        print(render_table(bench.results))
        print(render_details(bench))
        print(render_mixed(bench))
        print(f"Scale {scale:g}: loaded and measured in {bench.meta['elapsed_s']} s")
    growth = render_growth(runs) if len(runs) > 1 else ""
    if growth:
        print("\nCost growth\n" + growth)
    write_results(args, bench, growth)
    print(
        f"\nWrote {RESULTS.relative_to(BASE_DIR)} in {time.perf_counter() - started:.0f} s "
        f"(logs in {log_dir})"
    )
    failed = [r for r in bench.results if r.verdict == "FAIL"]
    if bench.scale_out and not bench.scale_out["ok"]:
        print("Scale-out proof FAILED")
    # A missed target is a finding to fix, not a crash of the run; --strict makes it one.
    return 1 if args.strict and (failed or not bench.scale_out.get("ok", True)) else 0


if __name__ == "__main__":
    raise SystemExit(main())
