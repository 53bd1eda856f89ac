"""Wagtail's page routing and site lookup, remembered between requests
(core.memo) until content changes.

Wagtail finds the page for a URL one path segment at a time, two queries
a level (the child, then its specific row): eight queries for a practice
four levels down, on every request. Here the outcome of that walk (which
page, of which type, and how many segments it took) is remembered per
site, language and path, and each request loads just that page, fresh,
in one query, then lets it route the rest (a routable page's own
sub-paths: export.csv, feeds). Not-found paths are not remembered.
"""

from django.core.exceptions import FieldDoesNotExist
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from . import memo

_wagtail_route_for_request = Page.route_for_request
_wagtail_find_site = Site._find_for_request


def _find_site(request):
    """The request's Site, remembered per host name and port."""
    if not memo.active():
        return _wagtail_find_site(request)
    key = ("site", request._get_raw_host(), request.get_port())
    return memo.remember(key, lambda: _wagtail_find_site(request), keep_none=False)


def _walk(request, site, path):
    """(page pk, specific class, segments consumed) of Wagtail's routing,
    or None when nothing is found there."""
    result = _wagtail_route_for_request(request, path)
    if result is None:
        return None
    page = result[0]
    return page.pk, type(page), page.depth - site.root_page.depth


def _is_foreign_key(model, name):
    """True if `model` has a foreign key `name` (a page's city and listing
    image, loaded with it: every such page shows them)."""
    try:
        return model._meta.get_field(name).many_to_one
    except FieldDoesNotExist:
        return False


def route_for_request(request, path):
    if hasattr(request, "_wagtail_route_for_request") or not memo.active():
        return _wagtail_route_for_request(request, path)
    site = Site.find_for_request(request)
    if site is None:
        return _wagtail_route_for_request(request, path)
    key = ("route", site.pk, translation.get_language(), path)
    found = memo.remember(key, lambda: _walk(request, site, path), keep_none=False)
    if found is None:
        request._wagtail_route_for_request = None
        return None
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request  # the walk just ran
    pk, page_class, consumed = found
    components = [component for component in path.split("/") if component]
    try:
        related = ["locale"] + [
            name for name in ("city", "image") if _is_foreign_key(page_class, name)
        ]
        page = page_class.objects.select_related(*related).get(pk=pk)
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except (page_class.DoesNotExist, Http404):
        request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def get_view_restrictions(page):
    """Wagtail's queryset of the restrictions on the page and its ancestors,
    with its rows remembered (core.memo): iterating it, as serving does,
    costs no query; any other use (filter, order_by, exists) queries."""
    if not (memo.active() and page.pk):
        return _wagtail_get_view_restrictions(page)

    def lookup():
        queryset = _wagtail_get_view_restrictions(page)
        return queryset.query, list(queryset)

    query, rows = memo.remember(("restrictions", page.pk), lookup)
    queryset = PageViewRestriction.objects.all()
    queryset.query = query.chain()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset


_wagtail_get_view_restrictions = Page.get_view_restrictions


def install():
    Page.get_view_restrictions = get_view_restrictions
    Page.route_for_request = staticmethod(route_for_request)
    Site._find_for_request = staticmethod(_find_site)
