"""The portal: the layer on top that puts the apps together (see docs/architecture.md)."""
