"""Wagtail's page routing and site lookup, remembered between requests
(core.memo) until content changes.

Wagtail finds the page for a URL one path segment at a time, two queries
a level (the child, then its specific row): eight queries for a practice
four levels down. Here the walk takes two queries whatever the depth (the
site's root in the reader's language, then every page on the path by its
`url_path`), and its outcome (which page, of which type, and how many
segments it took) is remembered per site, language and path; each request
loads just that page, fresh, in one query, then lets it route the rest (a
routable page's own sub-paths: export.csv, feeds). Not-found paths are not
remembered.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q, Subquery
from django.http import Http404
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from . import memo

_wagtail_route_for_request = Page.route_for_request
_wagtail_find_site = Site._find_for_request


def _find_site(request):
    """The request's Site, remembered per host name and port."""
    if not memo.active():
        return _wagtail_find_site(request)
    key = ("site", request._get_raw_host(), request.get_port())
    return memo.remember(key, lambda: _wagtail_find_site(request), keep_none=False)


def _localized_root(site):
    """The site's root page in the active language, as `root_page.localized`
    finds it (its live translation, else the root itself): one query."""
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        locale = None
    found = Q(pk=site.root_page_id)
    if locale is not None:
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        found |= Q(translation_key=Subquery(root_key), locale=locale, live=True)
    roots = list(Page.objects.filter(found))
    translated = [root for root in roots if locale is not None and root.locale_id == locale.pk]
    return translated[0] if translated else next(r for r in roots if r.pk == site.root_page_id)


def _routes_itself(page_class):
    """True for a page type that routes its own sub-paths (RoutablePageMixin):
    Wagtail asks it first, so the walk stops there."""
    return page_class is not None and page_class.route is not Page.route


def _walk(request, site, path):
    """(page pk, specific class, segments consumed) of Wagtail's routing,
    or None when nothing is found there. Leaves the route's result on the
    request, as Wagtail's walk does."""
    components = [component for component in path.split("/") if component]
    root = _localized_root(site)
    prefixes = []
    for component in components:
        prefixes.append((prefixes[-1] if prefixes else root.url_path) + component + "/")
    on_path = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth
        ).only("pk", "url_path", "depth", "content_type")
    }
    page, consumed = root, 0
    for url_path in prefixes:
        if _routes_itself(page.specific_class):
            break
        child = on_path.get(url_path)
        if child is None or child.depth != page.depth + 1:
            request._wagtail_route_for_request = None
            return None
        page, consumed = child, consumed + 1
    page_class = page.specific_class
    if page_class is None:  # its model is gone: let Wagtail decide
        result = _wagtail_route_for_request(request, path)
        return None if result is None else (result[0].pk, type(result[0]), None)
    result = _load_and_route(request, page_class, page.pk, components[consumed:])
    return None if result is None else (page.pk, page_class, consumed)


def _load_and_route(request, page_class, pk, remaining):
    """Load the page (with the city and image every such page shows) in one
    query and let it route the `remaining` segments; the route's result is
    left on the request."""
    try:
        related = ["locale"] + [
            name for name in ("city", "image") if _is_foreign_key(page_class, name)
        ]
        page = page_class.objects.select_related(*related).get(pk=pk)
        request._wagtail_route_for_request = page.route(request, remaining)
    except (page_class.DoesNotExist, Http404):
        request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


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
    if consumed is None:  # a page without its model, routed by Wagtail
        return _wagtail_route_for_request(request, path)
    components = [component for component in path.split("/") if component]
    return _load_and_route(request, page_class, pk, components[consumed:])


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
