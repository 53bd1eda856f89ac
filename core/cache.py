"""The one cache: Django's cache, with keys that name what they depend on.

Everything the site keeps between requests (whole pages for anonymous
readers in pagecache/, HTML fragments of the page chrome, the lookups that
are the same for every reader of a language) is stored in Django's cache
(`PAGE_CACHE_ALIAS`: Redis when REDIS_URL is set, else the process's own
memory) under a key that includes the current *version* of each scope it
depends on:

- ``SITE``: what every page may show besides its own text: the sites,
  locales, settings, vocabularies, images, snippets, and the pages that
  shape navigation (core.models.BasePage.shapes_navigation);
- ``PAGES``: lists of pages (the home page's latest, a practice's related
  practices, the library's filter options): any published, unpublished,
  moved or deleted page;
- ``page_scope(translation_key)``: what one page and its translations
  show of themselves (their languages, translation state, breadcrumbs).

A change bumps the scopes it touches (pagecache.signals), and every key
built with an old version is never read again (the cache evicts it). A
request reads each scope's version once, when it first needs it; a change
made in the request is seen by the rest of it. Outside requests
(management commands, imports) nothing is cached: they always look up.

A cache of the process's own memory (no REDIS_URL) never hears of a bump
made by another process (a cron job's scheduled publishing, an import run
from the command line), so there values are kept SITE_MEMO_SECONDS at most.
"""

import contextlib
import hashlib
import logging
import threading
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db import transaction

SITE = "site"
PAGES = "pages"
ALL = (SITE, PAGES)
VERSION_PREFIX = "version:"
logger = logging.getLogger(__name__)
_request = threading.local()
_MISSING = object()
# Set when a bump could not be written (Redis down): until it is, this
# process caches nothing and writes the bumps first when the cache answers.
_pending = set()
_pending_lock = threading.Lock()


class CacheUnavailable(Exception):
    """The cache could not take a new version: what it holds may be stale."""


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def page_scope(translation_key):
    return f"page:{translation_key}"


def lifetime(seconds=None):
    """How long a value is kept: `seconds` (default PAGE_CACHE_SECONDS), at
    most SITE_MEMO_SECONDS in a cache of the process's own memory."""
    seconds = settings.PAGE_CACHE_SECONDS if seconds is None else seconds
    if isinstance(cache(), LocMemCache):
        return min(seconds, settings.SITE_MEMO_SECONDS)
    return seconds


def _start(**kwargs):
    _request.versions = {} if settings.SITE_MEMO_ENABLED else None


def _finish(**kwargs):
    _request.versions = None


@contextlib.contextmanager
def bypassed():
    """Nothing is read from the cache or kept in it inside the block: a
    preview shows a draft, which must neither see nor replace the live
    page's values (BasePage.serve_preview)."""
    saved = getattr(_request, "versions", None)
    _request.versions = None
    try:
        yield
    finally:
        _request.versions = saved


def active():
    """True in a request that may use cached values."""
    return getattr(_request, "versions", None) is not None and not _pending


def _write_version(scope):
    version = uuid.uuid4().hex
    backend = cache()
    # core.redis_cache answers like an empty cache while Redis is down,
    # except for this write: a lost bump would leave stale values.
    write = getattr(backend, "set_strictly", backend.set)
    write(VERSION_PREFIX + scope, version, None)
    return version


def _flush_pending():
    with _pending_lock:
        for scope in sorted(_pending):
            _write_version(scope)
            _pending.discard(scope)


def versions(scopes):
    """The current version of each scope, read once per request (a missing
    one, evicted or never written, is started afresh: nothing cached under
    the old one can match it). Raises CacheUnavailable while a bump waits."""
    if _pending:
        try:
            _flush_pending()
        except Exception as error:
            raise CacheUnavailable(str(error)) from error
    known = getattr(_request, "versions", None)
    if known is None:
        known = {}
    missing = [scope for scope in scopes if scope not in known]
    if missing:
        found = cache().get_many([VERSION_PREFIX + scope for scope in missing])
        for scope in missing:
            version = found.get(VERSION_PREFIX + scope)
            if version is None:
                try:
                    version = _write_version(scope)
                except Exception as error:
                    raise CacheUnavailable(str(error)) from error
            known[scope] = version
    return tuple(known[scope] for scope in scopes)


def _bump_now(scopes):
    known = getattr(_request, "versions", None)
    for scope in scopes:
        try:
            version = _write_version(scope)
        except Exception as error:
            with _pending_lock:
                _pending.add(scope)
            logger.error("The cache could not be updated (%s): it will be when it answers", error)
            version = None
        if known is not None:
            if version is None:
                known.pop(scope, None)
            else:
                known[scope] = version


def bump(*scopes):
    """Start new versions of `scopes`: now, and again when the current
    transaction commits (a request rendering during the transaction must not
    store the old content under the new version). While the cache cannot be
    reached the change goes through, and the bump is made when it answers."""
    _bump_now(scopes)
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _bump_now(scopes))


def key(name, scopes):
    """A cache key for `name` (any repr-able value) under the scopes' current
    versions; raises CacheUnavailable while a bump waits."""
    raw = repr((name, versions(scopes)))
    return "cached:" + hashlib.sha256(raw.encode()).hexdigest()


def remember(name, compute, scopes=ALL, keep_none=True, seconds=None):
    """compute(), or what it returned for `name` while none of `scopes`
    changed (with keep_none=False, a None, "not found", is not kept)."""
    if not active():
        return compute()
    try:
        full_key = key(name, scopes)
        value = cache().get(full_key, _MISSING)
    except CacheUnavailable:
        return compute()
    if value is _MISSING:
        value = compute()
        if keep_none or value is not None:
            cache().set(full_key, value, lifetime(seconds))
    return value


def remember_many(names, compute, scopes=ALL):
    """{name: value} for every name: the cached ones in one round trip, the
    rest from compute(missing names) -> {name: value}, then kept."""
    if not active():
        return compute(list(names))
    try:
        keys = {name: key(name, scopes) for name in names}
        found = cache().get_many(list(keys.values()))
    except CacheUnavailable:
        return compute(list(names))
    values = {name: found[full_key] for name, full_key in keys.items() if full_key in found}
    missing = [name for name in names if name not in values]
    if missing:
        computed = compute(missing)
        cache().set_many({keys[name]: value for name, value in computed.items()}, lifetime())
        values.update(computed)
    return values


def install():
    request_started.connect(_start, dispatch_uid="core_cache_start")
    request_finished.connect(_finish, dispatch_uid="core_cache_finish")
