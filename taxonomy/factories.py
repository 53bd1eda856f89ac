import factory
from factory.django import DjangoModelFactory

from .models import TargetGroup, Theme


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")


class TargetGroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Group {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")

    class Meta:
        model = TargetGroup
        django_get_or_create = ("slug", "locale")
