"""Feeds and calendars say what the pages say (issue #20): each item shows
the text its page shows a reader of the feed's language, along the same
fallback chain (settings.LANGUAGE_FALLBACKS, localization.fallback), and
says which language that is; the feed marks its own.

Every feed is read in every language and every entry is checked against
its page's <h1>, so the test holds whatever the chain is."""

import html
import re
from urllib.parse import urlsplit

import icalendar
import pytest
from defusedxml import ElementTree
from django.conf import settings

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEEDS = [
    "/{}/news/feed/",
    "/{}/data/feeds/practices/",
    "/{}/data/feeds/practices/city/athens/",
    "/{}/data/feeds/practices/theme/housing/",
    "/{}/data/feeds/news/city/athens/",
]
H1 = re.compile(r"<h1\b([^>]*)>(.*?)</h1>", re.S)


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response


def shown(client, url, language, pages):
    """(language, title) of the page at `url` as its readers see it."""
    path = urlsplit(url).path
    if path not in pages:
        attrs, title = H1.search(get(client, path).content.decode()).groups()
        lang = re.search(r'lang="([\w-]+)"', attrs)
        pages[path] = (lang.group(1) if lang else language, html.unescape(title.strip()))
    return pages[path]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_feed_follows_the_pages_fallback(client, language):
    pages = {}
    for template in FEEDS:
        path = template.format(language)
        response = get(client, path)
        assert response["Content-Language"] == language
        feed = ElementTree.fromstring(response.content)
        assert feed.get(XML_LANG) == language, path
        entries = feed.findall(f"{ATOM}entry")
        if template == FEEDS[0]:
            assert entries, path
        for entry in entries:
            link = entry.find(f"{ATOM}link").get("href")
            said = (entry.get(XML_LANG, language), entry.findtext(f"{ATOM}title"))
            assert said == shown(client, link, language, pages), (path, link)
            assert urlsplit(link).path.startswith(f"/{language}/")
        # Each city named in its readers' language, as on the city's page.
        athens = shown(client, f"/{language}/cities/athens/", language, pages)[1]
        if "city/athens" in path:
            assert all(
                athens in [c.get("term") for c in entry.findall(f"{ATOM}category")]
                for entry in entries
            ), path


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_calendar_follows_the_pages_fallback(client, language):
    pages = {}
    response = get(client, f"/{language}/events/calendar.ics")
    assert response["Content-Language"] == language
    calendar = icalendar.Calendar.from_ical(response.content)
    name = calendar["x-wr-calname"]
    said = (name.params["language"], str(name))
    assert said == shown(client, f"/{language}/events/", language, pages)
    events = calendar.walk("VEVENT")
    assert events
    for event in events:
        url = str(event["url"])
        said = (event["summary"].params.get("language"), str(event["summary"]))
        assert said == shown(client, url, language, pages), url
        assert event["description"].params.get("language") == said[0]
        # One event's own file says the same.
        (single,) = icalendar.Calendar.from_ical(
            get(client, f"{urlsplit(url).path}calendar.ics").content
        ).walk("VEVENT")
        assert (single["summary"].params.get("language"), str(single["summary"])) == said
