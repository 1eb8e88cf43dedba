"""Models of bra_council."""
