"""What readers see of a result page beyond the engine's answer: labels in
the reader's best language (with their own `lang`), honest facets.

``for_readers(context)`` is applied to search.results.search_context's
output by the library and the site search:

* an option that gives no result with the current query and filters is not
  offered (the ones the reader chose stay, to be unticked);
* each facet shows its first FACET_VISIBLE options; the rest sit behind
  "show more" (a <details>, no script needed);
* city names of results and filters that have no translation in the
  reader's language come in their best fallback language
  (localization.fallback), marked with `lang` and `dir`.
"""

from django.utils import translation

FACET_VISIBLE = 6


class Label(str):
    """A label that knows its language (None: the reader's)."""

    lang = None
    dir = "ltr"

    @classmethod
    def of(cls, text, code):
        label = cls(text)
        if code and code != translation.get_language():
            label.lang = code
            label.dir = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
        return label


def city_labels(locale):
    """{city slug: Label} of the live cities of the reader's tree, in their
    best language. Fixed number of queries, none while core.cache has
    them."""
    from core.cache import SITE, remember

    key = ("city_labels", locale.pk, translation.get_language())
    return remember(key, lambda: _city_labels(locale), scopes=(SITE,))


def _city_labels(locale):
    from cities.models import CityPage
    from localization.fallback import localize_pages

    cities = localize_pages(CityPage.objects.live().filter(locale=locale).select_related("locale"))
    return {
        city.slug: Label.of(city.title, getattr(city, "_text_language", None)) for city in cities
    }


def for_readers(context, city_names=None):
    for facet in context.get("facets", []):
        if facet.name == "city" and city_names:
            for option in facet.options:
                option["label"] = city_names.get(option["value"], option["label"])
        facet.options = [option for option in facet.options if option["count"] or option["checked"]]
        facet.visible = facet.options[:FACET_VISIBLE]
        facet.more = facet.options[FACET_VISIBLE:]
        # A chosen option stays in sight.
        facet.more_open = any(option["checked"] for option in facet.more)
    if city_names:
        results = context.get("results")
        for item in getattr(results, "object_list", results) or []:
            if getattr(item, "city_slug", None) in city_names and item.city:
                item.city = city_names[item.city_slug]
    return context
