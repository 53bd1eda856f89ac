"""What readers see of the languages: direction, interface strings, the
switcher, the notice on untranslated pages, hreflang and the sitemap.

The demo has the home page, the index pages, Athens and two practices in all
seven languages; every other page is Greek and English, with aliases in the
other trees (tests/conftest.py loads it once).
"""

import re
from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree
from django.conf import settings
from wagtail.models import Page

from localization.state import own_text_only
from practices.models import PracticePage

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
EVERYWHERE = "cities/athens/athens-language-lessons"
GREEK_AND_ENGLISH = "cities/cologne/cologne-intercultural-service"
NOT_FOUND = {
    "el": "Η σελίδα δεν βρέθηκε",
    "en": "Page not found",
    "de": "Seite nicht gefunden",
    "ru": "Страница не найдена",
    "uk": "Сторінку не знайдено",
    "ar": "الصفحة غير موجودة",
    "fa": "صفحه پیدا نشد",
}
SERVER_ERROR = {
    "el": "Κάτι πήγε στραβά",
    "en": "Something went wrong",
    "de": "Etwas ist schiefgelaufen",
    "ru": "Что-то пошло не так",
    "uk": "Щось пішло не так",
    "ar": "حدث خطأ ما",
    "fa": "مشکلی پیش آمد",
}
# The notice on a page that is not translated into the reader's language: it
# is shown in the reader's first fallback language with a text of its own
# (English, see settings.LANGUAGE_FALLBACKS), or in its original (Greek).
NOT_TRANSLATED = {
    "de": ("Diese Seite ist noch nicht in Ihre Sprache übersetzt.", "Griechisch"),
    "ru": ("Эта страница ещё не переведена на ваш язык.", "греческий"),
    "uk": ("Цю сторінку ще не перекладено вашою мовою.", "грецька"),
    "ar": ("لم تُترجم هذه الصفحة إلى لغتك بعد.", "اليونانيّة"),
    "fa": ("این صفحه هنوز به زبان شما ترجمه نشده است.", "یونانی"),
}
SHOWN_IN_ENGLISH = {
    "de": "Sie wird in der nächstliegenden verfügbaren Sprache angezeigt: Englisch.",
    "ru": "Она показана на ближайшем доступном языке: английский.",
    "uk": "Її показано найближчою доступною мовою: англійська.",
    "ar": "وهي معروضة بأقرب لغة متاحة: الإنجليزيّة.",
    "fa": "به نزدیک‌ترین زبان موجود نمایش داده می‌شود: انگلیسی.",
}
# Athens joined on 4 January 2018, in each language's date format (Django's).
JOINED = {
    "el": "04/01/2018",
    "en": "Jan. 4, 2018",
    "de": "4. Januar 2018",
    "ru": "4 января 2018",
    "uk": "4 січня 2018",
    "ar": "4 يناير، 2018",
    "fa": "4 ژانویه 2018",
}


def url(language, path):
    return f"/{language}/{path}/" if path else f"/{language}/"


def html_of(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode()


def switcher(html):
    """[(language, href or None for the current one, in the first list?)]"""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    main, _, more = nav.partition("language-switcher__more")
    links = []
    for part, in_main in ((main, True), (more, False)):
        for match in re.finditer(r"<(a|span)\b([^>]*)>", part):
            attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(2)))
            if "lang" in attrs:
                links.append((attrs["lang"], attrs.get("href"), in_main, attrs))
    return links


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


# --- direction and language ----------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "fa"])
@pytest.mark.parametrize("path", ["", "cities/athens", EVERYWHERE, GREEK_AND_ENGLISH])
def test_arabic_and_farsi_pages_are_right_to_left(client, language, path):
    html = html_of(client, url(language, path))
    assert f'<html lang="{language}" dir="rtl">' in html


@pytest.mark.parametrize("language", ["el", "en", "de", "ru", "uk"])
def test_other_languages_are_left_to_right(client, language):
    assert f'<html lang="{language}" dir="ltr">' in html_of(client, url(language, EVERYWHERE))


def test_untranslated_text_keeps_its_own_language_inside_a_right_to_left_page(client):
    html = html_of(client, url("ar", GREEK_AND_ENGLISH))
    title = PracticePage.objects.get(locale__language_code="en", slug=GREEK_AND_ENGLISH[15:])
    assert f'<h1 lang="en" dir="ltr">{title.title}</h1>' in html
    translated = html_of(client, url("ar", EVERYWHERE))
    assert '<h1 lang="el"' not in translated and "<h1>" in translated


