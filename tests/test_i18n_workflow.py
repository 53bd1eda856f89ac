"""The translation workflow as translators and moderators use it, through the
admin's own views: submit for translation, translate by PO file or with the
(dummy) machine translator, submit for moderation, approve. Nothing reaches
readers before a moderator's approval; translators cannot publish or edit
the Greek source.
"""

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

from cities.models import CityPage
from core.roles import MODERATORS, TRANSLATORS
from practices.factories import PracticePageFactory
from practices.models import PracticePage
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db

GREEK = {
    "title": "Κήπος της γειτονιάς",
    "summary": "Γείτονες καλλιεργούν μαζί έναν κήπο.",
    "paragraph": "Οι γείτονες φυτεύουν και μαθαίνουν μαζί.",
}
WRITTEN = {
    "en": {
        GREEK["title"]: "Neighbourhood garden",
        GREEK["summary"]: "Neighbours grow a garden together.",
        GREEK["paragraph"]: "Neighbours plant and learn together.",
    },
    "de": {
        GREEK["title"]: "Nachbarschaftsgarten",
        GREEK["summary"]: "Nachbarinnen und Nachbarn legen gemeinsam einen Garten an.",
        GREEK["paragraph"]: "Die Nachbarschaft pflanzt und lernt gemeinsam.",
    },
}
NOT_TRANSLATED = {
    "en": "This page has not been translated into your language yet.",
    "de": "Diese Seite ist noch nicht in Ihre Sprache übersetzt.",
    "ru": "Эта страница ещё не переведена на ваш язык.",
    "uk": "Цю сторінку ще не перекладено вашою мовою.",
}
MACHINE_MARKER = {
    "ru": "Машинный перевод, ещё не проверенный человеком.",
    "uk": "Машинний переклад, ще не перевірений людиною.",
}


def make_user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, password="not-used-here")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def translator(django_user_model):
    return make_user(django_user_model, "test-translator", TRANSLATORS)


@pytest.fixture
def moderator(django_user_model):
    return make_user(django_user_model, "test-moderator", MODERATORS)


@pytest.fixture
def practice():
    """A new Greek practice, with an alias in every language tree, as the
    admin makes when an editor adds a page (wagtail-localize's hook)."""
    athens = CityPage.objects.get(locale__language_code="el", slug="athens")
    page = PracticePageFactory(
        parent=athens,
        slug="neighbourhood-garden",
        title=GREEK["title"],
        summary=GREEK["summary"],
        inspiring=f"<p>{GREEK['paragraph']}</p>",
    )
    with TestCase.captureOnCommitCallbacks(execute=True):  # Elasticsearch is written on commit
        page.save_revision().publish()
        create_aliases_for_new_page(page)
    return PracticePage.objects.get(pk=page.pk)


def locale(code):
    return Locale.objects.get(language_code=code)


def public(client, code, page):
    response = client.get(f"/{code}/cities/athens/{page.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def in_language(page, code):
    return PracticePage.objects.get(translation_key=page.translation_key, locale=locale(code))


def submit_for_translation(client, page, codes):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale(code).pk for code in codes]},
    )
    assert response.status_code == 302
    return {
        code: Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale(code)
        )
        for code in codes
    }


def submit_for_moderation(client, translation):
    response = client.post(reverse("localization_submit_for_moderation", args=[translation.pk]))
    assert response.status_code == 302


def approve(client, page):
    page = PracticePage.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the page is not in moderation"
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    page.refresh_from_db()
    assert page.current_workflow_state is None
    return page


def assert_shows_original(client, code, page):
    """The reader gets the Greek text, with the notice in their language."""
    html = public(client, code, page)
    assert NOT_TRANSLATED[code] in html
    assert f'<h1 lang="el" dir="ltr">{GREEK["title"]}</h1>' in html
    assert in_language(page, code).title == GREEK["title"]


