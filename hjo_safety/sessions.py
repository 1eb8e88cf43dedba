"""Database sessions with an idle timeout whose activity stamp is written at most once a minute.

Sessions stay in the database (shared by every app server, so a logout or a changed membership
takes effect at once on every instance). The idle timeout is the session's ``expire_date``:
``SESSION_COOKIE_AGE`` (``SESSION_IDLE_MINUTES``) from the last request. Django's
``SESSION_SAVE_EVERY_REQUEST`` writes it with an ``UPDATE`` on every request; here the
middleware writes it only when the stored expiry is more than ``STAMP_INTERVAL`` behind what
this request would set. A session therefore ends between ``SESSION_IDLE_MINUTES`` minus one
minute and ``SESSION_IDLE_MINUTES`` after its last request — never later — and a busy user's
requests cost no write except once a minute.

Settings: ``SESSION_ENGINE = "hjo_safety.sessions"``, ``SESSION_SAVE_EVERY_REQUEST = False`` and
``hjo_safety.sessions.IdleTimeoutSessionMiddleware`` in place of Django's ``SessionMiddleware``.
"""

from datetime import timedelta

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import connection
from django.utils import timezone

from hjo_safety.statements import Statement

STAMP_INTERVAL = timedelta(minutes=1)


class SessionStore(DatabaseSessionStore):
    """Django's database session, remembering the expiry it was loaded with. The session is
    read with a statement compiled once per process (``hjo_safety.statements``): the query of
    ``DatabaseSessionStore._get_session_from_db``, run on every request."""

    loaded_expiry = None
    _statement = None

    @classmethod
    def _unexpired(cls):
        if cls._statement is None:
            model = cls.get_model_class()
            cls._statement = Statement(
                lambda key, now: model.objects.filter(session_key=key, expire_date__gt=now)
            )
        return cls._statement

    def _get_session_from_db(self):
        if connection.vendor != "postgresql":  # SQLite passes datetimes as text (the demo)
            stored = super()._get_session_from_db()
            self.loaded_expiry = stored.expire_date if stored is not None else None
            return stored
        found = self._unexpired().objects(key=self.session_key, now=timezone.now())
        stored = found[0] if found else None
        if stored is None:
            self._session_key = None  # as Django's: a key that is not (or no longer) stored
        self.loaded_expiry = stored.expire_date if stored is not None else None
        return stored

    def activity_stamp_due(self) -> bool:
        """Is the stored expiry more than a minute behind the one a write now would set?"""
        if self.loaded_expiry is None:
            return True
        would_be = timezone.now() + timedelta(seconds=self.get_session_cookie_age())
        return would_be - self.loaded_expiry >= STAMP_INTERVAL


class IdleTimeoutSessionMiddleware(SessionMiddleware):
    """``SessionMiddleware`` that also saves an unchanged, non-empty session when its activity
    stamp is due, which pushes its expiry forward."""

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if (
            session is not None
            and session.accessed
            and not session.modified
            and not session.is_empty()
            and getattr(session, "activity_stamp_due", lambda: True)()
        ):
            session.modified = True
        return super().process_response(request, response)
