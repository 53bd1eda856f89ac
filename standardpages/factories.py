import factory
import wagtail_factories

from .models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test page {n}")
    slug = factory.Sequence(lambda n: f"test-page-{n}")

    class Meta:
        model = StandardPage
