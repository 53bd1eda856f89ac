"""A fixed corpus of hostile values over every public route and parameter:
no answer is a 5xx, and every streamed answer streams to its end."""

import pytest

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "\t\n",
    "x" * 100,
    "a" * 5000,
    "9" * 400,
    "-1",
    "0",
    "1e9",
    "NaN",
    "inf",
    "2147483648",
    "-9223372036854775809",
    "1.5",
    "١٢",
    "\x00",
    "\x00abc\x1f",
    "%",
    "%%00",
    "' OR 1=1 --",
    '" OR ""="',
    "1;DROP TABLE wagtailcore_page",
    "<script>alert(1)</script>",
    "{{7*7}}{% debug %}",
    "${jndi:ldap://127.0.0.1/a}",
    "../../../../etc/passwd",
    "\\",
    "*",
    "?",
    "&",
    "=",
    "#",
    "AND OR NOT",
    '"unclosed',
    "(",
    "[]",
    "{}",
    "null",
    "true",
    "😀" * 50,
    "\u202e\u200f\u200b",
    "ü" * 300,
    "ا" * 200,
    "ًٌٍ",
    "\ud7ff\ufffd",
    "all",
    "en",
    "relevance",
    "housing",
]

LIBRARY = ("q", "page", "theme", "target_group", "city", "country", "status", "evidence")
LIBRARY += ("year", "lang", "sort")
EXPORT = ("q", "page", "theme")  # each export is the whole set
ROUTES = {
    "/en/practices/": LIBRARY,
    "/ar/practices/": ("q", "page", "theme", "year"),
    "/en/practices/export.csv": EXPORT,
    "/el/practices/export.json": EXPORT,
    "/en/search/": ("q", "page", "kind", "theme", "city", "country", "lang", "sort"),
    "/fa/search/": ("q", "page", "kind"),
    "/en/search/suggest/": ("q",),
    "/en/news/": ("page", "theme", "city"),
    "/en/news/feed/": ("page", "theme"),
    "/en/": ("q", "page"),
}


def cases():
    for route, params in ROUTES.items():
        for param in params:
            if "export" in route:
                values = HOSTILE[::3]
            elif param in ("q", "page"):
                values = HOSTILE
            else:
                values = HOSTILE[::4]
            for value in values:
                yield route, param, value


def test_hostile_values_never_get_a_5xx_or_a_broken_stream(client):
    statuses = {}
    failures = []
    for route, param, value in cases():
        try:
            response = client.get(route, {param: value})
            if response.streaming:
                b"".join(response.streaming_content)
            code = response.status_code
        except Exception as error:  # a stream that breaks, or a crash
            failures.append((route, param, value[:30], repr(error)[:120]))
            continue
        statuses[code] = statuses.get(code, 0) + 1
        if code >= 500:
            failures.append((route, param, value[:30], code))
    print(f"hostile requests: {sum(statuses.values()) + len(failures)}, statuses: {statuses}")
    assert failures == []
    assert set(statuses) <= {200, 301, 302, 400, 404}
