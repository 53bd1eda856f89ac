"""News from the network and from its cities, with a feed per language."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage, CityScopedMixin
from localization.fallback import localize_pages


class NewsPage(CityScopedMixin, BasePage):
    date = models.DateField(_("date"), default=datetime.date.today)
    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["news.NewsIndexPage", "cities.CityPage"]
    subpage_types = []
    base_form_class = LocalizedChoicesPageForm
    localized_choice_fields = ["themes"]

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("themes"),
    ]
    promote_panels = BasePage.promote_panels[:-2]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("date"),
        SynchronizedField("themes"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("city"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-date"]

    def localized_themes(self):
        """Remembered on the page (the page and its structured data ask)."""
        from taxonomy.models import link_to_library, page_terms

        if "_localized_themes" not in self.__dict__:
            terms = page_terms(self, "themes")
            self._localized_themes = link_to_library(terms, "theme", self.locale)
        return self._localized_themes


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Lists the network's news and every city's, newest first."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    lists_page_types = ("NewsPage",)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    class Meta:
        verbose_name = _("news index")

    def news_items(self):
        return (
            NewsPage.objects.live()
            .filter(locale=self.locale)
            .select_related("city", "image", "alias_of__locale")
            .order_by("-date", "-pk")
        )

    @path("")
    def index(self, request):
        from practices.listing import paginate

        results = paginate(request, self.news_items())
        results.object_list = localize_pages(results.object_list)
        return self.render(request, context_overrides={"results": results})

    @path("feed/")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed(self)(request)
