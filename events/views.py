"""The events index: upcoming events soonest first, past ones newest first,
filtered by kind, theme and city (repeatable query parameters)."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .listing import chosen, city_options, option_list, theme_options
from .models import EventKind

PAST_PAGE_SIZE = 12


def index_context(request, index_page):
    from practices.listing import paginate

    kinds = dict(EventKind.choices)
    themes = theme_options(index_page.locale)
    cities = city_options(index_page.locale)
    selected = {
        "kind": chosen(request, "kind", kinds),
        "theme": chosen(request, "theme", themes),
        "city": chosen(request, "city", cities),
    }
    events = index_page.events()
    if selected["kind"]:
        events = events.filter(kind__in=selected["kind"])
    if selected["theme"]:
        events = events.filter(themes__slug__in=selected["theme"]).distinct()
    if selected["city"]:
        events = events.filter(city__slug__in=selected["city"])
    now = timezone.now()
    # An event is upcoming until it ends (or, without an end, until it starts).
    running = Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
    from localization.fallback import localize_pages

    upcoming = localize_pages(events.filter(running).order_by("start", "pk"))
    past = events.exclude(running).order_by("-start", "-pk")
    past = paginate(request, past, PAST_PAGE_SIZE)
    past.object_list = localize_pages(past.object_list)
    return {
        "upcoming": upcoming,
        "past": past,
        "filters": [
            {"name": "kind", "legend": _("Kind"), "options": option_list(kinds, selected["kind"])},
            {
                "name": "theme",
                "legend": _("Theme"),
                "options": option_list(themes, selected["theme"]),
            },
            {"name": "city", "legend": _("City"), "options": option_list(cities, selected["city"])},
        ],
        "filtered": any(selected.values()),
    }
