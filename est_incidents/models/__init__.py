"""The models of est_incidents, one module per noun; imported here so Django registers them and
callers write ``from est_incidents.models import Incident``."""

from est_incidents.models.counts import IncidentRollup
from est_incidents.models.coverage import CoverageReminder, NothingToReport
from est_incidents.models.incidents import (
    HISTORY_HIDDEN_FIELDS,
    HJO_BOUNDS,
    HJO_CENTRE,
    Category,
    Incident,
    Place,
    validate_in_hjo,
    validate_point,
)
from est_incidents.models.meetings import EstAction, EstMeeting, EstMeetingReport
from est_incidents.models.police import PoliceEvent
from est_incidents.models.releases import ReleasedIncident, ReleaseSnapshot
from est_incidents.models.sharing import HandlingStatus, IncidentShare, Share, ShareHandlingNote
from est_incidents.models.statutory import YearlySituationAnalysis

__all__ = [
    "HISTORY_HIDDEN_FIELDS",
    "HJO_BOUNDS",
    "HJO_CENTRE",
    "Category",
    "ReleasedIncident",
    "ReleaseSnapshot",
    "CoverageReminder",
    "EstAction",
    "EstMeeting",
    "EstMeetingReport",
    "HandlingStatus",
    "Incident",
    "IncidentRollup",
    "IncidentShare",
    "NothingToReport",
    "Share",
    "Place",
    "PoliceEvent",
    "ShareHandlingNote",
    "YearlySituationAnalysis",
    "validate_in_hjo",
    "validate_point",
]
