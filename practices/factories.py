import datetime

import factory
import wagtail_factories

from .models import EvidenceLevel, PracticePage, Status


class PracticePageFactory(wagtail_factories.PageFactory):
    """Pass parent=<a CityPage>: practices live under their city."""

    title = factory.Sequence(lambda n: f"Test practice {n}")
    slug = factory.Sequence(lambda n: f"test-practice-{n}")
    summary = "A test practice."
    inspiring = "<p>Neighbours teach neighbours.</p>"
    status = Status.ONGOING
    evidence_level = EvidenceLevel.SELF_REPORTED
    start_date = datetime.date(2020, 1, 1)
    last_verified_on = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save_revision().publish()
