"""Streamed responses refuse bad input before their first byte: a bad
parameter gets the normal 404 page (a plain response, the site's chrome),
never a stream that starts and then breaks."""

import json

import pytest
from django.http import StreamingHttpResponse

pytestmark = pytest.mark.django_db

HOSTILE = [
    "page=" + "x" * 100,
    "page=-1",
    "page=0",
    "page=99999999999999999999",
    "page=1e3",
    "page=%00",
    "theme=housing&page=" + "9" * 400,
]


@pytest.mark.parametrize("file_format", ["csv", "json"])
@pytest.mark.parametrize("query", HOSTILE)
def test_a_bad_page_is_the_404_page_not_a_broken_stream(client, file_format, query):
    response = client.get(f"/en/practices/export.{file_format}?{query}")
    assert response.status_code == 404
    assert not isinstance(response, StreamingHttpResponse)
    assert "text/html" in response["Content-Type"]
    assert '<html lang="en"' in response.content.decode()


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_a_valid_export_still_streams_completely(client, file_format):
    response = client.get(f"/en/practices/export.{file_format}?page=2&q=" + "ü" * 300)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    body = b"".join(response.streaming_content)
    if file_format == "json":
        assert isinstance(json.loads(body)["practices"], list)
    else:
        assert body.startswith(b"\xef\xbb\xbfexternal_id,")
