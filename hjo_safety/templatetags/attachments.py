"""``{% attachment_section obj %}``: an object's photos or papers, with the upload form for
those who may add (see hjo_safety.attachments). Placed outside kept fragments: it is read
afresh on every request. ``among=objects`` (a page listing several objects of one kind, e.g.
a walk's findings) reads them all at once: two queries for the page, not two per object."""

from collections import defaultdict

from django import template
from django.conf import settings

from hjo_safety import attachments
from hjo_safety.models import Attachment

register = template.Library()


def _batch(request, target, objects):
    """``({object id: [attachments]}, {ids the user may change})``, once per request."""
    ids = tuple(obj.pk for obj in objects)
    batches = request.__dict__.setdefault("_attachment_batches", {})
    key = (target.slug, ids)
    if key not in batches:
        found = defaultdict(list)
        # The content type joined rather than looked up: a page reads the same tables whether
        # Django's per-process content-type cache is warm or not (test_cache_coverage).
        meta = target.model._meta
        for attachment in Attachment.objects.filter(
            content_type__app_label=meta.app_label,
            content_type__model=meta.model_name,
            object_id__in=ids,
        ):
            found[attachment.object_id].append(attachment)
        editable = set(
            target.editable(request.user).filter(pk__in=ids).values_list("pk", flat=True)
        )
        batches[key] = (found, editable)
    return batches[key]


@register.inclusion_tag("hjo_safety/attachment_section.html", takes_context=True)
def attachment_section(context, obj, heading_level=2, among=None):
    target = attachments.target_for_model(obj.__class__)
    if target is None:
        return {"target": None}
    found, editable = _batch(context["request"], target, list(among) if among else [obj])
    items = found.get(obj.pk, [])
    suffix = f"{target.slug}-{obj.pk}"
    return {
        "target": target,
        "obj": obj,
        "items": items,
        "editable": obj.pk in editable,
        "is_image": target.kind == Attachment.Kind.IMAGE,
        "form": attachments.AttachmentForm(kind=target.kind, auto_id=f"id_%s_{suffix}"),
        "room": len(items) < settings.ATTACHMENT_MAX_PER_OBJECT,
        "suffix": suffix,
        "heading": f"h{heading_level}",
    }
