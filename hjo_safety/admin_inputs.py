"""Admin changelist parameters that Django itself turns into a 500.

Django's ``ChangeList`` builds the date hierarchy's bounds from ``<field>__year``, ``__month`` and
``__day`` and only catches ``ValueError`` while making the first date: a year such as
``10000000000`` raises ``OverflowError``, and year 9999 fails later when the next year (10000)
is computed. Both were 500s (found by the hypothesis tests in ``tests/security``). The mixin
checks the same arithmetic first and raises ``IncorrectLookupParameters``, which the admin
answers like any other bad filter: a redirect to the list with ``?e=1``.
"""

from datetime import datetime, timedelta

from django.contrib.admin.options import IncorrectLookupParameters
from django.utils.timezone import make_aware


class SafeDateHierarchyMixin:
    def get_changelist_instance(self, request):
        name = self.date_hierarchy
        if name and f"{name}__year" in request.GET:
            parts = [request.GET.get(f"{name}__{part}") for part in ("year", "month", "day")]
            try:
                start = datetime(*(int(part) if part else 1 for part in parts))
                # The bounds Django computes next: a day, a month (+32 days) or a year later.
                make_aware(start + timedelta(days=32))
                make_aware(start.replace(year=start.year + 1))
            except (OverflowError, ValueError) as error:
                raise IncorrectLookupParameters(error) from error
        return super().get_changelist_instance(request)
