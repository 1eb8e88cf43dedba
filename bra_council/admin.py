"""Admin of bra_council, scoped by the membership policy (hjo_safety.permissions)."""
