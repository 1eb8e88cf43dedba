"""Querysets whose SQL is compiled once per process: the small queries every page runs.

Django builds and compiles a queryset's SQL anew each time it is evaluated. For the few small
queries every staff page runs — the session, the user with their memberships, the contact
details of the footer, the menu's count of shares waiting — that compiling was most of their
CPU, about 0.5–1 ms each (cProfile; bench/RESULTS.md, session 8). ``Statement`` builds the
queryset once with placeholder values, compiles it, finds where each placeholder landed among
the statement's parameters, and from then on runs that SQL with each call's values::

    CURRENT = Statement(lambda: ContactInfo.objects.order_by("pk")[:1])
    CURRENT.objects()                                    # [ContactInfo] or []

    WAITING = Statement(
        lambda organisations: IncidentShare.objects.filter(organisation__in=organisations)
    )
    WAITING.count(organisations=[3, 7])

The queryset is the single definition of the query (its ``visible_to``/``active`` verbs and all);
only the compiling is saved. A value may be an int, a str, an aware datetime, or a list of ints
(compiled once per length: ``IN (%s, %s)``). The SQL must not depend on the values themselves,
only on their number — which holds for filters on plain values, not for ``None`` (``IS NULL``)
or an empty list (which Django turns into a query that matches nothing): callers handle those.
"""

from collections.abc import Callable
from datetime import UTC, datetime

from django.db import connection
from django.db.models import QuerySet

_FIRST_SENTINEL = -917_364_000


def _sentinels(values: dict) -> tuple[tuple, dict]:
    """A placeholder for every value, all different and unlike any value a query holds."""
    counter = iter(range(10_000))
    placeholders = {}
    shape = []
    for name, value in sorted(values.items()):
        if isinstance(value, list | tuple | set | frozenset):
            placeholders[name] = [_FIRST_SENTINEL - next(counter) for _ in value]
            shape.append((name, len(value)))
        elif isinstance(value, bool) or value is None:
            raise TypeError(f"{name}: a statement's value is an int, str, datetime or list")
        elif isinstance(value, int):
            placeholders[name] = _FIRST_SENTINEL - next(counter)
            shape.append((name, None))
        elif isinstance(value, str):
            placeholders[name] = f"statement-placeholder-{next(counter)}"
            shape.append((name, None))
        elif isinstance(value, datetime):
            placeholders[name] = datetime(1901, 1, 1, microsecond=next(counter), tzinfo=UTC)
            shape.append((name, None))
        else:
            raise TypeError(f"{name}: a statement's value is an int, str, datetime or list")
    return tuple(shape), placeholders


class Statement:
    """``build(**values)``'s SQL, compiled once per database and shape of the values."""

    def __init__(self, build: Callable[..., QuerySet]):
        self._build = build
        self._compiled: dict[tuple, tuple] = {}

    def _compile(self, values: dict) -> tuple:
        shape, placeholders = _sentinels(values)
        memo = (connection.alias, shape)
        compiled = self._compiled.get(memo)
        if compiled is None:
            queryset = self._build(**placeholders)
            compiler = queryset.query.get_compiler(connection=connection)
            sql, params = compiler.as_sql()
            where = {}  # parameter index: (name, index in the list or None)
            for name, placeholder in placeholders.items():
                items = placeholder if isinstance(placeholder, list) else [placeholder]
                for position, item in enumerate(items):
                    found = [n for n, param in enumerate(params) if param == item]
                    if not found:
                        raise ValueError(f"{name}: the value is not a parameter of the SQL")
                    for index in found:
                        where[index] = (name, position if isinstance(placeholder, list) else None)
            fields = None
            if (
                compiler.klass_info is not None
                and not compiler.klass_info.get("related_klass_infos")
                and not compiler.annotation_col_map
                and not queryset.query.deferred_loading[0]
            ):
                fields = [field.attname for field in queryset.model._meta.concrete_fields]
            compiled = (sql, list(params), where, queryset.model, fields)
            self._compiled[memo] = compiled
        return compiled

    def _params(self, compiled, values: dict) -> list:
        _sql, params, where, _model, _fields = compiled
        params = params.copy()
        for index, (name, position) in where.items():
            value = values[name]
            params[index] = value if position is None else list(value)[position]
        return params

    def rows(self, **values) -> list[tuple]:
        """The rows of the queryset's columns (its ``values_list``, or the model's fields)."""
        compiled = self._compile(values)
        with connection.cursor() as cursor:
            cursor.execute(compiled[0], self._params(compiled, values))
            return cursor.fetchall()

    def objects(self, **values) -> list:
        """Model instances, as iterating the queryset gives them (whole rows of one model:
        no ``select_related``, annotations or deferred fields)."""
        compiled = self._compile(values)
        model, fields = compiled[3], compiled[4]
        if fields is None:
            raise TypeError("objects() reads whole rows of one model; use rows()")
        with connection.cursor() as cursor:
            cursor.execute(compiled[0], self._params(compiled, values))
            return [model.from_db(connection.alias, fields, row) for row in cursor.fetchall()]

    def count(self, **values) -> int:
        """How many rows the queryset has (its ``count()``)."""
        compiled = self._compile(values)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM ({compiled[0]}) counted",  # noqa: S608 # nosec B608 — compiled by Django
                self._params(compiled, values),
            )
            return cursor.fetchone()[0]
