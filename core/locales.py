"""The active Locale, looked up once per request.

Wagtail's `Locale.get_active()` queries the database on every call, and a
page asks for it several times while rendering (`page.localized` for the
home page, the navigation, the language switcher). Within one request the
answer cannot change, so it is remembered from `request_started` to
`request_finished` (per thread, per language); outside requests nothing is
remembered.
"""

import threading

from django.core.signals import request_finished, request_started
from django.utils import translation
from wagtail.models import Locale

_state = threading.local()
_uncached_get_active = Locale.get_active.__func__


def _get_active(cls):
    memo = getattr(_state, "memo", None)
    if memo is None or cls is not Locale:
        return _uncached_get_active(cls)
    language = translation.get_language()
    if language not in memo:
        from core.memo import remember

        memo[language] = remember(("locale", language), lambda: _uncached_get_active(cls))
    return memo[language]


def _start(**kwargs):
    _state.memo = {}


def _finish(**kwargs):
    _state.memo = None


def install():
    Locale.get_active = classmethod(_get_active)
    request_started.connect(_start, dispatch_uid="core_locale_memo_start")
    request_finished.connect(_finish, dispatch_uid="core_locale_memo_finish")
