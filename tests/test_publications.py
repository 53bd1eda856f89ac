"""The document library: pages with their files, the text inside PDFs in the
public search (in the file's language), filters, and the way from an event
to its guide."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from demo.text_pdf import draw_text_pdf
from events.models import EventPage
from publications.factories import PublicationPageFactory
from publications.models import PublicationIndexPage, PublicationPage
from search.models import SearchDocument

pytestmark = pytest.mark.django_db
Document = get_document_model()


def library(language="en"):
    return PublicationIndexPage.objects.get(locale__language_code=language)


def pdf_document(title, *paragraphs, language="en"):
    document = Document(title=title)
    document.file = ContentFile(
        draw_text_pdf(title, title, "Test", list(paragraphs), language), name="test.pdf"
    )
    document._set_document_file_metadata()
    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    return document


def titles(response):
    return [hit.title for hit in response.context["results"]]


@pytest.mark.parametrize(("language", "word"), [("en", "noticeboards"), ("el", "πινακίδες")])
def test_public_search_finds_a_guide_by_a_word_inside_its_pdf(client, language, word):
    guide = PublicationPage.objects.get(
        slug="library-guide-participation", locale__language_code=language
    )
    # The word is in the file only, not in any field of any page.
    assert word in guide.document_text
    fields = f"{guide.title} {guide.summary} {guide.description} {guide.publisher}"
    assert word not in fields.lower()
    assert not SearchDocument.objects.exclude(page=guide).filter(body__icontains=word).exists()
    response = client.get(f"/{language}/search/", {"q": word})
    assert response.status_code == 200
    assert titles(response)[:1] == [guide.title]
    # The file is downloadable from the page.
    page_html = client.get(guide.url).content.decode()
    assert f'href="{guide.document.url}"' in page_html
    download = client.get(guide.document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_a_file_in_another_language_is_not_indexed_as_the_page_language(client):
    guide = PublicationPage.objects.get(
        slug="library-guide-participation", locale__language_code="en"
    )
    greek_file = PublicationPage.objects.get(
        slug="library-guide-participation", locale__language_code="el"
    ).document
    guide.document = greek_file
    guide.file_language = "el"
    with TestCase.captureOnCommitCallbacks(execute=True):  # Elasticsearch is written on commit
        guide.save_revision().publish()
    response = client.get("/en/search/", {"q": "noticeboards"})
    assert guide.title not in titles(response)
    assert "πινακίδες" not in SearchDocument.objects.get(page=guide).body


def test_replacing_the_file_reindexes_its_text(client):
    index = library()
    document = pdf_document("Replaceable", "The first file speaks of lighthouses.")
    page = PublicationPageFactory(parent=index, document=document)
    with TestCase.captureOnCommitCallbacks(execute=True):  # Elasticsearch is written on commit
        page.save_revision().publish()
    assert "lighthouses" in PublicationPage.objects.get(pk=page.pk).document_text
    assert page.title in titles(client.get("/en/search/", {"q": "lighthouses"}))

    document.file = ContentFile(
        draw_text_pdf("r", "Replaceable", "Test", ["Now it speaks of windmills."]),
        name="test2.pdf",
    )
    document._set_document_file_metadata()
    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    stored = PublicationPage.objects.get(pk=page.pk)
    assert "windmills" in stored.document_text and "lighthouses" not in stored.document_text
    assert page.title in titles(client.get("/en/search/", {"q": "windmills"}))
    assert page.title not in titles(client.get("/en/search/", {"q": "lighthouses"}))


@pytest.mark.parametrize(
    ("name", "content"),
    [("broken.pdf", b"%PDF-1.4 this is not really a pdf"), ("notes.txt", b"plain text")],
)
def test_a_file_without_readable_text_still_saves(name, content):
    document = Document(title=f"Unreadable {name}")
    document.file = ContentFile(content, name=name)
    document._set_document_file_metadata()
    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    page = PublicationPageFactory(parent=library(), document=document)
    page.save_revision().publish()
    stored = PublicationPage.objects.get(pk=page.pk)
    assert stored.live and stored.document_text == ""


def test_library_filters_by_kind_year_theme_and_city(client):
    index = library()
    response = client.get(index.url, {"kind": "synthesis-report"})
    assert [item.page.slug for item in response.context["results"]] == ["library-synthesis-report"]
    response = client.get(index.url, {"theme": "education", "year": ["2015", "1066"]})
    assert [item.page.slug for item in response.context["results"]] == ["library-guide-education"]
    response = client.get(index.url, {"year": "2001"})  # no such year: ignored
    assert len(response.context["results"]) == 4
    response = client.get(index.url, {"city": "athens"})
    assert list(response.context["results"]) == []
    assert client.get(index.url, {"page": "5"}).status_code == 404


def test_library_makes_the_same_queries_for_more_documents(
    client, django_capture_on_commit_callbacks
):
    index = library()
    client.get(index.url)
    with CaptureQueriesContext(connection) as before:
        client.get(index.url)
    # Elasticsearch gets the documents when the publish commits.
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(4):
            document = pdf_document(f"Extra {number}", "Some text.")
            PublicationPageFactory(parent=index, document=document).save_revision().publish()
    client.get(index.url)  # once, after the change (the cache was bumped)
    with CaptureQueriesContext(connection) as after:
        response = client.get(index.url)
    assert len(response.context["results"]) == 8
    assert len(after) == len(before)


@pytest.mark.parametrize("language", ["el", "en"])
def test_a_past_workshop_leads_to_its_guide(client, language):
    workshop = EventPage.objects.get(
        slug="mic-workshop-participation", locale__language_code=language
    )
    guide = PublicationPage.objects.get(
        slug="library-guide-participation", locale__language_code=language
    )
    html = client.get(workshop.url).content.decode()
    assert f'href="{guide.url}"' in html
    assert workshop.title in client.get(guide.url).content.decode()


def test_public_search_filters_by_the_document_kind(client):
    response = client.get("/en/search/", {"q": "guide", "kind": "publication"})
    assert response.status_code == 200
    kinds = {hit.kind for hit in response.context["results"]}
    assert kinds == {"publication"}
