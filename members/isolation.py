"""What a city's editor must not see in the admin: another city's
unpublished work (docs/members.md, "Security").

Wagtail's permissions already refuse every view of another city's pages;
what remains are the admin's lists that show pages the user may not edit:
the page chooser (browse and search) and the bulk actions' confirmation
pages, which list draft titles (`draft_title`); and the views of one page,
some of which show its title before refusing. For a city editor, a page
under another city's page (any tree) is hidden unless it is live with no
unpublished changes, i.e. exactly what readers already see, and so is every
page under a hidden one. Hidden pages are left out of the lists, and every
admin view naming one is refused. Moderators, translators and superusers see
everything.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.admin.auth import permission_denied

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


def _with_descendants(rows):
    """The ids of the pages in `rows` (pk, path, numchild) and of every page
    under them: a live page under a hidden one would show the hidden one's
    draft title as its parent (breadcrumbs, the chooser's parent column)."""
    from wagtail.models import Page

    ids = {pk for pk, _path, _numchild in rows}
    tops = []
    for _pk, path, numchild in sorted(rows, key=lambda row: row[1]):
        if numchild and not (tops and path.startswith(tops[-1])):
            tops.append(path)
    for start in range(0, len(tops), 100):  # short ORs (SQLite's expression depth)
        under = _under(tops[start : start + 100])
        ids.update(Page.objects.filter(under).values_list("pk", flat=True))
    return ids


def hidden_ids(request):
    """The ids of the pages hidden from request.user and of those under
    them, once per request: a set of ids (not a Q) because the chooser's
    search backend filters on indexed fields only, and `id` is one."""
    from wagtail.models import Page

    if not hasattr(request, _CACHE_ATTRIBUTE):
        hidden = hidden_pages(request.user)
        rows = (
            []
            if hidden is None
            else list(Page.objects.filter(hidden).values_list("pk", "path", "numchild"))
        )
        setattr(request, _CACHE_ATTRIBUTE, _with_descendants(rows))
    return getattr(request, _CACHE_ATTRIBUTE)


def visible(pages, request):
    """`pages` (a queryset) without those hidden from the request's user."""
    ids = hidden_ids(request)
    return pages.exclude(id__in=sorted(ids)) if ids else pages


def is_hidden(page_id, request):
    return page_id in hidden_ids(request)


# The URL arguments of Wagtail's admin views that name a page (explorer,
# chooser, edit, preview, workflow, history, revisions, move, copy, ...).
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
PAGE_NAMESPACES = ("wagtailadmin_pages",)  # where "pk" is a page too (revision compare)
# Network-wide reports with no hook to filter them: "Page types usage" names
# the most recently edited page of each type, whoever's it is.
NETWORK_REPORTS = ("page_types_usage", "page_types_usage_results")


def sees_network_reports(user):
    return hidden_pages(user) is None


def is_network_report(match):
    return match.namespace == "wagtailadmin_reports" and match.url_name in NETWORK_REPORTS


def named_pages(match):
    kwargs = match.kwargs
    ids = [kwargs[name] for name in PAGE_ARGUMENTS if name in kwargs]
    if "pk" in kwargs and match.namespace in PAGE_NAMESPACES:
        ids.append(kwargs["pk"])
    return [int(value) for value in ids if str(value).isdigit()]


class HiddenPagesMiddleware:
    """Every admin view of a page hidden from the user is refused before it
    runs, with Wagtail's own words ("Sorry, you do not have permission…",
    which name nothing); so are the network reports for city editors.
    Wagtail's own refusals come too late for some of these views: the
    workflow views put the page's draft title in their "not awaiting
    moderation" message before checking permissions; the explorer and the
    chooser show it, and its ancestors', as headings and breadcrumbs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not match.route.startswith("admin/"):
            return None
        if is_network_report(match) and not sees_network_reports(request.user):
            return permission_denied(request)
        if any(is_hidden(page_id, request) for page_id in named_pages(match)):
            return permission_denied(request)
        return None
