"""Admin of est_incidents, scoped by the membership policy (hjo_safety.permissions)."""

from est_incidents import meeting_admin  # noqa: E402, F401 - registers the meeting admins
