"""What a cache hit sends, compared with the miss that stored it, and who
never gets one (through the whole middleware stack)."""

import gzip

import pytest
from django.conf import settings

from standardpages.models import StandardPage

pytestmark = pytest.mark.django_db
CACHE_HEADERS = {"x-page-cache"}


@pytest.fixture(autouse=True)
def page_cache(settings):
    from pagecache import store

    settings.PAGE_CACHE_ENABLED = True
    # The security headers production sends, so that a hit must carry them too.
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    store.cache().clear()
    yield
    store.cache().clear()


@pytest.fixture
def url():
    return StandardPage.objects.live().filter(locale__language_code="en").first().url


def headers_of(response):
    return {
        name.lower(): value for name, value in response.items() if name.lower() not in CACHE_HEADERS
    }


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_a_hit_sends_the_headers_of_the_miss(client, url, encoding):
    extra = {"HTTP_ACCEPT_ENCODING": encoding, "HTTP_X_FORWARDED_PROTO": "https"}
    miss = client.get(url, secure=True, **extra)
    hit = client.get(url, secure=True, **extra)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert headers_of(hit) == headers_of(miss)
    assert hit.content == miss.content
    assert int(hit["Content-Length"]) == len(hit.content)
    for name in (
        "Content-Security-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
        "Permissions-Policy",
        "Content-Language",
    ):
        assert hit[name], name
    if encoding:
        assert hit["Content-Encoding"] == "gzip"
        assert b"</html>" in gzip.decompress(hit.content)


def test_a_request_with_a_session_cookie_is_never_served_from_the_cache(client, url):
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session-key-of-someone"
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_a_request_with_an_authorization_header_is_never_served_from_the_cache(client, url):
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    response = client.get(url, HTTP_AUTHORIZATION="Basic ZWRpdG9yOnNlY3JldA==")
    assert "X-Page-Cache" not in response


def test_each_language_gets_its_own_page(client):
    english = StandardPage.objects.live().filter(locale__language_code="en").first()
    german = english.get_translation(english.locale.__class__.objects.get(language_code="de"))
    for page, code in ((english, "en"), (german, "de"), (english, "en"), (german, "de")):
        response = client.get(page.url, HTTP_ACCEPT_LANGUAGE="de" if code == "en" else "en")
        assert response["Content-Language"] == code
        assert f'<html lang="{code}"'.encode() in response.content
