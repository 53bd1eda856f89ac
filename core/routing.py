"""Routing from the home page down in one query, on our own page class.

Wagtail's `Page.route` finds a page one path segment at a time, two
queries a level (the child, then its specific row): eight queries for a
practice four levels down. `PathRoutingMixin.route`, on the home page (the
root every URL is routed from), loads every page on the path by its
`url_path` (and slug) in one query, then hands the rest to the deepest page reached,
through Wagtail's own `route` of that page's class: its live check, a
routable page's sub-paths (export.csv, feeds) and anything a page type
routes itself. What is private is still decided by Wagtail as shipped
(the before_serve_page view restriction check).
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from . import cache


def _routes_itself(page_class):
    """True if the class changes how Wagtail routes below a page (a routable
    page's sub-paths): the walk must hand it the rest of the path."""
    return page_class is None or page_class.route is not Page.route


def _load(page):
    """The page as its own class, with its locale, city and listing image
    (every such page shows them) in the same query."""
    page_class = page.specific_class
    if page_class is None:
        return page.specific
    related = ["locale"] + [name for name in ("city", "image") if _is_foreign_key(page_class, name)]
    return page_class.objects.select_related(*related).get(pk=page.pk)


def _is_foreign_key(model, name):
    try:
        return model._meta.get_field(name).many_to_one
    except FieldDoesNotExist:
        return False


def _live_translations(home):
    """(the site's locale codes, {code: live specific translation of home})."""
    codes = set(Locale.objects.values_list("language_code", flat=True))
    translations = home.get_translations(inclusive=True).live().specific().select_related("locale")
    return codes, {page.locale.language_code: page for page in translations}


class PathRoutingMixin:
    @property
    def localized(self):
        """Wagtail routes every request from `site.root_page.localized`: the
        root's live translation in the active language (its Locale, else the
        default one), else the root itself. The same answer, from core.cache:
        three queries a request fewer."""
        if not cache.active() or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return super().localized
        codes, homes = cache.remember(
            ("home-translations", self.pk), lambda: _live_translations(self), (cache.SITE,)
        )
        try:
            code = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            code = None
        if code not in codes:
            code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return homes.get(code, self)

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = []
        for component in path_components:
            prefixes.append((prefixes[-1] if prefixes else self.url_path) + component + "/")
        on_path = {
            page.url_path: page
            # slug: Wagtail indexes it (url_path is not), so the query's cost
            # does not grow with the number of pages.
            for page in Page.objects.filter(
                slug__in=path_components,
                url_path__in=prefixes,
                path__startswith=self.path,
                depth__gt=self.depth,
            ).select_related("locale")
        }
        page, consumed = None, 0
        depth = self.depth
        for url_path in prefixes:
            child = on_path.get(url_path)
            if child is None or child.depth != depth + 1:
                if page is None:
                    raise Http404
                break
            page, consumed, depth = child, consumed + 1, child.depth
            if _routes_itself(child.specific_class):
                break
        if page is None:
            raise Http404
        remaining = path_components[consumed:]
        specific = _load(page)
        if remaining and not _routes_itself(type(specific)):
            raise Http404  # no child there: what Page.route would answer
        return specific.route(request, remaining)
