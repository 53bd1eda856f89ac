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
