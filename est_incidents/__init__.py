"""The EST incident registry, EST meetings and the situation picture."""
