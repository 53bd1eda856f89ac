"""/api/v1/: the public, read-only JSON API (docs/api.md), with django-ninja.

Lists run the site's own search (opendata.params → search.service), so the
practices are exactly the library's and the export's for the same
parameters; records come from opendata.records. Only live, public pages
that carry their own text are reachable (the search indexes nothing else,
and every loader filters live().public() again). Every answer carries the
licence and a citation. ninja's own docs page (scripts from a CDN) is off:
the site serves its own (opendata.views.api_docs).
"""

import math

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone, translation
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError

from core.addresses import absolute
from search.service import FILTER_LEGENDS, KIND_LABELS, search
from taxonomy.models import TargetGroup, Theme

from . import openapi, records, schemas
from .params import MAX_ID, BadParameter, kind_query, locale_code, practice_query

CACHE_CONTROL = "public, max-age=300"

api = NinjaAPI(
    title="Cities Network for Integration: open data API",
    version="1",
    description="Practices, cities, news, declarations and vocabularies of the network's "
    "library, read-only. See /en/data/api/ for a guide with examples.",
    urls_namespace="api-v1",
    docs_url=None,
    openapi_url="/openapi.json",
)


def _error(status, error, detail, parameter=None):
    response = JsonResponse(
        {"error": error, "parameter": parameter, "detail": detail}, status=status
    )
    response["Cache-Control"] = "no-store"
    return response


def read(path, response=None, errors=openapi.LIST_ERRORS, **options):
    """`api.get`, and HEAD answered by the same view (the server sends no
    body): clients check a URL or its headers before downloading. HEAD is
    left out of the schema, which would otherwise list each operation twice
    under one operationId. The schema lists the error answers too."""
    if response is not None:
        options.update(
            response=openapi.responses(response), openapi_extra=openapi.error_docs(errors)
        )

    def register(view):
        api.api_operation(["HEAD"], path, **{**options, "include_in_schema": False})(view)
        return api.get(path, **options)(view)

    return register


@api.exception_handler(BadParameter)
def bad_parameter(request, exc):
    return _error(400, "bad_parameter", exc.message, exc.parameter)


@api.exception_handler(ValidationError)
def invalid(request, exc):
    first = exc.errors[0] if exc.errors else {}
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path")]
    parameter = location[0] if location else None
    return _error(400, "bad_parameter", first.get("msg", "Invalid parameter."), parameter)


@api.exception_handler(Http404)
def not_found(request, exc):
    from .api_urls import API_URLCONF

    request.urlconf = API_URLCONF  # no redirect to /<lang>/… (see api_urls)
    return _error(404, "not_found", str(exc) or "Not found.")


# --- shared pieces -------------------------------------------------------------


def _library(code):
    from practices.models import PracticeIndexPage

    # pk__in the (small) table of libraries: SQLite then looks the pages up
    # by id instead of testing every page of the language for restrictions.
    page = (
        PracticeIndexPage.objects.live()
        .public()
        .filter(locale__language_code=code, pk__in=PracticeIndexPage.objects.values("pk"))
        .select_related("locale")
        .first()
    )
    if page is None:
        raise Http404(f"No library in {code}.")
    return page


def _exporter(request, code):
    from practices.export import Exporter

    return Exporter(request, _library(code), search=False)


def _head(request, exporter, code, title=None):
    title = str(title or exporter.index_page.title)
    return {
        "licence": exporter.licence,
        "citation": exporter.citation(title, absolute(request.get_full_path())),
        "locale": code,
    }


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = str(number)
    return absolute(f"{request.path}?{params.urlencode()}")


def _envelope(request, head, result, page, size):
    pages = max(1, math.ceil(result.total / size))
    if page > pages:
        raise BadParameter("page", f"page must be between 1 and {pages}.")
    return {
        **head,
        "count": result.total,
        "page": page,
        "pages": pages,
        "page_size": size,
        "next": _page_url(request, page + 1) if page < pages else None,
        "previous": _page_url(request, page - 1) if page > 1 else None,
    }


def _cached(response):
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _listing(request, response, kind, build):
    code = locale_code(request.GET)
    with translation.override(code):
        exporter = _exporter(request, code)
        query, page, size = kind_query(request, exporter.locale, kind)
        result = search(query)
        head = _head(request, exporter, code, KIND_LABELS[kind])
        body = _envelope(request, head, result, page, size)
        body["results"] = build([hit.page_id for hit in result.hits], exporter)
    _cached(response)
    return body


# --- endpoints -------------------------------------------------------------------

Strings = Query(None, description="May repeat: values are alternatives.")


