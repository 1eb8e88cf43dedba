"""Every public page is English under the English switch (issue 26, point 5), checked on the
catalogue itself, which is exact where a page test can only sample.

The public pages are the named URLs an anonymous visitor gets a 200 for in the isolation matrix
(``tests/security/test_isolation_matrix.py``: every URL of the resolver has a row there, so a new
public page is covered without touching this file), each requested in English with the matrix's
own objects. What they render is the set of our templates they used (includes and the base
included) and the source of the views and forms behind them. Every msgid referenced from those lines must have an English msgstr that is neither empty nor
fuzzy (a fuzzy entry is not used: the page would show Swedish).

The references are taken fresh: ``make translations`` (``makemessages``) is run on a copy of the
sources with the committed ``locale/en/LC_MESSAGES/django.po``, so a new string that nobody
collected yet fails too, and the committed catalogue's ``#:`` lines may be stale.

Staff pages stay Swedish (docs/architecture.md, "Languages"), and so do the staff's account
pages that an anonymous visitor can open (the login, password and staff-mail links).
"""

import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.forms import BaseForm, BaseFormSet, ModelChoiceField
from django.urls import resolve, reverse
from django.utils import translation
from django.utils.functional import Promise

from tests.citizen_promises.factories import SurveyFactory
from tests.security.test_isolation_matrix import MATRIX, OBJECT_KINDS, world  # noqa: F401

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
# Open to anyone, but for staff: signing in, passwords, the staff's own mail settings.
STAFF_ACCOUNT_PAGES = {
    "login",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "notifications:unsubscribe",
    "notifications:set_password",
}
# Modules whose every string is shown on a public page (the public figures' tables and texts).
PUBLIC_MODULES = {"safety_statistics/public_figures.py"}


def extra_public_pages():
    """Public pages the matrix opens in another state: the survey's answer form (the matrix's
    survey has closed, so its form redirects to the results)."""
    return [reverse("survey:answer", args=[SurveyFactory().slug])]


def public_url_names():
    return sorted(
        name
        for name, spec in MATRIX.items()
        if spec.expected["anonymous"][0] == 200 and name not in STAFF_ACCOUNT_PAGES
    )


