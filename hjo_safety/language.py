"""The visitor's language: Swedish, or English on the public pages when the visitor chose it.

``LanguageCookieMiddleware`` (in place of Django's ``LocaleMiddleware``) reads the language from
the language cookie (``settings.LANGUAGE_COOKIE_NAME``) and nothing else: not the browser's
``Accept-Language``, so every visitor sees Swedish until they press the switch, and not the
path, so the Swedish URLs stay as they are published. The switch (``portal.views.set_language``)
is a plain link that sets the cookie and returns to the page; it holds no CSRF token, so the
public page cache keeps the pages that show it. The public cache's key and the kept fragments'
keys include the active language, so one language's page is never served to the other.

The English catalogue (``locale/en/``) covers the public pages; staff pages have Swedish
msgids without English text and stay Swedish.
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


def language_from_cookie(request) -> str:
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class LanguageCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        code = language_from_cookie(request)
        request.LANGUAGE_CODE = code
        with translation.override(code):
            response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", code)
        return response
