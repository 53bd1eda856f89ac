"""Serve anonymous readers whole pages from the cache (pagecache.store).

Sits above GZipMiddleware, so a page is stored as it is sent (compressed
or not, one entry per encoding) and a hit costs one cache round trip, no
database query and no rendering. A response is stored only when all hold:
- a GET without a query string, Authorization header or session cookie
  (editors, members and anyone with a session never share a cached page);
- it was served by a Wagtail page (pagecache.wagtail_hooks marks it), not
  a preview, and that page has no view restriction (the members' area);
- a 200 that is not streamed and sets no cookie, used no CSRF token, and
  the user is anonymous.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_etags

from . import store

MARK = "_pagecache_page"
SKIPPED_HEADERS = {"set-cookie", "content-length"}


def _encoding(request):
    return "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else "identity"


def _eligible(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and not request.META.get("HTTP_AUTHORIZATION")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _public_headers(response):
    patch_vary_headers(response, ("Accept-Encoding", "Cookie"))
    if settings.PAGE_CACHE_PROXY_SECONDS:
        # A frontend cache (Varnish, a CDN) is purged by Wagtail on publish.
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_PROXY_SECONDS
        )
    else:
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)


def _not_modified(request, entry):
    etags = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
    return entry["etag"] in etags or "*" in etags


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            response = self.get_response(request)
            if getattr(request, MARK, None) is not None:
                # A page for someone with a session: no shared cache keeps it.
                patch_cache_control(response, private=True)
            return response
        encoding = _encoding(request)
        try:
            generation, entry = store.lookup(request, encoding)
        except store.CacheUnavailable:  # Redis down: render, store nothing
            return self.get_response(request)
        if entry is not None:
            if _not_modified(request, entry):
                response = HttpResponseNotModified()
                for name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
                    response[name] = entry["headers"][name]
                return response
            response = HttpResponse(entry["content"], status=200, headers=entry["headers"])
            # As the miss had it (CommonMiddleware or GZip set it below us):
            # without it the server would send the hit chunked.
            response["Content-Length"] = str(len(entry["content"]))
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable(request, response):
            _public_headers(response)
            response["ETag"] = (
                '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
            )
            response["Last-Modified"] = http_date()
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in SKIPPED_HEADERS
            }
            store.store(
                request,
                encoding,
                generation,
                {"content": response.content, "headers": headers, "etag": response["ETag"]},
            )
            response["X-Page-Cache"] = "miss"
        elif getattr(request, MARK, None) is not None:
            patch_cache_control(response, private=True)
        return response

    @staticmethod
    def _cacheable(request, response):
        page = getattr(request, MARK, None)
        if page is None or getattr(request, "is_preview", False):
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_USED") or response.has_header("Cache-Control"):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        return not page.get_view_restrictions().exists()
