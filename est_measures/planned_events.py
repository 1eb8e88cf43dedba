"""Events ahead (arrangemang; issue 25, point 5): the calendar of planned events that affect
safety, its pages, its sections in the situation picture and the EST meeting, and the
participants' iCalendar feed.

Every participant (a member of any organisation) sees the events; its organisation's users and
coordinators change them (another organisation's event answers 404 to a change). The feed is
for calendar programs, which cannot log in: its address carries a signed token of the user
(``feed_token``), checked on every request against the user's memberships, so a token stops
working when the user leaves every organisation or is deactivated. The situation picture and
the meeting page show the events of the **coming fortnight** (from today, or from the meeting).
"""

import datetime
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core import signing
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from icalendar import Calendar, Event, vText

from est_incidents.models import Place
from est_measures.models import PlannedEvent
from hjo_safety import permissions
from hjo_safety.dates import DateTimeInput
from hjo_safety.decorators import membership_required
from hjo_safety.guarded_forms import PersonalDataGuardMixin
from hjo_safety.models import Organisation
from hjo_safety.widgets import ListModelChoiceField

AHEAD = timedelta(days=14)
FEED_SALT = "est_measures.planned_events.feed"
PAST_SHOWN = timedelta(days=30)


def upcoming(start_at, *, days=AHEAD):
    """The events of the fortnight from ``start_at``."""
    return list(
        PlannedEvent.objects.overlapping(start_at, start_at + days)
        .select_related("place")
        .order_by("starts_at", "pk")
    )


# --- Sections of est_incidents' pages (registered in apps.py) ----------------------------------


def situation_section(request, **_values):
    return {
        "template": "est_measures/planned_events_section.html",
        "events": SimpleLazyObject(lambda: upcoming(timezone.now())),
        "from_text": _("de kommande två veckorna"),
    }


def meeting_section(request, *, meeting, **_values):
    if meeting.is_held:
        return None
    return {
        "template": "est_measures/planned_events_section.html",
        "events": SimpleLazyObject(lambda: upcoming(max(meeting.starts_at, timezone.now()))),
        "from_text": _("de två veckorna efter mötet"),
    }


# --- The form ----------------------------------------------------------------------------------