@read("/", include_in_schema=False)
def index(request):
    base = absolute("/api/v1/")
    return _cached(
        JsonResponse(
            {
                "name": api.title,
                "version": api.version,
                "openapi": base + "openapi.json",
                "documentation": absolute("/en/data/api/"),
                "endpoints": {
                    name: base + name + "/"
                    for name in (
                        "practices",
                        "cities",
                        "news",
                        "declarations",
                        "themes",
                        "target-groups",
                    )
                },
                "locales": [code for code, _name in settings.LANGUAGES],
                "generated_at": timezone.now().isoformat(),
            }
        )
    )


@read("/practices/", response=schemas.PracticeList, tags=["practices"])
def practices(
    request,
    response: HttpResponse,
    locale: str = openapi.LOCALE,
    q: str = Query(None, description="Search words, as in the library."),
    lang: str = openapi.LANG,
    sort: str = openapi.SORT,
    theme: list[str] = Strings,
    target_group: list[str] = Strings,
    city: list[str] = Strings,
    country: list[str] = Strings,
    status: list[str] = Strings,
    evidence: list[str] = Strings,
    year: list[int] = openapi.YEARS,
    page: int = openapi.PAGE,
    page_size: int = openapi.PAGE_SIZE,
):
    """The library's practices for these parameters, in its order: the same
    result set as /<locale>/practices/ and its export."""
    code = locale_code(request.GET)
    with translation.override(code):
        exporter = _exporter(request, code)
        query, number, size = practice_query(request, exporter.index_page)
        result = search(query)
        body = _envelope(request, _head(request, exporter, code), result, number, size)
        pages = records.load_practices([hit.page_id for hit in result.hits])
        body["results"] = records.practice_records(exporter, pages, request)
    _cached(response)
    return body


@read(
    "/practices/{practice_id}/",
    response=schemas.PracticeDetail,
    errors=openapi.DETAIL_ERRORS,
    tags=["practices"],
)
def practice(request, response: HttpResponse, practice_id: int = openapi.PRACTICE_ID):
    """One practice in one language (an id from `translations` or a list)."""
    if (
        not 1 <= practice_id <= MAX_ID
        or not records.SearchDocument.objects.filter(page_id=practice_id, kind="practice").exists()
    ):
        raise Http404("No such practice.")
    pages = records.load_practices([practice_id])
    if not pages:
        raise Http404("No such practice.")
    code = pages[0].locale.language_code
    with translation.override(code):
        exporter = _exporter(request, code)
        body = _head(request, exporter, code)
        body["result"] = records.practice_records(exporter, pages, request)[0]
    _cached(response)
    return body


def _kind_endpoint(path, kind, schema, build, doc):
    def endpoint(
        request,
        response: HttpResponse,
        locale: str = openapi.LOCALE,
        q: str = Query(None, description="Search words."),
        lang: str = openapi.LANG,
        sort: str = openapi.SORT,
        theme: list[str] = Strings,
        city: list[str] = Strings,
        country: list[str] = Strings,
        page: int = openapi.PAGE,
        page_size: int = openapi.PAGE_SIZE,
    ):
        return _listing(request, response, kind, build)

    endpoint.__doc__ = doc
    endpoint.__name__ = kind
    read(path, response=schema, tags=[path.strip("/")])(endpoint)


_kind_endpoint(
    "/cities/",
    "city",
    schemas.CityList,
    lambda ids, exporter: records.city_records(ids, exporter.request),
    "Member cities, as the site search lists them (kind=city).",
)
_kind_endpoint(
    "/news/",
    "news",
    schemas.NewsList,
    lambda ids, exporter: records.news_records(ids, exporter.request, exporter.locale),
    "News of the network and its cities, newest first unless q is given.",
)
_kind_endpoint(
    "/declarations/",
    "declaration",
    schemas.DeclarationList,
    lambda ids, exporter: records.declaration_records(ids, exporter.request),
    "Declarations with their numbered principles.",
)


def _terms(request, response, model, title):
    from .params import check

    check(request.GET, ("locale",))
    code = locale_code(request.GET)
    with translation.override(code):
        exporter = _exporter(request, code)
        results = records.term_records(model, exporter.locale)
        body = {**_head(request, exporter, code, title), "count": len(results), "results": results}
    _cached(response)
    return body


@read("/themes/", response=schemas.TermList, errors=openapi.TERM_ERRORS, tags=["vocabularies"])
def themes(request, response: HttpResponse, locale: str = openapi.LOCALE):
    """Themes: slugs (the same in every language) and names in `locale`."""
    return _terms(request, response, Theme, FILTER_LEGENDS["theme"])


@read(
    "/target-groups/", response=schemas.TermList, errors=openapi.TERM_ERRORS, tags=["vocabularies"]
)
def target_groups(request, response: HttpResponse, locale: str = openapi.LOCALE):
    """Target groups: slugs and names in `locale`."""
    return _terms(request, response, TargetGroup, FILTER_LEGENDS["target_group"])