def parse_po(path: Path):
    """``[(references, flags, msgid, msgstrs)]`` of a .po file (obsolete entries left out)."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        refs, flags, fields, current = [], set(), {}, None
        for line in block.splitlines():
            if line.startswith("#~"):
                fields = {}
                break
            if line.startswith("#:"):
                refs += line[2:].split()
            elif line.startswith("#,"):
                flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                fields[current] += _unquote(line)
            else:
                current, _space, value = line.partition(" ")
                fields[current] = _unquote(value)
        if fields.get("msgid"):
            msgstrs = [value for key, value in fields.items() if key.startswith("msgstr")]
            entries.append((refs, flags, fields["msgid"], msgstrs))
    return entries


def fresh_catalogue(tmp_path: Path) -> Path:
    """The English catalogue as ``make translations`` would leave it now (on a copy)."""
    copy = tmp_path / "src"
    skip = [".venv", "node_modules", ".git", "tests", "bench", "docs", "deploy", "static", "var"]
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(*skip, "__pycache__", ".ruff_cache", "*.mo", "staticfiles"),
    )
    ignores = [arg for name in [".venv", "node_modules", "tests", "bench"] for arg in ("-i", name)]
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete", *ignores],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    return copy / "locale" / "en" / "LC_MESSAGES" / "django.po"


def _unquote(text: str) -> str:
    return text.strip()[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")


def _relative(path) -> str | None:
    try:
        relative = Path(path).resolve().relative_to(ROOT.resolve())
    except ValueError:
        return None
    return None if relative.parts[0] in {".venv", "node_modules"} else str(relative)


def _source_lines(obj) -> tuple[str, range] | None:
    obj = inspect.unwrap(obj)
    try:
        lines, first = inspect.getsourcelines(obj)
        path = _relative(inspect.getsourcefile(obj))
    except (OSError, TypeError):
        return None
    return (path, range(first, first + len(lines))) if path else None


def _forms_in(context):
    for value in [context[key] for key in context.keys()] if context else []:
        if isinstance(value, BaseForm):
            yield value
        elif isinstance(value, BaseFormSet):
            yield from value.forms or [value.empty_form]


def _swedish_texts(form, untranslated: set[str]):
    """The form's labels, help texts and choices (strings from anywhere: a model's choices, a
    verbose name) that stay Swedish in English: a lazy string that reads the same in both
    languages and holds a Swedish letter, or a text made at once that is an untranslated msgid
    (a place's name is neither: rows of a model are data)."""
    texts = []
    for field in form.fields.values():
        texts += [field.label, field.help_text]
        if not isinstance(field, ModelChoiceField):
            choices = getattr(field, "choices", [])
            texts += [label for _value, label in choices if isinstance(label, str | Promise)]
    found = []
    for text in texts:
        if not text:
            continue
        if isinstance(text, Promise):
            with translation.override("en"):
                english = str(text)
            with translation.override("sv"):
                swedish = str(text)
            stays = english == swedish and re.search("[åäöÅÄÖ]", english)
        else:
            english, stays = text, text in untranslated
        if stays:
            found.append(f"{type(form).__name__}: {english[:90]!r}")
    return found


def public_sources(client, world):  # noqa: F811
    """The templates (whole files) and the view and form source lines the public pages use."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    templates, lines, pages, form_texts = set(), set(), [], set()
    untranslated = {
        msgid
        for _refs, flags, msgid, msgstrs in parse_po(CATALOGUE)
        if "fuzzy" in flags or not all(msgstrs)
    }
    urls = [
        reverse(name, args=OBJECT_KINDS[MATRIX[name].kind](world, "A"))
        for name in public_url_names()
    ]
    for url in [*urls, *extra_public_pages()]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        pages.append(url)
        for template in response.templates:
            path = _relative(template.origin.name)
            if path:
                templates.add(path)
        forms = list(_forms_in(response.context))
        for form in forms:
            form_texts.update(_swedish_texts(form, untranslated))
        for obj in [resolve(url.split("?")[0]).func, *(type(form) for form in forms)]:
            found = _source_lines(getattr(obj, "view_class", obj))
            if found:
                lines.add((found[0], tuple(found[1])))
    return templates, lines, pages, form_texts


def _is_public(reference: str, templates, lines) -> bool:
    path, _colon, number = reference.rpartition(":")
    if path in templates or path in PUBLIC_MODULES:
        return True
    return any(path == source and int(number) in span for source, span in lines)


def test_every_string_of_a_public_page_has_english_text(client, world, tmp_path):  # noqa: F811
    catalogue = fresh_catalogue(tmp_path)
    templates, lines, pages, form_texts = public_sources(client, world)
    assert len(pages) >= 20 and "/trygghet-i-siffror/" in pages
    assert "safety_statistics/templates/safety_statistics/public_figures.html" in templates
    missing = sorted(form_texts)
    for refs, flags, msgid, msgstrs in parse_po(catalogue):
        used = [ref for ref in refs if _is_public(ref, templates, lines)]
        if used and ("fuzzy" in flags or not all(msgstrs)):
            missing.append(f"{used[0]}: {msgid[:90]!r}{' (fuzzy)' if 'fuzzy' in flags else ''}")
    assert not missing, (
        f"{len(missing)} strings of public pages have no English text in {CATALOGUE.name} "
        "(make translations, translate, make messages):\n" + "\n".join(sorted(missing))
    )


def test_the_parser_reads_the_catalogue():
    entries = parse_po(CATALOGUE)
    by_msgid = {msgid: (refs, flags, msgstrs) for refs, flags, msgid, msgstrs in entries}
    refs, _flags, msgstrs = by_msgid["Trygghet i siffror"]
    assert msgstrs == ["Safety in figures"] and any(re.search(r"\.html:\d+$", r) for r in refs)
