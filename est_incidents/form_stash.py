"""Keep an incident report typed before the idle timeout through the login that follows.

A POST to the report form from a session that has expired (the browser still sends the old
session key, the row in ``django_session`` is past its ``expire_date``) would otherwise lead
to the login page and lose the text. Instead the submitted fields (never the CSRF token) are
stashed server-side in the new anonymous session, bound to the user of the expired session,
and the user is sent to the login page with ``next``. Django's ``login()`` keeps an
anonymous session's data (it only cycles the key), so after logging in the form is shown
again prefilled – only to the same user, only for ``STASH_MAX_AGE``. Nothing is saved until
the user submits again, so the personal-data guard applies as usual.
"""

from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.views import redirect_to_login
from django.contrib.sessions.models import Session
from django.utils import timezone
from django.utils.translation import gettext as _

STASH_SESSION_KEY = "incident_form_stash"
STASH_MAX_AGE = timedelta(hours=2)
NEVER_STASHED = {"csrfmiddlewaretoken"}


def _expired_session_user_id(request):
    """The user id of the expired session the browser still names, or None."""
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not key:
        return None
    row = Session.objects.filter(session_key=key, expire_date__lte=timezone.now()).first()
    if row is None:
        return None
    try:
        return str(row.get_decoded().get(SESSION_KEY) or "") or None
    except Exception:  # a row written with another secret or tampered with: nothing to keep
        return None


def stash_post_of_expired_session(view_func):
    """Outermost decorator of a form view: stash an expired session's POST, then log in."""

    @wraps(view_func)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and not request.user.is_authenticated:
            user_id = _expired_session_user_id(request)
            if user_id is not None:
                request.session[STASH_SESSION_KEY] = {
                    "user": user_id,
                    "path": request.path,
                    "saved": timezone.now().isoformat(),
                    "data": {
                        name: values
                        for name, values in request.POST.lists()
                        if name not in NEVER_STASHED
                    },
                }
                return redirect_to_login(request.get_full_path())
        return view_func(request, *args, **kwargs)

    return wrapper


def pop_stashed_form(request):
    """The stashed fields for this user and path as form initial data (and a message), or None."""
    stash = request.session.pop(STASH_SESSION_KEY, None)
    if not stash or not request.user.is_authenticated:
        return None
    try:
        saved = timezone.datetime.fromisoformat(stash["saved"])
        fresh = timezone.now() - saved <= STASH_MAX_AGE
        mine = stash["user"] == str(request.user.pk) and stash["path"] == request.path
        data = stash["data"]
    except (KeyError, TypeError, ValueError):
        return None
    if not (fresh and mine):
        return None
    messages.info(
        request,
        _(
            "Du loggades ut efter en stunds inaktivitet. Din rapport är sparad – kontrollera "
            "och skicka."
        ),
    )
    return {name: values[0] if len(values) == 1 else values for name, values in data.items()}
