"""Whole rendered pages for anonymous readers, in Django's cache (core.cache).

One entry per URL path holds every variant served at that path (scheme,
host, encoding), so that a purge by path (pagecache.frontend, called by
Wagtail's frontend cache on publishing) forgets them all with one delete,
whatever host the readers used. An entry also carries the SITE version
(core.cache) it was rendered under: a change that may show on every page
(a setting, a term, the navigation) makes every entry stale at once.
"""

import hashlib

from core import cache as site_cache
from core.cache import CacheUnavailable, cache  # noqa: F401 - for the middleware and tests


def path_key(path):
    return "pagecache:path:" + hashlib.sha256(path.encode()).hexdigest()


def _variant(request, encoding):
    return f"{request.scheme}://{request.get_host()}|{encoding}"


def lookup(request, encoding):
    """(site version, stored response or None). Raises CacheUnavailable."""
    (version,) = site_cache.versions((site_cache.SITE,))
    entry = site_cache.cache().get(path_key(request.path))
    if entry is None or entry["site"] != version:
        return version, None
    return version, entry["variants"].get(_variant(request, encoding))


def store(request, encoding, version, response):
    """Keep `response` ({content, headers, etag}) among the path's variants."""
    backend = site_cache.cache()
    key = path_key(request.path)
    entry = backend.get(key)
    if entry is None or entry["site"] != version:
        entry = {"site": version, "variants": {}}
    entry["variants"][_variant(request, encoding)] = response
    backend.set(key, entry, site_cache.lifetime())


def purge_paths(paths):
    """Forget every variant of these URL paths."""
    site_cache.cache().delete_many([path_key(path) for path in paths])
