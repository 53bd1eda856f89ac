"""The map of member cities on the home and cities pages: drawn on the
server from the shipped data (cities/geo/), every city a link named with its
number of practices, and a list that says the same without the picture."""

import json
import re

import pytest

from cities.map import GEO, project, size
from cities.models import CityPage
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def map_of(html):
    return re.search(r'<section class="city-map".*?</section>', html, re.S).group(0)


@pytest.mark.parametrize("path", ["/en/", "/en/cities/", "/ar/", "/fa/cities/"])
def test_every_member_city_is_on_the_map_and_in_its_list(client, path):
    language = path.split("/")[1]
    section = map_of(client.get(path).content.decode())
    cities = CityPage.objects.live().filter(locale__language_code=language)
    svg = section[section.index("<svg") : section.index("</svg>")]
    drawn = re.findall(r'<a href="(/[^"]+)" class="city-map__city" aria-label="([^"]+)"', svg)
    assert sorted(href for href, _label in drawn) == sorted(city.url for city in cities)
    assert all(href.startswith(f"/{language}/cities/") for href, _label in drawn)
    listed = section[section.index('<ul class="city-map__list">') :]
    for city in cities:
        assert f'href="{city.url}"' in listed
    # Nothing from other hosts: the outline is inline path data.
    assert "http" not in svg


def test_each_city_is_named_with_its_number_of_practices(client):
    section = map_of(client.get("/en/cities/").content.decode())
    athens = CityPage.objects.get(slug="athens", locale__language_code="en")
    count = PracticePage.objects.live().filter(city=athens).count()
    assert count > 1
    assert f'aria-label="Athens: {count} practices"' in section
    assert f'href="/en/practices/?lang=all&amp;city=athens">{count} practices</a>' in section


def test_points_fall_inside_the_map():
    width, height = size()
    places = json.loads((GEO / "places.json").read_text(encoding="utf-8"))
    for lat, lon in places.values():
        x, y = project(lat, lon)
        assert 0 < x < width and 0 < y < height
    athens, halle = project(*places["athens"]), project(*places["halle"])
    assert athens[1] > halle[1] and athens[0] > halle[0]  # south-east of Halle
