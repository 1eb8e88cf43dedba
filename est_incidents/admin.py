"""Admin of est_incidents, scoped by the membership policy (hjo_safety.permissions)."""
