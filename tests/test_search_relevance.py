"""The relevance set (search/relevance/cases.json) against the engine in use:
Elasticsearch when ELASTICSEARCH_URL is set, else PostgreSQL or SQLite."""

import json
from pathlib import Path

import pytest
from wagtail.models import Page

from search.engines import database_engine, get_engine, run_search
from search.engines.base import Query

CASES = json.loads(
    (Path(__file__).resolve().parent.parent / "search" / "relevance" / "cases.json").read_text(
        encoding="utf-8"
    )
)["cases"]

pytestmark = pytest.mark.django_db


def test_the_set_covers_every_site_language():
    from django.conf import settings

    assert {case["language"] for case in CASES} == {code for code, _name in settings.LANGUAGES}


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{case['language']}-{case['query']}" for case in CASES]
)
def test_the_expected_practice_comes_first(case):
    query = Query(
        text=case["query"],
        reader_language=case["language"],
        languages=(case["language"],),
        filters={"kind": ("practice",)},
        facets=False,
    )
    result = run_search(query)
    assert result.engine == get_engine().name
    assert result.hits, f"nothing found for {case['query']!r}"
    first = Page.objects.get(pk=result.hits[0].page_id)
    assert first.slug == case["first"], case["proves"]
    assert first.locale.language_code == case["language"]


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{case['language']}-{case['query']}" for case in CASES]
)
def test_the_database_engine_agrees(case):
    """The fallback engine (PostgreSQL or SQLite) passes the set too, also
    when Elasticsearch answers the site's searches."""
    query = Query(
        text=case["query"],
        reader_language=case["language"],
        languages=(case["language"],),
        filters={"kind": ("practice",)},
    )
    result = database_engine().search(query)
    assert result.hits, f"nothing found for {case['query']!r}"
    assert Page.objects.get(pk=result.hits[0].page_id).slug == case["first"]
    assert result.facets["language"][case["language"]] >= result.total
