"""The library listing: the site search with the practice kind fixed.

Filters, languages, order and page are query parameters (search/service.py):
values of one filter are alternatives, different filters all apply; values
nobody knows are ignored, so an old or hand-edited link still shows a normal
page. Without a query the library lists the practices written in the
reader's language, newest first (lang=all adds every other language's,
one per practice).
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

from search.display import city_labels, for_readers
from search.results import search_context
from search.service import LIBRARY_FILTERS, filter_options, library_query

PAGE_SIZE = 12


def paginate(request, items, per_page=PAGE_SIZE):
    """One page of a plain listing (the news index); 404 past the end."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error


def library_context(request, index_page):
    options = filter_options(index_page.locale, LIBRARY_FILTERS)
    query = library_query(request, index_page, options)
    return for_readers(search_context(request, query, options), city_labels(index_page.locale))
