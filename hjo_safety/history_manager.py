"""django-simple-history builds a new manager class on every ``instance.history`` access.

``HistoryDescriptor.__get__`` calls ``HistoryManager.from_queryset(HistoricalQuerySet)`` each
time: ``type()`` plus ``inspect.getmembers`` over the queryset class, about 0.4 ms of CPU, and
every saved incident reads it once to write its history row. ``install()`` (from
``HjoSafetyConfig.ready``) makes the descriptor build that class once per (manager, queryset)
pair; each access still gets its own manager instance bound to the model and instance, as before.

Only for the django-simple-history versions whose ``__get__`` is exactly that
(``PATCHED_VERSIONS``): after an upgrade the library's own descriptor is used until someone has
checked the new one and added its version here.
"""

from functools import cache
from importlib.metadata import version

from simple_history.manager import HistoryDescriptor

PATCHED_VERSIONS = {"3.13.0"}


@cache
def _manager_class(manager_class, queryset_class):
    return manager_class.from_queryset(queryset_class)


def _get(self, instance, owner):
    return _manager_class(self.manager_class, self.queryset_class)(self.model, instance)


def install() -> bool:
    if version("django-simple-history") not in PATCHED_VERSIONS:
        return False
    HistoryDescriptor.__get__ = _get
    return True
