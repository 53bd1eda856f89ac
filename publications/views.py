"""The document library's listing: filters by kind, year, theme and city."""

from django.utils.translation import gettext_lazy as _

from events.listing import chosen, city_options, option_list, theme_options

from .models import PublicationKind, PublicationPage

PAGE_SIZE = 12


def library_context(request, index_page):
    from practices.listing import paginate

    kinds = dict(PublicationKind.choices)
    years = {
        str(year): str(year)
        for year in PublicationPage.objects.live()
        .filter(locale=index_page.locale)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    }
    themes = theme_options(index_page.locale)
    cities = city_options(index_page.locale)
    selected = {
        "kind": chosen(request, "kind", kinds),
        "year": chosen(request, "year", years),
        "theme": chosen(request, "theme", themes),
        "city": chosen(request, "city", cities),
    }
    items = index_page.publications()
    if selected["kind"]:
        items = items.filter(kind__in=selected["kind"])
    if selected["year"]:
        items = items.filter(year__in=[int(year) for year in selected["year"]])
    if selected["theme"]:
        items = items.filter(themes__slug__in=selected["theme"]).distinct()
    if selected["city"]:
        items = items.filter(city__slug__in=selected["city"])
    from localization.fallback import localize_pages

    results = paginate(request, items, PAGE_SIZE)
    results.object_list = localize_pages(results.object_list)
    return {
        "results": results,
        "filters": [
            {"name": "kind", "legend": _("Kind"), "options": option_list(kinds, selected["kind"])},
            {"name": "year", "legend": _("Year"), "options": option_list(years, selected["year"])},
            {
                "name": "theme",
                "legend": _("Theme"),
                "options": option_list(themes, selected["theme"]),
            },
            {"name": "city", "legend": _("City"), "options": option_list(cities, selected["city"])},
        ],
        "filtered": any(selected.values()),
    }
