"""What pages tell machines: schema.org JSON-LD (read with extruct and
expanded with pyld), Open Graph and Twitter tags, Atom feeds (feedparser)
and the links to them, robots.txt."""

import extruct
import feedparser
import pytest
from pyld import jsonld

from news.models import NewsPage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db
SCHEMA = "http://schema.org/"


def _offline_loader(url, options=None):
    """schema.org's context, without the network: every term in its vocabulary."""
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
    }


def structured(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    data = extruct.extract(html, base_url=f"http://testserver{url}", syntaxes=["json-ld"])
    (block,) = data["json-ld"]
    expanded = jsonld.expand(block, {"documentLoader": _offline_loader})
    by_type = {}
    for node in expanded:
        for kind in node.get("@type", []):
            by_type[kind.replace(SCHEMA, "")] = node
    return html, block, by_type


def value(node, name):
    return [item.get("@value", item.get("@id")) for item in node.get(SCHEMA + name, [])]


def test_home_names_the_network(client):
    _html, _block, nodes = structured(client, "/en/")
    assert value(nodes["Organization"], "name") == ["Cities Network for Integration"]
    assert value(nodes["Organization"], "url") == ["http://testserver/en/"]


def test_city_is_a_government_organization_in_a_place(client):
    html, _block, nodes = structured(client, "/en/cities/athens/")
    city = nodes["GovernmentOrganization"]
    assert value(city, "name") == ["Athens"]
    place = city[SCHEMA + "location"][0]
    assert place["@type"] == [SCHEMA + "Place"]
    address = place[SCHEMA + "address"][0]
    assert value(address, "addressCountry") == ["GR"]
    assert 'href="/en/data/feeds/practices/city/athens/"' in html
    assert 'href="/en/data/feeds/news/city/athens/"' in html


def test_practice_is_an_article_with_city_dates_themes_and_translations(client):
    page = PracticePage.objects.get(
        locale__language_code="en", slug="athens-language-lessons", live=True
    )
    html, _block, nodes = structured(client, page.url)
    article = nodes["Article"]
    assert value(article, "name") == [page.title]
    assert value(article, "inLanguage") == ["en"]
    assert value(article, "datePublished")
    place = article[SCHEMA + "contentLocation"][0]
    assert value(place, "name") == ["Athens"]
    themes = {value(term, "termCode")[0] for term in article[SCHEMA + "about"]}
    assert themes == {term.slug for term in page.themes.all()}
    original = article[SCHEMA + "translationOfWork"][0]
    assert original["@id"] == "http://testserver/el/cities/athens/athens-language-lessons/"
    # The original lists its translations.
    _html, _block, greek = structured(client, "/el/cities/athens/athens-language-lessons/")
    translations = {item["@id"] for item in greek["Article"][SCHEMA + "workTranslation"]}
    assert "http://testserver/en/cities/athens/athens-language-lessons/" in translations
    # Open Graph and Twitter, with the page's image, absolute.
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image" content="http://testserver/media/images/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_news_is_a_news_article(client):
    item = NewsPage.objects.live().filter(locale__language_code="en", alias_of=None).first()
    _html, _block, nodes = structured(client, item.url)
    article = nodes["NewsArticle"]
    assert value(article, "headline") == [item.title]
    assert value(article, "datePublished") == [item.date.isoformat()]


def test_declaration_and_library(client):
    _html, _block, nodes = structured(client, "/en/declaration/")
    assert nodes["CreativeWork"][SCHEMA + "hasPart"]
    html, _block, nodes = structured(client, "/en/practices/?theme=housing")
    assert "CollectionPage" in nodes
    assert 'href="/en/data/feeds/practices/"' in html
    assert 'href="/en/data/feeds/practices/theme/housing/"' in html


def test_json_ld_cannot_be_closed_by_page_text(client):
    page = PracticePage.objects.get(
        locale__language_code="en", slug="athens-language-lessons", live=True
    )
    page.summary = "Lessons </script><script>alert(1)</script> & more"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    _html, block, _nodes = structured(client, page.url)
    article = next(node for node in block["@graph"] if node["@type"] == "Article")
    assert article["description"] == page.summary


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_practice_feeds_per_language_city_and_theme(client):
    feed = parse_feed(client, "/en/data/feeds/practices/")
    english = PracticePage.objects.live().filter(locale__language_code="en", alias_of=None)
    assert {entry.title for entry in feed.entries} <= set(english.values_list("title", flat=True))
    assert len(feed.entries) == min(30, english.count())
    assert all(entry.updated for entry in feed.entries)
    feed = parse_feed(client, "/en/data/feeds/practices/city/athens/")
    assert feed.entries and all(
        "Athens" in [tag.term for tag in entry.tags] for entry in feed.entries
    )
    feed = parse_feed(client, "/el/data/feeds/practices/theme/housing/")
    assert feed.entries and all(
        "housing" in [tag.term for tag in entry.tags] for entry in feed.entries
    )
    assert client.get("/en/data/feeds/practices/theme/no-such-theme/").status_code == 404
    assert client.get("/en/data/feeds/practices/city/atlantis/").status_code == 404


def test_city_news_feed(client):
    feed = parse_feed(client, "/en/data/feeds/news/city/athens/")
    expected = NewsPage.objects.live().filter(locale__language_code="en", city__slug="athens")
    assert len(feed.entries) == expected.count() > 0


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert client.get("/sitemap.xml").status_code == 200
