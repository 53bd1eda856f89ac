"""Abuse a stock deployment must survive without a 500 (issue #17): a
decompression-bomb image, a lock-out or reset quota used against a real
editor, and a database that cannot be reached."""

import io
import logging
import threading

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, connections
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from PIL import Image

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-passphrase"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


# --- images ---------------------------------------------------------------------


def png(width, height):
    """A PNG of width x height pixels in a few hundred kilobytes (1 bit per pixel)."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_with_too_many_pixels_is_refused_with_a_form_error(admin_client):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000
    bomb = png(11000, 11000)  # 121 megapixels: under Wagtail's default 128
    assert len(bomb) < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    images = get_image_model().objects.count()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Bomb", "file": SimpleUploadedFile("bomb.png", bomb, "image/png")},
    )
    assert response.status_code == 200  # the form again, in the admin's language (Greek)
    errors = response.context["form"].errors["file"]
    assert any("πάρα πολλά εικονοστοιχεία" in error and "50000000" in error for error in errors)
    assert get_image_model().objects.count() == images
    # A photo within the limit is accepted.
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Photo",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("photo.png", png(4000, 3000), "image/png"),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert get_image_model().objects.count() == images + 1


# --- lock-out and password reset --------------------------------------------------

OFFICE = "203.0.113.20"  # the editor and someone else behind one NAT


def login(client, password, username="editor"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=OFFICE,
    )


def test_a_lock_out_from_the_editors_own_address_is_passed_by_the_editors_browser():
    get_user_model().objects.create_user("editor", password=PASSWORD)
    editor, attacker = Client(), Client()
    assert login(editor, PASSWORD).status_code == 302  # a browser the editor used before
    editor.post(reverse("wagtailadmin_logout"))
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(attacker, "guess-guess-guess")
    assert login(attacker, "guess-guess-guess").status_code == 429
    assert login(attacker, PASSWORD).status_code == 429  # locked for every other browser
    # The editor's own browser, with the right password, signs in.
    response = login(editor, PASSWORD)
    assert response.status_code == 302
    assert "_auth_user_id" in editor.session
    editor.post(reverse("wagtailadmin_logout"))
    # That did not unlock the pair for the other browser.
    assert login(attacker, PASSWORD).status_code == 429
    # Wrong passwords from the editor's browser are still refused: no way to guess.
    assert login(editor, "guess-guess-guess").status_code == 429
    # The cookie names one user: it does not open another's lock-out.
    get_user_model().objects.create_user("colleague", password=PASSWORD)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(attacker, "guess-guess-guess", "colleague")
    assert login(editor, PASSWORD, "colleague").status_code == 429


def test_a_known_device_cookie_ends_with_the_password_it_was_set_with():
    """Whoever signed in once with a password (stolen, say) keeps nothing
    from that browser's cookie once the password is changed."""
    user = get_user_model().objects.create_user("editor", password=PASSWORD)
    thief, attacker = Client(), Client()
    assert login(thief, PASSWORD).status_code == 302
    thief.post(reverse("wagtailadmin_logout"))
    new_password = "a-new-and-different-passphrase"
    user.set_password(new_password)
    user.save()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(attacker, "guess-guess-guess")
    assert login(thief, new_password).status_code == 429  # the old cookie passes nothing


@override_settings(RATELIMIT_ENABLED=True)
def test_a_reset_quota_used_up_elsewhere_does_not_stop_the_real_users_e_mail(client):
    get_user_model().objects.create_user("resetme", email="resetme@example.org", password=PASSWORD)
    url = reverse("wagtailadmin_password_reset")
    done = reverse("wagtailadmin_password_reset_done")
    for _ in range(10):
        answer = client.post(url, {"email": "resetme@example.org"}, REMOTE_ADDR="198.51.100.66")
        assert (answer.status_code, answer.url) == (302, done)
    sent = len(mail.outbox)
    assert sent == settings.RATELIMITS["reset_address"][0]  # the attacker's address is limited
    answer = client.post(url, {"email": "resetme@example.org"}, REMOTE_ADDR="192.0.2.7")
    assert (answer.status_code, answer.url) == (302, done)
    assert len(mail.outbox) == sent + 1
    assert mail.outbox[-1].to == ["resetme@example.org"]


# --- a database that cannot be reached -------------------------------------------


def without_database(work):
    """Run `work` in a thread whose database connection points where no
    database is (SQLite: a file in a directory that does not exist;
    PostgreSQL: a port nothing listens on), so every query there fails the
    way it does while the server restarts."""
    outcome = {}

    def run():
        connection = connections["default"]
        unreachable = {"NAME": "/nonexistent-directory/db.sqlite3"}
        if connection.vendor == "postgresql":
            unreachable = {"HOST": "127.0.0.1", "PORT": "9"}
        connection.settings_dict = {**connection.settings_dict, **unreachable}
        try:
            outcome["value"] = work()
        except Exception as error:
            outcome["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_lost_database_is_a_503_with_retry_after_in_the_readers_language(language):
    client = Client(raise_request_exception=False)
    outcome = without_database(lambda: client.get(f"/{language}/"))
    response = outcome["value"]
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    with translation.override(language):
        assert translation.gettext("Temporarily unavailable") in html


def test_an_export_the_database_fails_during_is_cut_off_not_ended(client, caplog):
    response = client.get("/en/practices/export.csv")
    assert response.status_code == 200 and response.streaming
    with caplog.at_level(logging.ERROR, logger="practices.export"):
        outcome = without_database(lambda: b"".join(response.streaming_content))
    # The stream raises: the server closes the connection without the
    # chunked body's last chunk, and the client sees an incomplete file.
    assert isinstance(outcome.get("error"), DatabaseError)
    assert "cut off" in caplog.text
