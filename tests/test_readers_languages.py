"""Readers stay in their language: every link of every demo page leads to a
page in the reader's language (unless it says, with hreflang, that it leads
to another one), and every piece of text sits under a `lang` attribute that
matches its script (fallback text included: localization.fallback).

The pages are walked through the real router from each language's home page
(tests/conftest.py loads the demo content once).
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Paths without a language: uploads, documents, static files.
LANGUAGE_FREE = ("/documents/", "/media/", "/static/", "/admin/")
MAX_PAGES = 400


class _Page(HTMLParser):
    """The links of a page, and each text with the nearest `lang` above it."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # (href, hreflang)
        self.texts = []  # (text, lang, tag path)
        self.stack = []  # (tag, lang)
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            # A link named in its target language (hreflang, or lang on a
            # link of the switcher) is a language the reader chooses.
            self.links.append((attrs["href"], attrs.get("hreflang") or attrs.get("lang")))
        if tag in self.VOID:
            return
        lang = attrs.get("lang") or (self.stack[-1][1] if self.stack else None)
        self.stack.append((tag, lang))
        if tag in ("script", "style", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            open_tag, _lang = self.stack.pop()
            if open_tag in ("script", "style", "template"):
                self.skip -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.skip or not data.strip() or not self.stack:
            return
        path = "/".join(tag for tag, _lang in self.stack[-3:])
        self.texts.append((data.strip(), self.stack[-1][1], path))


def _parse(html):
    parser = _Page()
    parser.feed(html)
    return parser


def walk(client, language):
    """{path: parsed page} of every HTML page reachable from the home page of
    `language` through links that stay in it (query strings dropped)."""
    start = f"/{language}/"
    queue, seen, pages = [start], {start}, {}
    while queue and len(pages) < MAX_PAGES:
        path = queue.pop(0)
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if not response["Content-Type"].startswith("text/html"):
            continue
        parsed = _parse(response.content.decode())
        pages[path] = parsed
        for href, _hreflang in parsed.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith(start):
                continue
            if re.search(r"\.(csv|json|xml)$|/feed/$", parts.path) or parts.path in seen:
                continue
            seen.add(parts.path)
            queue.append(parts.path)
    return pages


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_every_link_stays_in_the_readers_language(client, language):
    pages = walk(client, language)
    assert len(pages) > 30  # the whole demo tree, not just the home page
    wrong = []
    for path, parsed in pages.items():
        for href, hreflang in parsed.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue  # other sites, mailto:, tel:, #anchors
            if parts.path.startswith(LANGUAGE_FREE) or parts.path == "/":
                continue
            prefix = parts.path.split("/")[1]
            if prefix == language:
                continue
            if prefix in LANGUAGES and hreflang == prefix:
                continue  # the switcher and "also available in": a chosen language
            wrong.append((path, href))
    assert wrong[:20] == []


GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LATIN_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
# Latin words that are not English or German text in Arabic and Farsi pages:
# names of file formats and brands, read the same in any language.
LATIN_NAMES = {"Atom", "Email"}


def script_languages(text):
    """The languages a text can be in, judged by its script; None if any
    (addresses: e-mail and web)."""
    if "@" in text or "://" in text:
        return None
    if len(GREEK.findall(text)) >= 2:
        return {"el"}
    if len(CYRILLIC.findall(text)) >= 2:
        return {"ru", "uk"}
    if len(ARABIC.findall(text)) >= 2:
        return {"ar", "fa"}
    words = [word for word in LATIN_WORD.findall(text) if word not in LATIN_NAMES]
    if len(words) >= 2:
        return {"en", "de"}
    return None


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_every_text_sits_under_its_own_lang(client, language):
    pages = walk(client, language)
    wrong = []
    for path, parsed in pages.items():
        for text, lang, tags in parsed.texts:
            expected = script_languages(text)
            if expected is not None and lang not in expected:
                wrong.append((path, lang, tags, text[:60]))
    assert wrong[:30] == []


def test_untranslated_pages_fall_back_to_english_before_greek(client):
    """The Arabic home page: menus, cards and the footer of pages translated
    into English but not Arabic show English, marked as such, and no Greek;
    the declaration (Greek and English) is read in English, principles too."""
    html = client.get("/ar/").content.decode()
    assert '<a href="/ar/declaration/" lang="en" dir="ltr">The Mayors&#x27; Declaration</a>' in html
    main = html[html.index("<main") :]
    assert not GREEK.search(main)
    page = client.get("/ar/declaration/").content.decode()
    assert "وهي معروضة بأقرب لغة متاحة: الإنجليزيّة." in page
    assert '<h1 lang="en" dir="ltr">The Mayors&#x27; Declaration</h1>' in page
    assert re.search(r'<h3 lang="en" dir="ltr">Human rights and diversity</h3>', page)


def test_terms_fall_back_along_the_chain(client):
    """A theme whose Farsi name is not live shows its English one, marked."""
    from taxonomy.models import Theme

    Theme.objects.filter(locale__language_code="fa").update(live=False)
    html = client.get("/fa/cities/athens/athens-language-lessons/").content.decode()
    assert re.search(r'<li class="term" lang="en" dir="ltr"><a [^>]*>Language learning</a>', html)


def test_the_accessibility_statement_carries_what_eu_statements_carry(client):
    html = client.get("/en/accessibility/").content.decode()
    for part in (
        "Compliance status",
        "partially compliant with WCAG 2.2 level AA",
        "How we evaluated it",
        "completed on 27 November 2026",
        "Enforcement procedure",
        "Greek Ombudsman",
    ):
        assert part in html
