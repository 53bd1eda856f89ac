from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Site

from .memo import remember


def _home(request):
    """The home page in the reader's language, looked up once per request
    (and remembered until content changes, core.memo)."""
    if not hasattr(request, "_localized_home"):
        site = Site.find_for_request(request)
        request._localized_home = (
            remember(
                ("home", site.pk, get_language()),
                lambda: site.root_page.specific.localized,
            )
            if site
            else None
        )
    return request._localized_home


def _navigation(request):
    from localization.fallback import localize_pages

    home = _home(request)
    if home is None:
        return []
    return remember(
        ("navigation", home.pk, get_language()),
        lambda: localize_pages(home.get_children().live().in_menu().specific(defer=True)),
    )


def navigation_paths(request):
    """(pk, path) of each menu item, for core.fragments to tell the current
    section without copying the pages out of the memo."""
    return remember(
        ("navigation_paths", request.get_host(), get_language()),
        lambda: tuple((item.pk, item.path) for item in _navigation(request)),
    )


def _footer_links(request):
    from localization.fallback import localize_pages
    from standardpages.models import StandardPage

    home = _home(request)
    if home is None:
        return []
    return remember(
        ("footer", home.pk, get_language()),
        lambda: localize_pages(StandardPage.objects.child_of(home).live().not_in_menu()),
    )


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
