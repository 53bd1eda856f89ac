import datetime

import factory
import wagtail_factories

from .models import CityIndexPage, CityPage


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cities"
    slug = "cities"

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test city {n}")
    slug = factory.Sequence(lambda n: f"test-city-{n}")
    country = "GR"
    joined_on = datetime.date(2021, 6, 1)

    class Meta:
        model = CityPage
