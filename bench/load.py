"""Load test: python bench/load.py [--clients N] [--duration S] [--no-import] [--restart-postgres]

A bounded load test on loopback against gunicorn in production settings
(config/gunicorn.py) on the database named by DATABASE_URL (PostgreSQL; it
is migrated and gets the demo content if it has no practice). N client
threads (keep-alive, http.client) send requests for D seconds over the home
page, the library with filters, a practice page, the site search, both
exports and the API; every answer's status and content are checked (the
practice's title, the CSV header, the JSON keys). While they run, a valid
import of 200 practices and an invalid one (199 valid records and one
unknown city) run as `import_practices --publish`: afterwards the library
must hold exactly 200 more practices and nothing of the invalid file.
Prints requests, errors, wrong answers, p50/p95/p99 per route and overall,
and requests per second. Search uses Elasticsearch when ELASTICSEARCH_URL is
set, the database otherwise: run it both ways (docs/performance.md, "Load").

With --restart-postgres, PostgreSQL is restarted (`pg_ctlcluster
--skip-systemctl-redirect VERSION main restart -m fast`, as root or the
postgres user; PG_CLUSTER="15 main" by default) halfway through the load,
and the errors are counted before, during (from the command's start until
a second after it returned) and after the restart: while the database is
away a request must be a 503 with Retry-After, an export cut off must end
without its last chunk (IncompleteRead), and after it nothing may fail.

The rate limits are off for this run (every client is 127.0.0.1): it
measures capacity, not the limits. Exit status 1 on any error, wrong answer
or import outcome other than all-or-nothing.
"""

import argparse
import html
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.loopback import use_production_settings  # noqa: E402

use_production_settings(
    RATELIMIT_ENABLED="false",
    GUNICORN_ACCESS_LOG="/dev/null",
)
MAX_SECONDS = 900  # the load stops by then even if an import hangs


def manage(*args, **kwargs):
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, check=False, **kwargs
    )


def ensure_content():
    if manage("migrate", "--no-input", "--verbosity", "0").returncode:
        raise SystemExit("migrate failed")
    import django

    django.setup()
    from practices.models import PracticePage

    if not PracticePage.objects.live().exists():
        print("no practice in the database: loading the demo content")
        if manage("load_demo_content", "--verbosity", "0").returncode:
            raise SystemExit("load_demo_content failed")
    manage("collectstatic", "--no-input", "--verbosity", "0")


def target():
    """A live English demo practice and the filters that find it."""
    from wagtail.models import Page

    from search.models import SearchDocument

    document = (
        SearchDocument.objects.filter(kind="practice", language="en")
        .exclude(city="")
        .exclude(themes=[])
        .order_by("page_id")
        .first()
    )
    page = Page.objects.get(pk=document.page_id)
    return {
        "page_id": document.page_id,
        "title": document.title,
        "url": page.url,
        "city": document.city,
        "theme": document.themes[0],
    }


def routes(practice):
    """(name, path, check): check(status, body) -> True when the answer is right."""
    title = practice["title"]
    filters = urllib.parse.urlencode({"city": practice["city"], "theme": practice["theme"]})
    query = urllib.parse.urlencode({"q": title})

    def page_with_title(status, body):
        return status == 200 and title in html.unescape(body.decode())

    def home(status, body):
        return status == 200 and b'<html lang="en"' in body and b"</html>" in body

    def csv_export(status, body):
        text = body.decode("utf-8-sig")
        return status == 200 and text.startswith("external_id,url,language,title") and title in text

    def json_with(key):
        def check(status, body):
            if status != 200:
                return False
            data = json.loads(body)
            return key in data and title in json.dumps(data, ensure_ascii=False)

        return check

    return [
        ("home", "/en/", home),
        ("library, filtered", f"/en/practices/?{filters}", page_with_title),
        ("practice page", practice["url"], page_with_title),
        ("site search", f"/en/search/?{query}", page_with_title),
        ("export.csv", f"/en/practices/export.csv?{filters}", csv_export),
        ("export.json", f"/en/practices/export.json?{filters}", json_with("practices")),
        ("API list", f"/api/v1/practices/?locale=en&{filters}", json_with("results")),
        ("API detail", f"/api/v1/practices/{practice['page_id']}/", json_with("result")),
    ]


