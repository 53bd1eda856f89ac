"""Rules of the content model that editors rely on."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from cities.factories import CityPageFactory
from cities.models import CityIndexPage, CityPage
from news.factories import NewsPageFactory
from practices.factories import PracticePageFactory
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def greek_city_index():
    return CityIndexPage.objects.get(locale=Locale.get_default())


def test_pages_under_a_city_point_to_it_and_follow_moves(greek_city_index):
    first = CityPageFactory(parent=greek_city_index)
    second = CityPageFactory(parent=greek_city_index)
    practice = PracticePageFactory(parent=first)
    news = NewsPageFactory(parent=first)
    assert practice.city == first
    assert news.city == first

    practice.move(second, pos="last-child")
    practice.refresh_from_db()
    assert practice.city_id == second.pk


def test_the_city_pointer_cannot_be_set_by_hand(greek_city_index):
    first = CityPageFactory(parent=greek_city_index)
    second = CityPageFactory(parent=greek_city_index)
    practice = PracticePageFactory(parent=first)
    practice.city = second
    practice.save()
    practice.refresh_from_db()
    assert practice.city == first


@pytest.mark.parametrize("code", ["XX1", "12", "", "Greece"])
def test_country_must_be_an_iso_code(greek_city_index, code):
    city = CityPage(title="Nowhere", slug="nowhere", country=code)
    with pytest.raises(ValidationError) as error:
        city.full_clean()
    assert "country" in error.value.message_dict


def test_practice_cannot_end_before_it_starts():
    practice = PracticePageFactory.build(
        start_date=datetime.date(2022, 1, 1), end_date=datetime.date(2021, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        practice.clean()
    assert "end_date" in error.value.message_dict


def test_practices_can_only_live_under_a_city():
    assert PracticePage.parent_page_types == ["cities.CityPage"]
    assert PracticePage.can_create_at(CityPage()) is True


PROJECT_APPS = {"home", "cities", "practices", "news", "declarations", "standardpages", "taxonomy"}


def test_every_translatable_model_declares_its_translatable_fields():
    from django.apps import apps
    from wagtail.models import TranslatableMixin

    models = [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and issubclass(model, TranslatableMixin)
    ]
    assert len(models) >= 12
    for model in models:
        declared = {field.field_name for field in model.translatable_fields}
        assert "translatable_fields" in {k for base in model.__mro__ for k in vars(base)}, model
        own_fields = {
            f.name for f in model._meta.get_fields() if getattr(f, "editable", False) and f.concrete
        }
        assert declared <= own_fields | {f.name for f in model._meta.related_objects}, model
