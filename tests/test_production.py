"""What a production deployment relies on: uploads served with DEBUG off
when SERVE_MEDIA is set, compressed HTML, the gunicorn configuration."""

import gzip
import runpy

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_urls(settings, tmp_path, media_served):
    settings.DEBUG = False
    settings.MEDIA_ROOT = str(tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "pixel.txt").write_text("a file")


def test_media_is_served_with_debug_off_when_asked(client, media_urls):
    response = client.get("/media/images/pixel.txt")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"a file"
    assert client.get("/media/images/missing.txt").status_code == 404
    # A path out of the public folders is not found (security/media.py).
    assert client.get("/media/../config/settings/base.py").status_code == 404
    assert client.get("/media/images/../../config/settings/base.py").status_code == 404


def test_html_is_compressed_for_clients_that_accept_it(client):
    response = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)


def test_gunicorn_shares_processes_only_with_redis(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    assert runpy.run_path("config/gunicorn.py")["workers"] == 1
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    assert runpy.run_path("config/gunicorn.py")["workers"] > 1
