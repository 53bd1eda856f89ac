"""The measured processes of bench/pages.py, one database each:

    python bench/pages_probe.py callgrind OUT_DIR   (under valgrind --tool=callgrind
                                                     --dump-before=os_getppid)
    python bench/pages_probe.py plain OUT_FILE      (queries, bytes, memory)

Both read the database named by DATABASE_URL (a copy: they publish) and run
the same sequence: every page kind warm, then publishes, then the first
request of every page kind after a publish. The callgrind process only makes
requests between its dumps; the plain one counts queries (which would cost
instructions) and measures its resident memory. Only models, Django's test
client and settings are used, so that any tree of the project can be
measured the same way.
"""

import gc
import json
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Requests of each page kind before counting, and counted (callgrind is
# deterministic to a few hundredths of a percent: three are plenty).
WARM, COUNTED = 3, 3
# ...and of the heavy ones (the whole library as CSV: seconds under callgrind).
HEAVY_WARM, HEAVY_COUNTED = 1, 1
PUBLISHES = 3  # counted publishes, after one that warms their code
MIXED_REQUESTS = 1000
API_PRACTICES = "/api/v1/practices/"  # opendata/api_urls.py
# Production settings (bench/loopback.py), with the public rate limits on but
# out of reach: every request comes from 127.0.0.1, and their cost per
# request stays counted.
LIMITS_OUT_OF_REACH = {
    f"RATELIMIT_{name}": "1000000000/60" for name in ("SEARCH", "SUGGEST", "EXPORT", "API", "FEED")
}
SETTINGS = {"PYTHONHASHSEED": "0", "PAGE_CACHE_ENABLED": "false", **LIMITS_OUT_OF_REACH}


def publish_target():
    """The page every publish of the benchmark republishes (as an editor would)."""
    from practices.models import PracticePage

    return PracticePage.objects.live().filter(locale__language_code="en").order_by("pk").first()


def page_kinds():
    """[{kind, path, heavy, pool}] for every page kind, found in the database.

    pool: paths of other pages of the same kind, for the mixed requests."""
    from cities.models import CityPage
    from news.models import NewsIndexPage, NewsPage
    from practices.models import PracticeIndexPage, PracticePage

    def live_en(model):
        return model.objects.live().filter(locale__language_code="en").order_by("pk")

    def pool(model):
        return [page.url for page in live_en(model)[:200]]

    def kind(name, path, pool=None, heavy=False):
        return {"kind": name, "path": path, "heavy": heavy, "pool": pool or [path]}

    cities = live_en(CityPage)
    city = cities.filter(slug="athens").first() or cities.first()
    library = live_en(PracticeIndexPage).first().url
    return [
        kind("home /en/", "/en/"),
        kind("home /ar/", "/ar/"),
        kind("library", library),
        kind("practice page", publish_target().url, pool(PracticePage)),
        kind("news page", live_en(NewsPage).first().url, pool(NewsPage)),
        kind("city page", city.url, pool(CityPage)),
        kind("news index", live_en(NewsIndexPage).first().url),
        kind("site search", "/en/search/?q=integration"),
        kind("library search", f"{library}?q=integration"),
        kind("API practices", API_PRACTICES),
        kind("export.csv", f"{library}export.csv", heavy=True),
    ]


def fetch(client, path):
    """(status, body) of one GET, a streamed body read to its end."""
    response = client.get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body


def check(path, status):
    if status != 200:
        raise SystemExit(f"{path}: status {status}")


def setup():
    from django.core.wsgi import get_wsgi_application

    get_wsgi_application()  # what a server's worker does before its first request


def kind_counts(kind):
    return (HEAVY_WARM, HEAVY_COUNTED) if kind["heavy"] else (WARM, COUNTED)


def run_callgrind(out_dir):
    """Each os.getppid() makes callgrind dump and zero its counters; labels
    records what each dump holds (None: not counted)."""
    setup()
    from django.test import Client

    kinds = page_kinds()
    client = Client(HTTP_HOST="127.0.0.1")
    labels = []

    def dump(label=None):
        if label is None:
            # Every counted section starts after a full collection: one of the
            # garbage collector's full passes (about 100 M instructions here)
            # would otherwise land in whichever request happens to trigger it.
            # The young generations' collections are still counted.
            gc.collect()
        labels.append(label)
        os.getppid()

    for kind in kinds:
        warm, counted = kind_counts(kind)
        for _ in range(warm):
            check(kind["path"], fetch(client, kind["path"])[0])
        dump()
        for _ in range(counted):
            fetch(client, kind["path"])
        dump({"what": "warm", "kind": kind["kind"], "n": counted})
    publish_target().save_revision().publish()  # the first one imports and warms its code
    for number in range(PUBLISHES):
        revision = publish_target().save_revision()
        dump()
        revision.publish()
        dump({"what": "publish", "kind": number, "n": 1})
    statuses = []
    for kind in kinds:
        publish_target().save_revision().publish()
        dump()
        statuses.append(fetch(client, kind["path"])[0])
        dump({"what": "first", "kind": kind["kind"], "n": 1})
    for kind, status in zip(kinds, statuses, strict=True):
        check(kind["path"], status)
    Path(out_dir, "labels.json").write_text(json.dumps(labels))


def rss_mb():
    """Resident memory of this process (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def mixed_requests(client, kinds, count):
    """count requests over the page kinds in turn; each turn takes the next
    page of kinds with several (practices, news, cities). Heavy kinds left out."""
    light = [kind for kind in kinds if not kind["heavy"]]
    for number in range(count):
        kind = light[number % len(light)]
        turn = number // len(light)
        path = kind["pool"][turn % len(kind["pool"])]
        check(path, fetch(client, path)[0])
    return len(light)


def run_plain(out_file):
    setup()
    rss_setup = rss_mb()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from practices.models import PracticePage

    kinds = page_kinds()
    client = Client(HTTP_HOST="127.0.0.1")
    mixed_kinds = mixed_requests(client, kinds, MIXED_REQUESTS)
    rss_served = rss_mb()

    def queries(action):
        with CaptureQueriesContext(connection) as captured:
            result = action()
        # Read now: the next request's request_started resets the log.
        return len(captured.captured_queries), result

    rows = {}
    for kind in kinds:
        for _ in range(kind_counts(kind)[0]):
            fetch(client, kind["path"])
        count, (status, body) = queries(lambda kind=kind: fetch(client, kind["path"]))
        check(kind["path"], status)
        rows[kind["kind"]] = {"path": kind["path"], "queries": count, "bytes": len(body)}
    publish_target().save_revision().publish()
    publish_queries = []
    for _ in range(PUBLISHES):
        revision = publish_target().save_revision()
        publish_queries.append(queries(revision.publish)[0])
    for kind in kinds:
        publish_target().save_revision().publish()
        count, (status, _body) = queries(lambda kind=kind: fetch(client, kind["path"]))
        check(kind["path"], status)
        rows[kind["kind"]]["first_queries"] = count
    practices = PracticePage.objects.live()
    result = {
        "kinds": [kind["kind"] for kind in kinds],
        "rows": rows,
        "publish_queries": statistics.median(publish_queries),
        "rss_setup": rss_setup,
        "rss_served": rss_served,
        "mixed": {"requests": MIXED_REQUESTS, "kinds": mixed_kinds},
        "practices": practices.count(),
        "practices_en": practices.filter(locale__language_code="en").count(),
    }
    Path(out_file).write_text(json.dumps(result))


def main():
    from bench.loopback import use_production_settings

    use_production_settings(**SETTINGS)
    mode, out = sys.argv[1:3]
    {"callgrind": run_callgrind, "plain": run_plain}[mode](out)


if __name__ == "__main__":
    main()
