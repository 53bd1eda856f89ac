"""What a result page shows: hits, facets, editors' picks.

A page of hits is hydrated with a fixed number of queries whatever its
length: the documents (text, city, status), the pages (for their URLs), the
reader's tree's pages of the same translation groups (a hit links to the
page in the reader's language tree when there is one), the cities' names.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core import cache

from .engines.base import FACETS
from .models import SearchDocument
from .service import (
    FEW_RESULTS,
    FILTER_LEGENDS,
    KIND_LABELS,
    paginate,
    parse_languages,
    search,
    total_in_all_languages,
)
from .text import excerpt


@dataclass
class Item:
    page_id: int
    url: str
    title: str
    title_html: str  # the title with the matched words marked
    snippet: str  # HTML
    kind: str
    kind_label: str
    language: str
    language_name: str
    direction: str
    other_language: bool
    city: str = ""  # the city's name in the reader's language
    city_slug: str = ""
    country: str = ""
    status: str = ""
    status_label: str = ""
    score: float = 0.0
    page: object = None  # the specific page, for a listing that shows more of it

    @property
    def language_label(self):
        """The language's own name, marked as written in it."""
        return format_html(
            '<span lang="{}" dir="{}">{}</span>', self.language, self.direction, self.language_name
        )


@dataclass
class Facet:
    name: str
    legend: str
    options: list = field(default_factory=list)  # [{value, label, count, checked}]
    chosen: tuple = ()


def _direction(code):
    try:
        return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def hydrate(result, request, reader_language):
    """Items for the result's hits, in order (a bounded number of queries)."""
    from cities.models import CityPage, country_name
    from practices.models import Status

    ids = [hit.page_id for hit in result.hits]
    if not ids:
        return []
    documents = {
        doc.page_id: doc
        for doc in SearchDocument.objects.filter(page_id__in=ids).defer(
            "stems", "title_stems", "title_normalized", "shown_for"
        )
    }
    urls = card_urls(documents.values(), request, reader_language)
    cities = cache.remember(
        ("city_titles", reader_language),
        lambda: dict(
            CityPage.objects.filter(locale__language_code=reader_language).values_list(
                "slug", "title"
            )
        ),
    )
    names = dict(settings.LANGUAGES)
    statuses = dict(Status.choices)
    items = []
    for hit in result.hits:
        doc, url = documents.get(hit.page_id), urls.get(hit.page_id)
        if doc is None or url is None:
            continue  # deleted since the engine indexed it
        marks = hit.highlights
        snippet = marks.get("summary") or marks.get("body") or excerpt(doc.summary or doc.body)
        items.append(
            Item(
                page_id=doc.page_id,
                url=url,
                title=doc.title,
                title_html=mark_safe(marks.get("title") or escape(doc.title)),
                snippet=mark_safe(snippet),
                kind=doc.kind,
                kind_label=KIND_LABELS.get(doc.kind, doc.kind),
                language=doc.language,
                language_name=names.get(doc.language, doc.language),
                direction=_direction(doc.language),
                other_language=doc.language != reader_language,
                city=cities.get(doc.city, "") if doc.kind != "city" else "",
                city_slug=doc.city,
                country=country_name(doc.country) if doc.country else "",
                status=doc.status,
                status_label=statuses.get(doc.status, ""),
                score=hit.score,
            )
        )
    return items


def card_urls(documents, request, reader_language):
    """{page id: the address a result links to}: its version in the reader's
    language tree when that one is live and public, else the page itself.
    Two queries for the pages not cached yet (core.cache)."""
    host = request.get_host() if request is not None else ""
    by_key = {("card_url", doc.page_id, reader_language, host): doc for doc in documents}

    def lookup(keys):
        urls = _card_urls([by_key[key] for key in keys], request, reader_language)
        return {key: urls[by_key[key].page_id] for key in keys if by_key[key].page_id in urls}

    found = cache.remember_many(list(by_key), lookup)
    return {by_key[key].page_id: url for key, url in found.items()}


