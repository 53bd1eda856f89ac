"""What a city's editor may do, tried as that editor through the admin's own
URLs: every route that could touch another city's content is refused (and
the content is unchanged), in three language trees; the same routes work on
the editor's own city, so the refusals cannot pass vacuously."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from standardpages.models import StandardPage
from taxonomy.models import Theme
from tests.members_fixtures import *  # noqa: F403  (fixtures)
from tests.members_fixtures import refused

pytestmark = pytest.mark.django_db

TREES = ["el", "en"]  # full route list; "de" (aliases) below


def edit_data(page, title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": "Changed summary.",
            "introduction": rich_text(""),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def url(name, *args):
    return reverse(name, args=args)


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return {
        "title": page.title,
        "live": page.live,
        "path": page.path,
        "revisions": Revision.page_revisions.filter(object_id=str(page.pk)).count(),
        "workflows": WorkflowState.objects.filter(object_id=str(page.pk)).count(),
        "alias": page.alias_of_id,
    }


@pytest.fixture
def athens_client(client, users):
    client.force_login(users["athens"])
    return client


@pytest.mark.parametrize("language", TREES)
def test_editor_cannot_touch_another_citys_pages(athens_client, city_pages, language):
    other = city_pages["cologne"][language]
    own_city = city_pages["athens"][language].get_parent()
    before = snapshot(other)
    count = Page.objects.count()
    revision = other.get_latest_revision()
    attempts = [
        ("get", url("wagtailadmin_pages:edit", other.pk), None),
        ("post", url("wagtailadmin_pages:edit", other.pk), edit_data(other, "Hijacked")),
        (
            "post",
            url("wagtailadmin_pages:edit", other.pk),
            {**edit_data(other, "Hijacked"), "action-publish": "1"},
        ),
        (
            "post",
            url("wagtailadmin_pages:edit", other.pk),
            {**edit_data(other, "Hijacked"), "action-submit": "1"},
        ),
        ("post", url("wagtailadmin_pages:unpublish", other.pk), {}),
        ("post", url("wagtailadmin_pages:delete", other.pk), {}),
        ("get", url("wagtailadmin_pages:move", other.pk), None),
        ("post", url("wagtailadmin_pages:move_confirm", other.pk, own_city.pk), {}),
        (
            "post",
            url("wagtailadmin_pages:copy", other.pk),
            {"new_title": "Copy", "new_slug": "copy", "new_parent_page": own_city.pk},
        ),
        ("get", url("wagtailadmin_pages:history", other.pk), None),
        ("get", url("wagtailadmin_pages:revisions_index", other.pk), None),
        ("get", url("wagtailadmin_pages:revisions_view", other.pk, revision.pk), None),
        ("get", url("wagtailadmin_pages:revisions_revert", other.pk, revision.pk), None),
        (
            "get",
            url("wagtailadmin_pages:revisions_compare", other.pk, "live", revision.pk),
            None,
        ),
        ("post", url("wagtailadmin_pages:lock", other.pk), {}),
        ("get", url("wagtail_localize:submit_page_translation", other.pk), None),
        ("post", url("wagtail_localize:submit_page_translation", other.pk), {"locales": []}),
        ("post", url("wagtail_localize:convert_to_alias", other.pk), {}),
        ("get", url("wagtailadmin_pages:add_subpage", other.pk), None),
    ]
    for method, address, data in attempts:
        response = (
            getattr(athens_client, method)(address, data)
            if data is not None
            else (getattr(athens_client, method)(address))
        )
        assert refused(response, athens_client), (method, address, response.status_code)
    assert snapshot(other) == before
    assert Page.objects.count() == count
    assert not Translation.objects.filter(source__object_id=other.translation_key).exists()


def test_editor_cannot_convert_another_citys_alias(athens_client, city_pages):
    alias = city_pages["cologne"]["de"]
    assert alias.alias_of_id
    before = snapshot(alias)
    for response in (
        athens_client.get(url("wagtailadmin_pages:edit", alias.pk)),
        athens_client.post(url("wagtailadmin_pages:convert_alias", alias.pk)),
    ):
        assert refused(response)
    assert snapshot(alias) == before


@pytest.mark.parametrize("language", TREES)
def test_editor_works_on_own_city_but_cannot_publish(athens_client, city_pages, language):
    own = city_pages["athens"][language]
    revision = own.get_latest_revision()
    for name, args in [
        ("wagtailadmin_pages:edit", [own.pk]),
        ("wagtailadmin_pages:history", [own.pk]),
        ("wagtailadmin_pages:revisions_compare", [own.pk, "live", revision.pk]),
        ("wagtailadmin_pages:revisions_revert", [own.pk, revision.pk]),
        ("wagtailadmin_pages:add_subpage", [own.get_parent().pk]),
    ]:
        assert athens_client.get(url(name, *args)).status_code == 200, name

    # Saving makes a draft revision; the live page is unchanged.
    response = athens_client.post(url("wagtailadmin_pages:edit", own.pk), edit_data(own, "Draft"))
    assert response.status_code == 302
    own = StandardPage.objects.get(pk=own.pk)
    assert own.get_latest_revision().content["title"] == "Draft"
    assert own.title != "Draft" and own.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=own, action="wagtail.edit", user__username="t-athens")

    # "Publish" from an editor starts the workflow instead of publishing.
    data = {**edit_data(own, "Wants to publish"), "action-publish": "1"}
    athens_client.post(url("wagtailadmin_pages:edit", own.pk), data)
    own = StandardPage.objects.get(pk=own.pk)
    assert own.title not in ("Wants to publish", "Draft")
    assert own.live_revision.content["title"] == own.title
    athens_client.post(
        url("wagtailadmin_pages:edit", own.pk),
        {**edit_data(own, "Submitted"), "action-submit": "1"},
    )
    own = StandardPage.objects.get(pk=own.pk)
    state = own.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name == "Moderators approval"
    assert own.title not in ("Submitted", "Wants to publish")

    # Neither unpublishing nor deleting a live page of their own.
    assert refused(athens_client.post(url("wagtailadmin_pages:unpublish", own.pk)))
    assert refused(athens_client.post(url("wagtailadmin_pages:delete", own.pk)))
    assert StandardPage.objects.get(pk=own.pk).live


def test_editor_adds_and_deletes_own_drafts(athens_client, city_pages):
    athens = city_pages["athens"]["en"].get_parent()
    response = athens_client.post(
        url("wagtailadmin_pages:add", "standardpages", "standardpage", athens.pk),
        edit_data(StandardPage(slug="new-draft"), "New draft"),
    )
    assert response.status_code == 302
    draft = StandardPage.objects.get(slug="new-draft", locale__language_code="en")
    assert not draft.live
    response = athens_client.post(url("wagtailadmin_pages:delete", draft.pk))
    assert response.status_code == 302
    assert not StandardPage.objects.filter(pk=draft.pk).exists()


def test_editor_converts_own_alias(athens_client, city_pages):
    alias = city_pages["athens"]["de"]
    assert athens_client.get(url("wagtailadmin_pages:edit", alias.pk)).status_code == 200
    response = athens_client.post(url("wagtailadmin_pages:convert_alias", alias.pk))
    assert response.status_code == 302
    assert Page.objects.get(pk=alias.pk).alias_of_id is None


def test_media_of_another_city_is_refused(athens_client, city_media):
    images, documents = city_media
    image, document = images["cologne"], documents["cologne"]
    for address, data in [
        (url("wagtailimages:edit", image.pk), None),
        (url("wagtailimages:edit", image.pk), {"title": "Hijacked"}),
        (url("wagtailimages:delete", image.pk), {}),
        (url("wagtaildocs:edit", document.pk), None),
        (url("wagtaildocs:edit", document.pk), {"title": "Hijacked"}),
        (url("wagtaildocs:delete", document.pk), {}),
    ]:
        response = (
            athens_client.post(address, data) if data is not None else (athens_client.get(address))
        )
        assert refused(response), address
    image.refresh_from_db()
    document.refresh_from_db()
    assert image.title == "Cologne test image"
    assert document.title == "Cologne test document"

    # Own city's media: edit and delete work.
    own_image, own_document = images["athens"], documents["athens"]
    assert athens_client.get(url("wagtailimages:edit", own_image.pk)).status_code == 200
    assert athens_client.get(url("wagtaildocs:edit", own_document.pk)).status_code == 200
    assert athens_client.post(url("wagtailimages:delete", own_image.pk)).status_code == 302
    assert athens_client.post(url("wagtaildocs:delete", own_document.pk)).status_code == 302
    assert not type(own_image).objects.filter(pk=own_image.pk).exists()


def test_snippets_are_refused_to_editors(athens_client):
    theme = Theme.objects.filter(locale__language_code="el").first()
    name = theme.name
    for address in [
        reverse("wagtailsnippets_taxonomy_theme:edit", args=[theme.pk]),
        reverse("wagtailsnippets_taxonomy_theme:delete", args=[theme.pk]),
    ]:
        assert refused(athens_client.get(address))
        assert refused(athens_client.post(address, {"name": "Hijacked", "slug": theme.slug}))
    theme.refresh_from_db()
    assert theme.name == name


def test_moderator_publishes_and_the_log_names_them(client, users, city_pages):
    page = city_pages["cologne"]["en"]
    client.force_login(users["moderator"])
    data = {**edit_data(page, "Published by moderator"), "action-publish": "1"}
    response = client.post(url("wagtailadmin_pages:edit", page.pk), data)
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title == "Published by moderator"
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user__username="t-moderator"
    ).exists()
    response = client.post(url("wagtailadmin_pages:unpublish", page.pk))
    assert response.status_code == 302
    assert not StandardPage.objects.get(pk=page.pk).live


def test_translation_editor_of_another_city_is_refused(client, users, city_pages):
    """wagtail-localize's translation editor routes (strings, PO files,
    machine translation, preview, stop) on another city's translation."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation

    client.force_login(users["moderator"])
    translations = {}
    for city in ("athens", "cologne"):
        source = city_pages[city]["el"]
        response = client.post(
            url("wagtail_localize:submit_page_translation", source.pk),
            {"locales": [Locale.objects.get(language_code="ru").pk]},
        )
        assert response.status_code == 302
        translations[city] = Translation.objects.get(
            source__object_id=source.translation_key, target_locale__language_code="ru"
        )
    client.force_login(users["athens"])
    other = translations["cologne"]
    segment = StringSegment.objects.filter(source=other.source).first()
    strings = StringTranslation.objects.count()
    form = "application/x-www-form-urlencoded"
    string_url = url("wagtail_localize:edit_string_translation", other.pk, segment.pk)
    attempts = {
        "edit string": lambda: client.put(string_url, "value=x", content_type=form),
        "delete string": lambda: client.delete(string_url),
        "download PO": lambda: client.get(url("wagtail_localize:download_pofile", other.pk)),
        "machine": lambda: client.post(url("wagtail_localize:machine_translate", other.pk)),
        "preview": lambda: client.get(url("wagtail_localize:preview_translation", other.pk)),
        "stop": lambda: client.post(url("wagtail_localize:stop_translation", other.pk)),
        "edit page": lambda: client.get(
            url("wagtailadmin_pages:edit", other.get_target_instance().pk)
        ),
    }
    for name, attempt in attempts.items():
        assert refused(attempt(), client), name
    other.refresh_from_db()
    assert other.enabled and StringTranslation.objects.count() == strings

    # Their own city's translation opens in the translation editor.
    own = translations["athens"]
    assert client.get(url("wagtail_localize:download_pofile", own.pk)).status_code == 200
    own_segment = StringSegment.objects.filter(source=own.source).first()
    own_string_url = url("wagtail_localize:edit_string_translation", own.pk, own_segment.pk)
    assert client.put(own_string_url, "value=x", content_type=form).status_code == 201
    assert StringTranslation.objects.count() == strings + 1
    page = own.get_target_instance()
    assert client.get(url("wagtailadmin_pages:edit", page.pk)).status_code == 200
