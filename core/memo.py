"""Site-wide lookups remembered between requests, until content changes.

Much of what a page shows besides its own text is the same for every
reader of a language: the site and its locales, where a URL leads, the
navigation and footer, the terms of the vocabularies, the network's
settings, a page's languages and ancestors. Looking them up again on
every request is most of a page's queries.

They are remembered per process for one *generation* of the page cache
(pagecache.store): any saved or deleted content starts a new generation
in the shared cache (Redis when several processes run), and each process
drops its memo at its next request. A request reads the generation once,
when it starts; a request that itself changes content stops using the
memo at once (`invalidate`), so an editor never sees their own change
missing. Outside requests (management commands, imports) nothing is
remembered.

A generation's memo is also dropped after SITE_MEMO_SECONDS: a process
whose cache is its own memory (no REDIS_URL) never hears of a purge made by
another process (a cron job's scheduled publishing, an import run from the
command line), so that bounds how long it may show the old navigation or
terms.

Remembered values are shared by every thread of the process: `remember`
hands out shallow copies of model instances (and of lists, dicts of
them), so that a caller setting an attribute on one changes nothing for
the next reader.
"""

import contextlib
import copy
import threading
import time

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db.models import Model

# Beyond this many keys a generation starts afresh (a crawl or hostile URLs
# must not grow the memo without bound, nor fill it for good).
LIMIT = 20_000

_request = threading.local()
_shared = {"generation": None, "values": {}, "since": 0.0}
_MISSING = object()


def _start(**kwargs):
    from pagecache.store import CacheUnavailable, current_generation

    _request.generation = None
    if settings.SITE_MEMO_ENABLED:
        # Redis down: this request looks everything up.
        with contextlib.suppress(CacheUnavailable):
            _request.generation = current_generation()


def _finish(**kwargs):
    _request.generation = None


def invalidate():
    """Content changed in this thread: stop remembering for this request."""
    _request.generation = None


def active():
    return getattr(_request, "generation", None) is not None


def generation():
    """The page cache generation this request read when it started, or None
    (memo off, outside a request, or content changed in this request)."""
    return getattr(_request, "generation", None)


def _values():
    global _shared
    generation = getattr(_request, "generation", None)
    if generation is None:
        return None
    shared = _shared
    now = time.monotonic()
    if shared["generation"] != generation or now - shared["since"] > settings.SITE_MEMO_SECONDS:
        shared = {"generation": generation, "values": {}, "since": now}
        _shared = shared
    return shared["values"]


def _handout(value):
    if isinstance(value, Model):
        return copy.copy(value)
    if isinstance(value, list):
        return [_handout(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_handout(item) for item in value)
    if isinstance(value, dict):
        return {key: _handout(item) for key, item in value.items()}
    return value


def remember(key, compute, keep_none=True):
    """compute(), or what it returned for `key` earlier in this generation
    (with keep_none=False, a None, "not found", is not remembered)."""
    values = _values()
    if values is None:
        return compute()
    value = values.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if keep_none or value is not None:
            _store(values, key, value)
    return _handout(value)


def _store(values, key, value):
    if len(values) >= LIMIT:
        values = _shared["values"] = {}
    values[key] = value


def known(key):
    """What `key` was remembered as in this generation, or None."""
    values = _values()
    if values is None:
        return None
    value = values.get(key)
    return None if value is None else _handout(value)


def keep(key, value):
    """Remember `value` for `key` in this generation (when remembering)."""
    values = _values()
    if values is not None and value is not None:
        _store(values, key, value)


def install():
    request_started.connect(_start, dispatch_uid="core_memo_start")
    request_finished.connect(_finish, dispatch_uid="core_memo_finish")
