"""Models of the fortnightly EST meetings, their reports and actions, and police events."""
