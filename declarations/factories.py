import factory
import wagtail_factories

from .models import DeclarationPage


class DeclarationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test declaration {n}")
    slug = factory.Sequence(lambda n: f"test-declaration-{n}")

    class Meta:
        model = DeclarationPage
