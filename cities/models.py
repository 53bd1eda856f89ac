"""Member cities: the index of cities and each city's own page.

A city's practices, news and declarations live under its page, so Wagtail's
subtree permissions, workflows and locale trees give each city its own space.
"""

from urllib.parse import urlencode

from babel import Locale as BabelLocale
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock, FigureBlock, GoalBlock
from core.cache import remember
from core.images import load_renditions
from core.models import BasePage
from localization.fallback import localize_pages

# How many of its practices a city page lists, newest first; the library,
# filtered by the city, lists them all.
CITY_PRACTICES = 12


def country_name(code, language=None):
    """The country's name in the given (or active) language, from CLDR."""
    if not code:
        return ""
    language = (language or translation.get_language() or "en").split("-")[0]
    try:
        return BabelLocale.parse(language).territories.get(code.upper(), code.upper())
    except (ValueError, TypeError):
        return code.upper()


def validate_country_code(value):
    if value.upper() not in BabelLocale.parse("en").territories or not value.isalpha():
        raise ValidationError(_("Enter a two-letter ISO 3166 country code, such as GR or DE."))


class Membership(models.TextChoices):
    # A partner city shares its practices but is not counted among the members.
    MEMBER = "member", _("member city")
    PARTNER = "partner", _("partner city")


class CityIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    class Meta:
        verbose_name = _("city index")

    def get_context(self, request, *args, **kwargs):
        from . import map as city_map

        context = super().get_context(request, *args, **kwargs)
        cities = localize_pages(
            CityPage.objects.child_of(self).live().select_related("image", "alias_of__locale")
        )
        # In the reader's alphabet order once fallback names are in place.
        context["cities"] = sorted(cities, key=lambda city: city.title.casefold())
        load_renditions(context["cities"])
        context["members"] = [c for c in context["cities"] if c.membership == Membership.MEMBER]
        context["partners"] = [c for c in context["cities"] if c.membership != Membership.MEMBER]
        context["map"] = city_map.for_locale(self.locale, context["cities"])
        return context


class CityPage(BasePage):
    country = models.CharField(
        _("country"),
        max_length=2,
        validators=[validate_country_code],
        help_text=_("Two-letter ISO 3166 code, such as GR or DE."),
    )
    region = models.CharField(_("region"), max_length=120, blank=True)
    membership = models.CharField(
        _("membership"),
        max_length=10,
        choices=Membership.choices,
        default=Membership.MEMBER,
        help_text=_("Only member cities are counted as the network's members."),
    )
    joined_on = models.DateField(_("joined the network on"), null=True, blank=True)
    council_decision = models.CharField(
        _("council decision"),
        max_length=60,
        blank=True,
        help_text=_("Reference of the council decision to join, such as 177/2021."),
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    office_name = models.CharField(_("integration office"), max_length=200, blank=True)
    office_email = models.EmailField(_("office e-mail"), blank=True)
    office_phone = models.CharField(_("office phone"), max_length=40, blank=True)
    office_address = models.TextField(_("office address"), blank=True)
    office_website = models.URLField(_("office website"), blank=True)
    consultation_hours = models.TextField(_("consultation hours"), blank=True)

    key_figures = StreamField(
        [("figure", FigureBlock())], verbose_name=_("key figures"), blank=True
    )
    goals = StreamField([("goal", GoalBlock())], verbose_name=_("where we aim"), blank=True)

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = [
        "practices.PracticePage",
        "news.NewsPage",
        "declarations.DeclarationPage",
        "standardpages.StandardPage",
        "events.EventPage",
        "publications.PublicationPage",
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("region"),
                FieldPanel("membership"),
                FieldPanel("joined_on"),
                FieldPanel("council_decision"),
            ],
            heading=_("Membership"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("office_email"),
                FieldPanel("office_phone"),
                FieldPanel("office_address"),
                FieldPanel("office_website"),
                FieldPanel("consultation_hours"),
            ],
            heading=_("Integration office"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("goals"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("country"),
        TranslatableField("region"),
        SynchronizedField("membership"),
        SynchronizedField("joined_on"),
        SynchronizedField("council_decision"),
        TranslatableField("introduction"),
        TranslatableField("body"),
        TranslatableField("office_name"),
        SynchronizedField("office_email"),
        SynchronizedField("office_phone"),
        TranslatableField("office_address"),
        SynchronizedField("office_website"),
        TranslatableField("consultation_hours"),
        TranslatableField("key_figures"),
        TranslatableField("goals"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("region"),
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("office_name"),
        index.FilterField("country"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    @cached_property
    def country_name(self):
        return country_name(self.country)

    def get_context(self, request, *args, **kwargs):
        from news.models import NewsPage
        from practices.models import PracticePage
        from taxonomy.models import library_url

        context = super().get_context(request, *args, **kwargs)

        def lists():
            practices = PracticePage.objects.child_of(self).live()
            loaded = ("image", "city", "alias_of__locale")
            # The newest few, and the library filtered by the city for the
            # rest: a page whose cost does not grow with the city's practices.
            newest = list(
                practices.select_related(*loaded).order_by("-first_published_at", "-pk")[
                    :CITY_PRACTICES
                ]
            )
            news = list(
                NewsPage.objects.child_of(self).live().select_related(*loaded).order_by("-date")[:6]
            )
            # Both lists' texts in the reader's language, at once.
            localize_pages([*newest, *news])
            return newest, practices.count(), news

        # The same for every reader of the language until a page changes.
        found = remember(("city_lists", self.pk, translation.get_language()), lists)
        context["practices"], context["practice_count"], context["news_items"] = found
        base = library_url(self.locale)
        # Every language, one version of each practice, as the city page and
        # the map list them (cities.map).
        context["practices_url"] = (
            f"{base}?{urlencode({'lang': 'all', 'city': self.slug})}" if base else ""
        )
        # Per request: a rendition made after the lists were cached must be found.
        load_renditions(context["practices"], context["news_items"])
        return context
