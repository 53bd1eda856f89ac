"""The admin's searches (pages, page chooser, document chooser) answer an
editor with what they find, on the engine configured.

On Elasticsearch, Wagtail's own indexes are first deleted, as on a new
server before any `update_index`: the first page and document an editor
saves must create them with Wagtail's mapping (its stored `pk`), not leave
that to Elasticsearch's dynamic mapping, whose index makes every search
that finds something fail (KeyError: 'fields'). On SQLite the same
searches run on the database backend."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import GroupCollectionPermission, Page
from wagtail.search.backends import get_search_backend

from cities.models import CityPage
from standardpages.models import StandardPage

pytestmark = pytest.mark.django_db
WORD = "Quillawobble"


@pytest.fixture
def fresh_wagtail_indexes():
    if not settings.ELASTICSEARCH_URL:
        yield
        return
    backend = get_search_backend()
    for model in (Page, get_document_model()):
        name = backend.get_index_for_model(model).name
        # update_index leaves an alias of that name: delete what it points to
        for concrete in backend.es.indices.get(index=name, ignore_unavailable=True):
            backend.es.indices.delete(index=concrete)
    try:
        yield
    finally:
        call_command("update_index", verbosity=0)


def test_admin_searches_find_what_an_editor_saved(
    client, fresh_wagtail_indexes, django_capture_on_commit_callbacks
):
    editor = get_user_model().objects.get(username="athens-editor")
    athens = CityPage.objects.get(slug="athens", locale__language_code="el")
    collection = (
        GroupCollectionPermission.objects.filter(
            group__user=editor, permission__codename="add_document"
        )
        .first()
        .collection
    )
    with django_capture_on_commit_callbacks(execute=True):
        page = athens.add_child(instance=StandardPage(title=f"{WORD} notes", slug="quillawobble"))
        page.save_revision(user=editor).publish()
        get_document_model().objects.create(
            title=f"{WORD} report",
            file=ContentFile(b"a report", name="quillawobble.txt"),
            collection=collection,
            uploaded_by_user=editor,
        )
    get_search_backend().refresh_indexes()

    client.force_login(editor)
    for url, title in [
        (reverse("wagtailadmin_pages:search"), f"{WORD} notes"),
        (reverse("wagtailadmin_choose_page_search"), f"{WORD} notes"),
        (reverse("wagtaildocs_chooser:choose_results"), f"{WORD} report"),
    ]:
        response = client.get(url, {"q": WORD})
        assert response.status_code == 200, url
        assert title in response.content.decode(), url


def test_a_deleted_document_leaves_wagtails_index(django_capture_on_commit_callbacks):
    """The delete is sent after the commit, for the object as it was: Django
    has set its pk to None by then (a ghost hit on Elasticsearch)."""
    backend = get_search_backend()
    with django_capture_on_commit_callbacks(execute=True):
        document = get_document_model().objects.create(
            title=f"{WORD} minutes", file=ContentFile(b"minutes", name="minutes.txt")
        )
    pk = document.pk
    backend.refresh_indexes()
    assert pk in found_ids(backend)
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    backend.refresh_indexes()
    assert pk not in found_ids(backend)


def found_ids(backend):
    """The pks of the documents Wagtail's index finds for WORD, whether the
    table still has them or not (Elasticsearch's own ids; the database
    backend's rows)."""
    model = get_document_model()
    if not settings.ELASTICSEARCH_URL:
        return {hit.pk for hit in backend.search(WORD, model)}
    index = backend.get_index_for_model(model)
    hits = backend.es.search(index=index.name, q=WORD, size=100)["hits"]["hits"]
    return {int(hit["_id"]) for hit in hits}
