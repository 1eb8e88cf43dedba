"""Models of est_incidents."""
