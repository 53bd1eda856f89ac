import factory
import wagtail_factories

from .models import PublicationKind, PublicationPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    """Pass parent=<the PublicationIndexPage or a CityPage>, and document=."""

    title = factory.Sequence(lambda n: f"Test publication {n}")
    slug = factory.Sequence(lambda n: f"test-publication-{n}")
    summary = "A test publication."
    kind = PublicationKind.THEMATIC_GUIDE
    year = 2015
    file_language = "en"

    class Meta:
        model = PublicationPage
