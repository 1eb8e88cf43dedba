"""Demo photos and papers (issue 25): a few drawn photos on recent graffiti incidents of Teknik, on the
demo safety walk's findings and on a citizen's tip, and a PDF paper for the next EST meeting
and the next council meeting. Loaded last by ``seed_demo`` (it reads every app's demo rows);
the images are drawn here (no real photos of real people or places), the papers rendered by
WeasyPrint. Idempotent: each attachment has a fixed id."""

import io
import uuid

from django.contrib.auth import get_user_model
from django.utils import timezone
from PIL import Image, ImageDraw

from bra_council.models import CouncilMeeting
from citizen_tips.models import CitizenTip
from est_incidents.models import EstMeeting, Incident
from est_measures.demo import WALK_AREA
from est_measures.models import SafetyWalkFinding
from hjo_safety.attachments import IMAGE, PDF, reencode_image, save_attachment
from hjo_safety.models import Attachment

NAMESPACE = uuid.UUID("7c1f3a52-25b6-4e0a-9d3e-0f7f1b3c2d25")


def demo_id(name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, name)


def drawn_photo(seed: int, *, night: bool = False) -> bytes:
    """A simple drawn scene: a wall with paint marks, or a dark path with one lamp."""
    image = Image.new("RGB", (960, 720), (30, 34, 48) if night else (170, 170, 165))
    draw = ImageDraw.Draw(image)
    if night:
        draw.rectangle([0, 520, 960, 720], fill=(60, 60, 64))
        draw.rectangle([660, 140, 676, 540], fill=(90, 90, 95))
        draw.ellipse([630, 100, 706, 160], fill=(80, 80, 70))  # the lamp that does not light
    else:
        draw.rectangle([0, 560, 960, 720], fill=(110, 105, 95))
        colours = [(200, 30, 40), (30, 90, 200), (20, 150, 70)]
        for stroke in range(6):
            x = 120 + (seed * 97 + stroke * 131) % 640
            y = 160 + (seed * 53 + stroke * 71) % 300
            draw.line([x, y, x + 180, y + 40 - stroke * 15], fill=colours[stroke % 3], width=18)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    out.seek(0)
    return reencode_image(out)


def paper(title: str, lines: list[str]) -> bytes:
    from weasyprint import HTML

    body = "".join(f"<p>{line}</p>" for line in lines)
    return HTML(string=f"<html lang='sv'><h1>{title}</h1>{body}</html>").write_pdf()


def _attach(name, obj, kind, content, user):
    if obj is None or Attachment.objects.filter(public_id=demo_id(name)).exists():
        return
    attachment = save_attachment(obj=obj, kind=kind, content=content, acting_user=user)
    Attachment.objects.filter(pk=attachment.pk).update(public_id=demo_id(name))


def seed(*, command, verbosity=1):
    users = get_user_model().objects
    fritid = users.filter(username="fritid").first()
    strateg = users.filter(username="strateg").first()
    incidents = Incident.objects.filter(category__name="Klotter", organisation__short_name="Teknik")
    for index, incident in enumerate(incidents.order_by("-occurred_at")[:3]):
        _attach(f"incident-{index}", incident, IMAGE, drawn_photo(index), incident.reported_by)
    findings = SafetyWalkFinding.objects.filter(walk__area=WALK_AREA).order_by("pk")
    for index, finding in enumerate(findings[:2]):
        _attach(f"finding-{index}", finding, IMAGE, drawn_photo(10 + index, night=True), fritid)
    _attach(
        "tip-0", CitizenTip.objects.order_by("pk").first(), IMAGE, drawn_photo(20, night=True), None
    )
    now = timezone.now()
    meeting = EstMeeting.objects.filter(starts_at__gte=now).order_by("starts_at").first()
    if meeting is not None and not Attachment.objects.filter(public_id=demo_id("est-0")).exists():
        content = paper(
            "Underlag till EST-mötet",
            [
                "Helgens läge i Hamnen.",
                "Belysningen på Strandpromenaden: status.",
                "Valborg: planering.",
            ],
        )
        _attach("est-0", meeting, PDF, content, strateg)
    council = CouncilMeeting.objects.upcoming(now).first()
    if (
        council is not None
        and not Attachment.objects.filter(public_id=demo_id("council-0")).exists()
    ):
        content = paper(
            "Handling till rådsmötet",
            ["Lägesbilden sedan förra mötet.", "Förslag: uppföljning av medborgarlöftet."],
        )
        _attach("council-0", council, PDF, content, strateg)
    if verbosity > 1:
        command.stdout.write(f"Demo attachments: {Attachment.objects.count()}")


def reset(*, command, verbosity=1):
    from hjo_safety.attachments import delete_attachment

    names = [f"incident-{i}" for i in range(3)] + [
        "finding-0",
        "finding-1",
        "tip-0",
        "est-0",
        "council-0",
    ]
    for attachment in Attachment.objects.filter(public_id__in=[demo_id(n) for n in names]):
        delete_attachment(attachment=attachment)
