"""What /api/v1/openapi.json says beyond the views' signatures: the fixed
values and bounds of the parameters, and every error answer (docs/api.md).

The lists are the ones opendata.params checks against (settings.LANGUAGES,
the search's sorts, the page bounds), so the document and the behaviour
cannot drift apart. The schema only describes them: checking stays in
params.check, whose 400 names the parameter, instead of pydantic's own.
"""

from ninja import Path, Query

from search.engines.base import SORTS
from search.service import MAX_PAGE

from . import schemas
from .params import DEFAULT_PAGE_SIZE, MAX_ID, MAX_PAGE_SIZE, languages


def _query(default, description, where=Query, **schema):
    field = where(default, description=description)
    # ninja's Query fills json_schema_extra itself and takes no such argument.
    field.json_schema_extra.update(schema)
    return field


LOCALE = _query(
    None,
    "The library read (its language); default the site's default language.",
    enum=languages(),
)
LANG = _query(
    None,
    "'all', or the language of the texts listed (default: locale).",
    enum=["all", *languages()],
)
SORT = _query(None, "The order: by relevance to q, or newest first.", enum=list(SORTS))
PAGE = _query(1, "From 1; a page past the last is a 400.", minimum=1, maximum=MAX_PAGE)
PAGE_SIZE = _query(DEFAULT_PAGE_SIZE, "Results per page.", minimum=1, maximum=MAX_PAGE_SIZE)
PRACTICE_ID = _query(
    ..., "A page id, from a list or `translations`.", where=Path, minimum=1, maximum=MAX_ID
)
YEARS = _query(
    None, "Practices running in that year; may repeat.", items={"type": "integer", "minimum": 0}
)


_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}}

LIST_ERRORS = {
    400: "A bad parameter, named by `parameter`: an unknown parameter name, a locale, lang or "
    "sort that does not exist, a page, page_size or year that is not a number or out of range, "
    "a page past the last. Filter values that name nothing are dropped, not refused.",
    404: "No library in that locale.",
}
TERM_ERRORS = {
    400: "A bad parameter, named by `parameter`: an unknown parameter name or a locale that does "
    "not exist.",
    404: "No library in that locale.",
}
DETAIL_ERRORS = {
    400: "practice_id is not a whole number.",
    404: "No live, public practice with that id (or an id out of range).",
}


def responses(schema):
    """The `response` of an operation: its answer and the error bodies."""
    return {200: schema, 400: schemas.Error, 404: schemas.Error, 429: schemas.Error, 503: None}


def error_docs(errors):
    """openapi_extra for an operation: what its errors mean, and the
    answers of the layers before the view (rate limit, lost database)."""
    return {
        "responses": {
            400: {"description": errors[400]},
            404: {"description": errors[404]},
            429: {
                "description": "Too many requests from this address (RATELIMIT_API).",
                "headers": _RETRY_AFTER,
            },
            503: {
                "description": "The database cannot be reached: an HTML page.",
                "headers": _RETRY_AFTER,
                "content": {"text/html": {"schema": {"type": "string"}}},
            },
        }
    }
