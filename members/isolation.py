"""What a city's editor must not see in the admin: another city's
unpublished work (docs/members.md, "Security").

Wagtail's permissions already refuse every view of another city's pages;
what remains are the admin's lists that show pages the user may not edit:
the page chooser (browse and search) and the bulk actions' confirmation
pages, which list draft titles (`draft_title`). For a city editor, a page
under another city's page (any tree) is hidden there unless it is live with
no unpublished changes, i.e. exactly what readers already see. Moderators,
translators and superusers see everything.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.http import Http404

from core.roles import MODERATORS, TRANSLATORS

from .roles import city_roots_for

_CACHE_ATTRIBUTE = "_citynet_hidden_pages"


def _under(paths):
    return reduce(or_, (Q(path__startswith=path) for path in paths))


def hidden_pages(user):
    """A Q of the pages hidden from `user`, or None when nothing is."""
    from cities.models import CityPage

    if not user.is_authenticated or user.is_superuser:
        return None
    if user.groups.filter(name__in=[MODERATORS, TRANSLATORS]).exists():
        return None
    own = list(city_roots_for(user).values_list("path", flat=True))
    if not own:
        return None
    foreign = [
        path
        for path in CityPage.objects.values_list("path", flat=True)
        if not any(path.startswith(mine) for mine in own)
    ]
    if not foreign:
        return None
    return _under(foreign) & (Q(live=False) | Q(has_unpublished_changes=True))


def hidden_ids(request):
    """The ids of the pages hidden from request.user, once per request: a
    list of ids (not the Q itself) because the chooser's search backend
    filters on indexed fields only, and `id` is one."""
    from wagtail.models import Page

    if not hasattr(request, _CACHE_ATTRIBUTE):
        hidden = hidden_pages(request.user)
        ids = (
            [] if hidden is None else list(Page.objects.filter(hidden).values_list("pk", flat=True))
        )
        setattr(request, _CACHE_ATTRIBUTE, ids)
    return getattr(request, _CACHE_ATTRIBUTE)


def visible(pages, request):
    """`pages` (a queryset) without those hidden from the request's user."""
    ids = hidden_ids(request)
    return pages.exclude(id__in=ids) if ids else pages


def is_hidden(page_id, request):
    return page_id in hidden_ids(request)


class HiddenPagesMiddleware:
    """The page chooser's "browse" view shows its parent page's draft title
    and has no hook for it: a hidden parent is a 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        chooser = match is not None and match.url_name == "wagtailadmin_choose_page_child"
        if chooser and is_hidden(view_kwargs.get("parent_page_id"), request):
            raise Http404
        return None
