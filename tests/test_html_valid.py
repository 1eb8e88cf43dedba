"""Every public page and the main staff pages are valid HTML by the W3C validator (vnu).

The pages are rendered through the Django test client over the demo data, written to a
temporary folder and validated in one Java run (the validator takes many files; starting Java
is the slow part). A failure lists the validator's messages, page by page. Skipped, with the
reason, only where Java is missing (``make java`` installs it); a missing validator jar is a
failure, since ``npm ci`` installs it with the project.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")


@pytest.fixture
def demo(shared_demo, contact_info, est_reference_data):
    return shared_demo


def _public_paths():
    from django.urls import reverse

    from bra_council.models import CouncilMeeting
    from citizen_promises.models import CitizenPromise, Survey
    from citizen_tips.demo import demo_token

    meeting = CouncilMeeting.objects.public().past().first()
    promise = CitizenPromise.objects.published().first()
    assert meeting is not None and promise is not None, "the demo has a meeting and a promise"
    return [
        "/",
        "/bra/",
        f"/bra/moten/{meeting.pk}/",
        "/medborgarloften/",
        promise.get_absolute_url(),
        "/samverkan/",  # the cooperation agreement's summary (issue 26.4)
        "/est/",
        "/tipsa/",
        f"/tipsa/status/{demo_token('demo-tips-1')}/",  # the receipt with an answer pending
        f"/tipsa/status/{demo_token('demo-tips-3')}/",
        "/trygghet-i-siffror/",
        "/folj/",  # a citizen's e-mail subscription (issue 26)
        "/trygghetsvandring/",  # the digital safety walk (issue 26): the index and a campaign
        _campaign_path(),
        # The safety survey (issue 26): the list, an open survey's form, a closed one's results,
        # and a promise whose goal shows the survey's answer.
        "/trygghetsmatning/",
        Survey.objects.open_on().get().get_absolute_url(),
        reverse("survey:results", args=[Survey.objects.closed_on().get().slug]),
        CitizenPromise.objects.filter(goals__survey_question="safety_evening")
        .first()
        .get_absolute_url(),
        "/personuppgifter/",
        "/tillganglighet/",
        "/kontakt/",
    ]


def _campaign_path():
    from est_measures.models import WalkCampaign

    return f"/trygghetsvandring/{WalkCampaign.objects.get().pk}/"


def _staff_paths():
    from citizen_tips.models import CitizenTip
    from est_incidents.models import Incident

    new_tip = CitizenTip.objects.filter(state=CitizenTip.State.NEW, closed_at=None).first()
    incident = Incident.objects.order_by("-occurred_at").first()
    assert new_tip is not None and incident is not None
    return [
        "/personal/",
        "/personal/tips/",
        "/personal/trygghetsmatningar/",
        new_tip.get_absolute_url(),  # the moderation page with every form
        "/personal/handelser/",
        f"/personal/handelser/{incident.pk}/",
        "/personal/handelser/ny/",
        f"/personal/handelser/{incident.pk}/andra/",
        "/personal/lagesbild/",
        "/personal/granskning/",  # the audit log, tips among its rows
        "/personal/est-moten/",
        "/personal/handelser/flera/",  # issue 25: the weekly report's table
        "/personal/inget-att-rapportera/",
        "/personal/utskick/",  # the bulletins (demo: two)
        "/personal/utskick/nytt/",
        "/personal/trygghetsvandring/",
        "/personal" + _campaign_path(),  # the marks to moderate, the map, the sign-ups
    ]


def _render(client, path, folder, pages, method="get", data=None):
    response = getattr(client, method)(path, data or {})
    assert response.status_code in (200, 400), f"{path}: {response.status_code}"
    name = f"page{len(pages):02d}.html"
    (folder / name).write_bytes(response.content)
    pages[name] = f"{method.upper()} {path}"


def test_pages_are_valid_html(demo, tmp_path):
    if JAVA is None:
        pytest.skip("Java is missing: run `make java` to validate the pages' HTML (vnu).")
    assert VNU_JAR.exists(), f"The W3C validator is missing at {VNU_JAR}: run `npm ci`."
    pages: dict[str, str] = {}
    client = Client()
    for path in _public_paths():
        _render(client, path, tmp_path, pages)
    # The tip form as it comes back with errors (the error summary and the field messages).
    _render(client, "/tipsa/", tmp_path, pages, method="post", data={"kind": "lighting"})
    _render(client, "/folj/", tmp_path, pages, method="post", data={"topic": "follow_up"})
    _render(client, _campaign_path(), tmp_path, pages, method="post", data={"form": "mark"})
    # Two public pages in English (issue 26, point 5): the lang attributes and the switch back.
    from citizen_tips.demo import demo_token

    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    for path in ("/", f"/tipsa/status/{demo_token('demo-tips-1')}/"):
        _render(english, path, tmp_path, pages)
    client.force_login(get_user_model().objects.get(username="strateg"))
    for path in _staff_paths():
        _render(client, path, tmp_path, pages)
    # A receiving organisation's member reads the tip forwarded to it (demo-tips-4).
    from citizen_tips.models import CitizenTip

    forwarded = CitizenTip.objects.get(state=CitizenTip.State.FORWARDED)
    client.force_login(get_user_model().objects.get(username="bostader"))
    for path in ("/personal/tips/", forwarded.get_absolute_url()):
        _render(client, path, tmp_path, pages)

    result = subprocess.run(  # noqa: S603 - fixed arguments, our own files
        [JAVA, "-jar", str(VNU_JAR), "--errors-only", "--format", "text", *sorted(pages)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = "\n".join(
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and not line.startswith("Document checking completed")
    )
    for name, label in pages.items():
        output = output.replace(f"file:{tmp_path}/{name}", label).replace(name, label)
    assert result.returncode == 0 and not output, f"Invalid HTML:\n{output}"
