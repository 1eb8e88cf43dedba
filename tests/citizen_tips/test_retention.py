"""The retention purge of citizens' tips and the retry of answer mails."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from citizen_tips import services
from citizen_tips.models import CitizenTip
from tests.citizen_tips.factories import CitizenTipFactory

pytestmark = pytest.mark.django_db


def purge(*args):
    out = StringIO()
    call_command("purge_citizen_tips", *args, stdout=out)
    return out.getvalue()


def test_old_tips_lose_text_and_address_in_the_tip_and_its_history(coordinator, settings):
    settings.TIP_TEXT_RETENTION_MONTHS = 12
    old = CitizenTipFactory(
        created_at=timezone.now() - timedelta(days=400),
        email="gammal@example.se",
        text="Mörkt vid gamla macken.",
    )
    services.answer_tip(tip=old, answer="Vi tittar på det.", close=False, acting_user=coordinator)
    recent = CitizenTipFactory(text="Mörkt vid nya macken.", email="ny@example.se")

    dry = purge("--dry-run")
    assert "Provkörning: 1 tips" in dry
    assert CitizenTip.objects.get(pk=old.pk).text == "Mörkt vid gamla macken."

    assert "Gallrade 1 tips" in purge()
    old.refresh_from_db()
    assert old.text == old.answer == old.place_description == old.email == ""
    assert old.text_purged_at is not None
    assert old.kind == CitizenTip.Kind.LIGHTING  # it still counts
    assert not old.history.exclude(text="").exists()
    assert not old.history.exclude(answer="").exists()
    recent.refresh_from_db()
    assert recent.text == "Mörkt vid nya macken." and recent.email == "ny@example.se"
    assert "Gallrade 0 tips" in purge()  # idempotent


def test_the_age_can_be_given_in_days_and_is_checked():
    CitizenTipFactory(created_at=timezone.now() - timedelta(days=40))
    assert "Gallrade 1 tips" in purge("--older-than", "30d")
    with pytest.raises(CommandError, match="ange antal månader eller dagar"):
        purge("--older-than", "ett år")


def test_closed_tips_with_a_mailed_answer_lose_the_address(coordinator):
    tip = CitizenTipFactory(email="kvar@example.se")
    CitizenTip.objects.filter(pk=tip.pk).update(
        closed_at=timezone.now(), answer="Svar", answer_mailed_at=timezone.now()
    )
    pending = CitizenTipFactory(email="vantar@example.se")
    CitizenTip.objects.filter(pk=pending.pk).update(closed_at=timezone.now(), answer="Svar")
    assert "och 1 e-postadresser i avslutade tips" in purge()
    assert CitizenTip.objects.get(pk=tip.pk).email == ""
    assert CitizenTip.objects.get(pk=pending.pk).email == "vantar@example.se"

    out = StringIO()
    call_command("send_tip_answers", stdout=out)
    assert "Skickade 1 svar; 0 misslyckades." in out.getvalue()
    assert mail.outbox[0].to == ["vantar@example.se"]
    assert CitizenTip.objects.get(pk=pending.pk).email == ""
