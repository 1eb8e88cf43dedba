"""Sections that apps above est_incidents add to its pages, without est_incidents importing them.

The import contracts let ``est_measures`` (interventions) read est_incidents, never the other
way round. So that the situation picture and the EST meeting page can still show what those
apps know, an app registers a provider in its ``AppConfig.ready()``::

    extensions.register("situation_picture", provider)

Pages: ``"situation_picture"`` (called with ``period``, ``picture`` and the chosen ``filters``:
``place``, ``category``, ``organisation``), ``"meeting_detail"`` (called with ``meeting``) and
``"promise_detail"`` (citizen_promises' page, called with ``promise`` and ``activities``; a
provider may also set attributes on the activities, as bra_council does with its actions and
safety_statistics with the released incident counts at their places) and
``"intervention_detail"`` (est_measures' page, called with ``intervention``; a section there is
rendered inside the page's facts list, as ``<dt>``/``<dd>`` pairs) and ``"incident_detail"``
(one incident's page, called with ``incident``, only for a viewer who may see the incident; a
section there is a list item of the page's "Sedan händelsen" list). A provider is called as ``provider(request, **page_values)`` and
returns ``None`` or a dict with a ``template`` to include; the page includes it with the dict
as ``section`` (``{% include section.template %}``). A page with no providers shows nothing
extra. Providers run in registration order (the order of ``INSTALLED_APPS``).

Forms take fields from above the same way: an app registers a contributor in ``ready()``::

    extensions.register_form_fields("intervention_form", contributor)

Forms: ``"intervention_form"`` (est_measures' log/change form of an intervention, whose
``instance`` is the intervention). A contributor is an object with two methods:
``fields(user, instance)`` returns a dict of name → form field to add (initial values set for
an existing ``instance``; each field's choices are what ``user`` may pick, so a posted value
outside them is a form error), and ``save(user, instance, cleaned_data)`` stores what was
chosen, after the instance itself is saved. Contributors run in registration order.
"""

_providers: dict[str, list] = {}

PAGES = (
    "situation_picture",
    "meeting_detail",
    "promise_detail",
    "intervention_detail",
    "incident_detail",
)

_form_contributors: dict[str, list] = {}

FORMS = ("intervention_form",)


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


def register_form_fields(form: str, contributor) -> None:
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; forms: {', '.join(FORMS)}")
    if contributor not in _form_contributors.setdefault(form, []):
        _form_contributors[form].append(contributor)


def form_contributors(form: str) -> list:
    """The contributors registered for ``form``, in registration order."""
    return list(_form_contributors.get(form, []))
