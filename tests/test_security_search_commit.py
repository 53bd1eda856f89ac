"""Search indexes follow the database's commits.

An import killed inside its transaction (kill -9 of `import_practices
--publish`) is rolled back by the database; Elasticsearch, which is not
transactional, must not keep its documents: the site search, the API and
Wagtail's admin index then say "0 results" and list none. Imported and
committed, the same practices are found. Documents Elasticsearch holds
without a row in the table (left by an older version) are not counted
either: a count never disagrees with the results listed."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.engines import elasticsearch_engine
from search.models import SearchDocument
from tests.test_import_practices import example_records, write_json

pytestmark = pytest.mark.django_db
WORD = "Quixotrel"


class Killed(Exception):
    pass


def records():
    greek, english = example_records()[:2]
    assert greek["external_id"] == english["external_id"]
    for record in (greek, english):
        record["external_id"] = "ghost-import-test"
        record["title"] = f"{WORD} {record['title']}"
    return [greek, english]


def site_search(client, language):
    response = client.get(f"/{language}/search/", {"q": WORD})
    assert response.status_code == 200
    return response.context["total"], [item.title for item in response.context["results"]]


def api_search(client):
    response = client.get("/api/v1/practices/", {"locale": "en", "q": WORD})
    assert response.status_code == 200
    data = response.json()
    return data["count"], [item["title"] for item in data["results"]]


def admin_index_count():
    backend = get_search_backend()
    backend.refresh_indexes()
    return backend.search(WORD, Page).count()


def answers(client):
    return [site_search(client, "en"), site_search(client, "el"), api_search(client)]


def test_an_import_rolled_back_midway_leaves_no_search_results(client, tmp_path):
    path = write_json(tmp_path, records())
    with pytest.raises(Killed), transaction.atomic():
        call_command("import_practices", str(path), "--publish", stdout=StringIO())
        written = list(SearchDocument.objects.filter(title__startswith=WORD))
        assert len(written) == 2  # indexed in the table, inside the transaction
        raise Killed  # the process dies before the commit

    assert answers(client) == [(0, [])] * 3
    assert admin_index_count() == 0

    # The state an older version left: Elasticsearch has the documents the
    # table lost. They are not counted (and are dropped from the index).
    if elasticsearch_engine() is not None:
        elasticsearch_engine().index(written)
    assert answers(client) == [(0, [])] * 3
    assert answers(client) == [(0, [])] * 3


def test_an_import_committed_is_found(client, tmp_path, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        path = write_json(tmp_path, records())
        call_command("import_practices", str(path), "--publish", stdout=StringIO())
    for total, titles in answers(client):
        assert total == len(titles) >= 1
        assert all(title.startswith(WORD) for title in titles)
    assert admin_index_count() >= 2
