"""The page cache as a backend of Wagtail's frontend cache
(wagtail.contrib.frontend_cache, WAGTAILFRONTENDCACHE["pages"]): Wagtail
purges a page's URLs on publishing and unpublishing through every backend,
this one and a proxy's (Varnish, Cloudflare) alike, and pagecache.signals
adds the pages that list or link to it (PurgeBatch)."""

from urllib.parse import urlsplit

from wagtail.contrib.frontend_cache.backends import BaseBackend

from . import store


class PageCacheBackend(BaseBackend):
    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        store.purge_paths({urlsplit(url).path or "/" for url in urls})
