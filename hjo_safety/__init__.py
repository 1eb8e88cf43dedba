"""Hjo Trygghet: the project package and the core app (organisations, memberships, public pages)."""
