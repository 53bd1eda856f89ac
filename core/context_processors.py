from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Site

from .cache import SITE, remember


def _home(request):
    """The home page in the reader's language (a plain Page: the header only
    links to it), cached until the site changes (core.cache)."""
    if not hasattr(request, "_localized_home"):
        site = Site.find_for_request(request)
        key = ("localized_root", site and site.pk, get_language())
        request._localized_home = site and remember(key, lambda: site.root_page.localized, (SITE,))
    return request._localized_home


def _home_links(request):
    """(navigation, footer links): the home page's live children in the
    menu, and its standard pages not in it; one lookup for both, remembered
    until the site changes (core.cache)."""
    from localization.fallback import localize_pages
    from standardpages.models import StandardPage

    home = _home(request)
    if home is None:
        return [], []

    def links():
        children = localize_pages(home.get_children().live().specific(defer=True))
        navigation = [page for page in children if page.show_in_menus]
        footer = [
            page for page in children if not page.show_in_menus and isinstance(page, StandardPage)
        ]
        return navigation, footer

    return remember(("home_links", home.pk, get_language()), links, (SITE,))


def _navigation(request):
    return _home_links(request)[0]


def navigation_paths(request):
    """(pk, path) of each menu item, for core.fragments to tell the current
    section."""
    return remember(
        ("navigation_paths", request.get_host(), get_language()),
        lambda: tuple((item.pk, item.path) for item in _navigation(request)),
        (SITE,),
    )


def _footer_links(request):
    return _home_links(request)[1]


def site_chrome(request):
    """Header and footer data, computed only if a template asks for it."""
    if request.path.startswith("/admin/"):
        return {}
    return {
        # Views that are not pages (search, errors) still render the chrome.
        "page": None,
        "site_home": SimpleLazyObject(lambda: _home(request)),
        "site_navigation": SimpleLazyObject(lambda: _navigation(request)),
        "site_footer_links": SimpleLazyObject(lambda: _footer_links(request)),
    }