def _card_urls(missing, request, reader_language):
    found = {}
    pages = Page.objects.filter(pk__in=[doc.page_id for doc in missing]).in_bulk()
    in_reader_tree = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(
            translation_key__in={doc.translation_key for doc in missing},
            locale__language_code=reader_language,
        )
    }
    for doc in missing:
        page = pages.get(doc.page_id)
        if page is None:
            continue
        target = in_reader_tree.get(doc.translation_key, page)
        found[doc.page_id] = target.get_url(request) or page.get_url(request)
    return found


def facets_for(result, options, query):
    """Facets to show, in the order of `options`, each option with its count."""
    shown = []
    for name, labels in options.items():
        if name not in FACETS:
            continue
        counts = result.facets.get(name, {})
        chosen = query.filters.get(name, ())
        entries = [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "checked": value in chosen,
            }
            for value, label in labels.items()
        ]
        if name == "year":
            # Only the years something ran in (or the one chosen).
            entries = [entry for entry in entries if entry["count"] or entry["checked"]]
        shown.append(Facet(name, FILTER_LEGENDS[name], entries, chosen))
    return shown


def promotions(text, reader_language):
    """Editors' picks for this query in the reader's language (one query)."""
    if not text:
        return []
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    normalised = normalise_query_string(text)
    # The few queries that have picks, cached (core.cache): most
    # searches have none and need no query for it.
    promoted = cache.remember(
        ("promoted_queries",),
        lambda: set(
            SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
        ),
    )
    if normalised not in promoted:
        return []
    return list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(
            Q(page__isnull=True) | Q(page__locale__language_code=reader_language, page__live=True)
        )
        .select_related("page")
        .order_by("sort_order")
    )


def language_choices(result, reader_language, chosen):
    """The language selector: the reader's language, all, then the others,
    each with how many results it has."""
    names = dict(settings.LANGUAGES)
    counts = result.facets.get("language", {})
    choices = [
        {
            "value": reader_language,
            "label": names[reader_language],
            "count": counts.get(reader_language, 0),
        }
    ]
    choices.append({"value": "all", "label": None, "count": None})
    for code, name in settings.LANGUAGES:
        if code != reader_language:
            choices.append({"value": code, "label": name, "count": counts.get(code, 0)})
    for choice in choices:
        choice["checked"] = choice["value"] == chosen
    return choices


def search_context(request, query, options, params=None):
    """The template context of a result page (library or site search);
    `params`: the GET parameters the query was built from, if not the
    request's own."""
    result = search(query)
    items = hydrate(result, request, query.reader_language)
    page = paginate(result, items, query)
    params = request.GET if params is None else params
    chosen_lang, _languages = parse_languages(params, query.reader_language)
    all_url = all_total = None
    if query.text and query.languages is not None and result.total < FEW_RESULTS:
        all_total = total_in_all_languages(query)
        if all_total > result.total:
            wider = request.GET.copy()
            wider["lang"] = "all"
            wider.pop("page", None)
            all_url = "?" + wider.urlencode()
    carry = [
        (name, value)
        for name, values in query.filters.items()
        if name in options
        for value in values
    ]
    if chosen_lang != query.reader_language:
        carry.append(("lang", chosen_lang))
    if request.GET.get("sort") == query.sort:
        carry.append(("sort", query.sort))
    return {
        "carry": carry,
        "result": result,
        "search_query": query,
        "q": query.text,
        "results": page,
        "total": result.total,
        "engine": result.engine,
        "facets": facets_for(result, options, query),
        "lang": chosen_lang,
        "language_choices": language_choices(result, query.reader_language, chosen_lang),
        "sort": query.sort,
        "promotions": promotions(query.text, query.reader_language) if query.offset == 0 else [],
        "all_languages_url": all_url,
        "all_languages_total": all_total,
        "reader_language": query.reader_language,
    }
