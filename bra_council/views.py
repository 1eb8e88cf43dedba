"""Views of bra_council: the public council pages, the iCalendar feed and the staff documents.

Templates: ``bra_council/index.html`` (the council), ``meeting_detail.html`` (one published
meeting: public items, approved public minutes), ``meeting_agenda.html`` (printable agenda for
staff, internal items included) and ``meeting_minutes.html`` (full minutes for staff, where the
chair and the adjuster approve them). Models: ``CouncilMember``, ``CouncilMeeting``,
``AgendaItem``, ``Attendance``, ``Action``, ``MinutesApproval``.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from icalendar import Calendar, Event, vText

from bra_council import services
from bra_council.models import (
    Action,
    AgendaItem,
    AttendanceStatus,
    CouncilMeeting,
    CouncilMember,
    MeetingStatus,
    SignatureRole,
)
from citizen_promises.models import CitizenPromise
from hjo_safety.decorators import membership_required
from hjo_safety.permissions import get_visible_or_404, is_coordinator
from hjo_safety.public_cache import cache_public_page

PAST_MEETINGS_PER_PAGE = 10
ICS_UID_DOMAIN = "trygghet.hjo.se"


@cache_public_page
def index(request):
    """The council: purpose and tasks, current members by seat, next and past meetings."""
    now = timezone.now()
    meetings = CouncilMeeting.objects.public()
    upcoming = list(meetings.upcoming(now)[:3])
    past_page = Paginator(meetings.past(now), PAST_MEETINGS_PER_PAGE).get_page(
        request.GET.get("sida")
    )
    return TemplateResponse(
        request,
        "bra_council/index.html",
        {
            "seats": CouncilMember.objects.current().grouped_by_seat(),
            "next_meeting": upcoming[0] if upcoming else None,
            "later_meetings": upcoming[1:],
            "past_page": past_page,
        },
    )


def _meeting_items(meeting, user, *, public_only):
    """The items ``user`` may read (``user`` None: a citizen), each with its ``number``: the
    list is numbered consecutively, so a hidden internal item leaves no gap."""
    items = AgendaItem.objects.filter(meeting=meeting).visible_to(user)
    items = items.select_related("presenter_member", "presenter_organisation")
    # A promise the public may not read yet is left out of the public pages, as if unlinked.
    promises = CitizenPromise.objects.all()
    if public_only:
        promises = promises.published()
    items = list(
        items.order_by("position").prefetch_related(
            Prefetch(
                "actions",
                queryset=Action.objects.visible_to(user).select_related("responsible_organisation"),
            ),
            Prefetch("promise", queryset=promises),
        )
    )
    for number, item in enumerate(items, start=1):
        item.number = number
    return items


def _attendance(meeting):
    rows = list(meeting.attendance.select_related("member").order_by("member__name"))
    return {
        "present": [row.member for row in rows if row.status == AttendanceStatus.PRESENT],
        "apologies": [row.member for row in rows if row.status == AttendanceStatus.APOLOGIES],
    }


@cache_public_page
def meeting_detail(request, pk):
    """One meeting for citizens: shown once its agenda is published; public items only; the
    public minutes once they are approved."""
    # As a citizen sees it (user None), also for a logged-in coordinator: drafts stay hidden.
    meeting = get_visible_or_404(CouncilMeeting.objects.all(), None, pk=pk)
    items = _meeting_items(meeting, None, public_only=True)
    context = {
        "meeting": meeting,
        "plan": meeting.time_plan(items),
        "show_minutes": meeting.minutes_locked,
    }
    if meeting.minutes_locked:
        context["attendance"] = _attendance(meeting)
        context["approvals"] = list(meeting.approvals.select_related("member"))
    return TemplateResponse(request, "bra_council/meeting_detail.html", context)


@membership_required
def meeting_agenda(request, pk):
    """The printable agenda for council members and staff (A4), internal items included."""
    meeting = get_visible_or_404(CouncilMeeting.objects.all(), request.user, pk=pk)
    items = _meeting_items(meeting, request.user, public_only=False)
    plan = meeting.time_plan(items)
    total = meeting.planned_minutes_total(items)
    return TemplateResponse(
        request,
        "bra_council/meeting_agenda.html",
        {
            "meeting": meeting,
            "plan": plan,
            "total_minutes": total,
            "planned_end": meeting.starts_at + datetime.timedelta(minutes=total),
            "members": CouncilMember.objects.current(
                on=timezone.localtime(meeting.starts_at).date()
            ).select_related("organisation"),
        },
    )


@membership_required
def meeting_minutes(request, pk):
    """The full minutes for staff (internal items included) and the approval (justering)."""
    meeting = get_visible_or_404(
        CouncilMeeting.objects.filter(
            status__in=[MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED]
        ),
        request.user,
        pk=pk,
    )
    items = _meeting_items(meeting, request.user, public_only=False)
    return TemplateResponse(
        request,
        "bra_council/meeting_minutes.html",
        {
            "meeting": meeting,
            "items": items,
            "attendance": _attendance(meeting),
            "approvals": list(meeting.approvals.select_related("member", "recorded_by")),
            "corrections": list(meeting.corrections.select_related("item", "made_by")),
            "can_sign": [
                (role, SignatureRole(role).label)
                for role in services.allowed_signatures(meeting, request.user)
            ],
            "on_behalf": is_coordinator(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@membership_required
def meeting_sign(request, pk):
    """Approve the minutes as the chair or the adjuster (or record it, as a coordinator).

    Approval cannot be undone, so the minutes page's button leads here by GET, to a page that
    says so and asks for confirmation (``meeting_sign_confirm.html``; no JavaScript needed);
    its POST signs. A role the user may not give now is a 404 on that page.
    """
    meeting = get_visible_or_404(CouncilMeeting.objects.all(), request.user, pk=pk)
    role = (request.POST if request.method == "POST" else request.GET).get("role", "")
    if role not in SignatureRole.values:
        raise Http404
    if request.method == "GET":
        if role not in services.allowed_signatures(meeting, request.user):
            raise Http404
        return TemplateResponse(
            request,
            "bra_council/meeting_sign_confirm.html",
            {
                "meeting": meeting,
                "role": role,
                "role_label": SignatureRole(role).label,
                "on_behalf": is_coordinator(request.user),
            },
        )
    try:
        services.sign_minutes(meeting=meeting, role=role, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Justeringen är registrerad."))
    return redirect("bra:meeting_minutes", pk=meeting.pk)


@cache_public_page
def meetings_ics(request):
    """The published council meetings as an iCalendar feed (Outlook, Google Calendar)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Hjo kommun//Trygghet i Hjo//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Brottsförebyggande rådet i Hjo"))
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    stockholm = timezone.get_default_timezone()
    items = Prefetch("items", queryset=AgendaItem.objects.public().order_by("position"))
    for meeting in CouncilMeeting.objects.public().order_by("starts_at").prefetch_related(items):
        event = Event()
        event.add("uid", f"bra-mote-{meeting.pk}@{ICS_UID_DOMAIN}")
        event.add("dtstamp", meeting.updated_at.astimezone(datetime.UTC))
        event.add("last-modified", meeting.updated_at.astimezone(datetime.UTC))
        event.add("dtstart", meeting.starts_at.astimezone(stockholm))
        event.add("dtend", meeting.ends_at.astimezone(stockholm))
        event.add("summary", _("Brottsförebyggande rådet – rådsmöte"))
        event["location"] = vText(meeting.place)
        url = request.build_absolute_uri(reverse("bra:meeting_detail", args=[meeting.pk]))
        event.add("url", url)
        agenda = "\n".join(
            f"{number}. {item.title}" for number, item in enumerate(meeting.items.all(), start=1)
        )
        event.add("description", f"{_('Dagordning')}:\n{agenda}\n\n{url}".strip())
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="bra-moten.ics"'
    return response
