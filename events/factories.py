import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import EventKind, EventPage


class EventPageFactory(wagtail_factories.PageFactory):
    """Pass parent=<the EventIndexPage or a CityPage>."""

    title = factory.Sequence(lambda n: f"Test event {n}")
    slug = factory.Sequence(lambda n: f"test-event-{n}")
    summary = "A test event."
    kind = EventKind.WORKSHOP
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    time_zone = "Europe/Athens"
    place = "City hall"
    languages = "el, en"

    class Meta:
        model = EventPage
