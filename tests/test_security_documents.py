"""Document privacy: anonymous readers get a document only when a live,
public page links to it (Wagtail's ReferenceIndex); a document linked from
nothing, from a draft only, or from a private page is the 404 page. Editors
who may choose documents still get every one."""

import pytest
from wagtail.models import PageViewRestriction

from standardpages.models import StandardPage
from tests.members_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db


def link_to(document):
    return f'<p>The <a linktype="document" id="{document.pk}">minutes</a>.</p>'


def served(client, document):
    response = client.get(document.url)
    if response.status_code == 200:
        assert b"".join(response.streaming_content) == b"minutes"
    return response.status_code


@pytest.fixture
def page_and_document(city_pages, city_media):
    _images, documents = city_media
    return StandardPage.objects.get(pk=city_pages["athens"]["en"].pk), documents["athens"]


def test_a_document_linked_from_nothing_is_not_served_anonymously(client, page_and_document):
    _page, document = page_and_document
    assert served(client, document) == 404


def test_a_document_linked_from_a_live_public_page_is_served(client, page_and_document):
    page, document = page_and_document
    page.introduction = link_to(document)
    page.save_revision().publish()
    assert served(client, document) == 200
    page.unpublish()
    assert served(client, document) == 404


def test_a_document_linked_from_a_draft_only_is_not_served(client, page_and_document):
    page, document = page_and_document
    page.introduction = link_to(document)
    page.save_revision()  # not published
    assert served(client, document) == 404


def test_a_document_linked_from_a_private_page_only_is_not_served(client, page_and_document):
    page, document = page_and_document
    page.introduction = link_to(document)
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert served(client, document) == 404
    response = client.get(document.url)
    assert '<html lang="' in response.content.decode()  # the site's 404 page


@pytest.mark.parametrize("role", ["athens", "moderator"])
def test_editors_who_may_choose_documents_get_them(client, users, page_and_document, role):
    _page, document = page_and_document
    client.force_login(users[role])
    assert served(client, document) == 200


def test_another_citys_editor_cannot_download_a_private_document(client, users, page_and_document):
    """Cologne's editors choose from their collection and the network's
    library only (members/roles.py): Athens' unlinked document is a 404."""
    _page, document = page_and_document
    client.force_login(users["cologne"])
    assert served(client, document) == 404


def test_the_document_chooser_lists_only_own_and_library_documents(client, users, city_media):
    from django.urls import reverse
    from wagtail.documents import get_document_model

    from members.roles import NETWORK_COLLECTION

    library = get_document_model().objects.filter(collection__name=NETWORK_COLLECTION).first()
    chooser = reverse("wagtaildocs_chooser:choose")
    client.force_login(users["cologne"])
    html = client.get(chooser).content.decode()  # newest first: the two test documents
    assert "Cologne test document" in html
    assert "Athens test document" not in html
    html = client.get(chooser, {"q": library.title}).content.decode()  # indexed with the demo
    assert reverse("wagtaildocs_chooser:chosen", args=[library.pk]) in html
