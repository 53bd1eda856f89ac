"""Query counts per page kind do not grow with the number of practices.

Each page kind is requested on the demo content, then again after 200
generated practices (in several languages, with their aliases) are added:
the counts must be the same, and stay under a ceiling, so that a listing or
a page that starts making one query per item fails here."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db

# The target: 15 a page, once core.memo has seen the page since the
# last content change (the first request after a change looks everything up).
CEILING = {
    "home": 15,
    "library": 15,
    "practice page": 15,
    "news page": 15,
    "site search": 15,
    "library search": 15,
}


def page_urls():
    practice = PracticePage.objects.live().filter(locale__language_code="en").order_by("pk")
    news = NewsPage.objects.live().filter(locale__language_code="en").order_by("pk")
    return {
        "home": "/en/",
        "library": "/en/practices/",
        "practice page": practice.first().url,
        "news page": news.first().url,
        "site search": "/en/search/?q=integration",
        "library search": "/en/practices/?q=integration",
    }


# Every page kind shows results in both states (an empty result page skips
# the hydration queries, which would make the comparison meaningless).


def counts(client, urls):
    found = {}
    for kind, url in urls.items():
        assert client.get(url).status_code == 200, url  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        found[kind] = len(queries.captured_queries)
    return found


def test_query_counts_do_not_grow_with_the_number_of_practices(client):
    urls = page_urls()
    before = counts(client, urls)
    # The demo loader is idempotent: it adds the generated practices and
    # rebuilds the public search index.
    call_command("load_demo_content", practices=200, verbosity=0)
    assert PracticePage.objects.filter(external_id__startswith="gen-").count() >= 200
    after = counts(client, urls)
    assert after == before
    for kind, number in after.items():
        assert number <= CEILING[kind], (kind, number)
