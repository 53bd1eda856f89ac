"""Vocabulary terms are moderated like pages: a translator's change is a
draft (readers keep the published term), submitting starts the "Moderators
approval" workflow, a moderator publishes; public listings read live terms
only."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from practices.models import PracticePage
from taxonomy.models import Theme, localized_terms
from tests.members_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db

EDIT = "wagtailsnippets_taxonomy_theme:edit"


def german_housing():
    return Theme.objects.get(slug="housing", locale__language_code="de")


def form(term, name, **extra):
    return {"name": name, "slug": term.slug, "description": term.description, **extra}


def test_translator_changes_to_a_term_are_drafts_until_approved(client, users):
    term = german_housing()
    published = term.name
    client.force_login(users["translator"])
    response = client.post(reverse(EDIT, args=[term.pk]), form(term, "Wohnen (Entwurf)"))
    assert response.status_code == 302
    term = german_housing()
    assert term.name == published and term.live and term.has_unpublished_changes
    assert term.latest_revision.content["name"] == "Wohnen (Entwurf)"
    # The translator's "Publish" is not offered and not obeyed.
    client.post(reverse(EDIT, args=[term.pk]), form(term, "Wohnen!", **{"action-publish": "1"}))
    assert german_housing().name == published

    client.post(reverse(EDIT, args=[term.pk]), form(term, "Wohnraum", **{"action-submit": "1"}))
    term = german_housing()
    state = term.current_workflow_state
    assert state is not None and state.workflow.name == "Moderators approval"
    assert term.name == published

    # A moderator approves: the term is published.
    client.force_login(users["moderator"])
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailsnippets_taxonomy_theme:workflow_action",
            args=[term.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    assert german_housing().name == "Wohnraum"


def shown_terms(client, page):
    return set(
        re.findall(
            r'<li class="term"[^>]*>(?:<a [^>]*>)?([^<]+)<', client.get(page.url).content.decode()
        )
    )


def test_public_listings_read_live_terms_only(client):
    german = Locale.objects.get(language_code="de")
    practice = PracticePage.objects.filter(themes__slug="housing", locale=german).first()
    names = set(Theme.objects.filter(slug="housing").values_list("name", flat=True))
    assert practice is not None and shown_terms(client, practice) & names
    assert localized_terms(Theme, german)["housing"].locale_id == german.pk
    german_housing().unpublish()
    # An unpublished translation: readers get a published term of another language.
    shown = localized_terms(Theme, german)["housing"]
    assert shown.locale_id != german.pk and shown.live
    for term in Theme.objects.filter(slug="housing", live=True):
        term.unpublish()
    assert "housing" not in localized_terms(Theme, german)
    assert 'value="housing"' not in client.get("/de/practices/").content.decode()
    assert not shown_terms(client, practice) & names


def test_translation_editor_saves_of_a_live_term_are_drafts(users):
    """A translator saving a term's translation in wagtail-localize's editor
    (publish or not) leaves the published term as readers see it."""
    from wagtail_localize.models import Translation, TranslationSource

    greek = Theme.objects.get(slug="housing", locale__language_code="el")
    source, _created = TranslationSource.get_or_create_from_instance(greek)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="de")
    )
    published = german_housing().name
    for publish in (False, True):
        translation.save_target(user=users["translator"], publish=publish)
        term = german_housing()
        assert (term.name, term.live) == (published, True)
        assert term.has_unpublished_changes
        assert term.latest_revision.content["name"] == greek.name
