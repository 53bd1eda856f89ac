"""The library and the site search through the router: facets, languages,
highlights, autocomplete, editors' picks, bad input and the fallback."""

import json
import re

import pytest
from django.db import connection
from wagtail.models import Page

from practices.models import PracticePage
from search.engines import run_search
from search.engines.base import Query
from search.models import SearchDocument

pytestmark = pytest.mark.django_db

LIBRARY = "/en/practices/"


def own_practices(language):
    return PracticePage.objects.live().filter(locale__language_code=language, alias_of=None)


def get(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, url
    return response


class TestFacets:
    @pytest.mark.parametrize("name", ["theme", "target_group", "city", "status", "evidence"])
    def test_each_count_is_the_total_its_option_gives(self, client, name):
        base = get(client, LIBRARY, {"q": "city"}).context
        facet = next(facet for facet in base["facets"] if facet.name == name)
        counted = [option for option in facet.options if option["count"]]
        assert counted, f"the demo gives some {name} counts"
        for option in counted[:4]:
            chosen = get(client, LIBRARY, {"q": "city", name: option["value"]}).context
            assert chosen["total"] == option["count"], option
            assert chosen["results"].paginator.count == option["count"]

    def test_a_facet_ignores_its_own_filter_but_not_the_others(self, client):
        context = get(client, LIBRARY).context
        statuses = next(f for f in context["facets"] if f.name == "status").options
        status = next(option["value"] for option in statuses if option["count"])
        chosen = get(client, LIBRARY, {"status": status}).context
        after = {f.name: f for f in chosen["facets"]}
        # Its own counts are unchanged; the other filters count within it.
        assert after["status"].options == [
            {**option, "checked": option["value"] == status} for option in statuses
        ]
        assert sum(o["count"] for o in after["evidence"].options) == chosen["total"]

    def test_year_counts_practices_running_that_year(self, client):
        context = get(client, LIBRARY).context
        years = next(f for f in context["facets"] if f.name == "year").options
        assert years
        year = int(years[0]["value"])
        running = [p for p in own_practices("en") if p.running_in(year)]
        assert years[0]["count"] == len(running)
        assert get(client, LIBRARY, {"year": year}).context["total"] == len(running)

    def test_counts_are_labelled_for_screen_readers(self, client):
        html = get(client, LIBRARY).content.decode()
        assert re.search(r'<fieldset class="filter">\s*<legend>Theme</legend>', html)
        assert re.search(
            r'<span class="facet__count">\d+<span class="visually-hidden"> results?</span>', html
        )


class TestLanguages:
    def test_default_is_the_readers_language(self, client):
        context = get(client, "/de/practices/").context
        assert context["total"] == own_practices("de").count()
        assert {item.language for item in context["results"]} == {"de"}

    def test_all_languages_gives_one_hit_per_practice(self, client):
        context = get(client, "/de/practices/", {"lang": "all"}).context
        items = list(
            get(client, "/de/practices/", {"lang": "all", "sort": "newest"}).context["results"]
        )
        keys = PracticePage.objects.live().values_list("translation_key", flat=True)
        assert context["total"] == len(set(keys))
        german = {p.translation_key for p in own_practices("de")}
        for item in items:
            doc = SearchDocument.objects.get(page_id=item.page_id)
            # The reader's translation when there is one, else the original.
            assert (doc.language == "de") == (doc.translation_key in german)
            assert item.url.startswith("/de/"), "links stay in the reader's tree"

    def test_other_languages_are_labelled(self, client):
        html = get(client, "/de/practices/", {"lang": "all"}).content.decode()
        assert '<h3 class="search-result__title" lang="el" dir="ltr">' in html
        assert "search-result__language" in html

    def test_few_results_offer_every_language(self, client):
        # No German practice names UNHCR; an untranslated Greek one does.
        context = get(client, "/de/practices/", {"q": "UNHCR"}).context
        assert context["all_languages_url"] and "lang=all" in context["all_languages_url"]
        assert context["all_languages_total"] > context["total"]


def test_matched_words_are_marked_with_their_stem(client):
    html = get(client, LIBRARY, {"q": "lesson"}).content.decode()
    assert "<mark>lessons</mark>" in html
    html = get(client, "/el/practices/", {"q": "μαθημα"}).content.decode()
    assert "<mark>Μαθήματα</mark>" in html


def test_site_search_finds_every_kind(client):
    context = get(client, "/en/search/", {"q": "athens"}).context
    kinds = {item.kind for item in context["results"]}
    assert {"city", "practice"} <= kinds
    assert context["facets"][0].name == "kind"


class TestSuggest:
    def test_titles_for_a_prefix_practices_first(self, client):
        response = get(client, "/en/search/suggest/", {"q": "ath"})
        data = json.loads(response.content)
        assert data["query"] == "ath"
        assert "Athens" in data["suggestions"]
        kinds = dict(SearchDocument.objects.filter(language="en").values_list("title", "kind"))
        order = [kinds[title] == "practice" for title in data["suggestions"]]
        assert order == sorted(order, reverse=True)

    def test_accent_insensitive_in_the_readers_language(self, client):
        data = json.loads(get(client, "/el/search/suggest/", {"q": "μαθη"}).content)
        assert "Μαθήματα ελληνικών και αγγλικών" in data["suggestions"]

    @pytest.mark.parametrize("q", ["", "a", "\x00\x00", "<script>", "x" * 5000])
    def test_odd_input_gives_empty_or_normal_json(self, client, q):
        data = json.loads(get(client, "/en/search/suggest/", {"q": q}).content)
        assert isinstance(data["suggestions"], list)


def test_editors_picks_in_the_readers_language(client):
    from wagtail.contrib.search_promotions.models import Query as SearchQuery
    from wagtail.contrib.search_promotions.models import SearchPromotion

    query = SearchQuery.get("Housing")
    english = own_practices("en").first()
    greek = own_practices("el").first()
    SearchPromotion.objects.create(
        query=query, page=english, description="Start here", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=greek, sort_order=1)
    context = get(client, LIBRARY, {"q": "housing"}).context
    assert [pick.page_id for pick in context["promotions"]] == [english.pk]
    html = get(client, "/en/search/", {"q": "HOUSING"}).content.decode()
    assert "Start here" in html


class TestBadInput:
    @pytest.mark.parametrize(
        "params",
        [
            {"q": "x" * 10000},
            {"q": "lesson\x00\x01"},
            {"q": "<script>alert(1)</script>"},
            {"q": "' OR 1=1 --"},
            {"q": "!!! ??? & | :* ()"},
            {"q": "ا" * 300},
            {"theme": "nope", "year": "abc", "lang": "xx", "sort": "zzz"},
            {"year": "99999999999999999999"},
            {"city": "x" * 5000, "evidence": ""},
        ],
    )
    @pytest.mark.parametrize("url", [LIBRARY, "/en/search/"])
    def test_gives_a_normal_page(self, client, url, params):
        html = get(client, url, params).content.decode()
        assert "<script>alert(1)</script>" not in html

    @pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", "99999999999"])
    @pytest.mark.parametrize("url", [LIBRARY, "/en/search/"])
    def test_bad_page_numbers_are_404(self, client, url, page):
        assert client.get(url, {"q": "athens", "page": page}).status_code == 404


class QueryCount:
    """Queries run inside the block (a wrapper, not the debug log, which
    stops growing once it holds 9,000 queries)."""

    def __enter__(self):
        self.count = 0
        self._wrapper = connection.execute_wrapper(self._count)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self._wrapper.__exit__(*exc)

    def _count(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def test_listing_makes_a_fixed_number_of_queries(client):
    halle = {"lang": "all", "q": "integration", "city": "halle"}
    everywhere = {"lang": "all", "q": "integration"}
    get(client, LIBRARY, everywhere)
    with QueryCount() as many:
        response = get(client, LIBRARY, everywhere)
    get(client, LIBRARY, halle)
    with QueryCount() as few:
        fewer = get(client, LIBRARY, halle)
    assert len(response.context["results"]) > len(fewer.context["results"]) >= 1
    assert 0 < many.count == few.count
    # Once seen (core.cache keeps the cards' addresses and the options).
    get(client, "/en/search/", {"q": "athens", "lang": "all"})
    with QueryCount() as searched:
        get(client, "/en/search/", {"q": "athens", "lang": "all"})
    assert 0 < searched.count <= many.count


def test_falls_back_to_the_database_when_elasticsearch_is_down(client, settings, caplog):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    result = run_search(Query(text="lesson", reader_language="en", languages=("en",)))
    assert result.engine == "database (fallback)"
    assert result.total >= 1
    assert "answering from the database" in caplog.text
    context = get(client, LIBRARY, {"q": "lesson"}).context
    assert context["engine"] == "database (fallback)" and context["total"] >= 1
    data = json.loads(get(client, "/en/search/suggest/", {"q": "ath"}).content)
    assert "Athens" in data["suggestions"]


def test_search_result_links_open(client):
    for item in get(client, "/uk/practices/", {"lang": "all"}).context["results"]:
        assert client.get(item.url).status_code == 200
        assert Page.objects.filter(pk=item.page_id).exists()
