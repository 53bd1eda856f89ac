"""Pieces of the page chrome rendered once and reused, until content changes.

The header, the navigation, the language switcher, the footer, the <head>
links and the breadcrumbs are the same HTML for every reader who sees them
in the same language, on the same host, on the same page (or, for the
navigation, in the same section); rendering them again, with a `pageurl`
(a URL reversal) per link, was a fifth of a page's cost. Templates wrap
such a piece in ``{% chrome_fragment "name" %}...{% endchrome_fragment %}``
(core_tags) and the site memo (core.memo) keeps its HTML for the current
generation.

What the HTML depends on is spelled out here, one function per fragment:
each returns the part of the key beyond the language, scheme and host, or
None to render that piece fresh (views that are not pages, a query string
that changes it, a page that is not saved). Nothing here may depend on the
reader: no user, no CSRF token, no messages; such things stay outside the
fragments. Previews are never remembered: they show unsaved text.
"""

from django.utils import translation
from wagtail.models import Page

from . import memo


def saved_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def _page_only(context):
    page = saved_page(context)
    return None if page is None else (page.pk,)


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


def _open_data(context):
    # A listing's feeds follow its query string (a theme's, a city's feed).
    if context["request"].GET:
        return None
    return _page_only(context)


KEYS = {
    "site_brand_nav": _navigation_states,
    "language_switcher": _page_only,
    "alternates": _page_only,
    "open_data": _open_data,
    "footer": _always,
    "breadcrumbs": _page_only,
    "related_practices": _page_only,
}


def key(name, context):
    """The memo key of fragment `name` in this context, or None."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or not memo.active():
        return None
    extra = KEYS[name](context)
    if extra is None:
        return None
    language = translation.get_language()
    return ("fragment", name, language, request.scheme, request.get_host(), *extra)


def render(name, context, render_fresh):
    """The fragment's HTML: remembered for its key, else render_fresh()."""
    fragment_key = key(name, context)
    if fragment_key is None:
        return render_fresh()
    return memo.remember(fragment_key, render_fresh)
