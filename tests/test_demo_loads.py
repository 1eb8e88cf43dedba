"""The demo data is loaded once per run for the tests that read it (``shared_demo``,
tests/conftest.py), not by each test module: a load costs ~25 s of CPU, and the suite must run in
minutes (issue 22). This test reads every test module and fails on a new ``seed_demo`` call
outside the shared fixture and the browser tests (which run on a flushed database of their own
and load the demo after the flush). Seeding again on top of the shared demo goes through
``shared_demo.seed_again`` (the clock held at the moment of the load)."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ALLOWED = {TESTS / "conftest.py"}


def seed_demo_calls(tree):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", None)) == "call_command"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "seed_demo"
        ):
            yield node.lineno


def test_only_the_shared_fixture_and_browser_tests_load_the_demo():
    found = [
        f"{path.relative_to(TESTS)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        if path not in ALLOWED and "browser" not in path.parts
        for line in seed_demo_calls(ast.parse(path.read_text()))
    ]
    assert not found, "Ask for the shared_demo fixture instead:\n" + "\n".join(found)
