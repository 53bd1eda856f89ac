"""The site search (/<lang>/search/) and its autocomplete endpoint.

The library (/<lang>/practices/, practices.listing) runs the same search
with the practice kind fixed; see search/service.py.
"""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from . import engines
from .display import city_labels, for_readers
from .results import search_context
from .service import MAX_QUERY_LENGTH, SITE_FILTERS, build_query, clean_text, filter_options

SUGGESTIONS = 8
MIN_PREFIX = 2


@require_GET
def search(request):
    language = translation.get_language()
    options = filter_options(Locale.get_active(), SITE_FILTERS)
    query = build_query(request.GET, language, options)
    context = {"q": query.text, "query": query.text, "max_query_length": MAX_QUERY_LENGTH}
    if query.text or query.filters:
        context.update(
            for_readers(search_context(request, query, options), city_labels(Locale.get_active()))
        )
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggest(request):
    """{"query": …, "suggestions": [title, …]}: titles in the reader's
    language that start with, or have words starting with, the typed text."""
    prefix = clean_text(request.GET.get("q"))
    titles = []
    if len(prefix) >= MIN_PREFIX:
        titles = engines.suggest(prefix, translation.get_language(), SUGGESTIONS)
    response = JsonResponse({"query": prefix, "suggestions": titles})
    response["Cache-Control"] = "public, max-age=300"
    return response