# --- interface strings in every language ----------------------------------------


@pytest.mark.parametrize("language", sorted(NOT_TRANSLATED))
def test_without_a_fallback_the_page_shows_its_original(client, settings, language):
    settings.LANGUAGE_FALLBACKS = {language: ["el"]}
    sentence, greek = NOT_TRANSLATED[language]
    html = html_of(client, url(language, GREEK_AND_ENGLISH))
    notice = re.search(r'<aside class="language-notice".*?</aside>', html, re.S).group(0)
    assert sentence in notice and greek in notice
    title = PracticePage.objects.get(locale__language_code="el", slug=GREEK_AND_ENGLISH[15:])
    assert f'lang="el" dir="ltr">{title.title}</h1>' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_in_every_language(client, language):
    response = client.get(f"/{language}/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{NOT_FOUND[language]}</h1>" in html
    assert f'<html lang="{language}"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_server_error_page_in_every_language(rf, language):
    from django.utils import translation

    from core.views import server_error

    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    assert SERVER_ERROR[language] in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_follow_the_readers_language(client, language):
    assert JOINED[language] in html_of(client, url(language, "cities/athens"))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", {1: "1 практика", 3: "3 практики", 5: "5 практик", 21: "21 практика"}),
        ("uk", {1: "1 практика", 3: "3 практики", 5: "5 практик", 22: "22 практики"}),
        ("ar", {1: "1 ممارسة", 2: "2 ممارستان", 5: "5 ممارسات", 11: "11 ممارسة"}),
        ("de", {1: "1 Praxisbeispiel", 5: "5 Praxisbeispiele"}),
    ],
)
def test_plural_forms_follow_each_languages_rules(language, expected):
    from django.utils import translation

    for count, text in expected.items():
        with translation.override(language):
            rendered = translation.ngettext(
                "%(counter)s practice", "%(counter)s practices", count
            ) % {"counter": count}
        assert rendered == text


# --- the language switcher --------------------------------------------------------


def test_switcher_lists_the_languages_a_page_exists_in(client):
    html = html_of(client, url("de", GREEK_AND_ENGLISH))
    links = switcher(html)
    main = [(code, href) for code, href, in_main, _attrs in links if in_main]
    assert main == [
        ("el", url("el", GREEK_AND_ENGLISH)),
        ("en", url("en", GREEK_AND_ENGLISH)),
        ("de", None),  # the current language, not a link
    ]
    more = {code for code, _href, in_main, _attrs in links if not in_main}
    assert more == {"ru", "uk", "ar", "fa"}
    current = [attrs for code, href, _main, attrs in links if href is None]
    assert current[0].get("aria-current") == "true"
    for code, href, in_main, attrs in links:
        assert attrs["lang"] == code
        if href and in_main:
            assert attrs["hreflang"] == code


def test_switcher_of_a_page_in_every_language_has_no_more_languages(client):
    links = switcher(html_of(client, url("fa", EVERYWHERE)))
    assert [code for code, _href, _main, _attrs in links] == LANGUAGES
    assert all(in_main for _code, _href, in_main, _attrs in links)


def test_every_switcher_link_of_every_page_answers(client, admin_client):
    """Every live page in every language, and every link its switcher offers.
    Private pages (the members' area) are read by a signed-in reader."""
    targets = {client: set(), admin_client: set()}
    pages = Page.objects.live().filter(depth__gt=1)
    public = set(Page.objects.public().values_list("pk", flat=True))
    for page in pages:
        reader = client if page.pk in public else admin_client
        html = html_of(reader, page.url)
        links = switcher(html)
        assert len(links) == len(LANGUAGES), page.url
        targets[reader].update(href for _code, href, _main, _attrs in links if href)
    failures = [
        href
        for reader, hrefs in targets.items()
        for href in sorted(hrefs)
        if reader.get(href).status_code != 200
    ]
    assert failures == []
    targets = targets[client] | targets[admin_client]
    assert len(targets) >= pages.count()


def test_search_switches_language_with_the_query(client):
    links = switcher(html_of(client, "/de/search/?q=athen"))
    hrefs = {code: href for code, href, _main, _attrs in links}
    assert hrefs["el"] == "/el/search/?q=athen"
    assert hrefs["de"] is None


# --- the notice on pages not translated yet -------------------------------------------


