"""What the pages say is true (issue #20, "small untruths"): the member
count leaves out partner cities, a theme is named as its editor wrote it on
every filter, `dir` and `datetime` attributes are valid HTML, og:locale is
an Open Graph locale, and articles name their author and publisher."""

import json
import re
from html.parser import HTMLParser

import pytest
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
