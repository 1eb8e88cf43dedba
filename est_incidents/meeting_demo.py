"""Demo data for EST meetings and police events, called from ``est_incidents.demo``."""


def seed(*, command, verbosity=1):
    """Create or update the EST meetings' demo rows."""


def reset(*, command, verbosity=1):
    """Delete the EST meetings' demo rows."""
