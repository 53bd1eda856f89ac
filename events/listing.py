"""Filters of the network's own listings (events, publications): plain
query parameters that may repeat, as in the library. Values that name
nothing are dropped, so an old link still shows a normal page."""

from taxonomy.models import Theme, localized_terms


def chosen(request, name, allowed):
    """The values of parameter `name` that are in `allowed`, in order."""
    values = []
    for value in request.GET.getlist(name)[:20]:
        if value in allowed and value not in values:
            values.append(value)
    return values


def theme_options(locale):
    """{slug: name} of the live themes, in the reader's language."""
    terms = localized_terms(Theme, locale)
    return {
        term.slug: term.name for term in sorted(terms.values(), key=lambda t: t.name.casefold())
    }


def city_options(locale):
    from cities.models import CityPage

    cities = CityPage.objects.live().filter(locale=locale).order_by("title")
    return dict(cities.values_list("slug", "title"))


def option_list(options, selected):
    return [
        {"value": value, "label": label, "checked": value in selected}
        for value, label in options.items()
    ]
