"""The request's Site from core.cache, as Wagtail's `Site.find_for_request`
would find it: Wagtail keeps its answer on the request
(`request._wagtail_site`, its documented per-request cache) and looks there
first, so every later lookup in the request (routing, settings, URLs) costs
nothing. The site's root page is kept as its specific page.
"""

from wagtail.models import Site

from . import cache


def _find(request):
    site = Site.find_for_request(request)
    if site is not None:
        # The root page as its own class (a HomePage is a Page): Wagtail
        # routes from `site.root_page.localized.specific`, which HomePage
        # answers from core.cache (core.routing.PathRoutingMixin).
        site.root_page = site.root_page.specific
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