def test_po_file_round_trip_into_english_and_german(client, translator, moderator, practice):
    client.force_login(translator)
    translations = submit_for_translation(client, practice, ["en", "de"])
    for code, translation in translations.items():
        assert_shows_original(client, code, practice)
        edit_url = reverse("wagtailadmin_pages:edit", args=[in_language(practice, code).pk])
        # The translation editor, with its moderation panel.
        editor = client.get(edit_url)
        assert editor.status_code == 200
        assert "data-translation-moderation" in editor.content.decode()

        download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        assert download.status_code == 200
        po = polib.pofile(download.content.decode())
        assert {entry.msgid for entry in po} == set(WRITTEN[code])
        for entry in po:
            entry.msgstr = WRITTEN[code][entry.msgid]
        upload = client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {
                "file": SimpleUploadedFile("translation.po", str(po).encode()),
                "next": edit_url,
            },
        )
        assert upload.status_code == 302
        strings = StringTranslation.objects.filter(
            context__object_id=practice.translation_key, locale=locale(code)
        )
        assert {s.translation_type for s in strings} == {"manual"}
        assert strings.count() == len(WRITTEN[code])

        # A translator cannot publish: the admin turns the refusal into a
        # redirect to its dashboard (a success would come back to the editor).
        refused = client.post(edit_url, {"action": "publish"})
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")
        assert_shows_original(client, code, practice)
        submit_for_moderation(client, translation)
        page = in_language(practice, code)
        assert page.current_workflow_state is not None
        assert page.has_unpublished_changes
        assert_shows_original(client, code, practice)  # not live before review

    client.force_login(moderator)
    for code in ("en", "de"):
        # What the moderator reviews: the draft, in its own language.
        page = in_language(practice, code)
        preview = client.get(
            reverse(
                "wagtailadmin_pages:workflow_preview",
                args=[page.pk, page.current_workflow_task.pk],
            )
        )
        assert preview.status_code == 200
        draft = preview.content.decode()
        assert f"<h1>{WRITTEN[code][GREEK['title']]}</h1>" in draft
        assert "language-notice" not in draft
        page = approve(client, in_language(practice, code))
        assert page.title == WRITTEN[code][GREEK["title"]]
        html = public(client, code, practice)
        assert f"<h1>{page.title}</h1>" in html
        assert WRITTEN[code][GREEK["paragraph"]] in html
        assert "language-notice" not in html and "translation-markers" not in html
        assert f'hreflang="{code}"' in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/cities/athens/neighbourhood-garden/" in sitemap
    assert "/de/cities/athens/neighbourhood-garden/" in sitemap
    assert "/ru/cities/athens/neighbourhood-garden/" not in sitemap


def test_machine_translation_goes_live_only_after_approval(client, translator, moderator, practice):
    client.force_login(translator)
    translation = submit_for_translation(client, practice, ["ru"])["ru"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[in_language(practice, "ru").pk])
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )
    assert response.status_code == 302
    strings = StringTranslation.objects.filter(
        context__object_id=practice.translation_key, locale=locale("ru")
    )
    assert strings.count() == 3
    assert {(s.translation_type, s.tool_name) for s in strings} == {("machine", "Dummy translator")}
    submit_for_moderation(client, translation)
    assert_shows_original(client, "ru", practice)

    client.force_login(moderator)
    page = approve(client, in_language(practice, "ru"))
    # The dummy translator reverses the words.
    assert page.title == "γειτονιάς της Κήπος"
    html = public(client, "ru", practice)
    assert "<h1>γειτονιάς της Κήπος</h1>" in html
    # Approved in moderation by a person: reviewed, and marked as such.
    assert MACHINE_MARKER["ru"] not in html
    assert "Машинный перевод (Dummy translator), проверен человеком" in html


