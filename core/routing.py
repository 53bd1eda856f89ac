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
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from localization.state import remember_copy_state, with_copy_state

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


def localized_root(site):
    """The site's root page in the reader's language (a plain Page),
    remembered until content changes (core.memo)."""
    key = ("localized_root", site.pk, translation.get_language())
    return memo.remember(key, lambda: _localized_root(site))


def _routes_itself(page, remaining):
    """True if the page, asked by Wagtail's walk to route the `remaining`
    segments, would answer itself instead of passing them to a child: a
    routable page whose own sub-paths include them (export.csv, feeds), or
    a page type with a routing of its own, which the walk cannot predict."""
    page_class = page.specific_class
    if page_class is None or page_class.route is Page.route:
        return False
    if not (
        issubclass(page_class, RoutablePageMixin)
        and page_class.route is RoutablePageMixin.route
        and page_class.resolve_subpage is RoutablePageMixin.resolve_subpage
    ):
        return True
    if not page.live:  # RoutablePageMixin.route passes it on to a child
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Http404:  # Resolver404
        return False
    return True


_content_types_loaded = False


def _load_content_types():
    """Fill Django's cache of content types in one query, once per process:
    a new process would otherwise look each page type up on its own."""
    global _content_types_loaded
    if not _content_types_loaded:
        from django.contrib.contenttypes.models import ContentType

        for content_type in ContentType.objects.all():
            ContentType.objects._add_to_cache(ContentType.objects.db, content_type)
        _content_types_loaded = True


def _walk(request, site, path):
    """(page pk, specific class, segments consumed) of Wagtail's routing,
    or None when nothing is found there. Leaves the route's result on the
    request, as Wagtail's walk does."""
    _load_content_types()
    components = [component for component in path.split("/") if component]
    root = localized_root(site)
    prefixes = []
    for component in components:
        prefixes.append((prefixes[-1] if prefixes else root.url_path) + component + "/")
    on_path = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth
        )
    }
    page, consumed = root, 0
    for url_path in prefixes:
        if _routes_itself(page, components[consumed:]):
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
    result = _load_and_route(request, page_class, page.pk, components[consumed:], cold=True)
    if result is None:
        return None
    # The page's ancestors, for its breadcrumbs (core_tags.breadcrumbs).
    above = [root, *(on_path[url_path] for url_path in prefixes[: consumed - 1])]
    memo.keep(("ancestor_pages", page.pk), [ancestor for ancestor in above if ancestor.live])
    return page.pk, page_class, consumed


def _load_and_route(request, page_class, pk, remaining, cold=False):
    """Load the page (with the city and image every such page shows) in one
    query and let it route the `remaining` segments; the route's result is
    left on the request."""
    try:
        related = ["locale"] + [
            name for name in ("city", "image") if _is_foreign_key(page_class, name)
        ]
        pages = page_class.objects.select_related(*related)
        if cold:
            # With its copy state (localization.state), which serving reads:
            # one query fewer. Once remembered, it costs none, and these
            # subqueries would cost every request more than the lookup.
            pages = with_copy_state(pages)
        page = pages.get(pk=pk)
        if cold:
            remember_copy_state(page)
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
        queryset = _restrictions_on_path(page)
        return queryset.query, list(queryset)

    query, rows = memo.remember(("restrictions", page.pk), lookup)
    queryset = PageViewRestriction.objects.all()
    queryset.query = query.chain()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset


def _restrictions_on_path(page):
    """The restrictions Wagtail finds, in one query where Wagtail makes two
    and one more per alias: those on the page and its ancestors, where an
    alias counts as its original (an alias's own are ignored; Wagtail makes
    no alias of an alias)."""
    step = page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    originals = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__in=originals)
    )


_wagtail_get_view_restrictions = Page.get_view_restrictions


def _private_q(queryset):
    """Wagtail's condition for the pages in a private section (what
    `.public()` excludes), with the restricted sections remembered (core.memo):
    Wagtail reads them on every use, five times for an API listing."""
    if not memo.active():
        return _wagtail_private_q(queryset)

    def sections():
        restrictions = PageViewRestriction.objects.select_related("page")
        return [(restriction.page.path, restriction.page.depth) for restriction in restrictions]

    q = Q()
    for path, depth in memo.remember(("private_sections",), sections):
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q if q else Q(pk__in=[])


_wagtail_private_q = PageQuerySet.private_q


def install():
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = get_view_restrictions
    Page.route_for_request = staticmethod(route_for_request)
    Site._find_for_request = staticmethod(_find_site)
