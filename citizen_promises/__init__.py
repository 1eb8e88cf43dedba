"""Citizen promises, their activities and follow-ups."""