def test_machine_marker_until_a_person_reviews(
    client, moderator, translator, practice, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    translation = submit_for_translation(client, practice, ["uk"])["uk"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[in_language(practice, "uk").pk])
    client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )
    # A moderator may publish machine output straight from the editor...
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit_url, {"action": "publish"}).status_code == 302
    html = public(client, "uk", practice)
    assert "<h1>γειτονιάς της Κήπος</h1>" in html
    # ...and readers are told.
    assert MACHINE_MARKER["uk"] in html
    assert "Dummy translator" in html
    assert 'href="/el/cities/athens/neighbourhood-garden/" lang="el"' in html

    # Reviewed through the workflow: the marker goes.
    client.force_login(translator)
    submit_for_moderation(client, translation)
    assert MACHINE_MARKER["uk"] in public(client, "uk", practice)
    client.force_login(moderator)
    approve(client, in_language(practice, "uk"))
    assert MACHINE_MARKER["uk"] not in public(client, "uk", practice)


def test_strings_edited_by_a_person_are_reviewed(
    client, moderator, practice, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    translation = submit_for_translation(client, practice, ["uk"])["uk"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[in_language(practice, "uk").pk])
    client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "publish"})
    assert MACHINE_MARKER["uk"] in public(client, "uk", practice)

    for segment in translation.source.stringsegment_set.all():
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            f"value=Перевірено {segment.pk}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "publish"})
    assert MACHINE_MARKER["uk"] not in public(client, "uk", practice)


def test_publish_immediately_is_only_a_draft_for_a_translator(
    client, translator, moderator, practice
):
    client.force_login(translator)
    translation = submit_for_translation(client, practice, ["de"])["de"]
    client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": "/admin/"},
    )
    source = TranslationSource.objects.get(object_id=practice.translation_key)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302
    page = in_language(practice, "de")
    assert page.title == GREEK["title"]  # the published row did not change
    assert page.has_unpublished_changes
    assert page.get_latest_revision().as_object().title == "γειτονιάς της Κήπος"
    assert NOT_TRANSLATED["de"] in public(client, "de", practice)


def test_outdated_translation_marker(client, moderator):
    """The German Athens page (written by the demo loader) and its Greek original."""
    greek = CityPage.objects.get(locale__language_code="el", slug="athens")
    german = greek.get_translation(locale("de"))
    marker = "Das Original (Griechisch) wurde am"
    assert marker not in public_city(client)
    greek.summary += " Ενημερώθηκε."
    greek.save_revision().publish()
    html = public_city(client)
    assert marker in html
    assert "diese Übersetzung enthält die Änderungen möglicherweise noch nicht" in html
    assert 'href="/el/cities/athens/" lang="el" hreflang="el">Original lesen</a>' in html
    german.specific.save_revision().publish()
    assert marker not in public_city(client)


def public_city(client):
    response = client.get("/de/cities/athens/")
    assert response.status_code == 200
    return response.content.decode()


# --- roles -------------------------------------------------------------------------


def test_translator_cannot_edit_or_publish_source_pages(client, translator):
    greek = CityPage.objects.get(locale__language_code="el", slug="athens")
    german = greek.get_translation(locale("de"))
    assert not greek.permissions_for_user(translator).can_edit()
    assert german.permissions_for_user(translator).can_edit()
    assert not german.permissions_for_user(translator).can_publish()
    client.force_login(translator)
    refused = client.get(reverse("wagtailadmin_pages:edit", args=[greek.pk]))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200


def test_translator_cannot_edit_source_terms(client, translator):
    client.force_login(translator)
    greek = Theme.objects.get(slug="housing", locale__language_code="el")
    german = Theme.objects.get(slug="housing", locale__language_code="de")
    edit = "wagtailsnippets_taxonomy_theme:edit"
    # Refused: the admin redirects to its dashboard with a message.
    refused = client.get(reverse(edit, args=[greek.pk]))
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    refused = client.post(reverse(edit, args=[greek.pk]), {"name": "x", "slug": "housing"})
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    greek.refresh_from_db()
    assert greek.name == "Στέγαση"
    assert client.get(reverse(edit, args=[german.pk])).status_code == 200


def test_moderator_can_publish_everywhere(moderator):
    for page in CityPage.objects.filter(slug="athens"):
        assert page.permissions_for_user(moderator).can_publish()
