"""The document library's search (issue #20): a labelled search box, hits
ranked over titles, summaries and the files' text with the words marked,
filters by kind, theme, city and year whose counts are the results they
give, bad input answered calmly, a bounded number of queries. Through the
router, on whichever engine the run uses."""

import re

import pytest
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from publications.factories import PublicationPageFactory
from publications.models import PublicationIndexPage, PublicationPage
from tests.test_publications import pdf_document

pytestmark = pytest.mark.django_db
Document = get_document_model()


def library(language="en"):
    return PublicationIndexPage.objects.get(locale__language_code=language)


def get(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, (url, params)
    return response


def facets(response):
    return {facet.name: facet for facet in response.context["facets"]}


@pytest.mark.parametrize(("language", "word"), [("en", "noticeboards"), ("el", "πινακίδες")])
def test_a_word_inside_a_pdf_finds_its_guide_with_the_word_marked(client, language, word):
    guide = PublicationPage.objects.get(
        slug="library-guide-participation", locale__language_code=language
    )
    response = get(client, library(language).url, {"q": word})
    items = list(response.context["results"])
    assert [item.title for item in items] == [guide.title]
    assert response.context["total"] == 1
    assert re.search(r"<mark>[^<]+</mark>", items[0].snippet), items[0].snippet
    assert "<mark>" in response.content.decode()
    html = response.content.decode()
    assert f'href="{guide.document.url}"' in html  # its file, from the hit


def test_titles_and_summaries_rank_first(client):
    response = get(client, library().url, {"q": "municipal services"})
    first = response.context["results"][0]
    assert first.page.slug == "library-guide-services"
    assert "<mark>" in first.title_html


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_search_box_is_a_labelled_search_form(client, language):
    index = library(language)
    html = get(client, index.url, {"q": "guide"}).content.decode()
    form = re.search(r'<form class="search-form" role="search"[^>]*>(.*?)</form>', html, re.S)
    assert form, "a search landmark"
    assert f'action="{index.url}"' in form.group(0)
    field = re.search(r'<input id="([^"]+)" type="search" name="q" value="guide"', form.group(1))
    assert field and f'<label for="{field.group(1)}">' in form.group(1)
    if language == "ar":
        assert re.search(r'<html[^>]* dir="rtl"', html)


def test_without_words_every_publication_is_listed_once(client):
    # Most trees hold aliases of the Greek originals: shown in Greek, marked.
    for language in ("en", "ar"):
        response = get(client, library(language).url)
        items = list(response.context["results"])
        live = PublicationPage.objects.live().filter(locale__language_code=language).count()
        assert response.context["total"] == len(items) == live
        for item in items:
            if item.language != language:
                assert f'lang="{item.language}"' in response.content.decode()


@pytest.mark.parametrize("q", ["", "guide"])
def test_every_count_is_the_number_of_results_its_option_lists(client, q):
    index = library()
    response = get(client, index.url, {"q": q} if q else {})
    shown = facets(response)
    assert {"kind", "theme", "year"} <= set(shown)
    counted = 0
    for name in ("kind", "theme", "city", "year"):
        for option in shown[name].options if name in shown else []:
            if not option["count"]:
                continue
            chosen = get(client, index.url, {"q": q, name: option["value"]})
            listed = list(chosen.context["results"])
            assert chosen.context["total"] == len(listed) == option["count"], (name, option)
            counted += 1
            if name == "kind":
                assert {item.page.kind for item in listed} == {option["value"]}
            if name == "year":
                assert {str(item.page.year) for item in listed} == {option["value"]}
    assert counted >= 4
    # Its own options are counted without its own filter; others within it.
    kind = next(option for option in shown["kind"].options if option["count"])
    narrowed = facets(get(client, index.url, {"q": q, "kind": kind["value"]}))
    assert narrowed["kind"].options == [
        {**option, "checked": option["value"] == kind["value"]} for option in shown["kind"].options
    ]
    assert sum(option["count"] for option in narrowed["year"].options) == kind["count"]


def test_filters_and_words_combine(client):
    index = library()
    response = get(client, index.url, {"q": "guide", "kind": "thematic-guide", "year": "2015"})
    assert response.context["total"] == 3
    assert {item.page.kind for item in response.context["results"]} == {"thematic-guide"}
    html = response.content.decode()
    # The chosen filters ride along with a new query, in the library's names.
    assert '<input type="hidden" name="kind" value="thematic-guide">' in html
    assert 'name="kind" value="thematic-guide" checked' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "\x00guide\x1f"},
        {"kind": "nonsense", "theme": "<script>", "city": "atlantis", "year": "1066"},
        {"year": "9999999999999999999999"},
        {"lang": "xx", "sort": "sideways"},
    ],
)
def test_bad_input_is_a_normal_page(client, params):
    response = client.get(library().url, params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[-1]


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99", "1e3"])
def test_a_page_that_is_not_there_is_not_found(client, page):
    assert client.get(library().url, {"page": page}).status_code == 404


def test_a_listing_makes_the_same_queries_for_more_documents(client):
    index = library()
    params = {"q": "extra text", "kind": "thematic-guide"}
    for number in range(2):
        document = pdf_document(f"Extra {number}", "Some extra text.")
        with TestCase.captureOnCommitCallbacks(execute=True):
            PublicationPageFactory(parent=index, document=document).save_revision().publish()
    client.get(index.url, params)
    with CaptureQueriesContext(connection) as before:
        assert len(client.get(index.url, params).context["results"]) == 2
    for number in range(2, 8):
        document = pdf_document(f"Extra {number}", "Some extra text.")
        with TestCase.captureOnCommitCallbacks(execute=True):
            PublicationPageFactory(parent=index, document=document).save_revision().publish()
    client.get(index.url, params)  # once, after the change (the cache was bumped)
    with CaptureQueriesContext(connection) as after:
        assert len(client.get(index.url, params).context["results"]) == 8
    assert len(after) == len(before)
