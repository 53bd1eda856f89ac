"""Time and memory of the library export over many practices.

    .venv/bin/python bench/export.py [--practices 20000] [--keep DIR]

Builds the demo site plus N generated practices (`load_demo_content
--practices N`) in a scratch SQLite database, or in the database DATABASE_URL
names (it must be a scratch database: the demo is loaded into it), then
downloads /el/practices/export.csv and .json through Django's test client,
reporting rows, bytes, seconds, queries and the peak of Python memory
allocated while streaming (tracemalloc, measured in a second run).
"""

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(database_dir):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{database_dir}/bench.sqlite3")
    os.environ.setdefault("MEDIA_ROOT", f"{database_dir}/media")
    import django

    django.setup()


def download(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    size = rows = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += chunk.count(b"\n")
    return size, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=20000)
    parser.add_argument("--keep", help="directory for the SQLite database, kept afterwards")
    parser.add_argument("--language", default="el")
    args = parser.parse_args()
    directory = args.keep or tempfile.mkdtemp(prefix="citynet-bench-")
    setup(directory)

    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from practices.models import PracticePage

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    call_command("load_demo_content", practices=args.practices, verbosity=0)
    print(f"database: {connection.vendor}, loaded in {time.monotonic() - started:.0f}s")
    live = PracticePage.objects.live().filter(locale__language_code=args.language).count()
    print(f"live practices in /{args.language}/practices/: {live}")

    client = Client(HTTP_HOST="localhost")
    for file_format in ("csv", "json"):
        url = f"/{args.language}/practices/export.{file_format}"
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.monotonic()
            size, lines = download(client, url)
            seconds = time.monotonic() - started
        tracemalloc.start()
        download(client, url)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"{url}: {lines} lines, {size / 1e6:.1f} MB in {seconds:.1f}s, "
            f"{len(queries)} queries, peak {peak / 1e6:.1f} MB allocated while streaming"
        )


if __name__ == "__main__":
    main()
