"""Demo data for est_incidents, called by ``manage.py seed_demo`` (idempotent).

Incidents first; then the EST meetings and police events (``meeting_demo``), which build on them.
"""

from est_incidents import meeting_demo


def seed(*, command, verbosity=1):
    """Create or update this app's demo rows."""
    meeting_demo.seed(command=command, verbosity=verbosity)


def reset(*, command, verbosity=1):
    """Delete this app's demo rows (for ``seed_demo --reset``)."""
    meeting_demo.reset(command=command, verbosity=verbosity)
