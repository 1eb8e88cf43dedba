"""Views of bra_council."""
