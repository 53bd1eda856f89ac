"""Write cities/geo/outline.json: the outline of the countries around the
network's cities, as SVG path data, from Natural Earth's 1:50m countries
(public domain) in the TopoJSON of the npm package world-atlas 2.0.2:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_map_outline.py package/countries-50m.json

Run it again only to change the area (BOUNDS) or the detail; the site reads
the JSON it writes (cities/map.py), never the TopoJSON.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cities.map import BOUNDS, project

MIN_STEP = 2.5  # drop points closer than this (SVG units) to the last kept one


def decode_arcs(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def inside(points):
    west, south, east, north = BOUNDS
    margin = 0
    return any(
        west - margin <= lon <= east + margin and south - margin <= lat <= north + margin
        for lon, lat in points
    )


def path_data(points):
    kept = []
    for lon, lat in points:
        x, y = project(lat, lon)
        if kept and abs(x - kept[-1][0]) + abs(y - kept[-1][1]) < MIN_STEP:
            continue
        kept.append((x, y))
    if len(kept) < 4:
        return ""  # islands smaller than a few units: invisible at this scale
    return "M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in kept) + "Z"


def main(source):
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    paths = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        parts = []
        for polygon in polygons:
            outer = ring(arcs, polygon[0])
            if inside(outer):
                parts.append(path_data(outer))
        data = "".join(part for part in parts if part)
        if data:
            paths[geometry["properties"]["name"]] = data
    out = Path(__file__).resolve().parent.parent / "cities" / "geo" / "outline.json"
    note = "Natural Earth 1:50m countries (public domain), via world-atlas 2.0.2"
    out.write_text(
        json.dumps({"source": note, "bounds": BOUNDS, "paths": paths}, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"{out}: {len(paths)} countries, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
