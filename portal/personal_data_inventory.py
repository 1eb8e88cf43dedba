"""Every text column in the database, and what may be in it (issue 21, B7). It sits in the portal,
the top layer, because it names every app's tables and retention commands.

Each text column (``varchar``, ``text``, ``json``/``jsonb``) of every table, ours, a library's or
a migration's, is declared here once as ``"table.column"``:

- ``NotUserText(reason)``: nobody types free text into it (a code, a name chosen by the
  coordinator, a hash, something the portal composes), with why;
- ``FreeText(guard, redaction, retention)``: a person may type text into it, so it says what
  checks the text (``FORM_GUARD``: the personal-data guard on every form of the model, from
  ``hjo_safety.guarded_forms``; the dotted path of the form or function that checks it; or
  ``"copy: ..."`` for a copy of another column, checked where it was typed), what
  removes an earlier text when it is corrected (``redaction``) and which retention rule of
  ``RETENTION`` ends it.

A historical table of django-simple-history holds copies of its model's columns: those are
declared by the model's entry (``declaration()``), its own bookkeeping columns in
``HISTORY_COLUMNS``. ``tests/portal/test_personal_data_inventory.py`` reads every text column
from ``information_schema`` after the migrations and fails on one that is not declared, on a
stale declaration, on free text whose guard, redaction or retention rule does not hold.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class NotUserText:
    reason: str


@dataclass(frozen=True)
class FreeText:
    guard: str
    redaction: str
    retention: str
    note: str = ""


@dataclass(frozen=True)
class Purge:
    """A command that empties columns after a retention period; ``columns`` is the dotted path
    of the command module's set of the ``table.column`` names it empties (a string, so the core
    imports no app)."""

    command: str
    columns: str


@dataclass(frozen=True)
class Kept:
    """Kept on purpose, with why (a public record, or it ends with its row)."""

    reason: str


# Guards
FORM_GUARD = "hjo_safety.guarded_forms"
# Redactions
CORRECTION = "hjo_safety.redaction.redact_replaced_text"  # earlier versions get a marker
PUBLIC_RECORD = "kept: public record about office holders"  # versions kept (OFFICE_HOLDERS)
NO_VERSIONS = "no versions kept"  # a correction overwrites the only copy
NOT_EDITABLE = "not editable after it is written"  # read-only everywhere; ends by retention

RETENTION = {
    "purge_incident_text": Purge(
        "est_incidents.management.commands.purge_incident_text",
        "est_incidents.management.commands.purge_incident_text.PURGED_COLUMNS",
    ),
    "purge_citizen_tips": Purge(
        "citizen_tips.management.commands.purge_citizen_tips",
        "citizen_tips.management.commands.purge_citizen_tips.PURGED_COLUMNS",
    ),
    # The safety survey's answers are anonymous; their short free text ends here (issue 26).
    "purge_survey_text": Purge(
        "citizen_promises.management.commands.purge_survey_text",
        "citizen_promises.management.commands.purge_survey_text.PURGED_COLUMNS",
    ),
    # Attached photos and papers (issue 25): the rows' file column names a stored file whose
    # content may show people; the nightly purge deletes incidents' and tips' photos with
    # their object's text, and every file whose object is gone.
    "purge_attachments": Purge(
        "hjo_safety.management.commands.purge_attachments",
        "hjo_safety.management.commands.purge_attachments.PURGED_COLUMNS",
    ),
    # Sign-ups for a digital safety walk (issue 26): deleted the day after the walk.
    "purge_walk_signups": Purge(
        "est_measures.management.commands.purge_walk_signups",
        "est_measures.management.commands.purge_walk_signups.PURGED_COLUMNS",
    ),
    "est_records": Kept(
        "EST's working records (meetings, reports, actions, safety walks, interventions, the "
        "yearly analysis): public records (allmänna handlingar) thinned under the municipality's "
        "archive plan; the guard keeps private persons' data out, corrections redact versions."
    ),
    "council_records": Kept(
        "The council's and the citizen promises' texts: public records about office holders, "
        "kept and thinned under the municipality's archive plan."
    ),
    "bulletins": Kept(
        "The bulletins between EST meetings (notifications.Bulletin): sent records of the EST "
        "work (allmänna handlingar), kept and thinned with the EST records under the archive "
        "plan; the guard refuses identity numbers, phones, addresses and plates and asks about "
        "names before sending; not editable once sent, and the outbox holds no copy."
    ),
    "statistics": Kept("Imported statistics' labels and notes, kept with the statistics."),
    "session": Kept(
        "Ends with the session: a session row expires after SESSION_IDLE_MINUTES, the form "
        "stash after two hours, and `clearsessions` deletes expired rows."
    ),
}


CHOICE = NotUserText("a code from the field's choices, enforced by a check constraint")
CODED = NotUserText("written by the portal's code (ids, codes, names of things), never typed")
NAME_OF_THING = NotUserText(
    "the name of an organisation, category, place or kind: chosen by the coordinator, shown in "
    "lists; the guard does not apply (hjo_safety.guarded_forms.NOT_FREE_TEXT)"
)
PUBLISHED_CONTACT = NotUserText(
    "the municipality's published contact information (switchboard, addresses, hours)"
)
ACCOUNT = NotUserText("account data (names, address, hash) kept while the account exists")
LOGIN_LOG = NotUserText(
    "axes' record of login attempts: the username, address, browser and path; the password is "
    "masked by axes; thinned by axes (AXES_COOLOFF_TIME, `axes_reset_logs`)"
)
FRAMEWORK = NotUserText("Django's and libraries' bookkeeping (names of apps, models, migrations)")

INCIDENT = FreeText(FORM_GUARD, CORRECTION, "purge_incident_text")
EST = FreeText(FORM_GUARD, CORRECTION, "est_records")
EST_NO_VERSIONS = FreeText(FORM_GUARD, NO_VERSIONS, "est_records")
COUNCIL = FreeText(FORM_GUARD, PUBLIC_RECORD, "council_records")
TIP = FreeText(FORM_GUARD, CORRECTION, "purge_citizen_tips")

INVENTORY = {
    # --- Django, the libraries, and tables made by migrations -------------------------------
    "auth_group.name": NotUserText("names of permission groups, set by the coordinator"),
    "auth_permission.codename": FRAMEWORK,
    "auth_permission.name": FRAMEWORK,
    "auth_user.email": ACCOUNT,
    "auth_user.first_name": ACCOUNT,
    "auth_user.last_name": ACCOUNT,
    "auth_user.password": ACCOUNT,
    "auth_user.username": ACCOUNT,
    "axes_accessattempt.get_data": LOGIN_LOG,
    "axes_accessattempt.http_accept": LOGIN_LOG,
    "axes_accessattempt.path_info": LOGIN_LOG,
    "axes_accessattempt.post_data": LOGIN_LOG,
    "axes_accessattempt.user_agent": LOGIN_LOG,
    "axes_accessattempt.username": LOGIN_LOG,
    "axes_accessfailurelog.http_accept": LOGIN_LOG,
    "axes_accessfailurelog.path_info": LOGIN_LOG,
    "axes_accessfailurelog.user_agent": LOGIN_LOG,
    "axes_accessfailurelog.username": LOGIN_LOG,
    "axes_accesslog.http_accept": LOGIN_LOG,
    "axes_accesslog.path_info": LOGIN_LOG,
    "axes_accesslog.session_hash": LOGIN_LOG,
    "axes_accesslog.user_agent": LOGIN_LOG,
    "axes_accesslog.username": LOGIN_LOG,
    "django_admin_log.change_message": NotUserText(
        "the admin's record of which fields changed (their names, never their values)"
    ),
    "django_admin_log.object_id": CODED,
    "django_admin_log.object_repr": FreeText(
        "copy: str(obj), which for a share's note or an action is its text",
        CORRECTION,
        "est_records",
        note="redact_replaced_text rewrites it to the corrected object's text",
    ),
    "django_content_type.app_label": FRAMEWORK,
    "django_content_type.model": FRAMEWORK,
    "django_migrations.app": FRAMEWORK,
    "django_migrations.name": FRAMEWORK,
    "django_session.session_data": FreeText(
        "est_incidents.form_stash.pop_stashed_form",
        NO_VERSIONS,
        "session",
        note="a report typed before the idle timeout is kept until the user logs in again; it is "
        "only put back into the guarded form, never saved from the stash",
    ),
    "django_session.session_key": CODED,
    "hjo_public_page_cache.cache_key": CODED,
    "hjo_public_page_cache.value": NotUserText(
        "public pages as shown to anonymous visitors (counts and published texts only)"
    ),
    "hjo_throttle_cache.cache_key": CODED,
    "hjo_throttle_cache.value": NotUserText("throttling counters"),
    "otp_static_staticdevice.name": CODED,
    "otp_static_statictoken.token": NotUserText("a recovery code, made by django-otp"),
    "otp_totp_totpdevice.key": NotUserText("the TOTP secret, made by django-otp"),
    "otp_totp_totpdevice.name": CODED,
    # --- hjo_safety -------------------------------------------------------------------------
    # The access log (issue 21 B8): written by hjo_safety.access_log.record_access, never typed
    # (user names, model labels, "Händelse 12", export filters without the search words); kept
    # ACCESS_LOG_RETENTION_DAYS, then deleted by purge_access_log.
    "hjo_safety_accessevent.detail": CODED,
    "hjo_safety_accessevent.kind": CHOICE,
    "hjo_safety_accessevent.object_label": CODED,
    "hjo_safety_accessevent.object_type": CODED,
    "hjo_safety_accessevent.username": NotUserText(
        "the reader's user name, written by the portal; deleted by purge_access_log"
    ),
    # --- Attached photos and papers (hjo_safety.attachments, issue 25) ---
    "hjo_safety_attachment.file": NotUserText(
        "the storage path the portal generates (kind/year/month/random id), never the uploaded "
        "name; the photo or PDF it names may show people: re-encoded without metadata on "
        "upload, served only after the object's access check, deleted by purge_attachments "
        "(incidents' and tips' photos with their text; findings' photos and meeting papers "
        "with their records under the archive plan)"
    ),
    "hjo_safety_attachment.kind": CHOICE,
    "hjo_safety_auditevent.detail": CODED,
    "hjo_safety_auditevent.kind": CHOICE,
    "hjo_safety_auditevent.username": NotUserText("the username typed at a login (an account)"),
    # Single sign-on (hjo_safety.sso): the provider's identifiers of an account, kept while the
    # account exists (deleted with it).
    "hjo_safety_ssoidentity.provider": CODED,
    "hjo_safety_ssoidentity.status": CHOICE,
    "hjo_safety_ssoidentity.subject": ACCOUNT,
    "hjo_safety_ssoidentity.last_sid": ACCOUNT,
    "hjo_safety_contactinfo.directions_url": PUBLISHED_CONTACT,
    "hjo_safety_jobrun.name": NotUserText("a scheduled job's command name (SCHEDULED_JOBS)"),
    "hjo_safety_contactinfo.dpo_email": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.dpo_phone": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.email": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.name": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.opening_hours": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.phone": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.phone_hours": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.postal_address": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.visiting_address": PUBLISHED_CONTACT,
    # The English pages' contact centre name and hours (issue 26, point 5).
    "hjo_safety_contactinfo.name_en": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.phone_hours_en": PUBLISHED_CONTACT,
    "hjo_safety_contactinfo.opening_hours_en": PUBLISHED_CONTACT,
    "hjo_safety_membership.role": CHOICE,
    "hjo_safety_organisation.kind": CHOICE,
    "hjo_safety_organisation.name": NAME_OF_THING,
    "hjo_safety_organisation.short_name": NAME_OF_THING,
    # --- notifications: the outbox keeps no mail text (composed when sent) ------------------
    "notifications_notificationsettings.digest": CHOICE,
    "notifications_outboxmessage.drop_reason": CHOICE,
    # Bulletins between the EST meetings (issue 25.2): typed by the kommunpolis or the coordinator.
    "notifications_bulletin.kind": CHOICE,
    "notifications_bulletin.title": FreeText(FORM_GUARD, NOT_EDITABLE, "bulletins"),
    "notifications_bulletin.text": FreeText(FORM_GUARD, NOT_EDITABLE, "bulletins"),
    "notifications_bulletin.early_warnings": NotUserText(
        "the early warnings when sent, written by the portal: place and category names and"
        " counts of 5 or more (notifications.bulletin_warnings.early_warnings_now)"
    ),
    "notifications_notificationsettings.bulletin": CHOICE,
    "notifications_outboxmessage.event_key": CODED,
    "notifications_outboxmessage.kind": CHOICE,
    "notifications_outboxmessage.last_error": NotUserText("the mail server's error message"),
    "notifications_outboxmessage.params": NotUserText(
        "ids, codes and dates for the composer; notifications.mail.check_params refuses text"
    ),
    "notifications_outboxmessage.subject": NotUserText(
        "composed without free text (notifications.compose: Composed.record_subject)"
    ),
    "notifications_outboxmessage.template": CHOICE,
    "notifications_outboxmessage.to_address": NotUserText(
        "a user's account address, or a citizen subscriber's, deleted with the subscription"
    ),
    "notifications_outboxmessage.unsubscribe_url": CODED,
    # Citizens' e-mail subscriptions (issue 26): the address is kept only while subscribed.
    "notifications_subscription.email": NotUserText(
        "a citizen's address for a subscription, asked for on purpose; deleted on unsubscribing "
        "(with its outbox rows) and, unconfirmed, by send_notifications after "
        "SUBSCRIPTION_CONFIRM_HOURS"
    ),
    "notifications_subscription.topic": CHOICE,
    # --- est_incidents ----------------------------------------------------------------------
    "est_incidents_category.code": NAME_OF_THING,
    "est_incidents_category.name": NAME_OF_THING,
    "est_incidents_coveragereminder.recipients": NotUserText(
        "the e-mail addresses a reminder went to, written by the service"
    ),
    # est_incidents_nothingtoreport (issue 25) has no text column: an organisation, two dates, who
    # recorded it and when; it ends with its organisation. The weekly report's table writes the
    # incident columns below through the same guard (est_incidents/weekly_forms.py).
    "est_incidents_estaction.status": CHOICE,
    "est_incidents_estaction.what": EST,
    "est_incidents_estmeeting.frozen_picture": FreeText(
        "copy: est_incidents_estaction.what of open actions; the rest are counts",
        CORRECTION,
        "est_records",
        note="a correction of an action rewrites its copy in the frozen pictures "
        "(est_incidents.redaction_copies)",
    ),
    "est_incidents_estmeeting.location": EST,
    "est_incidents_estmeeting.notes": EST,
    "est_incidents_estmeeting.status": CHOICE,
    "est_incidents_estmeetingreport.text": EST,
    "est_incidents_incident.description": INCIDENT,
    "est_incidents_incident.handling_note": INCIDENT,
    "est_incidents_incident.people_involved": CHOICE,
    "est_incidents_incident.place_description": INCIDENT,
    "est_incidents_incident.police_notified": CHOICE,
    "est_incidents_incident.source": CHOICE,
    "est_incidents_incident.status": CHOICE,
    "est_incidents_incidentrollup.status": CODED,
    "est_incidents_incidentshare.handling_status": CHOICE,
    "est_incidents_incidentshare.note": INCIDENT,
    "est_incidents_place.area_geojson": NotUserText("a polygon's coordinates as GeoJSON"),
    "est_incidents_place.name": NAME_OF_THING,
    "est_incidents_policeevent.event_type": NotUserText("copied from the police's public API"),
    "est_incidents_policeevent.gps": NotUserText("copied from the police's public API"),
    "est_incidents_policeevent.location_name": NotUserText("copied from the police's public API"),
    "est_incidents_policeevent.name": NotUserText("copied from the police's public API"),
    "est_incidents_policeevent.summary": NotUserText("copied from the police's public API"),
    "est_incidents_policeevent.url": NotUserText("copied from the police's public API"),
    "est_incidents_sharehandlingnote.text": INCIDENT,
    "est_incidents_yearlysituationanalysis.analysis": EST,
    "est_incidents_yearlysituationanalysis.consequences": EST,
    "est_incidents_yearlysituationanalysis.extent": EST,
    "est_incidents_yearlysituationanalysis.plan_decision_body": CHOICE,
    "est_incidents_yearlysituationanalysis.plan_decision_url": CODED,
    "est_incidents_yearlysituationanalysis.plan_diary_number": EST,
    "est_incidents_yearlysituationanalysis.priorities": EST,
    # --- est_measures -----------------------------------------------------------------------
    "est_measures_findingshare.answer": EST,
    "est_measures_findingshare.note": EST,
    "est_measures_intervention.description": EST_NO_VERSIONS,
    # Events ahead (issue 25): typed by participants, guarded (planned_events.PlannedEventForm).
    "est_measures_plannedevent.kind": CHOICE,
    "est_measures_plannedevent.note": EST_NO_VERSIONS,
    "est_measures_plannedevent.place_text": EST_NO_VERSIONS,
    "est_measures_plannedevent.title": EST_NO_VERSIONS,
    "est_measures_intervention.recurrence_weekdays": CODED,
    "est_measures_interventionkind.code": NAME_OF_THING,
    "est_measures_interventionkind.name": NAME_OF_THING,
    "est_measures_safetywalk.area": EST_NO_VERSIONS,
    "est_measures_safetywalk.notes": EST_NO_VERSIONS,
    "est_measures_safetywalkfinding.description": EST,
    "est_measures_safetywalkfinding.problem_kind": CHOICE,
    "est_measures_safetywalkfinding.proposed_measure": EST,
    "est_measures_safetywalkfinding.status": CHOICE,
    # --- citizen_tips -----------------------------------------------------------------------
    # --- est_measures: the digital safety walk (issue 26) -----------------------------------
    "est_measures_walkcampaign.title": EST_NO_VERSIONS,
    "est_measures_walkcampaign.area": EST_NO_VERSIONS,
    "est_measures_walkcampaign.description": EST_NO_VERSIONS,
    "est_measures_campaignmark.verdict": CHOICE,
    "est_measures_campaignmark.status": CHOICE,
    "est_measures_campaignmark.reason": FreeText(
        FORM_GUARD,
        NOT_EDITABLE,
        "est_records",
        "a citizen's short reason, names refused; moderated before it is shown",
    ),
    "est_measures_walksignup.name": NotUserText(
        "a citizen's own name for the walk, asked for on purpose; deleted the day after the "
        "walk by purge_walk_signups"
    ),
    "est_measures_walksignup.email": NotUserText(
        "a citizen's own address for the walk, asked for on purpose; deleted the day after the "
        "walk by purge_walk_signups"
    ),
    "citizen_tips_citizentip.answer": TIP,
    "citizen_tips_citizentip.email": NotUserText(
        "the citizen's address for the receipt, the answer and the closing, asked for on "
        "purpose; cleared as soon as the mail saying the tip is closed has gone out, and by "
        "purge_citizen_tips"
    ),
    "citizen_tips_citizentip.closing_note": TIP,  # "Vad gjordes?", guarded by CloseForm too
    "citizen_tips_citizentip.forward_note": FreeText(
        "citizen_tips.forms.ForwardForm.clean_note", NOT_EDITABLE, "purge_citizen_tips"
    ),
    "citizen_tips_citizentip.kind": CHOICE,
    "citizen_tips_citizentip.place_description": TIP,
    "citizen_tips_citizentip.rejection_reason": TIP,
    "citizen_tips_citizentip.state": CHOICE,
    "citizen_tips_citizentip.text": TIP,
    "citizen_tips_citizentip.time_of_day": CHOICE,
    "citizen_tips_citizentip.token_hash": NotUserText("SHA-256 of the receipt link's token"),
    # --- bra_council (office holders' public records) ---------------------------------------
    "bra_council_action.responsible_person": COUNCIL,
    "bra_council_action.status": CHOICE,
    "bra_council_action.what": COUNCIL,
    "bra_council_agendaitem.decision": COUNCIL,
    "bra_council_agendaitem.kind": CHOICE,
    "bra_council_agendaitem.description": COUNCIL,
    "bra_council_agendaitem.minutes": COUNCIL,
    "bra_council_agendaitem.title": COUNCIL,
    "bra_council_attendance.status": CHOICE,
    "bra_council_councilmeeting.place": COUNCIL,
    "bra_council_councilmeeting.public_notes": COUNCIL,
    "bra_council_councilmeeting.status": CHOICE,
    "bra_council_councilmember.name": COUNCIL,
    "bra_council_councilmember.seat_kind": CHOICE,
    "bra_council_councilmember.title": COUNCIL,
    "bra_council_minutesapproval.role": CHOICE,
    "bra_council_minutescorrection.new_decision": COUNCIL,
    "bra_council_minutescorrection.new_minutes": COUNCIL,
    "bra_council_minutescorrection.old_decision": NotUserText(
        "the approved text a correction replaces, copied by the service (a public record)"
    ),
    "bra_council_minutescorrection.old_minutes": NotUserText(
        "the approved text a correction replaces, copied by the service (a public record)"
    ),
    "bra_council_minutescorrection.reason": COUNCIL,
    # --- citizen_promises (office holders' public records) ----------------------------------
    "citizen_promises_citizenpromise.background": COUNCIL,
    "citizen_promises_citizenpromise.basis": COUNCIL,
    "citizen_promises_citizenpromise.police_url": CODED,
    "citizen_promises_citizenpromise.slug": CODED,
    "citizen_promises_citizenpromise.status": CHOICE,
    "citizen_promises_citizenpromise.title": COUNCIL,
    "citizen_promises_followup.summary": COUNCIL,
    "citizen_promises_followupresult.result": COUNCIL,
    "citizen_promises_followupresult.status": CHOICE,
    "citizen_promises_promiseactivity.responsible": CHOICE,
    "citizen_promises_promiseactivity.outcome": COUNCIL,
    "citizen_promises_promiseactivity.status": CHOICE,
    "citizen_promises_promiseactivity.target": COUNCIL,
    "citizen_promises_promiseactivity.text": COUNCIL,
    "citizen_promises_promisecontact.email": PUBLISHED_CONTACT,
    "citizen_promises_promisecontact.party": CHOICE,
    "citizen_promises_promisecontact.name": COUNCIL,
    "citizen_promises_promisecontact.phone": PUBLISHED_CONTACT,
    "citizen_promises_promisecontact.title": COUNCIL,
    "citizen_promises_promisegoal.text": COUNCIL,
    "citizen_promises_signatory.name": COUNCIL,
    "citizen_promises_signatory.party": CHOICE,
    "citizen_promises_signatory.title": COUNCIL,
    # The safety survey (issue 26): the coordinator's survey, citizens' anonymous answers (no
    # name, address, client address or time of day; only choices and a guarded short text).
    "citizen_promises_promisegoal.survey_question": CHOICE,
    "citizen_promises_survey.title": COUNCIL,
    "citizen_promises_survey.slug": CODED,
    "citizen_promises_survey.intro": COUNCIL,
    "citizen_promises_surveyresponse.help_other": FreeText(
        FORM_GUARD,
        NOT_EDITABLE,
        "purge_survey_text",
        note="anonymous; shown to the coordinator only",
    ),
    "citizen_promises_surveyavoidedplace.reason": CHOICE,
    "citizen_promises_surveyhelp.option": CHOICE,
    # The cooperation agreement (issue 26.4): its text, the priority areas and the signatories'
    # names and titles (public office holders), kept with the agreement as a public record.
    "citizen_promises_cooperationagreement.summary": COUNCIL,
    "citizen_promises_cooperationagreement.title": COUNCIL,
    "citizen_promises_priorityarea.causes": COUNCIL,
    "citizen_promises_priorityarea.goals": COUNCIL,
    "citizen_promises_priorityarea.measures": COUNCIL,
    "citizen_promises_priorityarea.problem": COUNCIL,
    "citizen_promises_priorityarea.title": COUNCIL,
    "citizen_promises_agreementsignatory.name": COUNCIL,
    "citizen_promises_agreementsignatory.title": COUNCIL,
    # --- safety_statistics ------------------------------------------------------------------
    "safety_statistics_crimestatistic.category": FreeText(FORM_GUARD, NO_VERSIONS, "statistics"),
    "safety_statistics_crimestatistic.category_key": FreeText(
        FORM_GUARD, NO_VERSIONS, "statistics"
    ),
    "safety_statistics_crimestatistic.source_file": CODED,
    "safety_statistics_population.note": FreeText(FORM_GUARD, NO_VERSIONS, "statistics"),
}

# django-simple-history's own columns in every historical table.
HISTORY_COLUMNS = {
    "history_type": NotUserText("+, ~ or -: created, changed, deleted"),
    "history_change_reason": NotUserText("the reason the portal's code gives for a version"),
}
# A historical table's change reason that a person types.
HISTORY_REASONS = {
    "citizen_promises_historicalcitizenpromise.history_change_reason": FreeText(
        "citizen_promises.admin.CitizenPromiseForm",
        PUBLIC_RECORD,
        "council_records",
        note="the revision note of a published promise, shown on its public page",
    ),
}


def historical_tables() -> dict[str, str]:
    """``{historical table: its model's table}`` for every model with simple-history."""
    from django.apps import apps

    return {
        model._meta.db_table: model.instance_type._meta.db_table
        for model in apps.get_models()
        if getattr(model, "instance_type", None) is not None
    }


def declaration(table: str, column: str, history=None):
    """What ``table.column`` is declared as, or ``None``; a historical copy takes its model's."""
    key = f"{table}.{column}"
    if key in INVENTORY:
        return INVENTORY[key]
    if key in HISTORY_REASONS:
        return HISTORY_REASONS[key]
    history = historical_tables() if history is None else history
    if table in history:
        if column in HISTORY_COLUMNS:
            return HISTORY_COLUMNS[column]
        return INVENTORY.get(f"{history[table]}.{column}")
    return None
