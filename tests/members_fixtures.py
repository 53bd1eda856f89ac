"""Shared set-up of the members tests: users in each role and, per city, a
page of its own in three language trees (el: the source; en: a
translation; de: an alias), an image and a document in its collection."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from cities.models import CityPage
from core.roles import MODERATORS, TRANSLATORS
from standardpages.models import StandardPage

CITIES = {"athens": "Athens", "cologne": "Cologne"}
LANGUAGES = ["el", "en", "de"]


def make_user(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def users(django_user_model):
    return {
        "athens": make_user(django_user_model, "t-athens", "Athens editors"),
        "cologne": make_user(django_user_model, "t-cologne", "Cologne editors"),
        "moderator": make_user(django_user_model, "t-moderator", MODERATORS),
        "translator": make_user(django_user_model, "t-translator", TRANSLATORS),
    }


def _city_page(slug, language):
    return CityPage.objects.get(slug=slug, locale__language_code=language)


@pytest.fixture
def city_pages():
    """{city: {language: page}}: a published StandardPage under each city,
    a translation in en, an alias in de."""
    pages = {}
    for slug, name in CITIES.items():
        source = StandardPage(title=f"{name} notes", slug="notes", summary="Original summary.")
        _city_page(slug, "el").add_child(instance=source)
        source.save_revision().publish()
        create_aliases_for_new_page(source)
        english = Page.objects.get(
            translation_key=source.translation_key, locale__language_code="en"
        )
        ConvertAliasPageAction(english.specific).execute(skip_permission_checks=True)
        english = StandardPage.objects.get(pk=english.pk)
        english.title = f"{name} notes (en)"
        english.save_revision().publish()
        pages[slug] = {
            code: StandardPage.objects.get(
                translation_key=source.translation_key, locale__language_code=code
            )
            for code in LANGUAGES
        }
    assert pages["athens"]["de"].alias_of_id == pages["athens"]["el"].pk
    return pages


@pytest.fixture
def city_media():
    images, documents = {}, {}
    for slug, name in CITIES.items():
        collection = Collection.objects.get(name=name)
        images[slug] = get_image_model().objects.create(
            title=f"{name} test image", file=get_test_image_file(), collection=collection
        )
        documents[slug] = get_document_model().objects.create(
            title=f"{name} test document",
            file=ContentFile(b"minutes", name=f"{slug}-minutes.txt"),
            collection=collection,
        )
    return images, documents


def refused(response, client=None):
    """Wagtail answers a forbidden admin action with 403, or with a redirect
    to the dashboard carrying "permission denied". A redirect elsewhere (the
    move confirmation sends back to the move view) counts when `client`
    following it is refused there."""
    if response.status_code == 403:
        return True
    if response.status_code != 302:
        return False
    if response.url == reverse("wagtailadmin_home"):
        return True
    return client is not None and refused(client.get(response.url))


# --- other cities' drafts (tests/test_members_isolation.py, test_security_admin_probe.py)

DRAFT_TREES = ["el", "en"]
WORD = "Zqx"  # searched for; the query is echoed, the titles' other words are not


def secret(city, language):
    return f"{WORD} {city} {language} draft"


@pytest.fixture
def drafts(city_pages, users):
    """Per city and tree: a child never published (its title is secret) and
    a new unpublished title on the published page."""
    made = {}
    for city, pages in city_pages.items():
        for language in DRAFT_TREES:
            parent = pages[language]
            child = StandardPage(
                title=secret(city, language) + " child", slug=f"draft-{language}", live=False
            )
            parent.add_child(instance=child)
            child.save_revision(user=users[city])
            parent.title = secret(city, language) + " retitle"
            parent.save_revision(user=users[city])
            made[city, language] = {"child": child, "page": parent}
    return made
