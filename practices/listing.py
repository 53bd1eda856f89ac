"""The library listing: filters from query parameters, one page of results.

Every filter is a query parameter that may repeat (?theme=a&theme=b): values
of one filter are alternatives, different filters all apply. Values nobody
knows are ignored, so an old or hand-edited link still shows a normal page.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

from cities.models import CityPage, country_name
from taxonomy.models import TargetGroup, Theme, localized_terms

from .models import PracticePage, Status

PAGE_SIZE = 12
MAX_VALUES_PER_FILTER = 20


def _values(params, name):
    values = []
    for value in params.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = value.strip()
        if value and len(value) <= 100 and value not in values:
            values.append(value)
    return values


def _by_label(options):
    """Options in the reader's alphabetical order of their labels."""
    return dict(sorted(options.items(), key=lambda item: item[1].casefold()))


def parse_filters(params, locale):
    """Keep only the filter values that name something that exists."""
    themes = localized_terms(Theme, locale)
    groups = localized_terms(TargetGroup, locale)
    cities = {
        city.slug: city for city in CityPage.objects.live().filter(locale=locale).order_by("title")
    }
    countries = sorted({city.country for city in cities.values()})
    options = {
        "theme": _by_label({slug: term.name for slug, term in themes.items()}),
        "target_group": _by_label({slug: term.name for slug, term in groups.items()}),
        "city": {slug: city.title for slug, city in cities.items()},
        "country": _by_label({code: country_name(code) for code in countries}),
        "status": dict(Status.choices),
    }
    chosen = {
        name: [value for value in _values(params, name) if value in known]
        for name, known in options.items()
    }
    return chosen, options


def apply_filters(queryset, chosen):
    if chosen.get("theme"):
        queryset = queryset.filter(themes__slug__in=chosen["theme"])
    if chosen.get("target_group"):
        queryset = queryset.filter(target_groups__slug__in=chosen["target_group"])
    if chosen.get("city"):
        queryset = queryset.filter(city__slug__in=chosen["city"])
    if chosen.get("country"):
        queryset = queryset.filter(city__country__in=chosen["country"])
    if chosen.get("status"):
        queryset = queryset.filter(status__in=chosen["status"])
    return queryset.distinct()


def paginate(request, items, per_page=PAGE_SIZE):
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error


def library_context(request, index_page):
    chosen, options = parse_filters(request.GET, index_page.locale)
    practices = apply_filters(
        PracticePage.objects.live().filter(locale=index_page.locale), chosen
    ).select_related("city", "image", "alias_of__locale")
    page = paginate(request, practices.order_by("title"))
    return {"results": page, "filters": chosen, "filter_options": options}
