"""Models of citizen_promises."""
