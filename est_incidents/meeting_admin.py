"""Admin for EST meetings, their reports and actions, and police events."""
