"""An Atom feed of one language's news, at /<lang>/news/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_SIZE = 30


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return f"{index_page.get_site().site_name or index_page.title}: {index_page.title}"

    def link(self, index_page):
        return index_page.get_url(request=self.request)

    def subtitle(self, index_page):
        return index_page.search_description or index_page.summary

    def items(self, index_page):
        return index_page.news_items()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.city.title] if item.city else []
