"""Snippets of search results are the page's own text in its language, with
the reader's words marked: never the stems and other languages' names a
page is also found by (issue #20). Through the router, on whichever engine
the run uses (SQLite here; PostgreSQL and Elasticsearch in CI)."""

import html
import re
import unicodedata

import pytest
from django.db.models import CharField, TextField
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from search.text import tokens

pytestmark = pytest.mark.django_db

# Letters of another script than the reader's betray another language's names.
FOREIGN_SCRIPTS = {
    "en": ("GREEK", "CYRILLIC", "ARABIC"),
    "el": ("CYRILLIC", "ARABIC"),
    "ar": ("GREEK", "CYRILLIC"),
}
_MARK = re.compile(r"</?mark>")


def own_words(page):
    """Every word the page itself says: its text fields, rich text and
    blocks (as rendered, and block by block for blocks without a template)."""
    parts = []
    for field in page._meta.get_fields():
        value = getattr(page, field.name, None) if hasattr(field, "attname") else None
        if isinstance(field, StreamField):
            parts.append(strip_tags(str(value)))
            parts += [strip_tags(str(text)) for text in field.get_searchable_content(value)]
        elif isinstance(field, RichTextField | CharField | TextField) and value:
            parts.append(strip_tags(str(value)))
    return set(tokens("\n".join(parts)))


def plain(snippet):
    return html.unescape(strip_tags(_MARK.sub("", str(snippet))))


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("en", "housing"),  # a theme name: found by it, not all say it
        ("en", "greece"),  # the country's name
        ("el", "στέγαση"),
        ("ar", "التعليم"),  # education, a theme of the Arabic practice
    ],
)
def test_snippets_are_the_readers_own_text(client, language, word):
    response = client.get(f"/{language}/search/", {"q": word})
    assert response.status_code == 200
    items = list(response.context["results"])
    assert items, "the demo has hits"
    html = response.content.decode()
    for item in items:
        assert not item.other_language
        snippet = plain(item.snippet)
        assert snippet, item.title
        page = Page.objects.get(pk=item.page_id).specific
        assert set(tokens(snippet)) <= own_words(page), (item.title, snippet)
        scripts = {unicodedata.name(char, "").split(" ")[0] for char in snippet}
        assert not scripts & set(FOREIGN_SCRIPTS[language]), (item.title, snippet)
        assert str(item.snippet) in html


def test_a_snippet_marks_the_readers_words_where_the_text_says_them(client):
    response = client.get("/en/search/", {"q": "greece"})
    marked = [item for item in response.context["results"] if "<mark>" in item.snippet]
    assert marked, "some pages say Greece"
    for item in marked:
        words = re.findall(r"<mark>(.*?)</mark>", str(item.snippet))
        assert {word.casefold() for word in words} == {"greece"}, item.snippet


def test_the_practice_library_shows_the_same_snippets(client):
    response = client.get("/en/practices/", {"q": "housing"})
    assert response.status_code == 200
    items = list(response.context["results"])
    assert items
    for item in items:
        page = Page.objects.get(pk=item.page_id).specific
        assert set(tokens(plain(item.snippet))) <= own_words(page), item.snippet
