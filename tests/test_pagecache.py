"""The page cache (pagecache/) as readers and editors meet it, through the
router and Wagtail's own publishing."""

import gzip

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageViewRestriction

from core.models import NetworkSettings
from practices.models import PracticePage
from standardpages.models import StandardPage
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    from pagecache import store

    settings.PAGE_CACHE_ENABLED = True
    store.cache().clear()
    yield
    store.cache().clear()


@pytest.fixture
def about():
    return StandardPage.objects.live().filter(locale__language_code="en").first().specific


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_second_anonymous_request_is_served_from_the_cache(
    client, about, django_assert_num_queries
):
    first = get(client, about.url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = get(client, about.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert "public" in second["Cache-Control"]
    assert {"Cookie", "Accept-Encoding"} <= {v.strip() for v in second["Vary"].split(",")}
    assert second["Last-Modified"]


def test_a_matching_etag_gets_304(client, about):
    etag = get(client, about.url)["ETag"]
    response = client.get(about.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["ETag"] == etag


def test_compressed_and_plain_pages_are_kept_apart(client, about):
    plain = get(client, about.url)
    zipped = get(client, about.url, HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    again = get(client, about.url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert again["X-Page-Cache"] == "hit"
    assert gzip.decompress(again.content) == plain.content
    assert "Content-Encoding" not in get(client, about.url)


def test_publishing_a_change_shows_on_the_next_anonymous_request(client, about):
    assert "Freshly published title" not in get(client, about.url).content.decode()
    assert get(client, about.url)["X-Page-Cache"] == "hit"
    about.title = "Freshly published title"
    about.save_revision().publish()
    response = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Freshly published title" in response.content.decode()


def test_unpublishing_a_page_takes_it_off_the_cache(client, about):
    get(client, about.url)
    about.unpublish()
    assert client.get(about.url).status_code == 404


def test_editing_a_term_purges_the_pages_that_show_it(client):
    practice = (
        PracticePage.objects.live().filter(locale__language_code="en", themes__isnull=False).first()
    )
    theme = Theme.objects.get(pk=practice.themes.first().pk)
    localized = (
        Theme.objects.filter(
            translation_key=theme.translation_key, locale__language_code="en"
        ).first()
        or theme
    )
    get(client, practice.url)
    assert get(client, practice.url)["X-Page-Cache"] == "hit"
    localized.name = "A renamed theme"
    localized.save()
    if hasattr(localized, "save_revision"):
        localized.save_revision().publish()
    response = get(client, practice.url)
    assert response["X-Page-Cache"] == "miss"
    assert "A renamed theme" in response.content.decode()


def test_editing_a_setting_purges(client):
    library = Page.objects.get(url_path="/home-en/practices/").specific
    get(client, library.url)
    assert get(client, library.url)["X-Page-Cache"] == "hit"
    network = NetworkSettings.load()
    network.data_licence_name = "ODbL 1.0"
    network.save()
    response = get(client, library.url)
    assert response["X-Page-Cache"] == "miss"
    assert "ODbL 1.0" in response.content.decode()


def test_a_logged_in_editor_never_gets_or_fills_the_cache(client, about):
    editor = get_user_model().objects.get(username="athens-editor")
    client.force_login(editor)
    response = get(client, about.url)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert get(client, about.url)["X-Page-Cache"] == "miss"  # the editor stored nothing
    client.force_login(editor)
    response = get(client, about.url)
    assert "X-Page-Cache" not in response


def test_a_private_page_is_never_cached(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    member = get_user_model().objects.get(username="athens-editor")
    client.force_login(member)
    assert "X-Page-Cache" not in get(client, about.url)
    client.logout()
    client.cookies.clear()
    response = client.get(about.url)
    assert response.status_code == 302  # to the login, not a cached copy
    assert "X-Page-Cache" not in response


def test_a_restricted_page_is_not_stored_even_when_it_is_served(about, rf):
    """A restriction lets a member through: the middleware still refuses
    to store the page, while the same response of an open page would be."""
    from django.http import HttpResponse

    from pagecache.middleware import MARK, PageCacheMiddleware

    request = rf.get(about.url)
    setattr(request, MARK, about)
    assert PageCacheMiddleware._cacheable(request, HttpResponse("page")) is True
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert PageCacheMiddleware._cacheable(request, HttpResponse("page")) is False
    below = about.get_children().first() or about
    request.__dict__[MARK] = below.specific
    assert PageCacheMiddleware._cacheable(request, HttpResponse("page")) is False


@pytest.mark.parametrize("url", ["/en/practices/?theme=housing", "/en/search/?q=integration"])
def test_requests_with_a_query_string_are_not_cached(client, url):
    get(client, url)
    assert "X-Page-Cache" not in get(client, url)


def test_posts_and_previews_are_not_cached(client, about):
    client.post(about.url, {})
    assert get(client, about.url)["X-Page-Cache"] == "miss"


def _english_practice():
    return PracticePage.objects.live().filter(locale__language_code="en").order_by("pk").first()


def test_publishing_a_practice_purges_the_pages_that_show_it_and_no_other(
    client, about, django_capture_on_commit_callbacks
):
    """The practice, its translations, the pages above it (its city, the
    home page), the library that lists it and the news index stay apart:
    only the first ones are purged (pagecache.purging)."""
    practice = _english_practice()
    news_index = Page.objects.live().get(slug="news", locale__language_code="en")
    shown_on = [practice.url, practice.get_parent().url, "/en/", "/en/practices/"]
    elsewhere = [news_index.url]
    for url in shown_on + elsewhere:
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == "hit", url
    practice.title = "A practice published for the purge test"
    with django_capture_on_commit_callbacks(execute=True):  # purged once it is committed
        practice.save_revision().publish()
    for url in shown_on:
        response = get(client, url)
        assert response["X-Page-Cache"] == "miss", url
    assert "A practice published for the purge test" in get(client, practice.url).content.decode()
    for url in elsewhere:
        assert get(client, url)["X-Page-Cache"] == "hit", url


def test_a_page_with_a_new_slug_is_purged_at_its_old_address(
    client, django_capture_on_commit_callbacks
):
    practice = _english_practice()
    old_url = practice.url
    get(client, old_url)
    assert get(client, old_url)["X-Page-Cache"] == "hit"
    practice.slug = "moved-for-the-purge-test"
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()
    # Wagtail's redirects app sends readers of the old address to the new one.
    assert client.get(old_url).status_code == 301


def test_a_deleted_page_is_purged(client, about, django_capture_on_commit_callbacks):
    url = about.url
    get(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        about.delete()
    assert client.get(url).status_code == 404


def test_a_feed_below_an_index_is_purged_with_it(client, django_capture_on_commit_callbacks):
    news = Page.objects.live().get(slug="news", locale__language_code="en").specific
    feed = news.url + "feed/"
    get(client, feed)
    assert get(client, feed)["X-Page-Cache"] == "hit"
    item = news.get_children().live().first()
    if item is None:  # the demo's news live under the cities
        from news.models import NewsPage

        item = NewsPage.objects.live().filter(locale__language_code="en").first()
    with django_capture_on_commit_callbacks(execute=True):
        item.specific.save_revision().publish()
    assert get(client, feed)["X-Page-Cache"] == "miss"
