"""Atom feeds of new and updated practices (per language, city and theme)
and of a city's news, under /<lang>/data/feeds/.

A practice feed lists what the language's library lists without a query:
live, public practices with their own text in that language (the search
index holds exactly those), most recently published first; an entry's
`updated` is its last publication, `published` its first. A city's news
feed lists the news under the city's page in that language, as the news
index does. As on the pages, an item or city not translated yet shows its
best version's text along the fallback chain, tagged xml:lang
(news.feeds.PageFeed).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from wagtail.models import Locale

from localization.fallback import localize_pages
from news.feeds import FEED_SIZE, NewsFeed, PageFeed


def _network():
    return gettext("Cities Network for Integration")


class PracticeFeed(PageFeed):
    def __init__(self, scope=None, slug=None):
        super().__init__()
        self.scope = scope  # None, "city" or "theme"
        self.slug = slug

    def get_object(self, request, *args, **kwargs):
        from cities.models import CityPage
        from practices.models import PracticeIndexPage
        from taxonomy.models import Theme, localized_terms

        self.request = request
        locale = Locale.get_active()
        library = PracticeIndexPage.objects.live().public().filter(locale=locale).first()
        if library is None:
            raise Http404("No library in this language.")
        self.library = localize_pages([library], related=())[0]
        self.label = ""
        if self.scope == "city":
            city = get_object_or_404(
                CityPage.objects.live().public(), locale=locale, slug=self.slug
            )
            self.label = localize_pages([city], related=())[0].title
        elif self.scope == "theme":
            term = localized_terms(Theme, locale, slugs=[self.slug]).get(self.slug)
            if term is None:
                raise Http404("No such theme.")
            self.label = term.name
        return locale

    def title(self, locale):
        title = f"{_network()}: {self.library.title}"
        return f"{title}: {self.label}" if self.label else title

    def link(self, locale):
        url = self.library.get_full_url(request=self.request)
        if self.scope:
            url += f"?{self.scope}={self.slug}"
        return url

    def subtitle(self, locale):
        return gettext("New and updated practices")

    def pages(self, locale):
        from practices.models import PracticePage
        from search.models import SearchDocument

        pages = (
            PracticePage.objects.live()
            .public()
            .filter(
                locale=locale,
                pk__in=SearchDocument.objects.filter(kind="practice").values("page_id"),
            )
            .select_related("city", "locale")
            .prefetch_related("themes")
        )
        if self.scope == "city":
            pages = pages.filter(city__slug=self.slug)
        elif self.scope == "theme":
            pages = pages.filter(themes__slug=self.slug).distinct()
        return pages.order_by("-last_published_at", "-pk")[:FEED_SIZE]

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        categories = [item.city.title] if item.city else []
        return categories + [term.slug for term in item.themes.all()]


def practices_feed(request):
    return PracticeFeed()(request)


def city_practices_feed(request, slug):
    return PracticeFeed("city", slug)(request)


def theme_practices_feed(request, slug):
    return PracticeFeed("theme", slug)(request)


class CityNewsFeed(NewsFeed):
    def __init__(self, city):
        super().__init__(city)

    def title(self, city):
        return f"{_network()}: {gettext('News')}: {city.title}"

    def pages(self, city):
        from news.models import NewsPage

        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=city.locale, city=city)
            .select_related("city", "alias_of__locale")
            .order_by("-date", "-pk")[:FEED_SIZE]
        )


def city_news_feed(request, slug):
    from cities.models import CityPage

    city = get_object_or_404(
        CityPage.objects.live().public(), locale=Locale.get_active(), slug=slug
    )
    return CityNewsFeed(localize_pages([city], related=())[0])(request)
