"""Reading ``est_incidents.disclosure.Disclosed`` values in tests: what a viewer reads."""

from est_incidents.disclosure import Disclosed


def plain(value):
    """``value`` with every ``Disclosed`` replaced by the number a viewer reads (``None`` when
    masked), recursively through dicts, lists and tuples."""
    if isinstance(value, Disclosed):
        return None if value.masked else value.shown
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(plain(item) for item in value)
    return value
