"""An Atom feed of one language's news, at /<lang>/news/feed/, and the
base of every feed of pages (opendata.feeds)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from core.addresses import absolute
from localization.fallback import localize_pages

FEED_SIZE = 30


class LanguageTaggedAtomFeed(Atom1Feed):
    """A language's feed also carries the pages not translated into it yet,
    with their best version's text (PageFeed): such entries say their own
    xml:lang."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language") and item["language"] != self.feed["language"]:
            attributes["xml:lang"] = item["language"]
        return attributes


class PageFeed(Feed):
    """A feed of pages in the active language: each item shows the text its
    page shows that language's readers (localization.fallback, the pages'
    own chain: English before Greek for a German reader of an untranslated
    item) and says its language; every link is on the public address
    (core.addresses). Subclasses give `pages(obj)` and set `self.request`."""

    feed_type = LanguageTaggedAtomFeed

    def items(self, obj):
        return localize_pages(list(self.pages(obj)))

    def feed_url(self, obj):
        return absolute(self.request.path)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(request=self.request)

    def item_extra_kwargs(self, item):
        return {"language": item.content_language}


class NewsFeed(PageFeed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        network = index_page.get_site().site_name or gettext("Cities Network for Integration")
        return f"{network}: {index_page.title}"

    def link(self, index_page):
        return index_page.get_full_url(request=self.request)

    def subtitle(self, index_page):
        return index_page.search_description or index_page.summary

    def pages(self, index_page):
        return index_page.news_items()[:FEED_SIZE]

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.city.title] if item.city else []
