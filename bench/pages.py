"""Page benchmark: python bench/pages.py [--rounds N] [--no-server] [--no-callgrind] [--server-only]

For each page kind (home, library, practice, news, site search, library
search) on the database named by DATABASE_URL, as it is (load it first,
e.g. `load_demo_content --practices 1000`), prints:
- instructions per request, counted by callgrind when valgrind is
  installed (deterministic: the figure to compare), else CPU time;
- SQL queries and bytes of HTML of an uncached request.
Then it starts gunicorn on 127.0.0.1 (BENCH_PORT, default 8150) and measures
requests per second of a cached page, a static file from the same server
(whitenoise) and the page uncached, with wrk when installed (bench/rps.py).
The page cache is off for the instruction counts.

Production settings: DEBUG off (SECRET_KEY etc. are set here for loopback).
Wall-clock figures depend on what else runs on the machine; instruction
counts do not.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.loopback import use_production_settings  # noqa: E402

use_production_settings(
    PYTHONHASHSEED="0",
)
WARM, COUNTED = 3, 3


def page_paths():
    """(kind, path) for every page kind, found in the database."""
    from news.models import NewsPage
    from practices.models import PracticePage

    practice = PracticePage.objects.live().filter(locale__language_code="en").order_by("pk")
    news = NewsPage.objects.live().filter(locale__language_code="en").order_by("pk")
    return [
        ("home", "/en/"),
        ("library", "/en/practices/"),
        ("practice page", practice.first().url),
        ("news page", news.first().url),
        ("site search", "/en/search/?q=integration"),
        ("library search", "/en/practices/?q=integration"),
    ]


def inner(out_dir):
    """Runs under callgrind: each os.getppid() dumps the counters."""
    import django

    django.setup()
    from django.test import Client

    paths = [path for _kind, path in page_paths()]
    client = Client(HTTP_HOST="127.0.0.1")
    for path in paths:
        for _ in range(WARM):
            status = client.get(path).status_code
            if status != 200:
                raise SystemExit(f"{path}: {status}")
        os.getppid()  # dump: warm-up, discarded
        for _ in range(COUNTED):
            client.get(path)
        os.getppid()  # dump: the counted requests
    Path(out_dir, "paths.json").write_text(json.dumps(paths))


def callgrind_counts():
    """{path: instructions per request}, or None without valgrind."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    out_dir = tempfile.mkdtemp(prefix="bench-pages-")
    subprocess.run(  # noqa: S603 - our own interpreter and script
        [
            valgrind,
            "--tool=callgrind",
            "--dump-before=os_getppid",
            f"--callgrind-out-file={out_dir}/out.%p",
            sys.executable,
            __file__,
            "--inner",
            out_dir,
        ],
        check=True,
        env={**os.environ, "PAGE_CACHE_ENABLED": "false"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    paths = json.loads(Path(out_dir, "paths.json").read_text())
    dumps = sorted(
        (name for name in os.listdir(out_dir) if name.count(".") == 2),
        key=lambda name: int(name.rsplit(".", 1)[1]),
    )

    def total(name):
        with open(os.path.join(out_dir, name)) as dump:
            for line in dump:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
        return 0

    counts = {path: total(dumps[2 * i + 1]) / COUNTED for i, path in enumerate(paths)}
    shutil.rmtree(out_dir, ignore_errors=True)
    return counts


def in_process():
    """[(kind, path, queries, bytes, cpu ms)] of uncached requests."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    rows = []
    with override_settings(PAGE_CACHE_ENABLED=False):
        client = Client(HTTP_HOST="127.0.0.1")
        for kind, path in page_paths():
            for _ in range(WARM):
                client.get(path)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            # Read now: the next request's request_started resets the log.
            queries = len(captured.captured_queries)
            started = time.process_time()
            for _ in range(COUNTED):
                client.get(path)
            cpu = (time.process_time() - started) * 1000 / COUNTED
            rows.append((kind, path, queries, len(response.content), cpu))
    return rows


def served(args):
    from django.contrib.staticfiles.storage import staticfiles_storage

    from bench import rps

    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=ROOT,
        check=True,
    )
    rps.served(
        cached="/en/practices/",
        uncached="/en/practices/?sort=newest",
        static=staticfiles_storage.url("css/site.css"),
        rounds=args.rounds,
        seconds=args.seconds,
        connections=args.connections,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=3, help="of the req/s figures")
    parser.add_argument("--seconds", type=int, default=5, help="per req/s figure")
    parser.add_argument("--connections", type=int, default=8, help="keep-alive, at once")
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--server-only", action="store_true", help="only the req/s figures")
    args = parser.parse_args()
    if args.inner:
        return inner(args.inner)

    import django

    django.setup()
    if args.server_only:
        return served(args)
    counts = None if args.no_callgrind else callgrind_counts()
    unit = "Minstr/req" if counts is not None else "CPU ms/req"
    print(f"{'page':<16} {unit:>11} {'queries':>8} {'HTML bytes':>11}  path")
    for kind, path, queries, size, cpu in in_process():
        figure = counts[path] / 1e6 if counts is not None else cpu
        print(f"{kind:<16} {figure:>11.1f} {queries:>8} {size:>11}  {path}")
    if not args.no_server:
        served(args)


if __name__ == "__main__":
    main()
