"""The demo content in all seven languages (demo/content/languages/)."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from demo.content import T
from demo.content.languages import LANGUAGES, SPECS, add_languages
from taxonomy.models import TargetGroup, Theme

pytestmark = pytest.mark.django_db


def texts(value):
    """Every T inside a spec's values."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from texts(item)


def test_pages_written_in_every_language_have_every_text_in_it():
    """No field falls back to English or Greek in a language's own version."""
    add_languages()
    for name, spec in SPECS.items():
        for language in LANGUAGES:
            missing = [t.get("en") for t in texts(spec.fields) if language not in t]
            assert missing == [], (name, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_those_pages_are_real_live_translations(language):
    locale = Locale.objects.get(language_code=language)
    greek_home = Page.objects.get(locale__language_code="el", depth=2)
    for spec in SPECS.values():
        source = greek_home
        if spec.path:
            source = Page.objects.get(url_path=f"{greek_home.url_path}{spec.path}/")
        page = source.get_translation(locale)
        assert page.live and page.alias_of_id is None, (spec.path, language)
        assert page.title == spec.fields["title"][language]
        assert page.title not in (spec.fields["title"]["el"], spec.fields["title"]["en"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_other_page_is_an_alias_of_its_greek_original(language):
    locale = Locale.objects.get(language_code=language)
    greek = Page.objects.filter(locale__language_code="el", depth__gt=1)
    pages = Page.objects.filter(locale=locale, translation_key__in=greek.values("translation_key"))
    assert pages.count() == greek.count()
    assert pages.filter(alias_of__isnull=True).count() == len(SPECS)


def test_every_language_syncs_from_the_default_one():
    synced = dict(
        LocaleSynchronization.objects.values_list(
            "locale__language_code", "sync_from__language_code"
        )
    )
    others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    assert synced == dict.fromkeys(others, settings.LANGUAGE_CODE)


@pytest.mark.parametrize("model", [Theme, TargetGroup])
def test_vocabularies_exist_in_every_language(model):
    slugs = set(model.objects.filter(locale__language_code="el").values_list("slug", flat=True))
    for code, _name in settings.LANGUAGES:
        names = dict(model.objects.filter(locale__language_code=code).values_list("slug", "name"))
        assert set(names) == slugs, code
        if code != "el":
            greek = dict(
                model.objects.filter(locale__language_code="el").values_list("slug", "name")
            )
            assert all(names[slug] != greek[slug] for slug in slugs), code
