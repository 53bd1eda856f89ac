"""The API's query parameters: checked strictly, then handed to the search.

The filters, q, lang and sort mean what they mean on the library page
(search/service.py) and go to the same functions, so the API lists exactly
the library's result set. The API is stricter than the page about the shape
of a request: an unknown parameter, a language or order that does not exist
or a page past the last is a 400 naming the parameter, because a program
that sent it has a bug its author wants to hear about. Filter *values* that
name nothing are dropped, as by the library and the export, so that the
same parameters give the same result set everywhere.
"""

import dataclasses

from django.conf import settings

from search.engines.base import SORTS
from search.service import LIBRARY_FILTERS, MAX_PAGE, build_query, filter_options, library_query

# A page of the API is a page of the library (search.service.LIBRARY_PAGE_SIZE):
# what one request costs stays the same however large the library grows.
DEFAULT_PAGE_SIZE = 12
MAX_PAGE_SIZE = 100
# Page ids are AutoFields (32 bits on PostgreSQL); a larger one names no page,
# and would overflow the database's integer before the lookup.
MAX_ID = 2**31 - 1
COMMON = ("locale", "q", "lang", "sort", "page", "page_size")
SITE_FILTERS = ("theme", "city", "country")


class BadParameter(Exception):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def languages():
    return [code for code, _name in settings.LANGUAGES]


def locale_code(params):
    # An empty locale= is refused like any other that is no language.
    code = params.get("locale", settings.LANGUAGE_CODE)
    if code not in languages():
        raise BadParameter("locale", f"locale must be one of {', '.join(languages())}.")
    return code


def check(params, allowed):
    for name in params:
        if name not in allowed:
            raise BadParameter(name, f"Unknown parameter {name!r}.")
    lang = params.get("lang")
    if lang is not None and lang != "all" and lang not in languages():
        raise BadParameter("lang", f"lang must be 'all' or one of {', '.join(languages())}.")
    sort = params.get("sort")
    if sort is not None and sort not in SORTS:
        raise BadParameter("sort", f"sort must be one of {', '.join(SORTS)}.")
    for value in params.getlist("year"):
        if not value.strip().isdigit():
            raise BadParameter("year", "year must be a number, such as 2023.")
    page = _integer(params, "page", 1, MAX_PAGE, 1)
    size = _integer(params, "page_size", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
    return page, size


def _integer(params, name, low, high, default):
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"{name} must be a whole number.") from None
    if not low <= value <= high:
        raise BadParameter(name, f"{name} must be between {low} and {high}.")
    return value


def _paged(query, page, size):
    return dataclasses.replace(
        query, offset=(page - 1) * size, limit=size, facets=False, highlight=False
    )


def practice_query(request, index_page):
    """The library's own Query for these parameters (as the export runs it)."""
    page, size = check(request.GET, COMMON + LIBRARY_FILTERS)
    return _paged(library_query(request, index_page), page, size), page, size


def kind_query(request, locale, kind):
    """The site search with `kind` fixed, for cities, news and declarations."""
    page, size = check(request.GET, COMMON + SITE_FILTERS)
    options = filter_options(locale, SITE_FILTERS)
    query = build_query(request.GET, locale.language_code, options, fixed={"kind": (kind,)})
    return _paged(query, page, size), page, size