class PlannedEventForm(PersonalDataGuardMixin, forms.ModelForm):
    class Meta:
        model = PlannedEvent
        fields = [
            "organisation",
            "title",
            "kind",
            "starts_at",
            "ends_at",
            "place",
            "place_text",
            "note",
        ]
        field_classes = {"organisation": ListModelChoiceField, "place": ListModelChoiceField}
        widgets = {
            "starts_at": DateTimeInput,
            "ends_at": DateTimeInput,
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"ends_at": gettext_lazy("Slutar (valfritt)")}
        error_messages = {
            "title": {"required": gettext_lazy("Skriv vad det är för arrangemang.")},
            "starts_at": {
                "required": gettext_lazy("Ange när arrangemanget börjar."),
                "invalid": gettext_lazy("Ange datum och tid som 2026-04-30 18:00."),
            },
            "organisation": {
                "invalid_choice": gettext_lazy("Välj en av dina egna organisationer.")
            },
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        own = Organisation.objects.of_member(user).active().order_by("name")
        if self.instance.pk is None and len(own) == 1:
            del self.fields["organisation"]
            self.instance.organisation = own[0]
        elif self.instance.pk is not None and not permissions.is_coordinator(user):
            del self.fields["organisation"]
        else:
            field = self.fields["organisation"]
            field.queryset = (
                Organisation.objects.active().order_by("name")
                if (permissions.is_coordinator(user))
                else own
            )
            field.label_from_instance = lambda org: org.name
        self.fields["place"].queryset = Place.objects.active().order_by("name")
        self.fields["place"].empty_label = _("Ingen namngiven plats")

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at < starts_at:
            self.add_error("ends_at", _("Sluttiden måste vara efter starttiden."))
        if "organisation" not in self.fields and not self.instance.organisation_id:
            raise forms.ValidationError(
                _("Du är inte med i någon aktiv organisation och kan inte lägga in arrangemang.")
            )
        return cleaned


# --- Pages -------------------------------------------------------------------------------------


def feed_token(user) -> str:
    return signing.dumps(user.pk, salt=FEED_SALT, compress=True)


@require_GET
@membership_required
def planned_event_list(request):
    """The coming events (and the last month's), with the calendar feed's address."""
    since = timezone.now() - PAST_SHOWN
    events = (
        PlannedEvent.objects.visible_to(request.user)
        .filter(Q(starts_at__gte=since) | Q(ends_at__gte=since))
        .select_related("place", "organisation")
    )
    editable = set(
        PlannedEvent.objects.editable_by(request.user)
        .filter(pk__in=[event.pk for event in events])
        .values_list("pk", flat=True)
    )
    feed = request.build_absolute_uri(
        reverse("walks:planned_events_ics", args=[feed_token(request.user)])
    )
    return TemplateResponse(
        request,
        "est_measures/planned_event_list.html",
        {"events": events, "editable": editable, "feed_url": feed, "now": timezone.now()},
    )


@require_http_methods(["GET", "POST"])
@membership_required
def planned_event_create(request):
    form = PlannedEventForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        event = form.save(commit=False)
        event.created_by = request.user
        event.save()
        messages.success(request, _("Arrangemanget är inlagt."))
        return redirect("measures:planned_event_list")
    return TemplateResponse(request, "est_measures/planned_event_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
@membership_required
def planned_event_update(request, pk):
    event = get_object_or_404(PlannedEvent.objects.editable_by(request.user), pk=pk)
    form = PlannedEventForm(request.POST or None, instance=event, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Arrangemanget är ändrat."))
        return redirect("measures:planned_event_list")
    return TemplateResponse(
        request, "est_measures/planned_event_form.html", {"form": form, "event": event}
    )


@require_POST
@membership_required
def planned_event_delete(request, pk):
    event = get_object_or_404(PlannedEvent.objects.editable_by(request.user), pk=pk)
    event.delete()
    messages.success(request, _("Arrangemanget är borttaget."))
    return redirect("measures:planned_event_list")


@require_GET
def planned_events_ics(request, token):
    """The events of the last month and ahead as an iCalendar feed, for the participant whose
    signed token the address carries (404 for a bad token or a user who is no participant)."""
    try:
        user_pk = signing.loads(token, salt=FEED_SALT)
    except signing.BadSignature as error:
        raise Http404 from error
    user = get_user_model().objects.filter(pk=user_pk, is_active=True).first()
    if user is None or not (permissions.is_coordinator(user) or permissions.organisation_ids(user)):
        raise Http404
    calendar = Calendar()
    calendar.add("prodid", "-//Hjo kommun//Trygghet i Hjo//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Arrangemang i Hjo (EST)"))
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    stockholm = timezone.get_default_timezone()
    since = timezone.now() - PAST_SHOWN
    events = (
        PlannedEvent.objects.visible_to(user)
        .filter(Q(starts_at__gte=since) | Q(ends_at__gte=since))
        .select_related("place")
    )
    for planned in events:
        event = Event()
        event.add("uid", f"arrangemang-{planned.pk}@{request.get_host()}")
        event.add("dtstamp", planned.updated_at.astimezone(datetime.UTC))
        event.add("dtstart", planned.starts_at.astimezone(stockholm))
        if planned.ends_at:
            event.add("dtend", planned.ends_at.astimezone(stockholm))
        event.add("summary", f"{planned.title} ({planned.get_kind_display()})")
        if planned.where:
            event["location"] = vText(planned.where)
        if planned.note:
            event.add("description", planned.note)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="arrangemang.ics"'
    response["Cache-Control"] = "private, no-store"
    return response
