import datetime

import factory
import wagtail_factories

from .models import NewsPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test news {n}")
    slug = factory.Sequence(lambda n: f"test-news-{n}")
    date = datetime.date(2024, 5, 1)
    summary = "Something happened."

    class Meta:
        model = NewsPage
