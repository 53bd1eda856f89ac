"""The network's home page, one per language tree."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cities import map as cities_map
from core.blocks import RICH_TEXT_FEATURES
from core.images import load_renditions
from core.models import BasePage
from core.routing import PathRoutingMixin
from localization.fallback import localize_pages

LATEST_NEWS = 3


class HomePage(PathRoutingMixin, BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    featured_practices = StreamField(
        [("practice", blocks.PageChooserBlock(page_type="practices.PracticePage"))],
        verbose_name=_("featured practices"),
        blank=True,
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cities.CityIndexPage",
        "practices.PracticeIndexPage",
        "news.NewsIndexPage",
        "declarations.DeclarationPage",
        "standardpages.StandardPage",
        "events.EventIndexPage",
        "publications.PublicationIndexPage",
        "community.CommunityIndexPage",
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("featured_practices"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        SynchronizedField("featured_practices"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)

        def sections():
            from cities.models import CityPage

            featured = self.featured()
            latest_news = list(
                NewsPage.objects.live()
                .filter(locale=self.locale)
                .select_related("city", "image", "alias_of__locale")
                .order_by("-date", "-pk")[:LATEST_NEWS]
            )
            cities = list(CityPage.objects.live().filter(locale=self.locale))
            # Every card's and city's text in the reader's language, at once.
            localize_pages([*featured, *latest_news, *cities])
            return {
                "featured": featured,
                "latest_news": latest_news,
                "figures": network_figures(self.locale),
                "map": cities_map.for_locale(self.locale, cities),
            }

        # The same for every reader of the language until content changes.
        from core.cache import remember

        context.update(remember(("home_sections", self.pk, get_language()), sections))
        # Per request: a rendition made after the sections were cached must be found.
        load_renditions(context["featured"], context["latest_news"])
        return context

    def featured(self):
        """The featured practices in this page's language where translated."""
        from practices.models import PracticePage

        keys = [
            block.value.translation_key
            for block in self.featured_practices
            if block.value is not None
        ]
        pages = PracticePage.objects.live().filter(translation_key__in=keys)
        by_key = {}
        for page in pages.select_related("city", "image", "locale", "alias_of__locale"):
            if page.translation_key not in by_key or page.locale_id == self.locale_id:
                by_key[page.translation_key] = page
        return [by_key[key] for key in keys if key in by_key]


def network_figures(locale):
    """Member cities (not partners), practices and languages, counted live
    from the tree (one query)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count, Q
    from wagtail.models import Page

    from cities.models import CityPage, Membership
    from practices.models import PracticePage

    types = ContentType.objects.get_for_models(CityPage, PracticePage, HomePage)
    of_type = {model: Q(content_type=content_type) for model, content_type in types.items()}
    return Page.objects.live().aggregate(
        # Partner cities are listed beside the members but are not members.
        cities=Count(
            "pk",
            filter=of_type[CityPage] & Q(locale=locale, citypage__membership=Membership.MEMBER),
        ),
        practices=Count("translation_key", distinct=True, filter=of_type[PracticePage]),
        languages=Count("locale", distinct=True, filter=of_type[HomePage]),
    )
