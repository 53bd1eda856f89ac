"""core.fragments: the header, menu, language switcher, footer, <head> links,
breadcrumbs and related practices are rendered once and reused. Through the
router: the reused HTML is what a fresh render gives, it follows the page
being read (aria-current, the languages of that page), and an editor's
change shows on the next request."""

import re

import pytest
from wagtail.models import Page

from practices.models import PracticePage
from standardpages.models import StandardPage

pytestmark = pytest.mark.django_db

PRACTICE = "/en/cities/halle/halle-service-centre/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def menu_states(content):
    """{menu entry: its aria-current or ""}."""
    menu = content[content.index('<ul class="site-nav__list">') :]
    menu = menu[: menu.index("</ul>")]
    entries = re.findall(r'<a href="([^"]+)"(?: aria-current="(\w+)")?[^>]*>', menu)
    return dict(entries)


def switcher(content):
    start = content.index('<nav class="language-switcher"')
    return content[start : content.index("</nav>", start)]


def test_a_page_seen_again_reads_the_same_without_rendering_the_chrome(client):
    first = html(client, PRACTICE)
    second = html(client, PRACTICE)
    assert second.content == first.content
    # (The footer's and the header's own templates are read: their memoized
    # parts are inside them.)
    names = {template.name for template in second.templates}
    for fragment in (
        "components/language_switcher.html",
        "components/breadcrumbs.html",
        "components/practice_card.html",
    ):
        assert fragment in {t.name for t in first.templates}
        assert fragment not in names


def test_aria_current_follows_the_page(client):
    # A practice lies in the cities' section, the library is a section itself.
    states = menu_states(html(client, PRACTICE).content.decode())
    assert states["/en/cities/"] == "true"
    assert states["/en/practices/"] == ""
    states = menu_states(html(client, "/en/practices/").content.decode())
    assert states["/en/practices/"] == "page"
    assert states["/en/cities/"] == ""
    states = menu_states(html(client, "/en/").content.decode())
    assert set(states.values()) == {""}
    states = menu_states(html(client, "/en/cities/").content.decode())
    assert states["/en/cities/"] == "page"
    assert menu_states(html(client, PRACTICE).content.decode())["/en/cities/"] == "true"


def test_a_renamed_menu_page_shows_in_every_page_s_header(client):
    html(client, PRACTICE)
    html(client, "/en/news/")
    cities = Page.objects.get(url_path__endswith="/cities/", locale__language_code="en")
    cities = cities.specific
    cities.title = "Member cities, renamed"
    cities.save_revision().publish()
    for url in (PRACTICE, "/en/news/"):
        content = html(client, url).content.decode()
        assert "Member cities, renamed</a></li>" in content


def test_a_renamed_footer_page_shows_in_the_footer(client):
    html(client, PRACTICE)
    contact = StandardPage.objects.get(slug="contact", locale__language_code="en")
    contact.title = "Write to us"
    contact.save_revision().publish()
    footer = html(client, PRACTICE).content.decode().split('<footer class="site-footer">')[1]
    assert '<a href="/en/contact/">Write to us</a>' in footer


def test_the_switcher_follows_a_language_version_going_offline_and_back(client):
    german = PracticePage.objects.get(
        url_path__endswith="/halle-service-centre/", locale__language_code="de"
    )
    assert 'href="/de/cities/halle/halle-service-centre/"' in switcher(
        html(client, PRACTICE).content.decode()
    )
    german.unpublish()
    links = switcher(html(client, PRACTICE).content.decode())
    assert 'href="/de/cities/halle/halle-service-centre/"' not in links
    assert 'href="/de/"' in links  # that language's home page instead
    german.refresh_from_db()
    german.save_revision().publish()
    links = switcher(html(client, PRACTICE).content.decode())
    assert 'href="/de/cities/halle/halle-service-centre/"' in links


def test_each_language_gets_its_own_chrome(client):
    english = html(client, PRACTICE).content.decode()
    arabic = html(client, "/ar/cities/halle/halle-service-centre/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert '<span aria-current="true" lang="ar" dir="rtl">' in switcher(arabic)
    assert '<span aria-current="true" lang="en" dir="ltr">' in switcher(english)
    assert 'href="/ar/cities/"' in arabic and 'href="/en/cities/"' not in arabic.split("<main")[0]


def test_the_search_box_shows_each_reader_s_own_query(client):
    assert 'value="housing"' in html(client, "/en/search/?q=housing").content.decode()
    content = html(client, "/en/search/?q=language").content.decode()
    assert 'value="language"' in content and 'value="housing"' not in content


def test_a_renamed_ancestor_shows_in_the_breadcrumbs(client):
    html(client, PRACTICE)
    halle = Page.objects.get(
        url_path__endswith="/cities/halle/", locale__language_code="en"
    ).specific
    halle.title = "Halle (Saale)"
    halle.save_revision().publish()
    crumbs = html(client, PRACTICE).content.decode().split('<nav class="breadcrumbs"')[1]
    assert '<a href="/en/cities/halle/">Halle (Saale)</a>' in crumbs.split("</nav>")[0]
