"""Sections that apps above est_incidents add to its pages, without est_incidents importing them.

The import contracts let ``est_measures`` (interventions) read est_incidents, never the other
way round. So that the situation picture and the EST meeting page can still show what those
apps know, an app registers a provider in its ``AppConfig.ready()``::

    extensions.register("situation_picture", provider)

Pages: ``"situation_picture"`` (called with ``period``, ``picture`` and the chosen ``filters``:
``place``, ``category``, ``organisation``), ``"meeting_detail"`` (called with ``meeting``) and
``"promise_detail"`` (citizen_promises' page, called with ``promise`` and ``activities``; a
provider may also set attributes on the activities, as bra_council does with its actions) and
``"intervention_detail"`` (est_measures' page, called with ``intervention``; a section there is
rendered inside the page's facts list, as ``<dt>``/``<dd>`` pairs). A provider is called as ``provider(request, **page_values)`` and
returns ``None`` or a dict with a ``template`` to include; the page includes it with the dict
as ``section`` (``{% include section.template %}``). A page with no providers shows nothing
extra. Providers run in registration order (the order of ``INSTALLED_APPS``).
"""

_providers: dict[str, list] = {}

PAGES = ("situation_picture", "meeting_detail", "promise_detail", "intervention_detail")


def register(page: str, provider) -> None:
    if page not in PAGES:
        raise ValueError(f"unknown page {page!r}; pages: {', '.join(PAGES)}")
    if provider not in _providers.setdefault(page, []):
        _providers[page].append(provider)


def sections(page: str, request, **values) -> list[dict]:
    """The sections the registered providers add to ``page`` for this request."""
    found = []
    for provider in _providers.get(page, []):
        section = provider(request, **values)
        if section:
            found.append(section)
    return found
