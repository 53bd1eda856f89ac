"""Drafts, private pages and unapproved translations never leave through the
API, the feeds, the JSON-LD or the whole-library downloads; the downloads
and the Data page."""

import csv
import io
import json
from html import escape

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import PageViewRestriction

from practices.models import PracticePage
from tests.test_i18n_workflow import (  # noqa: F401 (fixtures)
    in_language,
    practice,
    submit_for_moderation,
    submit_for_translation,
    translator,
)

pytestmark = pytest.mark.django_db
SECRET = "Secret draft title"


@pytest.fixture(autouse=True)
def _media(tmp_path, settings):
    settings.OPEN_DATA_DIR = tmp_path


def api_titles(client, **params):
    response = client.get("/api/v1/practices/", {"page_size": 100, **params})
    assert response.status_code == 200
    return [item["title"] for item in json.loads(response.content)["results"]]


def every_output(client, code):
    """Everything the open data shows of the `code` library, as text."""
    call_command("build_open_data", verbosity=0)
    parts = [
        client.get(f"/api/v1/practices/?locale={code}&lang=all&page_size=100").content,
        client.get(f"/{code}/data/feeds/practices/").content,
        client.get(f"/{code}/data/feeds/practices/city/athens/").content,
        client.get(f"/{code}/data/practices.csv").getvalue(),
        client.get(f"/{code}/data/practices.json").getvalue(),
    ]
    return b"\n".join(parts).decode("utf-8")


def athens_practice(code="en"):
    return PracticePage.objects.get(
        locale__language_code=code, slug="athens-language-lessons", live=True
    )


def test_a_draft_change_never_leaks(client):
    page = athens_practice()
    page.title = SECRET
    page.save_revision()  # a draft: the live row keeps the published title
    assert SECRET not in every_output(client, "en")
    html = client.get(page.url).content.decode()
    assert SECRET not in html


def test_an_unpublished_practice_disappears(client):
    page = athens_practice()
    title = page.title
    assert title in api_titles(client, locale="en")
    page.unpublish()
    assert title not in api_titles(client, locale="en")
    assert client.get(f"/api/v1/practices/{page.pk}/").status_code == 404
    assert f"/en/cities/athens/{page.slug}/" not in every_output(client, "en")


def test_a_private_page_never_leaks(client):
    page = athens_practice()
    with TestCase.captureOnCommitCallbacks(execute=True):  # Elasticsearch is written on commit
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert page.title not in api_titles(client, locale="en")
    assert client.get(f"/api/v1/practices/{page.pk}/").status_code == 404
    output = every_output(client, "en")
    assert f"/en/cities/athens/{page.slug}/" not in output
    # ... nor through the Greek original's list of translations
    greek = client.get(f"/api/v1/practices/{athens_practice('el').pk}/")
    assert f"/en/cities/athens/{page.slug}/" not in greek.content.decode()
    # ... nor from the library listing every language (the Greek original's card)
    greek_page = athens_practice("el")
    library = client.get("/en/practices/?lang=all&city=athens&sort=newest").content.decode()
    assert escape(greek_page.title) in library
    assert f"/en/cities/athens/{page.slug}/" not in library


def test_an_unapproved_translation_never_leaks(client, translator, practice):  # noqa: F811
    client.force_login(translator)
    record = submit_for_translation(client, practice, ["ru"])["ru"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[in_language(practice, "ru").pk])
    client.post(reverse("wagtail_localize:machine_translate", args=[record.pk]), {"next": edit_url})
    submit_for_moderation(client, record)
    client.logout()
    machine_title = "γειτονιάς της Κήπος"  # the dummy translator reverses the words
    output = every_output(client, "ru")
    assert machine_title not in output
    # Russian readers of lang=all get the Greek original, as the library shows.
    assert practice.title in api_titles(client, locale="ru", lang="all")
    assert practice.title not in api_titles(client, locale="ru")
    html = client.get(f"/ru/cities/athens/{practice.slug}/").content.decode()
    assert machine_title not in html


def test_downloads_hold_every_language_and_follow_changes(client):
    data = client.get("/en/data/")
    assert data.status_code == 200
    html = data.content.decode()
    assert "/en/data/practices.csv" in html and "CC BY 4.0" in html
    response = client.get("/en/data/practices.csv")
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    per_language = {}
    for row in rows:
        per_language.setdefault(row["language"], []).append(row["title"])
    for code in ("el", "en", "ar"):
        export = json.loads(
            b"".join(client.get(f"/{code}/practices/export.json").streaming_content)
        )
        assert per_language[code] == [item["title"] for item in export["practices"]]
    body = json.loads(client.get("/en/data/practices.json").getvalue())
    assert body["licence"]["name"] == "CC BY 4.0" and len(body["practices"]) == len(rows)

    page = athens_practice()
    page.unpublish()  # marks the files stale
    call_command("build_open_data", "--if-stale", verbosity=0)
    rows = client.get("/en/data/practices.csv").getvalue().decode("utf-8-sig")
    assert page.get_full_url() not in rows
    assert client.get("/en/data/practices.xml").status_code == 404


def test_data_page_is_localized(client):
    html = client.get("/de/data/").content.decode()
    assert "Offene Daten" in html
