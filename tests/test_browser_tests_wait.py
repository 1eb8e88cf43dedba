"""Browser tests read the page through Playwright's waiting assertions, never a snapshot.

``assert locator.is_visible()`` and ``assert locator.inner_text() == …`` read the page once, at
once: right after a click they read the page being left, and fail (or pass) by the speed of the
machine. CI failed on three such reads in one run. This test reads every test module and fails
on a new one: write ``expect(locator).to_be_visible()`` / ``.to_have_text(…)``, which wait
(Playwright's web-first assertions), or wait for the next page first (``wait_for_url``,
``expect_navigation``)."""

import ast
from itertools import pairwise
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ACTIONS = {"click", "dblclick", "press", "tap", "check", "uncheck", "select_option", "submit"}


def calls(node, names):
    return [
        n
        for n in ast.walk(node)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in names
    ]


def snapshot_reads(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            test = node.test.operand if isinstance(node.test, ast.UnaryOp) else node.test
            if isinstance(test, ast.Compare):
                test = test.left
            if calls(test, {"is_visible"}) or (
                isinstance(test, ast.Call)
                and isinstance(test.func, ast.Attribute)
                and test.func.attr == "inner_text"
            ):
                yield node.lineno, "a snapshot of the page in an assert"
        for body in (getattr(node, field, None) for field in ("body", "orelse", "finalbody")):
            if not isinstance(body, list):
                continue
            for action, following in pairwise(body):
                acted = isinstance(action, ast.Expr) and calls(action, ACTIONS)
                if acted and isinstance(following, ast.Assert) and calls(following, {"content"}):
                    yield following.lineno, "page.content() read right after an action"


def test_browser_tests_wait_for_the_page():
    found = []
    for path in sorted(TESTS.rglob("test_*.py")):
        source = path.read_text()
        if "page" not in source or path == Path(__file__):
            continue
        for line, what in snapshot_reads(ast.parse(source)):
            found.append(f"{path.relative_to(TESTS)}:{line}: {what}")
    assert not found, "Use Playwright's expect(…), which waits:\n" + "\n".join(found)
