"""Listings that grow with the library show one bounded page of it, in a
fixed number of queries: a city page its newest practices and a link to
the library filtered by the city, the API's practice list its default page,
the library search one page of results. Through the router, on the demo
content and again after 200 generated practices are added: a listing that
made a query per item, or showed every item, fails here."""

import json

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import CITY_PRACTICES, CityPage
from opendata.params import DEFAULT_PAGE_SIZE
from practices.models import PracticePage
from search.service import LIBRARY_PAGE_SIZE

pytestmark = pytest.mark.django_db

API = "/api/v1/practices/"
LIBRARY_SEARCH = "/en/practices/?q=integration"
CARD = 'class="card card--practice"'
RESULT = '<article class="search-result">'


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


# Greek, the default language, gets the largest share of generated practices.
CITY_LANGUAGE = "el"


def city_urls():
    cities = CityPage.objects.live().filter(locale__language_code=CITY_LANGUAGE)
    return {city.slug: city.url for city in cities}


def warm(client, url):
    """(response, queries) of a request the per-process caches have seen."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, len(queries.captured_queries)


def city_practices(slug):
    city = CityPage.objects.get(slug=slug, locale__language_code=CITY_LANGUAGE)
    return PracticePage.objects.child_of(city).live().count()


def check_city_page(client, slug, url):
    response, queries = warm(client, url)
    html = response.content.decode()
    total = city_practices(slug)
    assert html.count(CARD) == min(total, CITY_PRACTICES), slug
    link = f'href="/{CITY_LANGUAGE}/practices/?lang=all&amp;city={slug}"'
    assert (link in html) == (total > CITY_PRACTICES), slug
    if total > CITY_PRACTICES:
        assert f"({total})</a>" in html
        shown = response.context["practices"]
        newest = PracticePage.objects.child_of(shown[0].get_parent()).live()
        newest = newest.order_by("-first_published_at", "-pk")[:CITY_PRACTICES]
        assert [page.pk for page in shown] == [page.pk for page in newest]
    return queries


def check_api(client):
    response, queries = warm(client, API)
    body = json.loads(response.content)
    assert body["page_size"] == DEFAULT_PAGE_SIZE
    assert len(body["results"]) == min(body["count"], DEFAULT_PAGE_SIZE)
    return queries, body["count"]


def check_library_search(client):
    response, queries = warm(client, LIBRARY_SEARCH)
    assert len(response.context["results"]) <= LIBRARY_PAGE_SIZE
    shown = response.content.decode().count(RESULT)
    assert shown <= LIBRARY_PAGE_SIZE + len(response.context["promotions"])
    return queries, response.context["total"]


def test_listings_stay_one_page_in_fixed_queries_as_the_library_grows(client):
    cities = city_urls()
    before = {slug: check_city_page(client, slug, url) for slug, url in cities.items()}
    api_before, api_count = check_api(client)
    search_before, search_total = check_library_search(client)

    call_command("load_demo_content", practices=200, verbosity=0)

    # Some city now has more practices than its page lists.
    assert max(city_practices(slug) for slug in cities) > CITY_PRACTICES
    after = {slug: check_city_page(client, slug, url) for slug, url in cities.items()}
    assert after == before
    api_after, api_count_after = check_api(client)
    assert api_count_after > api_count and api_count_after > DEFAULT_PAGE_SIZE
    assert api_after == api_before
    search_after, search_total_after = check_library_search(client)
    assert search_total_after > max(search_total, LIBRARY_PAGE_SIZE)
    assert search_after == search_before
