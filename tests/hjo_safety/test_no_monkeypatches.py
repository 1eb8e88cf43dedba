"""Other people's code is changed by subclassing or the hooks it offers, never by assigning into
its modules (issue 22, point 3). What the two former patches did still holds: every admin form
field has an accessible name, and django-simple-history's manager class is built once."""

import inspect
import re
import sys
import sysconfig
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.utils.text import camel_case_to_spaces

from hjo_safety.admin_labels import AccessibleNamesInlineMixin, AccessibleNamesMixin
from hjo_safety.history import HistoryManager

pytestmark = pytest.mark.django_db


def first_party_packages():
    """Our apps: under the project's folder, but not installed packages (CI's virtualenv lives
    inside the clone, so its site-packages is under the project's folder too)."""
    base = Path(settings.BASE_DIR).resolve()
    installed = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
    packages = {"tests"}
    for config in apps.get_app_configs():
        parents = Path(config.path).resolve().parents
        if base in parents and not installed & set(parents):
            packages.add(config.name.split(".")[0])
    return packages


def _functions(namespace):
    for name, value in list(namespace.items()):
        if isinstance(value, (classmethod, staticmethod)):
            value = value.__func__
        elif isinstance(value, property):
            value = value.fget
        if inspect.isfunction(value):
            yield name, value


def test_no_function_of_ours_sits_in_another_librarys_module_or_class():
    ours = first_party_packages()
    assert {"hjo_safety", "est_measures", "notifications"} <= ours
    patched = []
    for module_name, module in list(sys.modules.items()):
        if module is None or module_name.split(".")[0] in ours:
            continue
        namespace = getattr(module, "__dict__", {})
        for name, function in _functions(namespace):
            if function.__module__ and function.__module__.split(".")[0] in ours:
                patched.append(f"{module_name}.{name} = {function.__module__}.{function.__name__}")
        for cls in list(namespace.values()):
            if not inspect.isclass(cls) or cls.__module__ != module_name:
                continue
            for name, function in _functions(vars(cls)):
                if function.__module__ and function.__module__.split(".")[0] in ours:
                    patched.append(f"{module_name}.{cls.__name__}.{name} = {function.__module__}")
    assert not patched, "subclass or use the library's hooks instead of:\n" + "\n".join(patched)


def test_every_admin_and_inline_gives_its_fields_accessible_names():
    missing = []
    for model_admin in admin.site._registry.values():
        if not isinstance(model_admin, AccessibleNamesMixin):
            missing.append(type(model_admin).__name__)
        for inline in model_admin.inlines:
            if not issubclass(inline, AccessibleNamesInlineMixin):
                missing.append(inline.__name__)
    assert not missing, f"add hjo_safety.admin_labels' mixins to: {sorted(set(missing))}"


def test_admin_form_fields_have_their_labels_as_names(client, coordinator):
    """The meeting form: a split date/time field names both inputs, inline rows and their
    "Radera" boxes are named, and a column header shortened by the form keeps the full name."""
    from tests.bra_council.factories import AgendaItemFactory

    item = AgendaItemFactory()
    client.force_login(coordinator)
    html = client.get(f"/admin/bra_council/councilmeeting/{item.meeting_id}/change/").content
    html = html.decode()
    assert 'aria-label="Börjar – datum"' in html and 'aria-label="Börjar – tid"' in html
    assert 'name="items-0-DELETE" aria-label="Radera"' in html
    # The inline's column header reads "Nr"; the field keeps its full name.
    assert re.search(r'name="items-0-position"[^>]* aria-label="Ordning"', html)
    assert re.search(r'name="items-__prefix__-title"[^>]* aria-label="Rubrik"', html)


def test_every_history_manager_class_is_built_once():
    models = [
        model
        for model in apps.get_models()
        if getattr(model._meta, "simple_history_manager_attribute", None)
    ]
    assert len(models) >= 20
    for model in models:
        attribute = model._meta.simple_history_manager_attribute
        descriptor = model.__dict__[attribute]
        assert issubclass(descriptor.manager_class, HistoryManager), (
            f"{model._meta.label}: use hjo_safety.history.HistoricalRecords"
        )
        first, second = getattr(model, attribute), getattr(model, attribute)
        assert type(first) is type(second), model._meta.label
        assert first is not second


def test_no_app_model_or_field_name_is_assigned_at_start_up():
    """What every app config, model and field is called is what its class declares: another
    library's names are changed by subclassing its app config or through the admin's hooks
    (hjo_safety.third_party_apps, hjo_safety.admin_names), never by assigning into them."""
    assigned = []
    for config in apps.get_app_configs():
        declared = getattr(type(config), "verbose_name", config.label.title())
        if str(config.verbose_name) != str(declared):
            assigned.append(f"app {config.label}: {config.verbose_name!r}, declared {declared!r}")
        for model in config.get_models():
            opts = model._meta
            singular = opts.original_attrs.get(
                "verbose_name", camel_case_to_spaces(opts.object_name)
            )
            plural = opts.original_attrs.get("verbose_name_plural", f"{singular}s")
            for actual, expected in [
                (opts.verbose_name, singular),
                (opts.verbose_name_plural, plural),
            ]:
                if str(actual) != str(expected):
                    assigned.append(f"model {opts.label}: {actual!r}, declared {expected!r}")
            for field in opts.get_fields():
                if not hasattr(field, "_verbose_name"):
                    continue  # a reverse relation or a generic foreign key: no name of its own
                expected = field._verbose_name or field.name.replace("_", " ")
                if str(field.verbose_name) != str(expected):
                    assigned.append(f"field {opts.label}.{field.name}: {field.verbose_name!r}")
    assert not assigned, "subclass or use the admin's hooks instead of:\n" + "\n".join(assigned)


def test_the_third_party_app_configs_subclass_the_packages_own():
    """Their ready() still runs, the labels (tables, migrations) are the packages'."""
    from axes.apps import AppConfig as AxesAppConfig
    from django_otp.plugins.otp_static.apps import DefaultConfig as StaticConfig
    from django_otp.plugins.otp_totp.apps import DefaultConfig as TOTPConfig

    axes_config = apps.get_app_config("axes")
    assert isinstance(axes_config, AxesAppConfig)
    assert type(axes_config).initialized  # set by django-axes' ready()
    assert isinstance(apps.get_app_config("otp_totp"), TOTPConfig)
    assert isinstance(apps.get_app_config("otp_static"), StaticConfig)
