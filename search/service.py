"""From a request to a search and back: one implementation for the library
(/<lang>/practices/) and the site search (/<lang>/search/).

Every state is a URL: the query (q), the filters (repeatable parameters,
values of one filter are alternatives), the languages (lang=all or a code;
the reader's language by default), the order (sort) and the page. Values
that name nothing are dropped, so an old or hand-edited link still shows a
normal page; only a page number that is not a number or out of range is a
404.
"""

import dataclasses
import math
import re

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .engines import run_search
from .engines.base import SORTS, Query
from .engines.database import year_range

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FILTER = 20
MAX_PAGE = 10_000
LIBRARY_PAGE_SIZE = 12
SITE_PAGE_SIZE = 10
# Below this many hits in the reader's language, offer the same search in all.
FEW_RESULTS = 5
LIBRARY_FILTERS = ("theme", "target_group", "city", "country", "status", "evidence", "year")
SITE_FILTERS = ("kind", "theme", "city", "country")
DOCUMENT_FILTERS = ("category", "theme", "city", "year")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")

KIND_LABELS = {
    "practice": _("Practices"),
    "news": _("News"),
    "city": _("Cities"),
    "declaration": _("Declarations"),
    "event": _("Events"),
    "publication": _("Documents"),
    "page": _("Pages"),
}
FILTER_LEGENDS = {
    "kind": _("Type"),
    "category": _("Kind"),
    "theme": _("Theme"),
    "target_group": _("Target group"),
    "city": _("City"),
    "country": _("Country"),
    "status": _("Status"),
    "evidence": _("Evidence"),
    "year": _("Running in"),
    "language": _("Language"),
}


def clean_text(raw):
    """The query as searched: control characters (NUL…) out, spaces
    collapsed, at most MAX_QUERY_LENGTH characters."""
    return " ".join(_CONTROL.sub(" ", raw or "").split())[:MAX_QUERY_LENGTH]


def _values(params, name):
    values = []
    for value in params.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = clean_text(value)
        if value and len(value) <= 100 and value not in values:
            values.append(value)
    return values


def _by_label(options):
    return dict(sorted(options.items(), key=lambda item: str(item[1]).casefold()))


def filter_options(locale, names):
    """{filter: {value: label}} in the reader's language, for `names`
    (cached until a term or a page changes, core.cache)."""
    from core import cache

    key = ("filter_options", locale.pk, translation.get_language(), tuple(names))
    return cache.remember(key, lambda: _filter_options(locale, names))


def _filter_options(locale, names):
    from cities.models import CityPage, country_name
    from practices.models import EvidenceLevel, Status
    from taxonomy.models import TargetGroup, Theme, localized_terms

    options = {}
    if "kind" in names:
        options["kind"] = dict(KIND_LABELS)
    if "category" in names:
        from publications.models import PublicationKind

        options["category"] = dict(PublicationKind.choices)
    if "theme" in names:
        themes = localized_terms(Theme, locale)
        options["theme"] = _by_label({slug: term.name for slug, term in themes.items()})
    if "target_group" in names:
        groups = localized_terms(TargetGroup, locale)
        options["target_group"] = _by_label({slug: term.name for slug, term in groups.items()})
    if "city" in names or "country" in names:
        rows = (
            CityPage.objects.live()
            .filter(locale=locale)
            .order_by("title")
            .values_list("slug", "title", "country")
        )
        cities = {slug: title for slug, title, _country in rows}
        countries = {country for _slug, _title, country in rows}
        if "city" in names:
            options["city"] = cities
        if "country" in names:
            options["country"] = _by_label({code: country_name(code) for code in countries})
    if "status" in names:
        options["status"] = dict(Status.choices)
    if "evidence" in names:
        options["evidence"] = dict(EvidenceLevel.choices)
    if "year" in names:
        low, high = year_range()
        options["year"] = {str(year): str(year) for year in range(high, low - 1, -1)}
    return options


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def parse_languages(params, reader_language):
    """(lang parameter as shown in the form, languages tuple or None)."""
    value = (params.get("lang") or "").strip()
    if value == "all":
        return "all", None
    if value in site_languages():
        return value, (value,)
    return reader_language, (reader_language,)


def page_number(params):
    raw = (params.get("page") or "1").strip()
    try:
        number = int(raw)
    except ValueError as error:
        raise Http404("Page is not a number.") from error
    if not 1 <= number <= MAX_PAGE:
        raise Http404("No such page.")
    return number


def build_query(params, reader_language, options, fixed=None, page_size=SITE_PAGE_SIZE):
    """A validated Query from GET parameters (see the module docstring)."""
    text = clean_text(params.get("q"))
    _lang, languages = parse_languages(params, reader_language)
    filters = {}
    for name, known in options.items():
        chosen = tuple(value for value in _values(params, name) if value in known)
        if chosen:
            filters[name] = chosen
    filters.update(fixed or {})
    sort = params.get("sort")
    if sort not in SORTS:
        sort = "relevance" if text else "newest"
    number = page_number(params)
    return Query(
        text=text,
        reader_language=reader_language,
        languages=languages,
        filters=filters,
        sort=sort,
        offset=(number - 1) * page_size,
        limit=page_size,
    )


def library_query(request, index_page, options=None):
    """The library's Query for this request (also used by the CSV/JSON
    export, so that an export holds exactly what the page lists; an export
    takes dataclasses.replace(query, offset=0, limit=None, facets=False))."""
    if options is None:
        options = filter_options(index_page.locale, LIBRARY_FILTERS)
    return build_query(
        request.GET,
        index_page.locale.language_code,
        options,
        fixed={"kind": ("practice",)},
        page_size=LIBRARY_PAGE_SIZE,
    )


class _Counted:
    """A sequence of `total` items, for Django's paginator."""

    def __init__(self, total):
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total


def paginate(result, items, query):
    """A Django paginator page holding `items`; 404 past the last page."""
    size = query.limit or max(result.total, 1)
    number = query.offset // size + 1
    paginator = Paginator(_Counted(result.total), size)
    if number > max(1, math.ceil(result.total / size)):
        raise Http404("No such page.")
    return PaginatorPage(items, number, paginator)


def search(query):
    return run_search(query)


def total_in_all_languages(query):
    """How many results the same search has in every language."""
    everywhere = dataclasses.replace(query, languages=None, offset=0, limit=0, facets=False)
    return run_search(everywhere).total
