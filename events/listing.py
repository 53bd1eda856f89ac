"""Filters of the network's own listings (events, publications): plain
query parameters that may repeat, as in the library. Values that name
nothing are dropped, so an old link still shows a normal page."""

from wagtail.models import Page

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
    from localization.fallback import localize_pages

    # {slug: city page}, each with its best text for the reader (an alias
    # shows a fallback language's title, marked with its lang by the template).
    cities = localize_pages(CityPage.objects.live().filter(locale=locale), related=())
    return {city.slug: city for city in sorted(cities, key=lambda c: c.title.casefold())}


def option_list(options, selected):
    """Options of a filter; a label is text (a term's name, shown as its
    editor wrote it) or a page, whose text may be in another language."""
    # Not hasattr(label, "title"): every str has one, which would title-case
    # "Culture and sport".
    return [
        {
            "value": value,
            "label": label.title if isinstance(label, Page) else label,
            "item": label if isinstance(label, Page) else None,
            "checked": value in selected,
        }
        for value, label in options.items()
    ]
