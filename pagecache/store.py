"""Whole rendered pages for anonymous readers, in Django's cache.

Every stored page carries the generation it was rendered in; `purge()`
starts a new generation, so every page stored before is ignored from then
on, in every process that shares the cache (Redis when REDIS_URL is set).
A lookup reads the page with the generation the request read when it
started (core.memo), or both in one round trip (get_many).
When the generation key itself is missing (evicted, or a fresh cache) a
new one is started: no page rendered before can match it, so a page is
never stale, whatever the cache forgot.
"""

import hashlib
import logging
import threading
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

GENERATION_KEY = "pagecache:generation"
logger = logging.getLogger(__name__)


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


class CacheUnavailable(Exception):
    """The cache could not take a new generation: pages cannot be purged."""


# Set when a purge could not be written (Redis down): this process writes a
# new generation before it reads one again, as soon as the cache answers.
_purge_pending = threading.Event()


def new_generation():
    from core import memo

    generation = uuid.uuid4().hex
    memo.invalidate()
    backend = cache()
    # core.redis_cache answers like an empty cache while Redis is down,
    # except for this write: a lost purge would leave stale pages.
    write = getattr(backend, "set_strictly", backend.set)
    try:
        write(GENERATION_KEY, generation, None)
    except Exception as error:
        _purge_pending.set()
        raise CacheUnavailable(str(error)) from error
    _purge_pending.clear()
    return generation


def current_generation():
    if _purge_pending.is_set():
        return new_generation()
    generation = cache().get(GENERATION_KEY)
    return generation if generation is not None else new_generation()


def _purge_now():
    try:
        new_generation()
    except CacheUnavailable as error:
        logger.error("Pages could not be purged (%s): they will be when the cache answers", error)


def purge():
    """Forget every cached page (now, and again when the current transaction
    commits, so that a request rendering during the transaction cannot store
    the old content under the new generation). While the cache cannot be
    reached the change goes through, and the purge is made when it answers."""
    connection = transaction.get_connection()
    # Every change starts a new generation at once (this process's own reads
    # in the transaction, core.memo, must not see the state before it).
    _purge_now()
    if connection.in_atomic_block and not any(
        callback is _purge_now for _ids, callback, _robust in connection.run_on_commit
    ):
        transaction.on_commit(_purge_now)


def page_key(request, encoding):
    raw = f"{request.scheme}://{request.get_host()}{request.path}|{encoding}"
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def lookup(request, encoding):
    """(generation, stored entry or None)."""
    from core import memo

    key = page_key(request, encoding)
    # The site memo read the generation when this request started: then one
    # round trip to the cache (Redis) per hit, not two.
    generation = memo.generation()
    if generation is None:
        found = cache().get_many([GENERATION_KEY, key])
        generation, entry = found.get(GENERATION_KEY), found.get(key)
        if generation is None:
            return new_generation(), None
    else:
        entry = cache().get(key)
    if entry is None or entry["generation"] != generation:
        return generation, None
    return generation, entry


def store(request, encoding, generation, entry):
    entry["generation"] = generation
    cache().set(page_key(request, encoding), entry, lifetime())


def lifetime():
    """How long a page is kept. A cache of the process's own memory (no
    REDIS_URL) never hears of a purge made by another process (a cron job's
    `publish_scheduled`, an import from the command line): there pages are
    kept no longer than the site memo, SITE_MEMO_SECONDS."""
    if isinstance(cache(), LocMemCache):
        return min(settings.PAGE_CACHE_SECONDS, settings.SITE_MEMO_SECONDS)
    return settings.PAGE_CACHE_SECONDS
