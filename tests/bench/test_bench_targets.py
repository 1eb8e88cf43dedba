"""The bench's miss-path and mixed-run targets (issue 23): pure functions, no database."""

from types import SimpleNamespace

from bench import pages as P
from bench.run import Result, evaluate, render_mixed


def _page(key, target, p95, cpu, queries, role="reporter"):
    res = Result(key, key, role, target, p95=p95, cpu_ms=cpu, queries=queries, rps=10)
    res.extra["floor_p95"] = 10.0
    return res


def test_kept_off_holds_every_staff_page_and_picture_to_3x_and_12_ms():
    results = [
        _page("incident", "staff", 29.0, 11.0, 10),
        _page("situation_fortnight", "situation", 25.0, 12.5, 18),
        _page("situation_year", "situation", 31.0, 9.0, 19),  # + the crime statistics
    ]
    evaluate(results, kept_off=True)
    incident, fortnight, year = results
    assert incident.verdict == "PASS"
    assert fortnight.verdict == "FAIL" and f"CPU ≤ {P.MISS_CPU_MS:g} ms" in fortnight.verdict_text
    assert year.verdict == "FAIL" and "logged-in floor" in year.verdict_text
    assert "crime statistics" in year.verdict_text  # one query more is allowed, and said

    kept = [
        _page("situation_fortnight", "situation", 12, 4, 3),
        _page("situation_year", "situation", 12, 4, 4),
    ]
    evaluate(kept)
    assert "queries 4 ≠ 3" in kept[1].verdict_text  # with kept parts on the counts must be equal


def test_mixed_table_compares_each_rate_with_the_read_only_run():
    def run(p95, errors=0):
        return {
            "p95": p95,
            "rps": 10,
            "read_errors": 0,
            "writes": 5,
            "write_errors": errors,
            "write_rate": 1.0,
        }

    bench = SimpleNamespace(
        mixed=[
            {
                "key": "a",
                "title": "a",
                "role": "reporter",
                "runs": {0.0: run(100), 1.0: run(140), 10.0: run(190)},
            },
            {
                "key": "b",
                "title": "b",
                "role": "reporter",
                "runs": {0.0: run(100), 1.0: run(160), 10.0: run(150, errors=1)},
            },
        ]
    )
    table = render_mixed(bench)
    first, second = table.splitlines()[-2:]
    assert first.endswith("**PASS** |")
    assert "1/s: × 1.60 > 1.5" in second and "10/s: errors" in second
