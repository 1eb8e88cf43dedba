"""Views of the incident registry: list, log, read, correct, export as CSV, and the map.

Every query starts from ``Incident.objects.visible_to(request.user)``; what a user may do with an
incident is asked of ``hjo_safety.permissions``;
another organisation's incident answers 404. Templates: ``est_incidents/incident_*.html``.
The CSV format of the export is in ``est_incidents/export.py``.
"""

import functools
import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, connection, transaction
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from est_incidents import counts, csv_copy, extensions, policy, same_event, services
from est_incidents.export import CSV_HEADER, csv_lines
from est_incidents.filters import export_description, filtered_incidents
from est_incidents.form_stash import pop_stashed_form, stash_post_of_expired_session
from est_incidents.forms import IncidentForm
from est_incidents.maps import map_settings, nearest_place, places_for_map
from est_incidents.models import EstMeeting, Incident, IncidentShare, ShareHandlingNote
from est_incidents.pagination import COUNT_CAP, keyset_page
from est_incidents.sharing_forms import HandlingForm
from hjo_safety import permissions
from hjo_safety.access_log import record_access
from hjo_safety.cache import viewer_key, viewer_version
from hjo_safety.decorators import membership_required
from hjo_safety.models import AccessEvent
from hjo_safety.redaction import (
    NothingToRedact,
    redact_replaced_text,
    redact_version,
    redactable_fields,
)

MAP_POINT_LIMIT = 3000


@require_GET
@membership_required
def incident_list(request):
    """The user's organisations' incidents (all for a coordinator), filtered, newest first.

    Keyset pagination (``est_incidents.pagination``): ``?efter=``/``?fore=`` cursors next to
    the filters, so page 500 costs what page 1 costs; the count stops at ``COUNT_CAP``.
    """
    results = functools.cache(lambda: _list_results(request))
    return TemplateResponse(
        request,
        "est_incidents/incident_list.html",
        {
            # The filter form and the rows are rendered once per viewer, query and data version
            # (hjo_safety/cache.py); on a hit none of the lazy values below is evaluated.
            "fragment_key": viewer_key(
                request, viewer_version(request.user), request.get_full_path()
            ),
            "filter": SimpleLazyObject(lambda: results()["filter"]),
            "page_obj": SimpleLazyObject(lambda: results()["page_obj"]),
            "show_organisation": SimpleLazyObject(lambda: results()["show_organisation"]),
            "shared_with_us": SimpleLazyObject(lambda: results()["shared_with_us"]),
            "only_shared": SimpleLazyObject(lambda: results()["only_shared"]),
            "count_cap": COUNT_CAP,
        },
    )


def _list_results(request):
    filterset, incidents = filtered_incidents(request)
    shared_with_us = Incident.objects.shared_with(request.user).exists()
    if shared_with_us:  # their badges show our handling state, not the reporter's status
        incidents = incidents.with_received_handling(request.user)
    return {
        "filter": filterset,
        "page_obj": keyset_page(incidents.for_list_rows().with_same_event_count(), request.GET),
        # Incidents shared with the user's organisation come from another one: name it.
        "show_organisation": "organisation" in filterset.filters or shared_with_us,
        "shared_with_us": shared_with_us,
        "only_shared": filterset.is_bound
        and filterset.form.is_valid()
        and bool(filterset.form.cleaned_data.get("delade")),
    }


def _already_submitted(request):
    """The incident a resubmitted form already created, if the user may see it."""
    try:
        token = uuid.UUID(request.POST.get("submission_token", ""))
    except ValueError:
        return None
    return Incident.objects.visible_to(request.user).filter(submission_token=token).first()


def _lead_to_saved(request, incident):
    messages.info(request, _("Händelsen var redan sparad – den sparades inte två gånger."))
    return redirect("est:incident_detail", pk=incident.pk)


