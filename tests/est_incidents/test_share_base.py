"""Every kind of share has the same shape (issue 22, point 5): one abstract base, ``Share``."""

from django.apps import apps

from est_incidents.models import Share


def test_every_share_model_is_a_share():
    shares = [
        model
        for model in apps.get_models()
        if model.__name__.endswith("Share") and not model.__name__.startswith("Historical")
    ]
    assert {model._meta.label for model in shares} == {
        "est_incidents.IncidentShare",
        "est_measures.FindingShare",
    }
    for model in shares:
        assert issubclass(model, Share), model._meta.label
        for name in ("organisation", "note", "shared_by", "shared_at"):
            model._meta.get_field(name)
        assert model._meta.ordering == ["-shared_at", "-pk"]
