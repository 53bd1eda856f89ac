"""The members' area, probed as an anonymous reader would (issue #17): every
page behind a view restriction in the demo, its questions and the documents
only it links, through every public route that lists, searches or exports
content, in three languages, with the application serving /media/. Nothing
of it may reach the reader: not its title, not its questions, not its files.
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from community.models import CommunityIndexPage, Question
from security.documents import is_public

pytestmark = pytest.mark.django_db
LANGUAGES = ("el", "en", "ar")


def secrets():
    """What only members may read: [(language, query, markers)] where a
    search for `query` must show none of `markers` (the search page echoes
    the query itself, so a page is known by its address, a question by its
    body), and the restricted pages."""
    public_titles = set(Page.objects.live().public().values_list("title", flat=True))
    private = list(Page.objects.not_public().select_related("locale"))
    addresses = [page.get_url() for page in private if page.get_url()]
    found = [
        (page.locale.language_code, page.title, addresses)
        for page in private
        if page.title not in public_titles and len(page.title) > 6
    ]
    found += [
        (question.language, question.title, [question.body[:40]])
        for question in Question.objects.all()
    ]
    return found, private, addresses


def listing_routes(language, text):
    """The public routes that search for `text`."""
    return [
        f"/{language}/search/?q={text}",
        f"/{language}/practices/?q={text}",
        f"/{language}/search/suggest/?q={text}",
        f"/api/v1/practices/?q={text}&locale={language}&lang=all",
    ]


def output_routes(language):
    """The public routes that list or export content without a query."""
    return [
        f"/{language}/",
        f"/{language}/news/feed/",
        f"/{language}/data/feeds/practices/",
        f"/{language}/practices/export.csv",
        f"/{language}/practices/export.json?lang=all",
        f"/{language}/events/calendar.ics",
        "/sitemap.xml",
        f"/api/v1/practices/?locale={language}&lang=all&page_size=100",
    ]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


@pytest.fixture
def members_document():
    """A minutes PDF linked from the members' area only."""
    document = get_document_model().objects.create(
        title="Minutes of the members' meeting",
        file=ContentFile(b"%PDF-1.4 members only", name="members-minutes.pdf"),
    )
    area = CommunityIndexPage.objects.filter(locale__language_code="el").first()
    area.introduction += f'<p><a linktype="document" id="{document.pk}">minutes</a></p>'
    area.save_revision().publish()
    return document


def test_nothing_of_the_members_area_reaches_an_anonymous_reader(
    client,
    media_served,
    members_document,
):
    searches, private_pages, addresses = secrets()
    assert len(private_pages) >= 3 and searches, "the demo has a members' area"
    documents = [doc for doc in get_document_model().objects.all() if not is_public(doc)]
    assert members_document in documents
    searches.append(("el", members_document.title, [members_document.url]))
    probes, reached = 0, []

    def probe(path, forbidden, status_ok=lambda code: code < 500):
        nonlocal probes
        probes += 1
        response = client.get(path)
        text = body(response) if response.status_code == 200 else ""
        leaked = [secret for secret in forbidden if secret in text]
        if leaked or not status_ok(response.status_code):
            reached.append((path, response.status_code, leaked[:1]))

    every_secret = [
        *addresses,
        *(query for _language, query, _markers in searches),
        *(marker for _language, _query, markers in searches for marker in markers),
    ]
    for page in private_pages:  # the pages themselves: the login page, never the content
        url = page.get_url()
        if url:
            probe(url, [page.title], lambda code: code in (302, 404))
    for language, query, markers in searches:  # in their own language and in English
        for route in {*listing_routes(language, query), *listing_routes("en", query)}:
            probe(route, markers)
    for language in LANGUAGES:
        for route in output_routes(language):
            probe(route, every_secret)
    for document in documents:  # through the checking view and as a raw file
        probe(document.url, [], lambda code: code == 404)
        probe("/media/" + document.file.name, [], lambda code: code == 404)
    print(f"members-only probes: {probes}, reached: {len(reached)}")
    for item in reached[:40]:
        print(item)
    assert reached == []
