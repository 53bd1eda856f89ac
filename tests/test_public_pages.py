"""The public site as a reader meets it, through the router."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cities.models import CityPage
from declarations.models import DeclarationPage
from news.models import NewsPage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [("el", "/el/"), ("en-GB,en;q=0.9", "/en/"), ("ar", "/ar/"), ("fr", "/el/"), ("", "/el/")],
)
def test_root_redirects_by_browser_language(client, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("language", ["el", "en"])
def test_home_page_declares_its_language_and_shows_live_figures(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    figures = response.context["figures"]
    locale = Locale.objects.get(language_code=language)
    members = CityPage.objects.live().filter(locale=locale, membership="member")
    assert figures["cities"] == members.count() > 0  # partner cities are no members
    distinct_practices = PracticePage.objects.live().values("translation_key").distinct().count()
    assert figures["practices"] == distinct_practices
    assert len(response.context["latest_news"]) > 0


def test_city_page_lists_its_practices_and_news(client):
    athens = CityPage.objects.get(slug="athens", locale__language_code="en")
    response = client.get(athens.url)
    assert response.status_code == 200
    practices = list(response.context["practices"])
    assert practices
    assert all(practice.city_id == athens.pk for practice in practices)
    html = response.content.decode()
    for practice in practices:
        assert practice.title in html


def test_practice_page_shows_its_sections_city_and_verification(client):
    practice = (
        PracticePage.objects.live()
        .filter(locale__language_code="en")
        .exclude(inspiring="")
        .exclude(last_verified_on=None)
        .first()
    )
    response = client.get(practice.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "What is inspiring" in html
    assert practice.city.title in html
    assert practice.last_verified_on.isoformat() in html


def test_declaration_lists_principles_and_the_practices_that_implement_them(client):
    declaration = DeclarationPage.objects.live().get(locale__language_code="en", depth=3)
    response = client.get(declaration.url)
    html = response.content.decode()
    principles = list(declaration.principles.all())
    assert len(principles) >= 3
    for principle in principles:
        assert f'id="principle-{principle.number}"' in html
    implemented = declaration.practices_by_principle()
    linked = [p for practices in implemented.values() for p in practices]
    assert linked, "the demo links at least one practice to a principle"
    assert linked[0].url in html


class TestLibraryListing:
    def library_url(self, language="en"):
        return f"/{language}/practices/"

    def en_practices(self):
        return PracticePage.objects.live().filter(locale__language_code="en", alias_of=None)

    def test_lists_the_practices_of_the_language(self, client):
        response = client.get(self.library_url())
        assert response.status_code == 200
        assert response.context["results"].paginator.count == self.en_practices().count()

    def test_filters_by_theme_city_and_status(self, client):
        practice = self.en_practices().exclude(themes=None).first()
        theme = practice.themes.first()
        response = client.get(self.library_url(), {"theme": theme.slug})
        titles = {p.title for p in response.context["results"]}
        assert practice.title in titles
        expected = self.en_practices().filter(themes__slug=theme.slug).distinct().count()
        assert response.context["results"].paginator.count == expected

        city = practice.city
        response = client.get(self.library_url(), {"city": city.slug, "status": practice.status})
        results = list(response.context["results"])
        assert results and all(item.city_slug == city.slug for item in results)
        assert all(p.status == practice.status for p in results)

    @pytest.mark.parametrize(
        "params",
        [
            {"theme": "no-such-theme"},
            {"city": "<script>alert(1)</script>"},
            {"status": "x" * 5000},
            {"country": "ZZ", "target_group": ""},
        ],
    )
    def test_unknown_filter_values_give_the_normal_page(self, client, params):
        response = client.get(self.library_url(), params)
        assert response.status_code == 200
        assert response.context["results"].paginator.count == self.en_practices().count()
        assert "<script>alert(1)</script>" not in response.content.decode()

    @pytest.mark.parametrize("page", ["0", "999", "abc", "-1", "1.5"])
    def test_bad_page_numbers_are_404(self, client, page):
        assert client.get(self.library_url(), {"page": page}).status_code == 404

    def test_listing_query_count_does_not_grow_with_results(self, client):
        some = self.en_practices().first()
        one_city_params = {"city": some.city.slug}
        # The first renders create image renditions; count the steady state.
        client.get(self.library_url())
        client.get(self.library_url(), one_city_params)
        with CaptureQueriesContext(connection) as all_practices:
            client.get(self.library_url())
        with CaptureQueriesContext(connection) as one_city:
            client.get(self.library_url(), one_city_params)
        assert self.en_practices().filter(city=some.city).count() < min(
            12, self.en_practices().count()
        )
        assert len(all_practices) == len(one_city)


def test_news_feed_is_atom_in_the_readers_language(client):
    for language in ("el", "en"):
        response = client.get(f"/{language}/news/feed/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")
        body = response.content.decode()
        newest = (
            NewsPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("-date", "-pk")
            .first()
        )
        assert newest.title in body.replace("&quot;", '"').replace("&#x27;", "'")
        assert f'xml:lang="{language}"' in body


@pytest.mark.parametrize(
    ("language", "text"),
    [("el", "Η σελίδα δεν βρέθηκε"), ("en", "Page not found")],
)
def test_not_found_page_is_localized(client, language, text):
    response = client.get(f"/{language}/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{language}"' in html


def test_server_error_page_is_localized_without_the_database(rf, django_assert_num_queries):
    from django.utils import translation

    from core.views import server_error

    with translation.override("el"), django_assert_num_queries(0):
        response = server_error(rf.get("/el/"))
    assert response.status_code == 500
    assert "Κάτι πήγε στραβά" in response.content.decode()
