"""Views of citizen_promises."""
