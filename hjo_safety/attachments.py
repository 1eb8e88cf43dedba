"""Photos and papers attached to the apps' objects (issue 25, point 6).

The core knows no app: each app registers the models that may carry attachments in its
``AppConfig.ready()`` with ``register(Target(...))``, saying who sees them (``visible``), who
adds and removes them (``editable``), what may be attached (photos or PDF papers) and how long
they are kept. Everything else is here and in ``attachment_views``:

- ``AttachmentForm`` checks an upload's size and type with Swedish errors and re-encodes every
  image (``reencode_image``): the pixels are drawn onto a new image and saved as JPEG, so no
  metadata survives (EXIF with GPS position, camera serial numbers, comments, ICC profiles);
  a PDF must start like one and is stored as it came.
- ``save_attachment`` and ``delete_attachment`` write through Django's storage API
  (``STORAGES["attachments"]``: a local folder by default, any store by settings); the row
  says who uploaded what when.
- Files are served only by ``attachment_views.attachment_file`` after the target's
  ``visible`` check (404 otherwise); the storage has no public URL.
- ``purge_attachments`` (the nightly job) deletes attachments past their target's retention,
  those whose object is gone, and stored files no row names.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageOps, UnidentifiedImageError

from hjo_safety.models import Attachment

IMAGE = Attachment.Kind.IMAGE
PDF = Attachment.Kind.PDF
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
# Photos are scaled down to this many pixels on their longer side (enough to see a broken
# lamp or graffiti; a phone's 12-megapixel original is mostly metadata and noise).
MAX_SIDE = 2048
# Refuse images whose decoded size would exhaust a worker (a "decompression bomb").
MAX_PIXELS = 50_000_000
JPEG_QUALITY = 82


@dataclass(frozen=True)
class Target:
    """A model whose objects may carry attachments.

    ``visible(user)`` and ``editable(user)`` return querysets of the model (the app's own
    ``visible_to``/``editable_by`` policy); ``retention`` is ``(setting name, date field)``:
    attachments of objects whose date field is older than that many months are purged, or
    None when the object's attachments are kept as long as the object (records under the
    archive plan).
    """

    slug: str
    model: type
    kind: str
    visible: Callable
    editable: Callable
    label: str
    retention: tuple[str, str] | None = None
    url: Callable | None = None  # the object's page; default get_absolute_url()

    def page_url(self, obj) -> str:
        return self.url(obj) if self.url else obj.get_absolute_url()


_TARGETS: dict[str, Target] = {}


def register(target: Target) -> None:
    _TARGETS[target.slug] = target


def targets() -> list[Target]:
    return list(_TARGETS.values())


def target_by_slug(slug: str) -> Target | None:
    return _TARGETS.get(slug)


def target_for_model(model) -> Target | None:
    concrete = model._meta.concrete_model
    return next((t for t in _TARGETS.values() if t.model._meta.concrete_model is concrete), None)


def target_for(attachment: Attachment) -> Target | None:
    model = ContentType.objects.get_for_id(attachment.content_type_id).model_class()
    return target_for_model(model) if model is not None else None


# --- Checking and re-encoding an upload --------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def reencode_image(upload) -> bytes:
    """The upload as a new JPEG without metadata, turned upright and at most ``MAX_SIDE``
    pixels on its longer side. Raises ``ValidationError`` for anything that is not a
    readable JPEG, PNG, WebP or GIF image."""
    unreadable = forms.ValidationError(
        _("Filen går inte att läsa som en bild. Välj ett foto i formatet JPEG, PNG eller WebP."),
        code="not_an_image",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in IMAGE_FORMATS:
                raise unreadable
            if image.width * image.height > MAX_PIXELS:
                raise forms.ValidationError(
                    _("Bilden har för många bildpunkter. Välj en mindre bild."),
                    code="too_many_pixels",
                )
            image.load()
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((MAX_SIDE, MAX_SIDE))
            rgba = upright.convert("RGBA")
            # Drawn onto a new image: nothing of the original's info (EXIF, XMP, ICC, comments)
            # travels with the pixels.
            clean = Image.new("RGB", rgba.size, "white")
            clean.paste(rgba, mask=rgba.getchannel("A"))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise unreadable from None
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def check_pdf(upload) -> bytes:
    upload.seek(0)
    data = upload.read()
    if not data.startswith(b"%PDF-"):
        raise forms.ValidationError(
            _("Filen är ingen PDF. Spara handlingen som PDF och välj den igen."),
            code="not_a_pdf",
        )
    return data


def checked_content(upload, kind: str) -> bytes:
    """The bytes to store for an upload of the given kind, or ``ValidationError``."""
    limit_mb = settings.ATTACHMENT_MAX_IMAGE_MB if kind == IMAGE else settings.ATTACHMENT_MAX_PDF_MB
    if upload.size > limit_mb * 1_000_000:
        raise forms.ValidationError(
            _("Filen är för stor (%(size)s MB). Välj en fil på högst %(limit)s MB.")
            % {"size": _megabytes(upload.size), "limit": limit_mb},
            code="too_large",
        )
    if upload.size == 0:
        raise forms.ValidationError(_("Filen är tom. Välj en annan fil."), code="empty")
    return reencode_image(upload) if kind == IMAGE else check_pdf(upload)


class AttachmentForm(forms.Form):
    """One file, checked and (for photos) re-encoded in ``clean_file``; ``content`` holds the
    bytes to store once the form is valid."""

    file = forms.FileField(
        label=gettext_lazy("Bild"),
        error_messages={
            "required": gettext_lazy("Välj en fil att ladda upp."),
            "empty": gettext_lazy("Filen är tom. Välj en annan fil."),
            "invalid": gettext_lazy("Välj en fil att ladda upp."),
        },
    )

    def __init__(self, *args, kind: str = IMAGE, existing: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.existing = existing
        field = self.fields["file"]
        if kind == IMAGE:
            field.label = _("Lägg till en bild")
            field.help_text = _(
                "Ansikten och registreringsskyltar får inte synas: det ansvarar du för. Välj en "
                "annan bild eller beskär den först. JPEG, PNG eller WebP, högst %(limit)s MB. "
                "Platsuppgifter och kamerans uppgifter tas bort när bilden sparas."
            ) % {"limit": settings.ATTACHMENT_MAX_IMAGE_MB}
            field.widget.attrs["accept"] = IMAGE_ACCEPT
        else:
            field.label = _("Lägg till en handling (PDF)")
            field.help_text = _(
                "Personnummer och andra uppgifter om privatpersoner får inte finnas i handlingen: "
                "det ansvarar du för. PDF, högst %(limit)s MB."
            ) % {"limit": settings.ATTACHMENT_MAX_PDF_MB}
            field.widget.attrs["accept"] = "application/pdf"
        self.content = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if self.existing >= settings.ATTACHMENT_MAX_PER_OBJECT:
            raise forms.ValidationError(
                _("Det finns redan %(count)s bilagor. Ta bort en innan du lägger till en ny.")
                % {"count": self.existing},
                code="too_many",
            )
        self.content = checked_content(upload, self.kind)
        return upload


# --- Writing -------------------------------------------------------------------------------


def save_attachment(*, obj, kind: str, content: bytes, acting_user) -> Attachment:
    """Store checked ``content`` (from ``AttachmentForm``) as an attachment of ``obj``."""
    attachment = Attachment(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        kind=kind,
        size=len(content),
        uploaded_by=acting_user if getattr(acting_user, "is_authenticated", False) else None,
    )
    attachment.file.save("upload", ContentFile(content), save=False)
    try:
        attachment.save()
    except Exception:
        attachment.file.storage.delete(attachment.file.name)
        raise
    return attachment


def delete_attachment(*, attachment: Attachment) -> None:
    """Delete the row and then its file (a file left by a failed delete is swept by
    ``purge_attachments``)."""
    name = attachment.file.name
    storage = attachment.file.storage
    attachment.delete()
    storage.delete(name)