@pytest.mark.parametrize("language", sorted(NOT_TRANSLATED))
def test_untranslated_page_says_so_in_the_readers_language(client, language):
    sentence, _greek = NOT_TRANSLATED[language]
    html = html_of(client, url(language, GREEK_AND_ENGLISH))
    notice = re.search(r'<aside class="language-notice".*?</aside>', html, re.S).group(0)
    assert sentence in notice
    assert SHOWN_IN_ENGLISH[language] in notice
    others = dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', notice))
    assert others == {url("el", GREEK_AND_ENGLISH): "el", url("en", GREEK_AND_ENGLISH): "en"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_page_has_no_notice(client, language):
    html = html_of(client, url(language, EVERYWHERE))
    assert "language-notice" not in html
    assert "translation-markers" not in html


# --- hreflang, canonical and the sitemap ---------------------------------------------


def test_hreflang_lists_every_translation_and_x_default(client):
    html = html_of(client, url("uk", EVERYWHERE))
    found = alternates(html)
    assert set(found) == {*LANGUAGES, "x-default"}
    for code in LANGUAGES:
        assert found[code] == f"http://testserver{url(code, EVERYWHERE)}"
    assert found["x-default"] == f"http://testserver{url('el', EVERYWHERE)}"
    assert f'<link rel="canonical" href="http://testserver{url("uk", EVERYWHERE)}">' in html


def test_hreflang_of_a_page_in_two_languages(client):
    found = alternates(html_of(client, url("en", GREEK_AND_ENGLISH)))
    assert set(found) == {"el", "en", "x-default"}


def test_untranslated_page_has_no_hreflang_and_points_to_its_original(client):
    html = html_of(client, url("fa", GREEK_AND_ENGLISH))
    assert alternates(html) == {}
    assert f'<link rel="canonical" href="http://testserver{url("el", GREEK_AND_ENGLISH)}">' in html


def test_home_page_x_default_is_the_language_redirect(client):
    found = alternates(html_of(client, "/ar/"))
    assert found["x-default"] == "http://testserver/"
    assert set(found) == {*LANGUAGES, "x-default"}


def parse_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    namespaces = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    root = ElementTree.fromstring(response.content)
    entries = {}
    for entry in root.findall("s:url", namespaces):
        loc = entry.find("s:loc", namespaces).text
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in entry.findall("x:link", namespaces)
        }
    return entries


def test_sitemap_lists_every_language_with_alternates_and_no_aliases(client):
    entries = parse_sitemap(client)
    paths = {urlsplit(loc).path for loc in entries}
    expected = {
        page.url for page in own_text_only(Page.objects.live().public().filter(depth__gt=1))
    }
    assert paths == expected
    assert {path.split("/")[1] for path in paths} == set(LANGUAGES)
    aliases = {page.url for page in Page.objects.live().filter(alias_of__isnull=False)}
    assert aliases and not (aliases & paths)

    everywhere = entries[f"http://testserver{url('ar', EVERYWHERE)}"]
    assert set(everywhere) == {*LANGUAGES, "x-default"}
    assert everywhere["fa"] == f"http://testserver{url('fa', EVERYWHERE)}"
    two = entries[f"http://testserver{url('en', GREEK_AND_ENGLISH)}"]
    assert set(two) == {"el", "en", "x-default"}
    assert two["x-default"] == f"http://testserver{url('el', GREEK_AND_ENGLISH)}"
    assert entries["http://testserver/de/"]["x-default"] == "http://testserver/"


def test_listing_of_untranslated_pages_makes_a_fixed_number_of_queries(client):
    """Hits in another language name it without a query per hit. The library
    lists the reader's language's practices; lang=all adds the originals of
    the untranslated ones."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    library = "/de/practices/"
    everywhere = {"lang": "all"}
    one_city = {"lang": "all", "city": "halle"}
    client.get(library, everywhere)
    client.get(library, one_city)
    with CaptureQueriesContext(connection) as everything:
        html = client.get(library, everywhere).content.decode()
    with CaptureQueriesContext(connection) as halle:
        client.get(library, one_city)
    assert html.count('<h3 class="search-result__title" lang="el"') >= 5
    assert len(everything) == len(halle)


def test_news_feed_marks_entries_in_another_language(client):
    body = client.get("/de/news/feed/").content.decode()
    assert '<feed xml:lang="de"' in body
    assert "<title>Städtenetzwerk für Integration: Aktuelles</title>" in body
    # No German news yet: their English versions, as on the pages, each saying so.
    entries = re.findall(r"<entry([^>]*)>", body)
    assert entries and all(attrs == ' xml:lang="en"' for attrs in entries)
    english = client.get("/en/news/feed/").content.decode()
    assert re.findall(r"<entry([^>]*)>", english) == [""] * english.count("<entry")
