"""The map of member cities: an SVG drawn from data shipped in cities/geo/.

`outline.json` holds the coastlines and borders around the network (Natural
Earth, made by scripts/build_map_outline.py); `places.json` the latitude and
longitude of each member city by slug. A city without a place is listed
beside the map but not drawn. No tiles, no scripts, nothing from other hosts.
"""

import functools
import json
import math
from pathlib import Path

# West, south, east, north (degrees): Greece and the German partner cities.
BOUNDS = (4.0, 33.5, 30.0, 55.5)
WIDTH = 400
GEO = Path(__file__).resolve().parent / "geo"


def _mercator(lat):
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def size():
    west, south, east, north = BOUNDS
    scale = WIDTH / math.radians(east - west)
    return WIDTH, round(scale * (_mercator(north) - _mercator(south)))


def project(lat, lon):
    """(x, y) in the map's SVG units (Mercator, north up)."""
    west, _south, _east, north = BOUNDS
    scale = WIDTH / math.radians(BOUNDS[2] - west)
    return scale * math.radians(lon - west), scale * (_mercator(north) - _mercator(lat))


@functools.cache
def outline():
    return json.loads((GEO / "outline.json").read_text(encoding="utf-8"))["paths"]


@functools.cache
def places():
    return json.loads((GEO / "places.json").read_text(encoding="utf-8"))


def for_locale(locale, cities=None):
    """The map of the live member cities of a language tree (localized
    names), with their live practices counted: a fixed number of queries."""
    from django.db.models import Count

    from localization.fallback import localize_pages
    from practices.models import PracticeIndexPage, PracticePage

    from .models import CityPage

    if cities is None:
        cities = localize_pages(CityPage.objects.live().filter(locale=locale))
    counts = dict(
        PracticePage.objects.live()
        .filter(locale=locale, city__isnull=False)
        .order_by()  # no ordering column in the GROUP BY
        .values_list("city_id")
        .annotate(n=Count("pk"))
    )
    library = PracticeIndexPage.objects.live().filter(locale=locale).first()
    ordered = sorted(cities, key=lambda city: city.title.casefold())
    return city_map(ordered, counts, library.get_url() if library else "")


def city_map(cities, counts, library_url):
    """The map's context: the outline, and each city (a page, localized) with
    its point, its number of practices and its library link."""
    width, height = size()
    points, unplaced = [], []
    for city in cities:
        place = places().get(city.slug)
        count = counts.get(city.pk, 0)
        entry = {
            "city": city,
            "count": count,
            "library_url": f"{library_url}?lang=all&city={city.slug}" if library_url else "",
        }
        if place is None:
            unplaced.append(entry)
            continue
        x, y = project(*place)
        entry.update(x=round(x, 1), y=round(y, 1), r=round(4 + 2 * math.sqrt(count), 1))
        points.append(entry)
    return {
        "width": width,
        "height": height,
        "paths": list(outline().values()),
        "points": points,
        "unplaced": unplaced,
    }
