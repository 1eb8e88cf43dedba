"""Admin of citizen_promises, scoped by the membership policy (hjo_safety.permissions)."""
