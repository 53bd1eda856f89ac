"""Who may see the members' area: Wagtail page privacy with groups.

The members' area page of every language tree is restricted to the
"Members" group (member cities' staff and councils); a city's own space
inside it is restricted, in addition, to that city's group (its editors'
group from members/roles.py). Wagtail checks every restriction on the page
and its ancestors, so a page under the area is never more open than it.
"""

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

MEMBERS_GROUP = "Members"


def members_group():
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    return group


def city_group(city):
    """The group of a city's people: the one holding page permissions on
    the city's pages (members.roles.ensure_city_group)."""
    return (
        Group.objects.filter(
            page_permissions__page__translation_key=city.translation_key,
            name__endswith=" editors",
        )
        .distinct()
        .first()
    )


def ensure_restriction(page, groups):
    """A groups restriction on `page` naming exactly `groups` (idempotent)."""
    # A missing group (a city not onboarded yet) leaves the page to superusers only.
    groups = [group for group in groups if group is not None]
    existing = list(
        PageViewRestriction.objects.filter(
            page=page, restriction_type=PageViewRestriction.GROUPS
        ).order_by("pk")
    )
    restriction = existing[0] if existing else None
    # Copies of the page (aliases, translations) arrive with a copy of the
    # source's restriction as well: one is enough.
    for extra in existing[1:]:
        extra.delete()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    if {group.pk for group in restriction.groups.all()} != {group.pk for group in groups}:
        restriction.groups.set(groups)
    return restriction


def may_view(page, request):
    """What Wagtail's own check (before_serve_page) decides, for the views
    that write (asking, answering), which check again themselves."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def is_member(user):
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MEMBERS_GROUP).exists()
