"""The raw upload files under MEDIA_URL (SERVE_MEDIA=true, as
docs/deploying.md recommends for one machine): only image renditions are
served (security/media.py); a document's file, however its path is
spelled, is the site's 404 page, so that its privacy does not depend on
which URL a reader guesses."""

import pytest

from tests.members_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db


def test_a_private_document_is_not_served_under_media(client, media_served, city_media):
    _images, documents = city_media
    document = documents["athens"]  # linked from nothing: private
    assert document.file.name.startswith("documents/")
    assert client.get(document.url).status_code == 404  # the checking view refuses it...
    # ...and so does its raw file, however the path is spelled.
    for path in (
        document.file.name,
        "images/../" + document.file.name,
        "images/%2e%2e/" + document.file.name,
        "/" + document.file.name,
    ):
        response = client.get("/media/" + path)
        assert response.status_code == 404, path
        assert '<html lang="' in response.content.decode()  # the site's 404 page, not the file


def test_under_media_renditions_are_served_and_originals_are_not(client, media_served, city_media):
    images, _documents = city_media
    image = images["athens"]
    response = client.get(image.get_rendition("fill-20x20").url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/media/" + image.file.name).status_code == 404


def test_nothing_is_served_under_media_without_serve_media(client, settings, city_media):
    images, _documents = city_media
    settings.SERVE_MEDIA = False  # read per request: no reload
    assert client.get(images["athens"].get_rendition("fill-20x20").url).status_code == 404
