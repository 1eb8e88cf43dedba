"""The structure holds: the portal composes on top, the core (``hjo_safety``) sits at the bottom
and knows no app above it, apps depend one way, and no module imports one that imports it back.

The contracts are in pyproject.toml under ``[tool.importlinter]``; docs/architecture.md explains
them. Besides running them, these tests check what import-linter cannot see: that the contract
has no exceptions and lists every app, and that the core names no upper app in a string either
(an ``include("…urls")``, an ``import_module("….demo")``, a ``{% url %}`` to an upper app's page).
"""

import ast
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

ROOT = Path(__file__).resolve().parent.parent
CORE = "hjo_safety"
TOP = "portal"
# The core's settings name every app (INSTALLED_APPS, ROOT_URLCONF, context processors): that is
# what settings are for. They are read by Django, never imported by the core's code.
CORE_FILES_ALLOWED_TO_NAME_APPS = {"settings.py"}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def _contract(contract_id: str) -> dict:
    contracts = _pyproject()["tool"]["importlinter"]["contracts"]
    return next(contract for contract in contracts if contract["id"] == contract_id)


def _our_apps() -> list[str]:
    """Every installed app whose package is in this repository (the core, the apps, the portal)."""
    return [
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == ROOT
    ]


def _upper_apps() -> list[str]:
    return [name for name in _our_apps() if name != CORE]


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_layers_contract_has_no_exceptions_and_the_portal_on_top():
    layers = _contract("layers")
    assert layers.get("ignore_imports", []) == []
    assert layers["layers"][0] == TOP
    assert layers["layers"][-1] == CORE


def test_every_app_is_in_every_structure_check():
    """A new app cannot slip past the contracts, ruff's import order, vulture or bandit."""
    pyproject = _pyproject()
    importlinter = pyproject["tool"]["importlinter"]
    layered = {name.strip() for layer in _contract("layers")["layers"] for name in layer.split("|")}
    ci = (ROOT / ".ci" / "run").read_text()
    first_party = pyproject["tool"]["ruff"]["lint"]["isort"]["known-first-party"]
    vulture = next(line for line in ci.splitlines() if "bin/vulture" in line).split()
    bandit = next(line for line in ci.splitlines() if "bin/bandit" in line).split()
    for app in _our_apps():
        assert app in importlinter["root_packages"], app
        assert app in _contract("acyclic")["ancestors"], app
        assert app in layered, app
        assert app in first_party, app
        assert app in vulture, app
        assert app in bandit, app


def test_the_core_imports_no_upper_app():
    """The import graph itself, independent of how the contract is written."""
    graph = grimp.build_graph(*_our_apps(), cache_dir=None)
    upper = tuple(_upper_apps())
    arrows = sorted(
        (module, imported)
        for module in graph.find_children(CORE) | graph.find_descendants(CORE) | {CORE}
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.split(".")[0] in upper
    )
    assert arrows == []


def _core_python_files():
    for path in sorted((ROOT / CORE).rglob("*.py")):
        if path.name not in CORE_FILES_ALLOWED_TO_NAME_APPS:
            yield path


def _docstrings(tree) -> set[int]:
    nodes = [tree, *ast.walk(tree)]
    return {
        id(node.body[0].value)
        for node in nodes
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
        and isinstance(node.body[0].value.value, str)
    }


def _is_module(dotted: str) -> bool:
    try:
        return importlib.util.find_spec(dotted) is not None
    except (ImportError, ValueError):  # e.g. "est_incidents.Category.name", a model's field
        return False


def test_the_core_names_no_upper_app_module_in_a_string():
    """Strings the core's code uses (not its docstrings) name no module of an app above it:
    ``include("x.urls")``, ``import_module("x.demo")``, a dotted path to a view or a command.
    Names of other apps' models (``"app.Model.field"``) are not modules and pass."""
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, _upper_apps())) + r")(?:\.[A-Za-z_]\w*)*"
    )
    found = []
    for path in _core_python_files():
        tree = ast.parse(path.read_text(), filename=str(path))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                for match in pattern.finditer(node.value):
                    # A bare app name counts when it is the whole string ("portal" is also a
                    # word of Swedish prose); a dotted one wherever it stands.
                    named = "." in match.group() or match.group() == node.value.strip()
                    if named and _is_module(match.group()):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {match.group()}")
    assert found == []


def test_the_core_reads_no_per_user_fact_of_an_upper_app():
    """Apps above register facts read with the user (``annotate_user_with``); the app that
    registered one reads it, never the core."""
    from hjo_safety.auth_backends import USER_ANNOTATIONS

    assert USER_ANNOTATIONS, "no app registered a per-user fact: this test checks nothing"
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _core_python_files()
        for name in USER_ANNOTATIONS
        if name in path.read_text()
    ]
    assert found == []


def _view_packages(resolver, namespace=""):
    """(URL name with its namespaces, top-level package of its view) for every named URL."""
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _view_packages(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            callback = getattr(entry.callback, "view_class", entry.callback)
            yield f"{namespace}{entry.name}", callback.__module__.split(".")[0]


@pytest.mark.parametrize(
    "template", sorted((ROOT / CORE / "templates").rglob("*.html")), ids=lambda p: p.name
)
def test_the_core_templates_link_and_include_no_upper_app(template):
    """The core's own templates (the audit log, the admin's parts) link only to the core's pages
    and Django's, and include no upper app's template: menus and pages that bring the apps
    together are the portal's."""
    upper = set(_upper_apps())
    upper_url_names = {name for name, package in _view_packages(get_resolver()) if package in upper}
    text = template.read_text()
    urls = set(re.findall(r"""{%\s*url\s+["']([^"']+)["']""", text))
    included = re.findall(r"""{%\s*(?:include|extends)\s+["']([^"'/]+)/""", text)
    assert urls & upper_url_names == set()
    assert [name for name in included if name in upper] == []