@require_http_methods(["GET", "POST"])
@stash_post_of_expired_session
@membership_required
def incident_create(request):
    """Log a new incident. A resubmitted form (same token) leads to the incident it created."""
    if request.method == "POST":
        # A resubmitted form (its token already stored) is not looked up before saving: the
        # unique token makes the insert fail, and only then is the incident it created looked
        # up (one query less for every first submission). An invalid resubmission is looked up
        # too, so that it also leads to the saved incident instead of showing errors.
        form = IncidentForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                with transaction.atomic():
                    incident = form.save()
            except IntegrityError:
                # Submitted before (or two submissions raced each other): show the saved one.
                existing = _already_submitted(request)
                if existing is not None:
                    return _lead_to_saved(request, existing)
                form.add_error(
                    None, _("Formuläret har redan skickats. Ladda om sidan och försök igen.")
                )
            else:
                messages.success(request, _("Tack! Händelsen är registrerad."))
                return redirect("est:incident_detail", pk=incident.pk)
        else:
            existing = _already_submitted(request)
            if existing is not None:
                return _lead_to_saved(request, existing)
    else:
        form = IncidentForm(initial=pop_stashed_form(request), user=request.user)
    return TemplateResponse(
        request,
        "est_incidents/incident_form.html",
        {"form": form, "places": places_for_map(), **map_settings()},
    )


@require_GET
@membership_required
def incident_detail(request, pk):
    """One incident, with its change history and shares (see ``incident_detail_response``)."""
    return incident_detail_response(request, pk)


def _share_events(shares):
    """The shares' events for the incident's history: shared, first viewed, withdrawn."""
    events = []
    for share in shares:
        name = share.organisation.name
        events.append(
            {
                "when": share.shared_at,
                "who": share.shared_by,
                "event": _("delade händelsen med %(organisation)s") % {"organisation": name},
            }
        )
        if share.first_viewed_at:
            events.append(
                {
                    "when": share.first_viewed_at,
                    "who": share.first_viewed_by,
                    "event": _("(%(organisation)s) läste den delade händelsen första gången")
                    % {"organisation": name},
                }
            )
        if share.withdrawn_at:
            events.append(
                {
                    "when": share.withdrawn_at,
                    "who": share.withdrawn_by,
                    "event": _("återkallade delningen med %(organisation)s")
                    % {"organisation": name},
                }
            )
    return events


