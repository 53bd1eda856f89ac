"""The network's events (workshops, seminars, conferences, council
meetings), under a city or the network's events index, with an iCalendar
feed per language and one .ics file per event."""

import json
import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage, CityScopedMixin

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime"})


class EventKind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")
    COUNCIL_MEETING = "council-meeting", _("Council meeting")


def language_codes(value):
    return [code.strip().lower() for code in (value or "").split(",") if code.strip()]


def validate_languages(value):
    unknown = []
    for code in language_codes(value):
        try:
            get_language_info(code)
        except KeyError:
            unknown.append(code)
    if unknown:
        raise ValidationError(
            _("Unknown language code: %(codes)s."), params={"codes": ", ".join(unknown)}
        )


def validate_time_zone(value):
    # Not choices on the field: the list changes with tzdata, migrations must not.
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone."))


class EventPage(RoutablePageMixin, CityScopedMixin, BasePage):
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.WORKSHOP
    )
    # Required in the admin; nullable so that a page can be created before it is filled in.
    start = models.DateTimeField(_("starts"), null=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Athens",
        validators=[validate_time_zone],
        help_text=_("Where the event takes place: its times are shown in this time zone."),
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=60,
        blank=True,
        validators=[validate_languages],
        help_text=_("Language codes separated by commas, e.g. el, en."),
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["events.EventIndexPage", "cities.CityPage"]
    subpage_types = []
    base_form_class = LocalizedChoicesPageForm
    localized_choice_fields = ["themes"]

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel(
                    "time_zone", widget=forms.Select(choices=[(name, name) for name in TIME_ZONES])
                ),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("languages"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("registration_url"),
                FieldPanel("contact_email"),
            ],
            heading=_("Organiser and registration"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    promote_panels = BasePage.promote_panels[:-2]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        TranslatableField("place"),
        TranslatableField("address"),
        SynchronizedField("online_url"),
        SynchronizedField("languages"),
        TranslatableField("organiser"),
        SynchronizedField("registration_url"),
        SynchronizedField("contact_email"),
        SynchronizedField("themes"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("place"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("city"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end is before the start.")})

    # The search index dates an event by its day (search/indexing.py reads `date`).
    @property
    def date(self):
        return self.local_start.date() if self.start else None

    @cached_property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone) if self.end else None

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    def language_names(self):
        """The event's languages, each named in its own language."""
        names = []
        for code in language_codes(self.languages):
            try:
                info = get_language_info(code)
            except KeyError:
                continue
            names.append({"code": code, "name": info["name_local"], "bidi": info["bidi"]})
        return names

    def localized_themes(self):
        from taxonomy.models import page_terms

        return page_terms(self, "themes")

    def json_ld(self, request):
        """schema.org Event, for search engines and calendar tools."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": self.local_start.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": language_codes(self.languages) or [self.content_language],
            "url": self.get_full_url(request),
        }
        if self.end:
            data["endDate"] = self.local_end.isoformat()
        if self.summary:
            data["description"] = self.summary
        locations = []
        if self.place or self.address:
            locations.append(
                {"@type": "Place", "name": self.place or self.address, "address": self.address}
            )
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
            data["eventAttendanceMode"] = (
                "https://schema.org/MixedEventAttendanceMode"
                if len(locations) > 1
                else "https://schema.org/OnlineEventAttendanceMode"
                if self.online_url
                else "https://schema.org/OfflineEventAttendanceMode"
            )
        if self.organiser:
            data["organizer"] = {"@type": "Organization", "name": self.organiser}
        if self.registration_url:
            data["offers"] = {"@type": "Offer", "url": self.registration_url}
        text = json.dumps(data, ensure_ascii=False)
        # Inside <script>: no "</script>" or "<!--" can be formed from the data.
        return mark_safe(  # escaped above
            text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.localized_themes()
        context["publications"] = self.related_publications()
        context["json_ld"] = self.json_ld(request)
        return context

    def related_publications(self):
        """The guides and reports that came out of this event, in the page's language."""
        from django.apps import apps

        if not apps.is_installed("publications"):
            return []
        from publications.models import PublicationPage

        keys = type(self).objects.filter(translation_key=self.translation_key).values("pk")
        return list(
            PublicationPage.objects.live()
            .public()
            .filter(locale=self.locale, related_event__in=keys)
            .select_related("alias_of__locale")
            .order_by("-year", "title")
        )

    # /<lang>/…/<event>/calendar.ics (config/urls.py sends .ics paths to the router)
    @path("calendar.ics/", name="ics")
    def ics(self, request):
        from .calendar import calendar_response

        return calendar_response(request, [self], f"{self.slug}.ics", self)


class EventIndexPage(RoutablePageMixin, BasePage):
    """Every event of the network and its cities: upcoming first, then past."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    lists_page_types = ("EventPage",)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    class Meta:
        verbose_name = _("events index")

    def events(self):
        return (
            EventPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .select_related("city", "image", "alias_of__locale")
        )

    @path("")
    def index(self, request):
        from .views import index_context

        return self.render(request, context_overrides=index_context(request, self))

    @path("calendar.ics/", name="ics")
    def ics(self, request):
        from localization.fallback import localize_pages

        from .calendar import FEED_SIZE, calendar_response

        events = self.events().filter(start__gte=timezone.now() - timezone.timedelta(days=365))
        events = localize_pages(events.order_by("start")[:FEED_SIZE])
        return calendar_response(request, events, "events.ics", self)