def import_files(directory, run, avoid_city):
    """(valid, invalid) JSON files: 200 new practices, and 200 of which one is invalid."""
    from cities.models import CityPage
    from taxonomy.models import Theme

    city = (
        CityPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(slug=avoid_city)
        .order_by("pk")
        .first()
        .title
    )
    theme = Theme.objects.order_by("pk").values_list("slug", flat=True).first()

    def record(prefix, number):
        return {
            "external_id": f"{prefix}-{number:03d}",
            "language": "en",
            "title": f"Neighbourhood welcome desk {prefix} {number}",
            "city": city,
            "summary": "Residents volunteer at a weekly desk that helps newcomers.",
            "how_it_works": "A desk in the library, twice a week.\n\nWith interpreters.",
            "themes": [theme],
            "status": "ongoing",
        }

    valid = [record(f"loadtest-{run}", n) for n in range(200)]
    invalid = [record(f"loadtest-bad-{run}", n) for n in range(200)]
    invalid[150]["city"] = "Atlantis"  # no such member city: the whole file must fail
    paths = []
    for name, records in (("valid", valid), ("invalid", invalid)):
        path = Path(directory, f"{name}.json")
        path.write_text(json.dumps({"practices": records}))
        paths.append(path)
    return paths


def practice_counts(run):
    from django.db import connections

    from practices.models import PracticePage

    connections.close_all()  # a connection from before a PostgreSQL restart is gone

    pages = PracticePage.objects.all()
    return {
        "practices": pages.values("translation_key").distinct().count(),
        "valid": pages.filter(external_id__startswith=f"loadtest-{run}-")
        .values("translation_key")
        .distinct()
        .count(),
        "invalid": pages.filter(external_id__startswith=f"loadtest-bad-{run}-").count(),
    }


def client(port, routes_, running, offset, results):
    """One client: the routes in turn, from `offset`, while running()."""
    connection = None
    turn = offset
    while running():
        name, path, check = routes_[turn % len(routes_)]
        turn += 1
        started = time.perf_counter()
        try:
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            connection.request("GET", path, headers={"Accept-Language": "en"})
            response = connection.getresponse()
            body = response.read()
            outcome = "ok" if check(response.status, body) else "wrong"
            if response.status != 200:
                outcome = f"status {response.status}"
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = None
            if response.status == 503 and not response.getheader("Retry-After"):
                outcome = "status 503 without Retry-After"
        except (OSError, http.client.HTTPException, ValueError) as error:
            outcome = f"error {type(error).__name__}: {str(error)[:80]}"
            if connection is not None:
                connection.close()
            connection = None
        results.append((name, time.perf_counter() - started, outcome, time.monotonic()))
    if connection is not None:
        connection.close()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def report(results, elapsed):
    print(
        f"\n{'route':<18} {'requests':>8} {'errors':>6} {'wrong':>5} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
    )
    names = list(dict.fromkeys(row[0] for row in results))
    for name in [*names, "overall"]:
        rows = [row for row in results if name in (row[0], "overall")]
        times = [row[1] * 1000 for row in rows]
        errors = sum(1 for row in rows if row[2] not in ("ok", "wrong"))
        wrong = sum(1 for row in rows if row[2] == "wrong")
        print(
            f"{name:<18} {len(rows):>8} {errors:>6} {wrong:>5} {percentile(times, 0.5):>7.0f} "
            f"{percentile(times, 0.95):>7.0f} {percentile(times, 0.99):>7.0f}"
        )
    print(f"{len(results) / elapsed:.1f} req/s over {elapsed:.1f} s")
    problems = [row for row in results if row[2] != "ok"]
    for name, _, outcome, _finished in problems[:20]:
        print(f"  {name}: {outcome}")
    return len(problems)


def restart_postgres(window):
    """Restart the cluster; window gets its start and end (monotonic)."""
    version, name = os.environ.get("PG_CLUSTER", "15 main").split()
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "restart", "-m", "fast"]
    window["start"] = time.monotonic()
    done = subprocess.run(command, check=False, capture_output=True, text=True)  # noqa: S603
    window["end"] = time.monotonic()
    window["exit"] = done.returncode
    window["output"] = (done.stdout + done.stderr).strip()[-200:]


