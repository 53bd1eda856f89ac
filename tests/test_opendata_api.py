"""/api/v1/: an outside program reads the library through the API and gets
what the library and its export show; bad parameters are 400s that name
them; every answer carries the licence and a citation. (Its rate limit is
the site's: tests/test_security_ratelimit.py.)"""

import json

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import PracticePage
from tests.test_export_practices import get_export, library_titles

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def api(client, path, **params):
    response = client.get(f"/api/v1/{path}", params)
    assert response["Content-Type"].startswith("application/json")
    return response, json.loads(response.content)


def page_through(client, path, params, page_size):
    """Every record of a list, following `next` as an outside program does."""
    results, url = [], f"/api/v1/{path}"
    response = client.get(url, {**params, "page_size": page_size})
    while True:
        assert response.status_code == 200, response.content
        data = json.loads(response.content)
        assert data["licence"]["name"] == "CC BY 4.0"
        assert data["citation"]
        results += data["results"]
        if data["next"] is None:
            assert len(results) == data["count"]
            return results
        assert data["next"].startswith("http://testserver/api/v1/")
        response = client.get(data["next"])


@pytest.mark.parametrize("lang", ["", "all"])
def test_every_practice_in_every_language_is_the_export(client, lang):
    """Page by page through every language's library: the records are the
    export's rows (same fields, same values, same order), plus more."""
    total = 0
    for code in LANGUAGES:
        params = {"locale": code, **({"lang": lang} if lang else {})}
        records = page_through(client, "practices/", params, page_size=5)
        _response, body = get_export(client, code, "json", f"lang={lang}" if lang else "")
        rows = json.loads(body)["practices"]
        assert len(records) == len(rows)
        for record, row in zip(records, rows, strict=True):
            for figure in record["figures"]:
                figure.pop("source")
            assert {key: record[key] for key in row} == row
        total += len(records)
    assert total > 20


@pytest.mark.parametrize(
    "query",
    [
        "theme=housing&theme=education&city=athens",
        "status=ongoing&country=GR",
        "q=language+lessons",
        "q=language&sort=newest&lang=all",
        "year=2022&evidence=monitored&lang=all",
        "theme=no-such-theme",
    ],
)
def test_filters_give_the_library_result_set(client, query):
    titles = library_titles(client, "en", query)
    params = dict(pair.split("=") for pair in query.split("&"))
    multi = [pair.split("=") for pair in query.split("&")]
    url = "/api/v1/practices/?locale=en&page_size=100&" + "&".join(f"{k}={v}" for k, v in multi)
    response = client.get(url)
    assert response.status_code == 200, response.content
    data = json.loads(response.content)
    assert [item["title"] for item in data["results"]] == titles
    assert params  # the query is not empty


def test_a_practice_record_has_every_structured_field(client):
    page = (
        PracticePage.objects.live()
        .filter(locale__language_code="en", city__slug="athens")
        .exclude(figures=[])
        .first()
    )
    _response, data = api(client, f"practices/{page.pk}/")
    record = data["result"]
    assert record["id"] == page.pk and record["url"] == page.get_full_url()
    assert record["city_slug"] == "athens" and record["country"] == "GR"
    assert record["themes"] == [term.slug for term in page.themes.all()]
    assert record["figures"][0]["value"] == pytest.approx(float(page.figures[0].value["value"]))
    assert set(record["figures"][0]) == {"label", "value", "unit", "year", "source"}
    assert record["evidence_level"] == page.evidence_level
    assert record["last_verified_on"] == (
        page.last_verified_on.isoformat() if page.last_verified_on else None
    )
    assert record["funding_programme"] == page.funding_programme
    assert len(record["partners"]) == len(page.partners)
    assert len(record["principles"]) == page.principles.count()
    versions = {version["language"]: version for version in record["translations"]}
    assert versions["en"]["id"] == page.pk
    assert versions["el"]["provenance"] == "original"
    assert all(v["url"].startswith("http") for v in versions.values())
    assert data["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"


def test_cities_news_declarations_and_vocabularies(client):
    _response, data = api(client, "cities/", locale="en", page_size=100)
    slugs = {city["slug"] for city in data["results"]}
    assert "athens" in slugs and data["count"] == len(slugs)
    athens = next(city for city in data["results"] if city["slug"] == "athens")
    assert athens["country"] == "GR" and athens["country_name"] == "Greece"
    _response, news = api(client, "news/", locale="en", city="athens")
    assert news["results"] and all(item["city_slug"] == "athens" for item in news["results"])
    _response, declarations = api(client, "declarations/", locale="en")
    assert declarations["results"][0]["principles"][0]["number"] == 1
    _response, themes = api(client, "themes/", locale="de")
    housing = next(term for term in themes["results"] if term["slug"] == "housing")
    assert housing["language"] == "de" and housing["name"]
    _response, groups = api(client, "target-groups/", locale="en")
    assert "refugees" in {term["slug"] for term in groups["results"]}
    for body in (data, news, declarations, themes, groups):
        assert body["licence"]["name"] == "CC BY 4.0" and "CC BY 4.0" in body["citation"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page=999", "page"),  # past the last page
        ("page_size=1000", "page_size"),
        ("sort=oldest", "sort"),
        ("lang=xx", "lang"),
        ("locale=xx", "locale"),
        ("locale=", "locale"),
        ("year=twenty", "year"),
        ("themes=housing", "themes"),  # a typo for theme
    ],
)
def test_bad_parameters_are_a_400_naming_them(client, query, parameter):
    response = client.get(f"/api/v1/practices/?{query}")
    assert response.status_code == 400
    body = json.loads(response.content)
    assert body["error"] == "bad_parameter" and body["parameter"] == parameter
    assert body["detail"]


def test_unknown_practice_is_a_json_404(client):
    response = client.get("/api/v1/practices/999999/")
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"
    response = client.get("/api/v2/pages/")
    assert response.status_code == 404 and json.loads(response.content)["error"] == "not_found"


def test_caching_headers(client):
    response, _data = api(client, "practices/", locale="en")
    assert response["Cache-Control"] == "public, max-age=300"
    response = client.get("/api/v1/practices/?sort=nope")
    assert response["Cache-Control"] == "no-store"


def test_openapi_schema_and_no_cdn_docs(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert "/api/v1/practices/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/v1/practices/"]["get"]["parameters"]}
    assert {"q", "lang", "locale", "theme", "page", "page_size"} <= parameters
    assert client.get("/api/v1/docs").status_code == 404
    page = client.get("/en/data/api/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "http://testserver/api/v1/openapi.json" in html and "cdn" not in html.lower()
    assert "Open data API" in html
    assert "API für offene Daten" in client.get("/de/data/api/").content.decode()


def test_a_page_of_results_costs_a_fixed_number_of_queries(client):
    client.get("/api/v1/practices/?locale=en&lang=all&page_size=2")  # warm caches
    with CaptureQueriesContext(connection) as small:
        client.get("/api/v1/practices/?locale=en&lang=all&page_size=2")
    with CaptureQueriesContext(connection) as large:
        response = client.get("/api/v1/practices/?locale=en&lang=all&page_size=100")
    assert len(json.loads(response.content)["results"]) > 10
    assert len(large) == len(small)
