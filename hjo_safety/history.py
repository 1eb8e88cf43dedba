"""django-simple-history's ``HistoricalRecords``, with a history manager class built once.

The library's ``HistoryDescriptor.__get__`` calls ``manager_class.from_queryset(queryset_class)``
on every ``instance.history`` access: ``type()`` plus ``inspect.getmembers`` over the queryset
class, and every saved object reads it once to write its history row. Our ``HistoryManager``
answers ``from_queryset`` from a cache (the class it builds depends only on its arguments); each
access still gets its own manager instance bound to the model and instance, as before.

Every model declares ``history = HistoricalRecords()`` from here (a test checks that each model
with history uses this manager). It goes through the library's documented ``history_manager``
option: no code of the library is replaced, and it would do as well upstream.
"""

from functools import cache

from simple_history import manager, models


class HistoryManager(manager.HistoryManager):
    @classmethod
    def from_queryset(cls, queryset_class, class_name=None):
        return _from_queryset(cls, queryset_class, class_name)


@cache
def _from_queryset(manager_class, queryset_class, class_name):
    return super(HistoryManager, manager_class).from_queryset(queryset_class, class_name)


class HistoricalRecords(models.HistoricalRecords):
    """``simple_history.models.HistoricalRecords`` with our ``HistoryManager`` by default."""

    def __init__(self, *args, history_manager=HistoryManager, **kwargs):
        super().__init__(*args, history_manager=history_manager, **kwargs)
