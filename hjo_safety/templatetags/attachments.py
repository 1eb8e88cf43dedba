"""``{% attachment_section obj %}``: an object's photos or papers, with the upload form for
those who may add (see hjo_safety.attachments). Placed outside kept fragments: it is read
afresh on every request (one query)."""

from django import template
from django.conf import settings

from hjo_safety import attachments
from hjo_safety.models import Attachment

register = template.Library()


@register.inclusion_tag("hjo_safety/attachment_section.html", takes_context=True)
def attachment_section(context, obj, heading_level=2):
    target = attachments.target_for_model(obj.__class__)
    user = context["request"].user
    items = list(Attachment.objects.of(obj)) if target else []
    editable = bool(target) and target.editable(user).filter(pk=obj.pk).exists()
    suffix = f"{target.slug}-{obj.pk}" if target else ""
    return {
        "target": target,
        "obj": obj,
        "items": items,
        "editable": editable,
        "is_image": target is not None and target.kind == Attachment.Kind.IMAGE,
        "form": attachments.AttachmentForm(
            kind=target.kind if target else attachments.IMAGE,
            auto_id=f"id_%s_{suffix}",
        ),
        "room": len(items) < settings.ATTACHMENT_MAX_PER_OBJECT,
        "suffix": suffix,
        "heading": f"h{heading_level}",
    }
