"""What the pages say is true (issue #20, "small untruths"): the member
count leaves out partner cities, a theme is named as its editor wrote it on
every filter, `dir` and `datetime` attributes are valid HTML, og:locale is
an Open Graph locale, and articles name their author and publisher."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from wagtail.models import Locale

from cities.models import CityPage
from news.models import NewsPage
from practices.models import PracticePage
from taxonomy.models import Theme, localized_terms

pytestmark = pytest.mark.django_db

NETWORK = "Cities Network for Integration"


class Elements(HTMLParser):
    """Every start tag's attributes, and whether it is inside an <svg>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []  # (tag, attrs, in_svg)
        self.svg_depth = 0

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs), self.svg_depth > 0))
        if tag == "svg":
            self.svg_depth += 1

    def handle_startendtag(self, tag, attrs):
        self.found.append((tag, dict(attrs), self.svg_depth > 0))

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg_depth -= 1


def elements(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = Elements()
    parser.feed(response.content.decode())
    return parser.found


# --- members and partners ------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "el", "fa"])
def test_the_home_page_counts_member_cities_only(client, language):
    cities = CityPage.objects.live().filter(locale__language_code=language)
    members = cities.filter(membership="member").count()
    partners = {city.slug for city in cities.filter(membership="partner")}
    assert partners == {"halle", "cologne"}
    response = client.get(f"/{language}/")
    assert response.context["figures"]["cities"] == members == cities.count() - 2
    html = response.content.decode()
    assert f'<dd class="figure__value">{members}</dd>' in html


@pytest.mark.parametrize(
    ("language", "members_heading", "partners_heading"),
    [
        ("en", "14 member cities", "2 partner cities"),
        ("el", "14 πόλεις-μέλη", "2 πόλεις-εταίροι"),
        ("ru", "14 городов-участников", "2 города-партнёра"),
        ("ar", "14 مدينة عضوًا", "2 مدينتان شريكتان"),
    ],
)
def test_the_cities_page_lists_members_and_partners_apart(
    client, language, members_heading, partners_heading
):
    html = client.get(f"/{language}/cities/").content.decode()
    members = re.search(r'<section aria-labelledby="members-title">.*?</section>', html, re.S)
    partners = re.search(r'<section [^>]*"partners-title">.*?</section>', html, re.S)
    assert members and partners
    assert re.search(rf"<h2[^>]*>\s*{members_heading}\s*</h2>", members.group(0))
    assert re.search(rf"<h2[^>]*>\s*{partners_heading}\s*</h2>", partners.group(0))
    assert f'href="/{language}/cities/halle/"' in partners.group(0)
    assert f'href="/{language}/cities/halle/"' not in members.group(0)
    assert f'href="/{language}/cities/athens/"' in members.group(0)


def test_a_partner_is_no_member_in_the_structured_data(client):
    def member_of(url):
        html = client.get(url).content.decode()
        block = json.loads(re.search(r'"application/ld\+json">(.*?)</script>', html).group(1))
        (city,) = [node for node in block["@graph"] if node["@type"] == "GovernmentOrganization"]
        return city.get("memberOf")

    assert member_of("/en/cities/athens/") == {"@id": "http://testserver/#network"}
    assert member_of("/en/cities/halle/") is None


# --- theme labels ----------------------------------------------------------------


def theme_labels(client, url):
    html = client.get(url).content.decode()
    option = r'<input type="checkbox" name="theme" value="([^"]+)"> <span[^>]*>([^<]+)</'
    return dict(re.findall(option, html))


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_theme_has_its_own_name_on_every_filter(client, language):
    locale = Locale.objects.get(language_code=language)
    names = {slug: term.name for slug, term in localized_terms(Theme, locale).items()}
    events = theme_labels(client, f"/{language}/events/")
    documents = theme_labels(client, f"/{language}/library/")
    practices = theme_labels(client, f"/{language}/practices/?lang=all")
    assert events and documents and practices
    for labels in (events, documents, practices):
        assert labels == {slug: names[slug] for slug in labels}
    if language == "en":
        assert events["culture-and-sport"] == "Culture and sport"


# --- dir and datetime attributes ---------------------------------------------------


@pytest.mark.parametrize("url", ["/ar/", "/fa/", "/ar/cities/", "/fa/cities/", "/fa/figures/"])
def test_every_dir_attribute_is_valid(client, url):
    found = elements(client, url)
    if "figures" not in url:  # the map's links are there
        assert any(tag == "a" and in_svg for tag, _attrs, in_svg in found)
    problems = [
        (tag, attrs)
        for tag, attrs, in_svg in found
        if "dir" in attrs and (in_svg or attrs["dir"] not in ("ltr", "rtl", "auto"))
    ]
    # dir is no SVG attribute: the Nu checker reports each one on the map's links.
    assert problems == []


# HTML's "valid date string with optional time", month, year, time and
# global date and time: at most three digits of a second.
_TIME = r"\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?"
_ZONE = r"(Z|[+-]\d{2}:?\d{2})"
VALID_DATETIME = re.compile(
    rf"\d{{4,}}(-\d{{2}}(-\d{{2}}([T ]{_TIME}{_ZONE}?)?)?)?|{_TIME}|{_ZONE}"
)


def test_every_time_element_has_a_valid_datetime(client):
    practice = PracticePage.objects.get(
        locale__language_code="en", slug="athens-language-lessons", live=True
    )
    news = NewsPage.objects.live().filter(locale__language_code="en", alias_of=None).first()
    urls = ["/en/data/", "/en/", "/en/news/", "/en/events/", practice.url, news.url]
    urls.append("/en/cities/katerini/")
    seen = {}
    for url in urls:
        values = [attrs["datetime"] for tag, attrs, _svg in elements(client, url) if tag == "time"]
        seen[url] = values
        assert all(VALID_DATETIME.fullmatch(value) for value in values), (url, values)
    assert seen["/en/data/"] and seen["/en/events/"] and seen["/en/news/"]


# --- Open Graph and JSON-LD ------------------------------------------------------

OG_LOCALES = {
    "el": "el_GR",
    "en": "en_GB",
    "de": "de_DE",
    "ru": "ru_RU",
    "uk": "uk_UA",
    "ar": "ar_AR",
    "fa": "fa_IR",
}


def meta(found, name):
    return [attrs["content"] for tag, attrs, _svg in found if attrs.get("property") == name]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_og_locale_is_an_open_graph_locale(client, language):
    assert meta(elements(client, f"/{language}/"), "og:locale") == [OG_LOCALES[language]]


def test_og_locale_alternates_are_the_other_translations(client):
    page = PracticePage.objects.get(
        locale__language_code="en", slug="athens-language-lessons", live=True
    )
    found = elements(client, page.url)
    others = PracticePage.objects.live().filter(translation_key=page.translation_key, alias_of=None)
    expected = {OG_LOCALES[code] for code in others.values_list("locale__language_code", flat=True)}
    assert meta(found, "og:locale") == ["en_GB"]
    assert len(expected) > 2
    assert set(meta(found, "og:locale:alternate")) == expected - {"en_GB"}


def article_node(client, url, kind):
    html = client.get(url).content.decode()
    block = json.loads(re.search(r'"application/ld\+json">(.*?)</script>', html).group(1))
    by_id = {node["@id"]: node for node in block["@graph"] if "@id" in node}
    (node,) = [node for node in block["@graph"] if node["@type"] == kind]

    def resolved(name):
        value = node.get(name)
        assert value, f"{kind} has no {name}"
        # A bare reference names a node of the graph; an inline node names itself.
        return {**by_id.get(value.get("@id"), {}), **value}

    return node, resolved


def test_a_practice_names_its_city_as_author_and_the_network_as_publisher(client):
    page = PracticePage.objects.get(
        locale__language_code="en", slug="athens-language-lessons", live=True
    )
    _node, resolved = article_node(client, page.url, "Article")
    author, publisher = resolved("author"), resolved("publisher")
    assert author["@type"] in ("Organization", "GovernmentOrganization")
    assert author["name"] == "Athens" and author["url"] == "http://testserver/en/cities/athens/"
    assert publisher["@type"] == "Organization" and publisher["name"] == NETWORK
    assert publisher["url"] == "http://testserver/en/" and publisher["logo"].startswith("http")


def test_news_names_its_author_and_publisher(client):
    news = NewsPage.objects.live().filter(locale__language_code="en", alias_of=None)
    city_news = news.filter(city__isnull=False).select_related("city").first()
    _node, resolved = article_node(client, city_news.url, "NewsArticle")
    assert resolved("author")["name"] == city_news.city.title
    assert resolved("publisher")["name"] == NETWORK
    network_news = news.filter(city__isnull=True).first()
    if network_news is not None:
        _node, resolved = article_node(client, network_news.url, "NewsArticle")
        assert resolved("author")["name"] == NETWORK
        assert resolved("author")["@type"] == "Organization"
