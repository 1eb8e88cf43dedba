"""CPU per request of every staff page on the miss path, in-process, and where it goes.

The staff pages of ``bench/pages.py``, asked as ``bench.run`` asks them (the same sessions and
reference values), with the kept parts off (``FRAGMENT_CACHE_ENABLED=0``) and the production
settings (``DEBUG=0``), through Django's test client against a database that ``bench.load_data``
loaded. No gunicorn, no wrk: only this process's CPU (``time.process_time``, median of
``--runs``), which other load on a shared machine does not distort the way it distorts latency.

    python -m bench.miss_cpu --database-url postgres://…/hjo_bench            # the table
    python -m bench.miss_cpu --pages map --profile /tmp/prof                  # + cProfile dumps
    python -m bench.miss_cpu --pages map --top 30                             # + the top callees
"""

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace


def setup(database_url: str, static_root: str) -> None:
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": database_url,
            "DEBUG": "0",
            "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "WARNING",
            "FRAGMENT_CACHE_ENABLED": "0",
            "BENCH_STATIC_ROOT": static_root,
        }
    )
    import django

    django.setup()
    if not (Path(static_root) / "staticfiles.json").exists():  # the manifest pages link through
        from django.core.management import call_command

        call_command("collectstatic", interactive=False, verbosity=0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hjo_bench"
        ),
    )
    parser.add_argument(
        "--static-root",
        default="/tmp/hjo-bench-static",  # noqa: S108 — collected once, reused
        help="collectstatic's folder (collected when it has no manifest)",
    )
    parser.add_argument("--pages", default="", help="comma list of page keys (bench/pages.py)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", default="", help="folder for a cProfile dump per page")
    parser.add_argument("--top", type=int, default=0, help="print the top N functions (cumulative)")
    args = parser.parse_args(argv)
    setup(args.database_url, args.static_root)

    from django.conf import settings
    from django.test import Client

    from bench import pages as P
    from bench.run import Bench
    from hjo_safety import cache

    assert not cache.keeps(), "kept parts must be off"
    bench = Bench(SimpleNamespace(), {}, "/tmp")  # noqa: S108 — unused log folder
    bench.prepare()
    wanted = {k for k in args.pages.split(",") if k}
    selected = [
        p
        for p in P.PAGES
        if p.target in ("staff", "situation", "info") and (not wanted or p.key in wanted)
    ]
    rows = []
    for page in selected:
        path = page.path.format_map(bench.ref)
        client = Client(HTTP_HOST="127.0.0.1")
        if page.role != "anonymous":
            client.cookies[settings.SESSION_COOKIE_NAME] = bench.sessions[page.role]
        response = client.get(path)  # warm: the process's own caches, as a worker has them
        if response.status_code != 200:
            rows.append((page, path, None, response.status_code))
            continue
        times = []
        for _ in range(args.runs):
            started = time.process_time()
            client.get(path)
            times.append((time.process_time() - started) * 1000)
        # Python function calls of one request (cProfile): a count that other load on the
        # machine does not move at all, to compare two versions of the code.
        counter = cProfile.Profile(time.process_time)
        counter.enable()
        client.get(path)
        counter.disable()
        calls = pstats.Stats(counter).total_calls
        rows.append((page, path, (statistics.median(times), min(times), calls), 200))
        if args.profile or args.top:
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _ in range(5):
                client.get(path)
            profiler.disable()
            if args.profile:
                Path(args.profile).mkdir(parents=True, exist_ok=True)
                profiler.dump_stats(Path(args.profile) / f"{page.key}.prof")
            if args.top:
                print(f"\n=== {page.key} {path} (5 requests)")
                pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(
                    args.top
                )
    print(
        "\n| Page | As | CPU ms (median) | CPU ms (min) | Python calls |\n"
        "| --- | --- | ---: | ---: | ---: |"
    )
    for page, _path, ms, status in rows:
        shown = (
            f"{ms[0]:.1f} | {ms[1]:.1f} | {ms[2]:,}" if ms is not None else f"answers {status} | | "
        )
        print(f"| {page.title.format_map(bench.ref)} | {page.role} | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
