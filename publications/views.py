"""The document library's listing: the site search with the publication kind
fixed, as the practice library is (practices/listing.py, search/): ranked
over titles, summaries and the files' text, filtered by kind, theme, city
and year with the counts the current search gives, the matched words marked.

Its `kind` parameter is a publication's kind, the search's `category` (the
search's own `kind` is fixed), so the library's links stay as they were.
Without `lang` it lists every publication once (lang=all): every tree holds
every publication, most of them aliases of the original, which the search
does not index; a translation is listed where there is one.
"""

from django.utils.translation import gettext_lazy as _

from search.display import city_labels, for_readers
from search.results import search_context
from search.service import DOCUMENT_FILTERS, LIBRARY_PAGE_SIZE, build_query, filter_options

from .models import PublicationPage

URL_NAMES = {"category": "kind"}  # the search's filter -> the library's parameter
YEAR_LEGEND = _("Year")  # not "Running in": a publication has one year


def search_params(request):
    """The request's parameters in the search's names."""
    params = request.GET.copy()
    for name, url_name in URL_NAMES.items():
        params.setlist(name, params.getlist(url_name))
        params.pop(url_name, None)
    params.setdefault("lang", "all")
    return params


def library_context(request, index_page):
    params = search_params(request)
    options = filter_options(index_page.locale, DOCUMENT_FILTERS)
    query = build_query(
        params,
        index_page.locale.language_code,
        options,
        fixed={"kind": ("publication",)},
        page_size=LIBRARY_PAGE_SIZE,
    )
    context = search_context(request, query, options, params)
    for_readers(context, city_labels(index_page.locale))
    for facet in context["facets"]:
        facet.name = URL_NAMES.get(facet.name, facet.name)
        if facet.name == "year":
            facet.legend = YEAR_LEGEND
    context["carry"] = [(URL_NAMES.get(name, name), value) for name, value in context["carry"]]
    add_files(context["results"].object_list)
    return context


def add_files(items):
    """Each hit's publication with its file (kind, year, download): one query."""
    pages = (
        PublicationPage.objects.filter(pk__in=[item.page_id for item in items])
        .select_related("document")
        .defer("document_text")
        .in_bulk()
    )
    for item in items:
        item.page = pages.get(item.page_id)