def incident_detail_response(request, pk, *, handling_forms=None):
    """The incident page: facts, shares and handling, and (for its own organisation) history.

    Its own organisation and coordinators see every share and the full history. A receiving
    organisation sees the incident read-only, its own active share with a handling form, no
    change history, and the reporter's name only if the reporting organisation allows it; its
    first view is recorded (``services.record_share_view``).
    """
    user = request.user
    # The row alone decides (404, permissions); what the page shows is read lazily, so a page
    # kept per viewer and data version (hjo_safety/cache.py: the version follows the
    # incident, its history rows, its shares and their notes) reads nothing more.
    # With its category and place: the suggestions of the same event (outside the kept part)
    # and the story's interventions read them, one query each otherwise.
    incident = permissions.get_visible_or_404(
        Incident.objects.select_related("category", "place"), user, pk=pk
    )
    own = policy.may_correct_incident(user, incident)
    my_organisations = permissions.organisation_ids(user)
    handling_forms = handling_forms or {}

    @functools.cache
    def shares():
        return list(
            IncidentShare.objects.visible_to(user)
            .filter(incident=incident)
            .select_related("organisation", "shared_by", "first_viewed_by", "withdrawn_by")
            .prefetch_related(
                Prefetch("notes", queryset=ShareHandlingNote.objects.select_related("written_by"))
            )
        )

    @functools.cache
    def received():
        mine = [s for s in shares() if s.is_active and s.organisation_id in my_organisations]
        for share in mine:
            share.handling_form = handling_forms.get(share.pk) or HandlingForm(share=share)
        return mine

    if incident.organisation_id not in my_organisations:
        for share in received():
            services.record_share_view(share=share, acting_user=user)
        # Read outside the reporting organisation (a share's receiver, or a coordinator): the
        # access log (GDPR art. 10/32) says who read which incident when.
        record_access(
            request,
            AccessEvent.Kind.INCIDENT_VIEW,
            obj=incident,
            label=_("Händelse %(number)s") % {"number": incident.pk},
            organisation_id=incident.organisation_id,
        )

    def history():
        entries = incident.change_history() + _share_events(shares())
        entries.sort(key=lambda entry: entry["when"], reverse=True)
        return entries

    return TemplateResponse(
        request,
        "est_incidents/incident_detail.html",
        {
            "incident": SimpleLazyObject(lambda: Incident.objects.for_list().get(pk=incident.pk)),
            "incident_pk": incident.pk,
            "incident_object": incident,  # the row, for the photos (read outside the fragment)
            "own": own,
            "can_edit": own,
            "can_handle": policy.may_handle_incident(user, incident),
            "can_share": policy.may_share_incident(user, incident),
            "show_reporter": SimpleLazyObject(
                lambda: policy.may_see_reporter(
                    user, incident, next((s for s in received() if s.show_reporter), None)
                )
            ),
            "shares": SimpleLazyObject(shares),
            "received": SimpleLazyObject(received),
            "history": SimpleLazyObject(history) if own else [],
            # The page's content, unless it shows a submitted handling form with its errors.
            "fragment_key": None
            if handling_forms
            else viewer_key(request, viewer_version(request.user), "incident", incident.pk),
            "can_redact": own and policy.may_redact_incident_history(user, incident),
            # The story onwards (issue 26, 6): the EST meetings whose frozen picture counted
            # the incident, and what apps above add (est_measures: interventions at its place
            # since). The page is only for those who may see the incident.
            "counted_in": SimpleLazyObject(lambda: list(EstMeeting.objects.that_counted(incident))),
            "story_sections": SimpleLazyObject(
                lambda: extensions.sections("incident_detail", request, incident=incident)
            ),
            # One event counted once: outside the kept fragment (another organisation's new
            # report does not renew this viewer's version).
            "same_event": SimpleLazyObject(lambda: same_event.same_event_group(incident, user)),
            "duplicate_candidates": SimpleLazyObject(
                lambda: (
                    same_event.suggestions(incident, user)
                    if own and incident.duplicate_of_id is None
                    else None
                )
            ),
            # A point marked on the map: the nearest named place in words, and a small map.
            "point_place": SimpleLazyObject(
                lambda: nearest_place(incident.latitude, incident.longitude)
            ),
            "places": places_for_map,  # called by the template only for a marked point
            **map_settings(),
        },
    )


@require_http_methods(["GET", "POST"])
@membership_required
def incident_update(request, pk):
    """Correct an incident (its organisation); status and handling note (admins, coordinators)."""
    incident = get_object_or_404(Incident.objects.editable_by(request.user).for_list(), pk=pk)
    can_handle = policy.may_handle_incident(request.user, incident)
    if request.method == "POST":
        form = IncidentForm(
            request.POST, instance=incident, user=request.user, can_handle=can_handle
        )
        if form.is_valid():
            with transaction.atomic():
                form.save()
                # The corrected text must not stay readable in the history (GDPR art. 5, 17).
                redact_replaced_text(
                    incident, form.changed_data, acting_user=request.user, request=request
                )
                services.announce_handling(
                    incident,
                    old_status=form.initial.get("status", incident.status),
                    old_note=form.initial.get("handling_note", incident.handling_note) or "",
                    acting_user=request.user,
                )
            messages.success(request, _("Ändringarna är sparade."))
            return redirect("est:incident_detail", pk=incident.pk)
    else:
        form = IncidentForm(instance=incident, user=request.user, can_handle=can_handle)
    return TemplateResponse(
        request,
        "est_incidents/incident_update.html",
        {"form": form, "incident": incident, "places": places_for_map(), **map_settings()},
    )


