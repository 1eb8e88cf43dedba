"""Every free-text field of every model of our apps is guarded against personal data.

The apps are discovered (every installed app that lives in the repository), and so are their
models' text fields, their admins (with inlines) and their portal ModelForms: a new free-text
field fails this test until it is guarded, or listed with a reason in
``hjo_safety.guarded_forms.NOT_FREE_TEXT``.
"""

import importlib
import pkgutil

import pytest
from django import forms
from django.contrib import admin
from django.db import models
from django.test import RequestFactory
from django.urls import resolve

from hjo_safety.guarded_forms import (
    NOT_FREE_TEXT,
    PersonalDataGuardMixin,
    field_key,
    is_guarded,
    our_app_configs,
)

pytestmark = pytest.mark.django_db


def our_models():
    for config in our_app_configs():
        for model in config.get_models():
            if hasattr(model, "instance_type"):
                continue  # django-simple-history's historical copy of a model
            if model._meta.proxy:
                continue  # no columns of its own (the version triggers' proxies, hjo_safety/cache.py)
            yield model


def text_fields():
    """Every TextField and CharField without choices of our models, as "app.Model.field"."""
    return {
        field_key(field): field
        for model in our_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField) and not field.choices
    }


def import_all_modules():
    for config in our_app_configs():
        for info in pkgutil.walk_packages([config.path], prefix=f"{config.name}."):
            if ".migrations" in info.name or ".management" in info.name:
                continue
            importlib.import_module(info.name)


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_subclasses(sub)


def test_the_apps_are_discovered():
    names = {config.name for config in our_app_configs()}
    assert {"hjo_safety", "est_incidents", "bra_council", "citizen_promises"} <= names
    assert "django.contrib.auth" not in names


def test_the_allow_list_names_existing_fields_only():
    assert NOT_FREE_TEXT <= set(text_fields())


def test_every_free_text_field_is_guarded_in_every_form(coordinator):
    import_all_modules()
    request = RequestFactory().get("/admin/")
    request.user = coordinator
    request.resolver_match = resolve("/admin/")
    guarded, unguarded = set(), set()

    def check(form_class, model):
        form = form_class()
        for name, formfield in form.fields.items():
            try:
                key = field_key(model._meta.get_field(name))
            except Exception:
                continue
            if key in NOT_FREE_TEXT or key not in fields:
                continue
            (guarded if is_guarded(formfield) else unguarded).add(f"{key} ({form_class!r})")
            if is_guarded(formfield):
                guarded.add(key)

    fields = text_fields()
    our_names = {config.name for config in our_app_configs()}
    our_labels = {config.label for config in our_app_configs()}
    registry = {
        model: model_admin
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in our_labels
    }
    for model, model_admin in registry.items():
        check(model_admin.get_form(request), model)
    # Every inline class of our modules (some are only shown in one state of their parent).
    for inline_class in all_subclasses(admin.options.InlineModelAdmin):
        if inline_class.__module__.split(".")[0] not in our_names or inline_class.model is None:
            continue
        for parent in registry:
            try:
                formset = inline_class(parent, admin.site).get_formset(request)
            except ValueError:
                continue  # not an inline of this model
            check(formset.form, inline_class.model)
            break
        else:
            raise AssertionError(f"{inline_class!r}: no parent admin found")

    # Portal ModelForms (not the admins' own form classes, which the admin builds on above).
    for form_class in all_subclasses(forms.ModelForm):
        module = form_class.__module__
        if module.split(".")[0] not in our_names:
            continue
        if module.endswith("admin") or not getattr(form_class._meta, "model", None):
            continue
        model = form_class._meta.model
        free = [
            name
            for name in form_class.base_fields
            if f"{model._meta.label}.{name}" in fields
            and f"{model._meta.label}.{name}" not in NOT_FREE_TEXT
        ]
        for name in free:
            key = f"{model._meta.label}.{name}"
            if issubclass(form_class, PersonalDataGuardMixin):
                guarded.add(key)
            else:
                unguarded.add(f"{key} ({form_class!r})")

    # Plain forms that write one model field each (the share's note, the receiver's note).
    from citizen_promises.survey_forms import SurveyAnswerForm
    from citizen_tips.forms import CloseForm
    from est_incidents.sharing_forms import HandlingForm, ShareForm

    for key, formfield in (
        ("est_incidents.IncidentShare.note", ShareForm.base_fields["note"]),
        ("est_incidents.ShareHandlingNote.text", HandlingForm.base_fields["note"]),
        ("citizen_promises.SurveyResponse.help_other", SurveyAnswerForm.base_fields["help_other"]),
        ("citizen_tips.CitizenTip.closing_note", CloseForm.base_fields["closing_note"]),
    ):
        (guarded if is_guarded(formfield) else unguarded).add(key)

    free_text = set(fields) - NOT_FREE_TEXT
    assert not unguarded, f"free text without the personal-data guard: {sorted(unguarded)}"
    missing = free_text - guarded
    assert not missing, (
        f"free-text fields in no guarded form: {sorted(missing)} – guard them (admin or "
        "PersonalDataGuardMixin) or list them with a reason in NOT_FREE_TEXT"
    )
