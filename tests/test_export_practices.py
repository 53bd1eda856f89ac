"""The library's export: the same result set as the page, as CSV and JSON."""

import csv
import io
import json
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def library_titles(client, language, query):
    """Every title the library lists for `query`, across all its pages."""
    titles, number = [], 1
    while True:
        separator = "&" if query else ""
        response = client.get(f"/{language}/practices/?{query}{separator}page={number}")
        assert response.status_code == 200
        results = response.context["results"]
        titles += [page.title for page in results]
        if not results.has_next():
            return titles
        number += 1


def get_export(client, language, file_format, query=""):
    response = client.get(f"/{language}/practices/export.{file_format}?{query}")
    body = b"".join(response.streaming_content) if response.status_code == 200 else b""
    return response, body


def parse_csv(body):
    assert body.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    "query",
    [
        "",
        "theme=housing",
        "theme=housing&theme=education&city=athens",
        "status=ongoing&country=GR",
        "target_group=refugees&status=completed",
        "theme=no-such-theme&page=99",  # unknown values are dropped, page is ignored
        "lang=all",  # every language, one row per practice, as the page
        "lang=all&theme=employment&sort=newest",
        "year=2022&evidence=monitored&lang=all",
    ],
)
@pytest.mark.parametrize("language", ["en", "el"])
def test_export_is_the_library_result_set(client, language, query):
    titles = library_titles(client, language, query.replace("&page=99", ""))
    assert titles or "completed" in query or "year=" in query
    response, body = get_export(client, language, "csv", query)
    assert response.status_code == 200
    rows = parse_csv(body)
    assert [row["title"] for row in rows] == titles
    response, body = get_export(client, language, "json", query)
    data = json.loads(body)
    assert [item["title"] for item in data["practices"]] == titles


def test_rows_carry_ids_urls_terms_figures_licence_and_citation(client):
    _response, body = get_export(client, "en", "json", "city=athens")
    data = json.loads(body)
    assert data["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert "/en/practices/?city=athens" in data["citation"]
    by_id = {item["external_id"]: item for item in data["practices"]}
    page = PracticePage.objects.live().filter(locale__language_code="en", city__slug="athens")
    page = page.exclude(external_id="").exclude(figures=[]).first()
    item = by_id[page.external_id]
    # Absolute, on the site's canonical host (as in the page's canonical link)
    assert item["url"] == page.get_full_url() and item["url"].startswith("http")
    assert item["language"] == page.content_language
    assert item["city"] == page.city.title and item["country"] == "GR"
    assert item["country_name"] == "Greece"
    assert item["themes"] == [theme.slug for theme in page.themes.all()]
    assert len(item["theme_names"]) == len(item["themes"])
    assert item["status"] == page.status and item["evidence_level"] == page.evidence_level
    assert item["figures"][0]["label"] == page.figures[0].value["label"]
    assert item["licence"] == "CC BY 4.0" and item["url"] in item["citation"]
    assert client.get(page.url).status_code == 200

    _response, body = get_export(client, "en", "csv", "city=athens")
    row = {row["external_id"]: row for row in parse_csv(body)}[page.external_id]
    assert row["themes"] == "; ".join(item["themes"])
    assert row["figures"].startswith(page.figures[0].value["label"] + ": ")


def test_headers_name_a_dated_file(client):
    from django.utils import timezone

    today = timezone.localdate().isoformat()
    response, _body = get_export(client, "en", "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="practices-en-{today}.csv"'
    response, _body = get_export(client, "de", "json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="practices-de-{today}.json"'


def test_right_to_left_language_export(client):
    response, body = get_export(client, "ar", "csv")
    assert response.status_code == 200
    rows = parse_csv(body)
    assert [row["title"] for row in rows] == library_titles(client, "ar", "")
    arabic = [row for row in rows if row["language"] == "ar"]
    assert arabic, "the demo has practices translated into Arabic"
    assert any("\u0600" <= char <= "\u06ff" for char in arabic[0]["title"])
    data = json.loads(get_export(client, "fa", "json")[1])
    assert data["language"] == "fa"
    assert len(data["practices"]) == len(library_titles(client, "fa", ""))


@pytest.mark.parametrize(
    "path", ["/en/practices/export.xml", "/en/practices/export.csv/", "/en/cities/export.csv"]
)
def test_other_file_names_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_library_links_to_its_export_with_the_query(client):
    html = client.get("/en/practices/?theme=housing&page=1").content.decode()
    assert 'href="/en/practices/export.csv?theme=housing"' in html
    assert 'href="/en/practices/export.json?theme=housing"' in html
    assert 'rel="license"' in html and "CC BY 4.0" in html


def test_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    from cities.models import CityPage
    from practices.factories import PracticePageFactory
    from taxonomy.models import TargetGroup, Theme

    def queries(file_format):
        with CaptureQueriesContext(connection) as captured:
            _response, body = get_export(client, "en", file_format)
        rows = parse_csv(body) if file_format == "csv" else json.loads(body)["practices"]
        return len(captured), len(rows)

    csv_queries, rows = queries("csv")
    json_queries, _rows = queries("json")
    athens = CityPage.objects.get(slug="athens", locale__language_code="en")
    themes = list(Theme.objects.filter(locale__language_code="en")[:2])
    with django_capture_on_commit_callbacks(execute=True):  # Elasticsearch is written on commit
        for _number in range(30):
            page = PracticePageFactory(parent=athens, themes=themes)
            page.target_groups.set(TargetGroup.objects.filter(locale__language_code="en")[:2])
            page.save_revision().publish()
    with django_assert_max_num_queries(csv_queries):
        _response, body = get_export(client, "en", "csv")
        assert len(parse_csv(body)) == rows + 30
    with django_assert_max_num_queries(json_queries):
        get_export(client, "en", "json")


def test_imported_practices_export_with_their_external_ids(
    client, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    from tests.test_import_practices import EXAMPLES

    with django_capture_on_commit_callbacks(execute=True):  # Elasticsearch is written on commit
        call_command(
            "import_practices", str(EXAMPLES / "practices.json"), "--publish", stdout=io.StringIO()
        )
    _response, body = get_export(client, "en", "json", "city=halle")
    item = next(
        item
        for item in json.loads(body)["practices"]
        if item["external_id"] == "example-halle-job-mentoring"
    )
    assert item["title"] == "Mentoring into work" and item["language"] == "en"
    assert item["themes"] == ["employment"]
    assert sorted(item["target_groups"]) == ["migrants", "women"]
    assert item["start_date"] == "2023-04-15" and item["end_date"] is None
    assert item["figures"] == [
        {"label": "Mentoring pairs", "value": 30, "unit": "pairs", "year": 2025}
    ]


def test_all_languages_export_links_to_the_readers_pages(client):
    """lang=all lists originals (Greek, English) to an Arabic reader: their
    addresses are the Arabic tree's, as the library's links are."""
    _response, body = get_export(client, "ar", "json", "lang=all")
    practices = json.loads(body)["practices"]
    assert practices and {item["language"] for item in practices} - {"ar"}
    for item in practices:
        assert urlsplit(item["url"]).path.startswith("/ar/"), item["url"]
        assert client.get(urlsplit(item["url"]).path).status_code == 200
