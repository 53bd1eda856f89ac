"""Events: the index (upcoming, past, filters), the event page with its
schema.org Event, the iCalendar feed and .ics, and the public search."""

import datetime
import json
import re

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cities.models import CityPage
from events.factories import EventPageFactory
from events.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db


def index(language="en"):
    return EventIndexPage.objects.get(locale__language_code=language)


def publish(page):
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def test_index_lists_upcoming_soonest_first_and_past_newest_first(client):
    events = index()
    now = timezone.now()
    later = publish(EventPageFactory(parent=events, start=now + datetime.timedelta(days=30)))
    sooner = publish(EventPageFactory(parent=events, start=now + datetime.timedelta(days=2)))
    # Started yesterday, ends tomorrow: still upcoming until it ends.
    running = publish(
        EventPageFactory(
            parent=events,
            start=now - datetime.timedelta(days=1),
            end=now + datetime.timedelta(days=1),
        )
    )
    over = publish(EventPageFactory(parent=events, start=now - datetime.timedelta(days=3)))
    response = client.get(events.url)
    assert response.status_code == 200
    upcoming = [event.pk for event in response.context["upcoming"]]
    assert upcoming.index(running.pk) < upcoming.index(sooner.pk) < upcoming.index(later.pk)
    past = [event.pk for event in response.context["past"]]
    assert over.pk in past and over.pk not in upcoming
    assert past.index(over.pk) < past.index(
        EventPage.objects.get(slug="mic-workshop-participation", locale=events.locale).pk
    )
    html = response.content.decode()
    assert html.index(sooner.title) < html.index(later.title) < html.index(over.title)


def test_index_filters_by_kind_theme_and_city(client):
    events = index()
    response = client.get(events.url, {"kind": "workshop"})
    titles = {event.title for event in [*response.context["upcoming"], *response.context["past"]]}
    assert "Consultation workshop: access to municipal services" in titles
    assert not any(title.startswith("Network seminar") for title in titles)

    response = client.get(events.url, {"city": "cologne"})
    found = [*response.context["upcoming"], *response.context["past"]]
    assert [event.slug for event in found] == ["seminar-intercultural-services-2027"]

    response = client.get(events.url, {"theme": "education", "kind": ["workshop", "nonsense"]})
    found = [*response.context["upcoming"], *response.context["past"]]
    assert [event.slug for event in found] == ["mic-workshop-education"]
    assert 'value="education" checked' in response.content.decode()


def test_index_makes_the_same_queries_for_more_events(client):
    events = index()
    client.get(events.url)
    with CaptureQueriesContext(connection) as before:
        client.get(events.url)
    for _ in range(5):
        publish(EventPageFactory(parent=events))
    client.get(events.url)  # once, after the change (the cache was bumped)
    with CaptureQueriesContext(connection) as after:
        response = client.get(events.url)
    assert len(response.context["upcoming"]) >= 7
    assert len(after) == len(before)


def test_index_page_out_of_range_is_404_and_junk_filters_are_ignored(client):
    events = index()
    assert client.get(events.url, {"page": "99"}).status_code == 404
    response = client.get(events.url, {"kind": "<script>", "city": "atlantis"})
    assert response.status_code == 200
    assert response.context["upcoming"]


def test_event_page_shows_local_times_and_schema_org_event(client):
    seminar = EventPage.objects.get(
        slug="seminar-intercultural-services-2027", locale__language_code="en"
    )
    response = client.get(seminar.url)
    assert response.status_code == 200
    html = response.content.decode()
    # 14:00 in Cologne, shown in Cologne's time zone whatever the site's.
    assert 'datetime="2027-05-06T14:00:00+02:00"' in html
    assert "Europe/Berlin" in html
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    (data,) = [d for d in map(json.loads, blocks) if d.get("@type") == "Event"]
    assert data["name"] == seminar.title
    assert data["startDate"] == "2027-05-06T14:00:00+02:00"
    assert data["location"] == {"@type": "VirtualLocation", "url": seminar.online_url}
    assert data["inLanguage"] == ["de", "en"]
    assert '<li lang="de" dir="ltr">Deutsch</li>' in html
    assert f'href="{seminar.url}calendar.ics"' in html


def test_json_ld_cannot_close_its_script(client):
    event = publish(EventPageFactory(parent=index(), title="</script><script>alert(1)"))
    html = client.get(event.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert "\\u003c/script\\u003e" in html


def test_event_ics_is_a_calendar_in_the_event_time_zone(client):
    seminar = EventPage.objects.get(slug="seminar-councils-2027", locale__language_code="el")
    response = client.get(f"{seminar.url}calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == seminar.title
    start = event.decoded("dtstart")
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Athens"
    assert start.replace(tzinfo=None) == datetime.datetime(2027, 3, 18, 10)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Athens"]
    assert str(event["uid"]).startswith(str(seminar.translation_key))


def test_feed_per_language_lists_that_language_events(client):
    for language in ("el", "en"):
        response = client.get(f"{index(language).url}calendar.ics")
        assert response.status_code == 200
        calendar = icalendar.Calendar.from_ical(response.content)
        summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
        expected = set(
            EventPage.objects.live()
            .filter(locale__language_code=language, slug__startswith="seminar")
            .values_list("title", flat=True)
        )
        assert expected and expected <= summaries
    assert "Network seminar: integration councils ten years on" in summaries


def test_unknown_time_zone_and_end_before_start_are_form_errors():
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(time_zone="Mars/Olympus")
    event.end = event.start - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean(exclude=["path", "depth", "content_type", "translation_key", "locale"])
    assert {"time_zone", "end"} <= set(error.value.message_dict)


@pytest.mark.parametrize(("language", "word"), [("en", "seminar"), ("el", "σεμινάριο")])
def test_public_search_finds_events(client, language, word):
    response = client.get(f"/{language}/search/", {"q": word, "kind": "event"})
    assert response.status_code == 200
    titles = [hit.title for hit in response.context["results"]]
    assert any("eminar" in title or "εμινάριο" in title for title in titles), titles


def test_events_under_a_city_know_their_city():
    seminar = EventPage.objects.get(
        slug="seminar-intercultural-services-2027", locale__language_code="el"
    )
    assert seminar.city == CityPage.objects.get(slug="cologne", locale__language_code="el")