@require_http_methods(["GET", "POST"])
@membership_required
def incident_history_redact(request, pk, history_id):
    """Remove the free text of one version from the incident's history, after a confirmation.

    The organisation's admins and coordinators (others of the organisation: 403; another
    organisation's incident: 404). The version keeps who changed what and when; the redaction
    is written to the audit log.
    """
    incident = permissions.get_visible_or_404(Incident.objects.for_list(), request.user, pk=pk)
    if not policy.may_redact_incident_history(request.user, incident):
        raise PermissionDenied
    record = get_object_or_404(incident.history.select_related("history_user"), pk=history_id)
    fields = redactable_fields(record, incident)
    if request.method == "POST":
        try:
            redact_version(record, incident, acting_user=request.user, request=request)
        except NothingToRedact:
            messages.info(request, _("Den versionen har ingen text att ta bort."))
        else:
            messages.success(request, _("Texten är borttagen ur historiken."))
        return redirect("est:incident_detail", pk=incident.pk)
    labels = [Incident._meta.get_field(name).verbose_name for name in fields]
    return TemplateResponse(
        request,
        "est_incidents/incident_history_redact.html",
        {"incident": incident, "record": record, "labels": labels},
    )


@require_GET
@membership_required
def incident_export(request):
    """The filtered list as CSV for Swedish Excel (UTF-8 with BOM, ``;``, local times).

    Streamed as PostgreSQL writes it (``COPY``, ``est_incidents/csv_copy.py``), so 100,000 rows
    never sit in memory at once; elsewhere (the SQLite demo) formatted here row by row.
    """
    filterset, incidents = filtered_incidents(request)
    if filterset.is_bound and not filterset.is_valid():
        # Without this the invalid filter would be dropped and every incident exported.
        return HttpResponseBadRequest(
            _("Filtret är ogiltigt: rätta det i listan över händelser och exportera igen."),
            content_type="text/plain; charset=utf-8",
        )
    if connection.vendor == "postgresql":  # PostgreSQL writes the CSV itself (COPY)
        content = csv_copy.stream_rows(incidents, CSV_HEADER)
    else:  # the SQLite demo
        rows = (
            incidents.select_related("category__parent", "place", "organisation")
            .order_by("-occurred_at", "-pk")
            .iterator(chunk_size=2000)
        )
        content = csv_lines(rows)
    record_access(
        request,
        AccessEvent.Kind.CSV_EXPORT,
        object_type=Incident._meta.label_lower,
        label=_("Händelser (CSV)"),
        detail=export_description(filterset),
    )
    response = StreamingHttpResponse(content, content_type="text/csv; charset=utf-8")
    filename = f"handelser-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Map --------------------------------------------------------------------------------------


@require_GET
@membership_required
def incident_map(request):
    """The filtered incidents as points and a heat layer (JavaScript), and counts per place.

    The page's content is rendered once per viewer, query and data version
    (``hjo_safety/cache.py``): on a hit none of the lazy values below is evaluated."""
    built = functools.cache(lambda: _map_results(request))
    return TemplateResponse(
        request,
        "est_incidents/incident_map.html",
        {
            "fragment_key": viewer_key(
                request, viewer_version(request.user), request.get_full_path()
            ),
            **{
                name: SimpleLazyObject(lambda name=name: built()[name])
                for name in ("filter", "points", "place_counts", "total")
            },
            "map_data": SimpleLazyObject(built),  # map_data.points: the list itself, for JSON
            "point_limit": MAP_POINT_LIMIT,
            **map_settings(),
        },
    )


def _map_results(request):
    filterset, incidents = filtered_incidents(request)
    points = incidents.map_point_rows(MAP_POINT_LIMIT)
    if counts.map_counts_from_rollups(filterset):
        data = filterset.form.cleaned_data if filterset.is_bound else {}
        place_counts = counts.map_place_counts(
            user=request.user,
            incidents=incidents,
            place=data.get("plats"),
            organisation=data.get("organisation"),
            status=data.get("status"),
        )
    else:
        place_counts = list(incidents.counts_by_place())
    return {
        "filter": filterset,
        "points": points,
        "place_counts": place_counts,
        "total": sum(row["count"] for row in place_counts),
    }
