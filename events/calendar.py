"""iCalendar (RFC 5545) files: one language's events feed and one event's
.ics, with the times in the event's own time zone (VTIMEZONE added by the
icalendar library).

An event not translated into the feed's language shows the text its page
shows (localization.fallback: the caller hands in pages through
`localize_pages`, or the page the on_serve_page hook gave its text); its
text properties carry that language (LANGUAGE, RFC 5545 3.2.10), the
calendar's name the index page's. Links are on the public address
(core.addresses)."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

from core import addresses

FEED_SIZE = 200


def _event(page, request):
    event = Event()
    text = {"language": page.content_language}
    # The same UID in every language and through any host: a calendar that
    # subscribed to two languages' feeds sees one event.
    event.add("uid", f"{page.translation_key}@{addresses.host()}")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("dtstart", page.local_start)
    if page.end:
        event.add("dtend", page.local_end)
    else:
        event.add("duration", datetime.timedelta(hours=2))
    event.add("summary", page.title, parameters=text)
    url = page.get_full_url(request)
    description = "\n\n".join(part for part in (page.summary, url) if part)
    event.add("description", description, parameters=text)
    event.add("url", url)
    location = ", ".join(part for part in (page.place, page.address) if part)
    if location:
        event.add("location", vText(location), parameters=text)
    elif page.online_url:
        event.add("location", vText(page.online_url))
    if page.contact_email:
        event.add("organizer", f"mailto:{page.contact_email}")
        if page.organiser:
            event["organizer"].params["cn"] = page.organiser
    event.add("categories", [page.get_kind_display()])
    return event


def calendar_response(request, pages, filename, named_by):
    """The calendar of `pages`, named by the page `named_by`'s title."""
    calendar = Calendar()
    calendar.add("prodid", "-//Cities Network for Integration//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", named_by.title, parameters={"language": named_by.content_language})
    for page in pages:
        calendar.add_component(_event(page, request))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