def report_restart(results, window):
    """Outcomes before, during and after the restart; the count of failures
    that are neither a 503 with Retry-After during it nor a cut-off export."""
    print(
        f"\nPostgreSQL restart: exit {window['exit']}, took "
        f"{window['end'] - window['start']:.1f} s {window['output']!r}"
    )
    # A request that finished up to a second after the command returned was
    # sent while the server was still starting.
    during_until = window["end"] + 1.0
    phases = {"before": [], "during": [], "after": []}
    for row in results:
        finished = row[3]
        phase = (
            "before"
            if finished < window["start"]
            else "during"
            if finished <= during_until
            else "after"
        )
        phases[phase].append(row)
    bad = 0
    for phase, rows in phases.items():
        outcomes = {}
        for row in rows:
            outcomes[row[2].split(":")[0]] = outcomes.get(row[2].split(":")[0], 0) + 1
        print(f"  {phase:<6} {len(rows):>6} requests: {dict(sorted(outcomes.items()))}")
        for row in rows:
            if row[2] == "ok":
                continue
            allowed = phase == "during" and (
                row[2] == "status 503"
                or (row[0].startswith("export") and "IncompleteRead" in row[2])
            )
            bad += not allowed
    print(f"  failures other than 503s and cut-off exports during the restart: {bad}")
    return bad


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60, help="seconds")
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8250")))
    parser.add_argument("--no-import", action="store_true", help="no imports during the load")
    parser.add_argument(
        "--restart-postgres",
        action="store_true",
        help="restart PostgreSQL (pg_ctlcluster, fast mode) halfway through",
    )
    args = parser.parse_args()

    ensure_content()
    from django.conf import settings

    practice = target()
    routes_ = routes(practice)
    engine = "Elasticsearch" if settings.ELASTICSEARCH_URL else "the database"
    print(f"{args.clients} clients for {args.duration:.0f} s, search on {engine}")

    server = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--config",
            "config/gunicorn.py",
            "config.wsgi:application",
        ],
        cwd=ROOT,
        env={**os.environ, "BIND": f"127.0.0.1:{args.port}"},
    )
    run = str(int(time.time()))
    failed = 0
    outcomes = {}  # import name -> exit code
    try:
        for _ in range(150):
            try:
                probe = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
                probe.request("GET", "/en/")
                probe.getresponse().read()
                break
            except OSError:
                time.sleep(0.2)
        for name, path, check in routes_:  # warm, and fail early on a wrong set-up
            probe = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
            probe.request("GET", path, headers={"Accept-Language": "en"})
            response = probe.getresponse()
            if not check(response.status, response.read()):
                raise SystemExit(f"{name} {path}: wrong answer ({response.status}) before the load")

        imports = []  # (name, process, {"took": seconds}) with a thread waiting on each
        with tempfile.TemporaryDirectory() as directory:
            if not args.no_import:
                before = practice_counts(run)
                for path in import_files(directory, run, practice["city"]):
                    process = subprocess.Popen(  # noqa: S603 - manage.py
                        [sys.executable, "manage.py", "import_practices", str(path), "--publish"],
                        cwd=ROOT,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT,
                        text=True,
                    )
                    imports.append((path.stem, process, {}, time.monotonic()))
                for _name, process, outcome, began in imports:
                    waiter = threading.Thread(
                        target=lambda p=process, o=outcome, b=began: o.update(
                            output=p.communicate(timeout=MAX_SECONDS)[0],
                            took=time.monotonic() - b,
                        )
                    )
                    waiter.start()
                    outcome["waiter"] = waiter
            results = []
            deadline = time.monotonic() + args.duration
            cap = time.monotonic() + MAX_SECONDS

            def running():
                # At least --duration, and until the imports are done: they run under load.
                now = time.monotonic()
                busy = any(outcome["waiter"].is_alive() for _, _, outcome, _ in imports)
                return now < deadline or (busy and now < cap)

            threads = [
                threading.Thread(target=client, args=(args.port, routes_, running, n, results))
                for n in range(args.clients)
            ]
            window = {}
            if args.restart_postgres:
                restarter = threading.Timer(args.duration / 2, restart_postgres, args=(window,))
                threads.append(restarter)
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
            problems = report(results, elapsed)
            if args.restart_postgres:
                # 503s and cut-off exports while the database is away are the
                # wanted answers; anything else fails the run.
                problems = report_restart(results, window) + (window["exit"] != 0)
            failed += problems

            for name, process, outcome, _began in imports:
                outcome["waiter"].join()
                last = outcome["output"].strip().splitlines()[-1:]
                print(
                    f"import {name}: exit {process.returncode}"
                    f" after {outcome['took']:.0f} s: {last}"
                )
                # A restart may end the valid import too: then it must add nothing.
                may_fail = name == "invalid" or args.restart_postgres
                if (process.returncode != 0 and not may_fail) or (
                    process.returncode == 0 and name == "invalid"
                ):
                    failed += 1
                outcomes[name] = process.returncode
        if imports:
            after = practice_counts(run)
            print(
                f"practices: {before['practices']} before, {after['practices']} after; "
                f"valid file: {after['valid']} of 200; invalid file: {after['invalid']} pages"
            )
            expected = 200 if outcomes.get("valid") == 0 else 0
            added = after["practices"] - before["practices"]
            if added != expected or after["valid"] != expected:
                print(f"FAILED: the valid import added {added} practices, not {expected}")
                failed += 1
            if after["invalid"]:
                print("FAILED: pages of the invalid import were written")
                failed += 1
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
