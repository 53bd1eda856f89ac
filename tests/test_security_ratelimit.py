"""Rate limits per client address, counted in Django's cache: anonymous
search, library, suggest, exports, calendars, feeds and API; login posts
across usernames; password-reset requests per address (past the limit no
e-mail is sent and the answer is the same). Past a limit: a 429 page in the
reader's language, or the API's JSON error."""

import json

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

SMALL = {
    "search": (3, 60),
    "suggest": (3, 60),
    "export": (2, 60),
    "feed": (2, 60),
    "api": (3, 60),
    "login": (4, 900),
    "reset_address": (5, 3600),
}


@pytest.fixture(autouse=True)
def limits():
    cache.clear()
    with override_settings(RATELIMIT_ENABLED=True, RATELIMITS=SMALL):
        yield
    cache.clear()


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/en/search/?q=housing", 3),
        ("/en/practices/?q=housing", 3),
        ("/en/search/suggest/?q=ho", 3),
        ("/en/practices/export.json", 2),
        ("/en/events/calendar.ics", 2),
        ("/en/data/practices.csv", 2),
        ("/en/data/feeds/practices/", 2),
        ("/en/news/feed/", 2),
    ],
)
def test_anonymous_requests_past_the_limit_get_429(client, path, allowed):
    for _ in range(allowed):
        response = client.get(path)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)
    response = client.get(path)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60  # the rest of the window
    assert response["Cache-Control"] == "no-store"
    assert "Too many requests" in response.content.decode()
    # Another address is not affected.
    assert client.get(path, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_the_api_past_its_limit_gets_the_json_error_docs_api_md_documents(client):
    for _ in range(3):
        assert client.get("/api/v1/themes/").status_code == 200
    response = client.get("/api/v1/themes/")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["error"] == "rate_limited" and "try again in" in body["detail"]
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response["Cache-Control"] == "no-store"
    # Another client is not affected.
    assert client.get("/api/v1/themes/", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_the_429_page_is_in_the_readers_language(client):
    for _ in range(3):
        client.get("/de/search/?q=wohnen")
    response = client.get("/de/search/?q=wohnen")
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert "Zu viele Anfragen" in html


def test_editors_are_not_limited_on_public_routes(admin_client):
    for _ in range(5):
        assert admin_client.get("/en/search/?q=housing").status_code == 200


def test_posts_count_against_the_same_limits(client):
    """Wagtail's router answers a POST to a page as a GET: a POST is no way
    around the limit of the route."""
    for _ in range(2):
        b"".join(client.get("/en/practices/export.json").streaming_content)
    assert client.post("/en/practices/export.json").status_code == 429
    for _ in range(3):
        client.post("/en/practices/?q=housing")
    assert client.get("/en/practices/?q=housing").status_code == 429


@pytest.mark.parametrize("url", ["/admin/login/", "/en/_util/login/", "/ar/_util/login/"])
def test_login_posts_are_limited_per_address_across_usernames(client, url):
    """The admin's login and the members' login (view restrictions), alike."""
    statuses = [
        client.post(url, {"username": f"nobody{n}", "password": "wrong-password-123"}).status_code
        for n in range(5)
    ]
    assert statuses[:4] == [200] * 4  # the form again, with its error
    assert statuses[4] == 429
    other = client.post(url, {"username": "nobody", "password": "x" * 12}, REMOTE_ADDR="10.0.0.3")
    assert other.status_code == 200


def test_password_reset_is_limited_per_address(client, django_user_model):
    for n in range(7):
        django_user_model.objects.create_user(
            f"user{n}", email=f"user{n}@example.org", password="a-Long-pass-1234"
        )
    url = reverse("wagtailadmin_password_reset")
    answers = [client.post(url, {"email": f"user{n}@example.org"}) for n in range(7)]
    assert {answer.status_code for answer in answers} == {302}
    assert len(mail.outbox) == 5


@override_settings(RATELIMIT_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_is_counted(client):
    for n in range(3):
        client.get("/en/search/?q=a", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    # Three different clients behind one proxy: none is limited.
    assert client.get("/en/search/?q=a", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 200
