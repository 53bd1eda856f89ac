"""Pieces of the page chrome rendered once and reused, until content changes.

The header, the navigation, the language switcher, the footer, the <head>
links and the breadcrumbs are the same HTML for every reader who sees them
in the same language, on the same host, on the same page (or, for the
navigation, in the same section); rendering them again, with a `pageurl`
(a URL reversal) per link, was a fifth of a page's cost. Templates wrap
such a piece in ``{% chrome_fragment "name" %}...{% endchrome_fragment %}``
(core_tags) and core.cache keeps its HTML until what it shows changes
(the site for the header and footer, the page for its own pieces).

What the HTML depends on is spelled out here (KEYS): always the language,
the scheme and the host; for the PER_PAGE fragments the page shown; beyond
that what each KEYS function returns, or None to render that piece fresh (a
query string that changes it). Views that are not pages render the per-page
fragments fresh. Nothing here may depend on the reader: no user, no CSRF
token, no messages; such things stay outside the fragments. Previews are
never remembered: they show unsaved text.
"""

from django.utils import translation
from wagtail.models import Page


def saved_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def _always(context):
    return ()


def nav_state(item_pk, item_path, page):
    """'page' for the current page, 'true' for a section that contains it."""
    if not isinstance(page, Page) or not page.path:
        return ""
    if page.pk == item_pk:
        return "page"
    return "true" if page.path.startswith(item_path) else ""


def _navigation_states(context):
    """The aria-current state of every menu item: the navigation's HTML is
    the same for all pages of a section."""
    from .context_processors import navigation_paths

    page = context.get("page")
    items = navigation_paths(context["request"])
    return tuple(nav_state(pk, path, page) for pk, path in items)


def _without_query_string(context):
    # A listing's feeds follow its query string (a theme's, a city's feed).
    return None if context["request"].GET else ()


# Fragment name -> what its HTML depends on besides the language, scheme and
# host (and, for PER_PAGE ones, the page shown).
KEYS = {
    "site_brand_nav": _navigation_states,
    "footer": _always,
    "language_switcher": _always,
    "alternates": _always,
    "open_data": _without_query_string,
    "breadcrumbs": _always,
    "related_practices": _always,
}
PER_PAGE = {"language_switcher", "alternates", "open_data", "breadcrumbs", "related_practices"}


def _scopes(name, page):
    from . import cache

    if name == "related_practices":
        return cache.ALL
    if name in PER_PAGE:
        return (cache.SITE, cache.page_scope(page.translation_key))
    return (cache.SITE,)


def render(name, context, render_fresh):
    """The fragment's HTML: cached for what it depends on (KEYS, core.cache),
    else render_fresh()."""
    from . import cache

    request = context.get("request")
    if request is None or not cache.active():
        return render_fresh()
    page = saved_page(context) if name in PER_PAGE else None
    if name in PER_PAGE and page is None:
        return render_fresh()  # not a page: the switcher follows the request's path
    extra = KEYS[name](context)
    if extra is None:
        return render_fresh()
    key = (
        "fragment",
        name,
        translation.get_language(),
        request.scheme,
        request.get_host(),
        page and page.pk,
        *extra,
    )
    return cache.remember(key, lambda: str(render_fresh()), _scopes(name, page))
