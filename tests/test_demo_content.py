"""The demo content loader (demo/): idempotent, complete, and every page renders.

tests/conftest.py has already run ``load_demo_content`` once for the session.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision

from cities.models import CityPage
from declarations.models import DeclarationPage, Principle
from demo.admin_user import ensure_admin
from news.models import NewsPage
from practices.models import PracticePage
from taxonomy.models import TargetGroup, Theme

pytestmark = pytest.mark.django_db

NAMED_CITIES = {
    "Athens": "Αθήνα",
    "Thessaloniki": "Θεσσαλονίκη",
    "Katerini": "Κατερίνη",
    "Halle": "Χάλλε",
    "Cologne": "Κολωνία",
}


def locale(code):
    return Locale.objects.get(language_code=code)


def database_counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "themes": Theme.objects.count(),
        "target groups": TargetGroup.objects.count(),
        "principles": Principle.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_loading_again_changes_nothing():
    before = database_counts()
    last_published = dict(Page.objects.values_list("pk", "last_published_at"))
    call_command("load_demo_content", verbosity=0)
    assert database_counts() == before
    assert dict(Page.objects.values_list("pk", "last_published_at")) == last_published


def test_tree_is_consistent():
    assert Page.find_problems() == ([], [], [], [], [])


def test_every_live_page_renders(client, admin_client):
    pages = Page.objects.live().filter(depth__gt=1)
    assert {page.locale.language_code for page in pages} >= {"el", "en"}
    public = set(Page.objects.public().values_list("pk", flat=True))
    failures = []
    for page in pages:
        # Private pages (the members' area) render for a signed-in reader.
        response = (client if page.pk in public else admin_client).get(page.url)
        if response.status_code != 200:
            failures.append((page.url, response.status_code))
    assert failures == []


def test_every_page_opens_in_the_admin_editor(admin_client):
    failures = []
    for page_id in Page.objects.filter(depth__gt=1).values_list("pk", flat=True):
        response = admin_client.get(f"/admin/pages/{page_id}/edit/")
        if response.status_code != 200:
            failures.append((page_id, response.status_code))
    assert failures == []


def test_named_cities_exist_in_greek_and_english():
    for english, greek in NAMED_CITIES.items():
        source = CityPage.objects.get(locale=locale("el"), title=greek)
        translation = source.get_translation(locale("en"))
        assert translation.title == english
        assert translation.live and source.live
        assert translation.slug == source.slug
    katerini = CityPage.objects.get(locale=locale("el"), slug="katerini")
    assert katerini.council_decision == "177/2021"
    assert CityPage.objects.filter(locale=locale("el"), country="GR").count() >= 14


def test_athens_has_its_figures_and_goals():
    athens = CityPage.objects.get(locale=locale("en"), slug="athens")
    values = {int(block.value["value"]) for block in athens.key_figures}
    assert {4250, 2975, 160, 1500, 4000, 7} <= values
    assert len(athens.goals) >= 5


def test_practices_and_news_in_both_languages():
    for code in ("el", "en"):
        practices = PracticePage.objects.live().filter(
            locale=locale(code), external_id__startswith="demo-"
        )
        assert practices.count() >= 8
        assert NewsPage.objects.live().filter(locale=locale(code)).count() >= 4
        stale = [practice for practice in practices if practice.is_stale]
        assert len(stale) >= 2
    halle = PracticePage.objects.get(locale=locale("en"), external_id="demo-halle-service-centre")
    assert halle.title == "Service Centre for Integration and Democracy"
    assert halle.themes.exists() and halle.target_groups.exists()
    assert halle.contact_email == "dlz-integration-demokratie@halle.de"


def test_english_practices_point_to_english_pages_and_terms():
    for practice in PracticePage.objects.filter(
        locale=locale("en"), external_id__startswith="demo-"
    ):
        assert {term.locale_id for term in practice.themes.all()} <= {practice.locale_id}
        assert {page.locale_id for page in practice.related_practices.all()} <= {practice.locale_id}


def test_declaration_has_its_principles_in_both_languages():
    greek = DeclarationPage.objects.get(locale=locale("el"))
    english = greek.get_translation(locale("en"))
    greek_rows = {row.number: row for row in greek.principles.all()}
    english_rows = {row.number: row for row in english.principles.all()}
    assert len(greek_rows) >= 10
    assert set(greek_rows) == set(english_rows)
    for number, row in greek_rows.items():
        assert english_rows[number].translation_key == row.translation_key
        assert english_rows[number].short_title != row.short_title
    assert english.document is not None
    assert english.signatory_cities.count() >= 14
    assert "4 January 2018" in english.introduction


def test_declaration_page_shows_the_practices_that_apply_a_principle(client):
    for code in ("el", "en"):
        practice = (
            PracticePage.objects.live()
            .filter(locale=locale(code), principles__isnull=False)
            .distinct()
            .first()
        )
        assert practice is not None
        declaration = DeclarationPage.objects.get(locale=locale(code))
        response = client.get(declaration.url)
        assert response.status_code == 200
        assert f'href="{practice.url}"' in response.content.decode()


def test_images_and_documents_are_in_collections():
    athens_image = get_image_model().objects.get(title="Athens \u2013 city illustration")
    assert athens_image.collection.name == "Athens"
    assert (athens_image.width, athens_image.height) == (1200, 800)
    declaration = get_document_model().objects.get(title="Mayors' Declaration, 5 November 2018")
    assert declaration.collection.name == "Network"
    assert declaration.file.name.endswith(".pdf")


def test_alias_left_by_synchronisation_becomes_the_translation():
    source = PracticePage.objects.get(locale=locale("el"), slug="athens-youth-council")
    source.get_translation(locale("en")).delete()
    alias = source.copy_for_translation(locale("en"), alias=True)
    assert alias.alias_of_id == source.pk

    call_command("load_demo_content", verbosity=0)

    translation = PracticePage.objects.get(pk=alias.pk)
    assert translation.alias_of_id is None
    assert translation.live
    assert translation.title == "Youth Council"
    assert translation.translation_key == source.translation_key


def test_generated_practices_are_spread_over_languages_and_not_duplicated(client):
    call_command("load_demo_content", practices=30, verbosity=0)
    generated = PracticePage.objects.filter(external_id__startswith="gen-")
    external_ids = set(generated.values_list("external_id", flat=True))
    assert external_ids == {f"gen-{number:05d}" for number in range(1, 31)}
    assert len(set(generated.values_list("locale__language_code", flat=True))) >= 4
    for external_id in external_ids:
        assert (
            len(
                set(
                    generated.filter(external_id=external_id).values_list(
                        "translation_key", flat=True
                    )
                )
            )
            == 1
        )
    assert Page.find_problems() == ([], [], [], [], [])
    for page in generated:
        assert page.city is not None and page.city.locale_id == page.locale_id
        assert client.get(page.url).status_code == 200

    before = database_counts()
    call_command("load_demo_content", practices=30, verbosity=0)
    assert database_counts() == before


def test_command_prints_the_addresses_and_login():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    text = output.getvalue()
    assert "http://127.0.0.1:8000/" in text
    assert "http://127.0.0.1:8000/admin/" in text
    assert "Login: admin" in text


def test_admin_password_comes_from_the_environment(monkeypatch):
    get_user_model().objects.filter(username="admin").delete()
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-password-from-env")
    assert ensure_admin() == (True, "a-password-from-env")
    assert ensure_admin() == (False, "a-password-from-env")
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("a-password-from-env")


def test_admin_password_without_environment(monkeypatch, settings):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    get_user_model().objects.filter(username="admin").delete()
    settings.DEBUG = True
    assert ensure_admin() == (True, "network-demo-2026")
    get_user_model().objects.filter(username="admin").delete()
    settings.DEBUG = False
    created, password = ensure_admin()
    assert created and password != "network-demo-2026" and len(password) >= 20
    assert ensure_admin() == (False, None)
