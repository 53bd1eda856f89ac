"""The request's Site from core.cache, as Wagtail's `Site.find_for_request`
would find it: Wagtail keeps its answer on the request
(`request._wagtail_site`, its documented per-request cache) and looks there
first, so every later lookup in the request (routing, settings, URLs) costs
nothing. The site's root page comes with its specific page already loaded.
"""

from wagtail.models import Site

from . import cache


def _find(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 - loaded once, kept with the site
    return site


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if cache.active() and not hasattr(request, "_wagtail_site"):
            key = ("site", request._get_raw_host(), request.get_port())
            site = cache.remember(key, lambda: _find(request), (cache.SITE,), keep_none=False)
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)
