"""Views of est_incidents."""
