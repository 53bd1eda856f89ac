"""A city's daily work around the content: the freshness dashboards, the
"last verified" line on practices, login limits, session lifetime and the
accessibility checker."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from practices.models import FRESHNESS_DAYS, PracticePage
from tests.members_fixtures import *  # noqa: F403  (fixtures)
from tests.members_fixtures import refused

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date.today() - datetime.timedelta(days=FRESHNESS_DAYS + 30)
RECENT = datetime.date.today() - datetime.timedelta(days=10)


@pytest.fixture
def stale():
    """Every demo practice freshly verified but one in Athens and one in
    Cologne (their translations share the date, as wagtail-localize syncs it)."""
    PracticePage.objects.update(last_verified_on=RECENT)
    picked = {}
    for slug in ("athens", "cologne"):
        practice = (
            PracticePage.objects.filter(city__slug=slug, locale__language_code="el")
            .order_by("pk")
            .first()
        )
        assert practice is not None, slug
        PracticePage.objects.filter(translation_key=practice.translation_key).update(
            last_verified_on=LONG_AGO
        )
        picked[slug] = practice
    return picked


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_dashboards_list_stale_practices_by_role(client, users, stale):
    athens, cologne = stale["athens"].title, stale["cologne"].title
    html = dashboard(client, users["athens"])
    assert "stale-practices" in html
    assert athens in html and cologne not in html
    html = dashboard(client, users["cologne"])
    assert cologne in html and athens not in html
    html = dashboard(client, users["moderator"])
    assert athens in html and cologne in html
    # Source pages only: one row per practice, not one per language.
    assert html.count(f">{athens}</a>") == 1
    assert "stale-practices" not in dashboard(client, users["translator"])


def test_dashboard_list_is_one_query(client, users, stale, django_assert_max_num_queries):
    from members.freshness import stale_practices_for

    practices, _scope = stale_practices_for(users["moderator"])
    with django_assert_max_num_queries(1):
        rows = list(practices[:51])
        titles = [(row.title, row.city.title, row.locale.language_code) for row in rows]
    assert len(titles) == 2


def test_dashboard_says_when_all_is_verified(client, users):
    PracticePage.objects.update(last_verified_on=RECENT)
    # The admin speaks the default language to a user who chose none.
    with translation.override(settings.LANGUAGE_CODE):
        expected = translation.gettext("Every practice has been verified within the last year.")
    assert expected != "Every practice has been verified within the last year."
    assert expected in dashboard(client, users["athens"])


def test_the_admin_sends_no_e_mail_hash_to_gravatar(client, users):
    html = dashboard(client, users["athens"])
    assert "gravatar" not in html.lower()


def test_public_page_shows_last_verified_and_staleness(client, stale):
    practice = stale["athens"]
    english = PracticePage.objects.get(
        translation_key=practice.translation_key, locale__language_code="en"
    )
    html = client.get(english.url).content.decode()
    assert f'datetime="{LONG_AGO:%Y-%m-%d}"' in html
    assert "may be out of date" in html
    PracticePage.objects.filter(pk=english.pk).update(last_verified_on=RECENT)
    html = client.get(english.url).content.decode()
    assert f'datetime="{RECENT:%Y-%m-%d}"' in html
    assert "may be out of date" not in html


# --- login limits and sessions --------------------------------------------------


def login(client, username, password, address="203.0.113.5"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_failed_logins_lock_the_username_from_that_address(client):
    get_user_model().objects.create_user("lockme", password="the-right-passphrase")
    assert settings.AXES_FAILURE_LIMIT == 5
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "lockme", "wrong").status_code == 200  # the form again
    response = login(client, "lockme", "wrong")
    assert response.status_code == 429
    # Locked even with the right password, with the localized page.
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "lockme", "password": "the-right-passphrase"},
        REMOTE_ADDR="203.0.113.5",
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 429
    html = response.content.decode()
    with translation.override("de"):
        heading = translation.gettext("Too many failed logins")
    assert 'lang="de"' in html and heading in html
    assert "_auth_user_id" not in client.session
    # Username and address together: the same user from elsewhere may log in.
    response = login(client, "lockme", "the-right-passphrase", address="198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_sessions_and_passwords_settings():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert datetime.timedelta(minutes=15) == settings.AXES_COOLOFF_TIME
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    validators = {v["NAME"].rsplit(".", 1)[-1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] == 12


def test_password_change_enforces_the_validators(client, users):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("short-pass1", users["athens"])


@override_settings(SESSION_COOKIE_AGE=8 * 60 * 60)
def test_admin_session_cookie_ends_with_the_browser(client, users):
    client.force_login(users["athens"])
    client.get(reverse("wagtailadmin_home"))
    assert client.session.get_expire_at_browser_close()


# --- accessibility checker ------------------------------------------------------


def test_accessibility_checker_is_on_for_editors(client, users, city_pages):
    from wagtail import hooks

    client.force_login(users["athens"])
    page = city_pages["athens"]["en"]
    html = client.get(page.url).content.decode()
    assert "<wagtail-userbar" in html
    assert "checker-axe-configuration" in html
    # No project hook takes the checker out of the userbar.
    assert not [
        fn
        for fn in hooks.get_hooks("construct_wagtail_userbar")
        if fn.__module__.split(".")[0]
        in {"core", "members", "localization", "taxonomy", "practices", "cities"}
    ]
    # And the page editor runs the same checks.
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "checker-axe-configuration" in html


# --- editing: comments, scheduling, alt text ----------------------------------


def _form(page, title, **extra):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": page.summary,
            "introduction": rich_text(""),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_comments_on_a_city_draft(client, users, city_pages):
    """Comments are on; a moderator and the city's editors comment on a
    draft (Wagtail requires edit access to comment, so another city's
    editors cannot, see docs/members.md)."""
    from wagtail.models import Comment
    from wagtail.test.utils.form_data import inline_formset

    page = city_pages["athens"]["el"]
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    for who in ("athens", "moderator"):
        client.force_login(users[who])
        assert "w-comments:init" in client.get(edit).content.decode()
    comment = {
        "contentpath": "title",
        "text": "Is the date right?",
        "position": "",
        "replies": inline_formset([]),
    }
    data = _form(page, page.title, comments=inline_formset([comment]))
    response = client.post(edit, data)
    assert response.status_code == 302
    saved = Comment.objects.get(page=page)
    assert saved.text == "Is the date right?" and saved.user == users["moderator"]
    client.force_login(users["cologne"])
    response = client.get(edit)
    assert refused(response)


def test_scheduled_publishing_and_expiry(client, users, city_pages):
    from django.core.management import call_command
    from django.utils import timezone

    from standardpages.models import StandardPage

    page = city_pages["athens"]["en"]
    client.force_login(users["moderator"])
    soon = timezone.localtime() + datetime.timedelta(hours=2)
    data = {
        **_form(page, "Scheduled title"),
        "go_live_at": soon.strftime("%Y-%m-%d %H:%M"),
        "action-publish": "1",
    }
    assert client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    revision = page.get_latest_revision()
    assert revision.approved_go_live_at is not None and page.title != "Scheduled title"
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert StandardPage.objects.get(pk=page.pk).title != "Scheduled title"  # not yet
    # Two hours later (the revision's date and its own go-live time move back).
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title == "Scheduled title" and page.live
    StandardPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = StandardPage.objects.get(pk=page.pk)
    assert not page.live and page.expired


def test_content_images_need_alt_text():
    """Body and gallery images (ImageBlock) are refused without alt text
    unless marked decorative."""
    from django.core.exceptions import ValidationError
    from wagtail.images import get_image_model

    from core.blocks import BodyBlock

    image = get_image_model().objects.first()
    block = BodyBlock()
    without_alt = [
        {"type": "image", "value": {"image": image.pk, "alt_text": "", "decorative": False}}
    ]
    with pytest.raises(ValidationError):
        block.clean(block.to_python(without_alt))
    for value in (
        {"image": image.pk, "alt_text": "Volunteers teaching Greek", "decorative": False},
        {"image": image.pk, "alt_text": "", "decorative": True},
    ):
        block.clean(block.to_python([{"type": "image", "value": value}]))
    gallery = PracticePage._meta.get_field("gallery").stream_block
    with pytest.raises(ValidationError):
        gallery.clean(gallery.to_python([{"type": "image", "value": without_alt[0]["value"]}]))
