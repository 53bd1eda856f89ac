"""Practices nobody has verified for FRESHNESS_DAYS, for the dashboards.

A practice's ``last_verified_on`` is synchronised from its source page to
its translations, so only source pages are listed: those of the default
language's tree, and pages written first in another tree. The list is one
query whatever its length.
"""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Locale

from core.roles import MODERATORS

from .roles import city_roots_for

LIMIT = 50


def stale_practices(roots=None, today=None):
    """Stale source practices, never verified first, then oldest first;
    under the pages `roots` (their subtrees) when given."""
    from practices.models import PracticePage, stale_cutoff

    default = Locale.get_default()
    source_elsewhere = PracticePage.objects.filter(
        translation_key=OuterRef("translation_key"), locale=default
    )
    queryset = (
        PracticePage.objects.filter(alias_of__isnull=True)
        .filter(Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=stale_cutoff(today)))
        .filter(Q(locale=default) | ~Exists(source_elsewhere))
        .select_related("city", "locale")
        .order_by("last_verified_on", "title", "pk")
    )
    if roots is not None:
        paths = [root.path for root in roots]
        if not paths:
            return queryset.none()
        within = Q()
        for path in paths:
            within |= Q(path__startswith=path)
        queryset = queryset.filter(within)
    return queryset


def is_moderator(user):
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def stale_practices_for(user):
    """(practices, scope) for the user's dashboard: every city's for
    moderators, their cities' for city editors, None for anyone else."""
    if is_moderator(user):
        return stale_practices(), "network"
    roots = list(city_roots_for(user))
    if roots:
        return stale_practices(roots), "city"
    return None, None
