"""Whoever reuses the open data gets links that answer (issue #20): every
absolute URL the site writes (API, exports, data files, feeds, calendars,
JSON-LD, <head> links) is on its public address, settings.WAGTAILADMIN_BASE_URL
(docs/deploying.md), whichever host a request came through; production
refuses to start without one; the data files answer HEAD as GET."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import icalendar
import pytest
from django.core import checks

from events.models import EventPage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db

PUBLIC = "https://data.example.org:8443"
# The hosts the site could take its own address from: the request's, the
# default Site's (localhost, port 80, in the demo) or the public one.
OWN_HOSTS = {"data.example.org", "testserver", "localhost", "127.0.0.1"}
URL = re.compile(r"https?://[^\s\"'<>\\]+")
# Through the public address (a proxy passing Host), and through the
# application server's own (a health check, a proxy that rewrites Host).
THROUGH = {
    "public": {"HTTP_HOST": "data.example.org:8443", "secure": True},
    "internal": {},
}


@pytest.fixture
def public(settings, tmp_path):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "data.example.org"]
    settings.OPEN_DATA_DIR = tmp_path  # built afresh, without a request


@pytest.fixture(params=sorted(THROUGH))
def get(request, client, public):
    def get(path, **params):
        response = client.get(path, params, **THROUGH[request.param])
        assert response.status_code == 200, path
        return response

    return get


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8-sig")


def own_urls(text):
    """The absolute URLs of the site's own pages in `text`, all of them public."""
    found = [url for url in URL.findall(text) if urlsplit(url).hostname in OWN_HOSTS]
    wrong = [url for url in found if not url.startswith(PUBLIC + "/")]
    assert not wrong, wrong[:5]
    return found


def test_api_records_link_to_the_public_address(get):
    data = json.loads(body(get("/api/v1/practices/", locale="en", page_size=5)))
    own_urls(json.dumps(data))
    assert data["next"].startswith(f"{PUBLIC}/api/v1/practices/?")
    assert data["citation"] and PUBLIC in data["citation"]
    record = data["results"][0]
    assert record["url"].startswith(f"{PUBLIC}/en/")
    assert f"{PUBLIC}/en/" in record["citation"]
    assert record["translations"] and all(
        version["url"].startswith(f"{PUBLIC}/{version['language']}/")
        for version in record["translations"]
    )
    detail = json.loads(body(get(f"/api/v1/practices/{record['id']}/")))
    assert detail["result"]["url"] == record["url"]
    for kind in ("cities", "news", "declarations"):
        data = json.loads(body(get(f"/api/v1/{kind}/", locale="en")))
        assert data["results"]
        assert all(record["url"].startswith(f"{PUBLIC}/en/") for record in data["results"])
        own_urls(json.dumps(data))
    index = json.loads(body(get("/api/v1/")))
    assert index["documentation"] == f"{PUBLIC}/en/data/api/"
    own_urls(json.dumps(index))


def test_exports_and_data_files_link_to_the_public_address(get):
    rows = json.loads(body(get("/en/practices/export.json")))
    assert rows["citation"].count(f"{PUBLIC}/en/practices/") == 1
    assert rows["practices"] and all(
        row["url"].startswith(f"{PUBLIC}/en/") and row["url"] in row["citation"]
        for row in rows["practices"]
    )
    csv = body(get("/en/practices/export.csv"))
    assert len(own_urls(csv)) >= 2 * len(rows["practices"])
    files = json.loads(body(get("/en/data/practices.json")))
    assert files["practices"] and all(
        row["url"].startswith(f"{PUBLIC}/{row['language']}/") for row in files["practices"]
    )
    assert own_urls(body(get("/en/data/practices.csv")))
    own_urls(body(get("/en/data/")))
    own_urls(body(get("/en/data/api/")))


def test_json_ld_feeds_and_calendars_link_to_the_public_address(get):
    seminar = EventPage.objects.get(
        slug="seminar-intercultural-services-2027", locale__language_code="en"
    )
    html = body(get(seminar.url))
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    (event,) = [d for d in map(json.loads, blocks) if d.get("@type") == "Event"]
    assert event["url"] == f"{PUBLIC}{seminar.url}"
    assert own_urls(html)
    practice = PracticePage.objects.filter(locale__language_code="en", alias_of=None).first()
    assert own_urls(body(get(practice.url)))
    calendar = icalendar.Calendar.from_ical(get(f"{seminar.url}calendar.ics").content)
    (ics,) = calendar.walk("VEVENT")
    assert str(ics["url"]) == f"{PUBLIC}{seminar.url}"
    assert str(ics["uid"]).endswith("@data.example.org")  # the same through any host
    for path in (
        "/en/events/calendar.ics",
        "/en/news/feed/",
        "/en/data/feeds/practices/",
        "/en/data/feeds/news/city/athens/",
    ):
        assert own_urls(body(get(path))), path
    for path in ("/robots.txt", "/sitemap.xml"):
        assert own_urls(body(get(path))), path


@pytest.mark.parametrize(
    "path",
    [
        "/en/practices/export.csv",
        "/en/practices/export.json",
        "/en/data/practices.csv",
        "/en/data/practices.json",
        "/api/v1/practices/?locale=en",
        "/api/v1/practices/?locale=en&page_size=1",
        "/api/v1/cities/?locale=en",
        "/api/v1/themes/?locale=en",
        "/api/v1/openapi.json",
        "/en/news/feed/",
        "/en/data/feeds/practices/",
        "/en/events/calendar.ics",
        "/robots.txt",
        "/sitemap.xml",
    ],
)
def test_data_files_answer_head_as_get(client, public, path):
    got = client.get(path)
    head = client.head(path)
    assert got.status_code == head.status_code == 200
    assert head["Content-Type"] == got["Content-Type"]
    assert head.get("Content-Disposition") == got.get("Content-Disposition")
    content = b"".join(head.streaming_content) if head.streaming else head.content
    assert content == b""


def test_production_needs_a_public_address(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["cities.example"]
    for address in ("", "http://127.0.0.1:8000", "http://localhost", "data.example.org", "ftp://x"):
        settings.WAGTAILADMIN_BASE_URL = address
        errors = [m for m in checks.run_checks() if m.id == "core.E001"]
        assert errors, address
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    assert not [m for m in checks.run_checks() if m.id.startswith("core.")]
    # Only loopback reaches the server: its loopback address is the right one.
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8100"
    assert not [m for m in checks.run_checks() if m.id.startswith("core.")]
    settings.DEBUG = True
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    assert not [m for m in checks.run_checks() if m.id.startswith("core.")]


def test_the_production_server_refuses_to_start_without_one(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEBUG", "WAGTAILADMIN"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        SECRET_KEY="k" * 50,
        ALLOWED_HOSTS="cities.example",
        BIND="127.0.0.1:0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    )
    command = [sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.py"]
    result = subprocess.run(
        [*command, "config.wsgi:application"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "core.E001" in result.stderr
