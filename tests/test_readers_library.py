"""The library as researchers read it: the reader's words for a theme, city
or country find its practices; facets count honestly and offer only what
gives results; chips lead to the filtered library. Real search engine,
pages through the router (demo content, tests/conftest.py)."""

import datetime
import re

import pytest
from django.test import TestCase
from wagtail.models import Page

from practices.models import PracticePage
from search.engines import run_search
from search.engines.base import Query
from search.models import SearchDocument
from search.text import normalize, stem

pytestmark = pytest.mark.django_db

HOUSING = "athens-elaionas-reception"  # the demo's practice with the Housing theme


def first_practice(text, reader, languages=None):
    query = Query(
        text=text,
        reader_language=reader,
        languages=languages,
        filters={"kind": ("practice",)},
        facets=False,
    )
    result = run_search(query)
    assert result.hits, f"nothing found for {text!r}"
    return Page.objects.get(pk=result.hits[0].page_id).slug


@pytest.mark.parametrize(
    ("reader", "text"),
    [("en", "housing"), ("ar", "سكن"), ("ar", "السكن"), ("fa", "مسکن"), ("de", "wohnen")],
)
def test_the_readers_word_for_a_theme_finds_its_practice(reader, text):
    assert first_practice(text, reader) == HOUSING


def test_a_country_in_the_readers_language_finds_its_cities_practices():
    slug = first_practice("ألمانيا", "ar")
    assert PracticePage.objects.get(slug=slug, locale__language_code="el").city.country == "DE"


@pytest.mark.parametrize("form", ["γειτονιάς", "ΓΕΙΤΟΝΙΕΣ", "γειτονιών"])
def test_greek_ia_nouns_share_one_stem(form):
    """Snowball's Greek stems γειτονιά and γειτονιάς apart; search.text does
    not (the stems the SQLite engine matches)."""
    assert stem(normalize(form), "el") == stem(normalize("γειτονια"), "el")


def test_search_text_carries_no_admin_labels():
    bodies = " ".join(SearchDocument.objects.values_list("body", flat=True))
    for label in ("Επικεφαλίδα 2", "Heading 2", "Überschrift 2", "Επικεφαλίδα 3", "Heading 3"):
        assert label not in bodies


def facets_of(client, path):
    html = client.get(path).content.decode()
    form = re.search(r'<form class="filters".*?</form>', html, re.S).group(0)
    options = re.findall(
        r'<input type="checkbox" name="(\w+)" value="([^"]+)"( checked)?>.*?'
        r'<span class="facet__count">(\d+)',
        form,
        re.S,
    )
    return form, [
        (name, value, bool(checked), int(count)) for name, value, checked, count in options
    ]


def test_facets_offer_only_options_that_give_results(client):
    form, options = facets_of(client, "/en/practices/?lang=all")
    assert options and all(count > 0 for *_rest, count in options)
    # The city facet has more options than fit: the rest behind "show more".
    assert re.search(r'<details class="filter__more">\s*<summary>Show \d+ more</summary>', form)


def test_a_chosen_option_stays_even_with_no_results(client):
    _form, options = facets_of(client, "/en/practices/?lang=all&theme=housing&city=tilos")
    chosen = {(name, value): count for name, value, checked, count in options if checked}
    assert chosen == {("theme", "housing"): 0, ("city", "tilos"): 0}


def _year_hits(year):
    result = run_search(
        Query(
            text="",
            reader_language="en",
            languages=None,
            filters={"kind": ("practice",), "year": (str(year),)},
            facets=True,
            limit=None,
        )
    )
    return {Page.objects.get(pk=hit.page_id).slug for hit in result.hits}, result.facets["year"]


def _republish(practice, **changes):
    for name, value in changes.items():
        setattr(practice, name, value)
    with TestCase.captureOnCommitCallbacks(execute=True):  # Elasticsearch is written on commit
        practice.save_revision().publish()


def test_undated_and_planned_practices_are_not_counted_in_past_years():
    this_year = datetime.date.today().year
    undated = PracticePage.objects.get(slug=HOUSING, locale__language_code="en")
    _republish(undated, start_date=None, end_date=None)
    planned = PracticePage.objects.get(slug="athens-language-lessons", locale__language_code="en")
    _republish(planned, status="planned", start_date=datetime.date(2015, 1, 1), end_date=None)
    past, facet = _year_hits(this_year - 3)
    assert HOUSING not in past and "athens-language-lessons" not in past
    now, _facet = _year_hits(this_year)
    assert HOUSING not in now and "athens-language-lessons" in now
    assert sum(facet.values()) < len(facet) * PracticePage.objects.live().count()


def test_theme_and_target_group_chips_lead_to_the_filtered_library(client):
    page = PracticePage.objects.get(slug=HOUSING, locale__language_code="en")
    html = client.get(page.url).content.decode()
    links = re.findall(r'<li class="term"[^>]*><a href="([^"]+)">', html)
    assert "/en/practices/?theme=housing" in links
    assert any("target_group=" in link for link in links)
    listing = client.get("/en/practices/?theme=housing").content.decode()
    assert page.url in listing
