"""The only ways to an attached photo or paper: add one, read one, remove one.

Each asks the attachment's target (``hjo_safety.attachments.Target``, registered by the app
that owns the model) whether the user may see the object (else 404, as for the object
itself) or change it (else 403 when the object is visible). The file is read through the
storage API and sent with headers that keep it private and inert.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from hjo_safety import attachments
from hjo_safety.decorators import membership_required
from hjo_safety.models import Attachment


def _target_and_object(user, slug, pk):
    target = attachments.target_by_slug(slug)
    if target is None:
        raise Http404
    obj = get_object_or_404(target.visible(user), pk=pk)
    return target, obj


def _editable(target, user, obj) -> bool:
    return target.editable(user).filter(pk=obj.pk).exists()


@require_http_methods(["GET", "POST"])
@membership_required
def attachment_add(request, slug, pk):
    """Add a photo or paper to an object; the object's page carries the same form, and errors
    are shown here (a page of its own, so the form works without JavaScript)."""
    target, obj = _target_and_object(request.user, slug, pk)
    if not _editable(target, request.user, obj):
        raise PermissionDenied
    existing = Attachment.objects.of(obj).count()
    form = _form(target, existing, request)
    if request.method == "POST" and form.is_valid():
        attachments.save_attachment(
            obj=obj, kind=target.kind, content=form.content, acting_user=request.user
        )
        messages.success(
            request,
            _("Bilden är sparad.")
            if target.kind == Attachment.Kind.IMAGE
            else _("Handlingen är sparad."),
        )
        return redirect(f"{target.page_url(obj)}#bilagor-{target.slug}-{obj.pk}")
    return TemplateResponse(
        request,
        "hjo_safety/attachment_add.html",
        {
            "form": form,
            "target": target,
            "object": obj,
            "is_image": target.kind == Attachment.Kind.IMAGE,
            "back_url": target.page_url(obj),
        },
        status=400 if request.method == "POST" else 200,
    )


def _form(target, existing, request):
    data = (request.POST, request.FILES) if request.method == "POST" else ()
    return attachments.AttachmentForm(*data, kind=target.kind, existing=existing)


def _visible_attachment(user, public_id):
    attachment = Attachment.objects.filter(public_id=public_id).first()
    if attachment is None:
        raise Http404
    target = attachments.target_for(attachment)
    if target is None or not target.visible(user).filter(pk=attachment.object_id).exists():
        raise Http404
    return attachment, target


@require_http_methods(["GET", "HEAD"])
@membership_required
def attachment_file(request, public_id):
    """The file, for whoever may see its object; 404 for everyone else."""
    attachment, _target = _visible_attachment(request.user, public_id)
    try:
        handle = attachment.file.storage.open(attachment.file.name, "rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    is_pdf = attachment.kind == Attachment.Kind.PDF
    response = FileResponse(
        handle,
        content_type="application/pdf" if is_pdf else "image/jpeg",
        as_attachment=is_pdf,
        filename=attachment.filename,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_POST
@membership_required
def attachment_delete(request, public_id):
    """Remove an attachment (the object's organisations and the coordinator)."""
    attachment, target = _visible_attachment(request.user, public_id)
    obj = target.model._default_manager.get(pk=attachment.object_id)
    if not _editable(target, request.user, obj):
        raise PermissionDenied
    attachments.delete_attachment(attachment=attachment)
    messages.success(request, _("Bilagan är borttagen."))
    return redirect(f"{target.page_url(obj)}#bilagor-{target.slug}-{obj.pk}")
