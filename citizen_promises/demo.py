"""Demo data for citizen_promises, called by ``manage.py seed_demo`` (idempotent)."""


def seed(*, command, verbosity=1):
    """Create or update this app's demo rows."""


def reset(*, command, verbosity=1):
    """Delete this app's demo rows (for ``seed_demo --reset``)."""
