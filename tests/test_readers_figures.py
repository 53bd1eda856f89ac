"""/<lang>/figures/: the library counted, charts drawn on the server, each
bar a link to the library filtered to it (demo content, real router and
search)."""

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from practices.models import PracticePage
from search.engines import run_search
from search.service import build_query, filter_options

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_figures_page_answers_in_every_language(client, language):
    response = client.get(f"/{language}/figures/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert f'<html lang="{language}"' in html
    assert '<svg class="figure-chart__svg"' in html and "<table" in html


def _bars(html):
    return [
        (unescape(href), int(count))
        for href, count in re.findall(
            r'<a href="([^"]+)"[^>]*>\s*<text [^>]*>[^<]*</text>\s*<rect [^>]*/>\s*'
            r"<text [^>]*>(\d+)</text>",
            html,
        )
    ]


def test_each_bar_counts_what_the_library_lists_behind_its_link(client):
    html = client.get("/en/figures/").content.decode()
    bars = _bars(html)
    assert len(bars) > 15
    locale = Locale.objects.get(language_code="en")
    names = ["theme", "target_group", "city", "status", "evidence", "year"]
    options = filter_options(locale, names)
    for href, count in bars:
        parts = urlsplit(href)
        assert parts.path == "/en/practices/"
        params = QueryDict(parts.query)
        assert params["lang"] == "all"
        query = build_query(params, "en", options, fixed={"kind": ("practice",)})
        assert run_search(query).total == count, href


def test_undated_practices_count_in_no_year(client):
    PracticePage.objects.filter(locale__language_code="en").update(start_date=None)
    html = client.get("/en/figures/").content.decode()
    assert not [href for href, _count in _bars(html) if "year=" in href]


def test_charts_are_mirrored_for_right_to_left_readers(client):
    html = client.get("/ar/figures/").content.decode()
    assert 'direction="rtl"' in html and 'direction="ltr"' not in html
    # Coordinates are numbers for SVG, not formatted for readers (no "20,0").
    assert not re.search(r'(?:x|y|width)="[\d.]*,', html)


def test_the_figures_page_makes_a_fixed_number_of_queries(client):
    client.get("/en/figures/")  # warm caches (site, locales)
    with CaptureQueriesContext(connection) as before:
        client.get("/en/figures/")
    practice = PracticePage.objects.filter(locale__language_code="el").first()
    for number in range(3):
        practice.copy(update_attrs={"slug": f"copy-{number}", "title": f"Copy {number}"})
    client.get("/en/figures/")  # once, after the change (the cache was bumped)
    with CaptureQueriesContext(connection) as after:
        client.get("/en/figures/")
    assert len(after.captured_queries) == len(before.captured_queries)
