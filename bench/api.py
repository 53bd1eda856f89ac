"""Time and queries of the open data API over many practices.

    .venv/bin/python bench/api.py [--practices 1000] [--keep DIR]

Builds the demo site plus N generated practices in a scratch SQLite
database (or the scratch database DATABASE_URL names), then, through
Django's test client, pages through /api/v1/practices/ (page_size 100) for
one library and for lang=all, and times a page of cities, news and themes
and the whole-library build (build_open_data). Prints, per request kind,
the median and the slowest time and the queries per request.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(directory):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("RATELIMIT_ENABLED", "false")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{directory}/bench.sqlite3")
    os.environ.setdefault("MEDIA_ROOT", f"{directory}/media")
    import django

    django.setup()


def measure(client, url):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    reset_queries()  # the log keeps 9,000 queries: the demo loader filled it
    with CaptureQueriesContext(connection) as queries:
        started = time.monotonic()
        response = client.get(url)
        seconds = time.monotonic() - started
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    return json.loads(response.content), seconds, len(queries)


def report(label, timings):
    seconds = [item[0] for item in timings]
    queries = sorted({item[1] for item in timings})
    print(
        f"{label}: {len(timings)} requests, median {statistics.median(seconds) * 1000:.0f} ms, "
        f"slowest {max(seconds) * 1000:.0f} ms, queries per request {queries}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=1000)
    parser.add_argument("--keep", help="directory for the SQLite database, kept afterwards")
    parser.add_argument("--language", default="el")
    args = parser.parse_args()
    directory = args.keep or tempfile.mkdtemp(prefix="citynet-bench-api-")
    Path(directory).mkdir(parents=True, exist_ok=True)
    setup(directory)

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    if not args.keep or not Path(directory, "bench.sqlite3").exists():
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", practices=args.practices, verbosity=0)
    print(f"database: {connection.vendor}")
    client = Client(HTTP_HOST="localhost")
    for extra in ("", "&lang=all"):
        url = f"/api/v1/practices/?locale={args.language}&page_size=100{extra}"
        timings, records = [], 0
        while url:
            data, seconds, queries = measure(client, url)
            timings.append((seconds, queries))
            records += len(data["results"])
            url = data["next"]
        report(f"practices locale={args.language}{extra} ({records} records)", timings)
    for path in ("cities/", "news/", "declarations/", "themes/"):
        size = "" if path == "themes/" else "&page_size=100"
        url = f"/api/v1/{path}?locale={args.language}{size}"
        report(path, [measure(client, url)[1:] for _ in range(5)])
    started = time.monotonic()
    call_command("build_open_data", verbosity=0)
    print(f"build_open_data: {time.monotonic() - started:.1f}s")


if __name__ == "__main__":
    main()
