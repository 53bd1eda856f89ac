"""Page benchmark: python bench/pages.py --databases NAME=DATABASE_URL ... [--media DIR]

For every page kind (bench/pages_probe.py: the home in English and Arabic,
the library, a practice, a news page, a city, the news index, the site and
library searches, the API's practices, export.csv), on each database, prints:
- instructions of a warm request (callgrind: deterministic, the figure to
  compare between commits) and its SQL queries;
- the same for the first request after a publish (a practice republished,
  as an editor would: the site memo and the page cache start again);
- the instructions and queries of `revision.publish()` itself;
- the worker's resident memory after setup, and after 1,000 mixed requests.
Then one table of every database side by side. `--rps` adds the requests
per second against gunicorn on loopback (bench/rps.py, wrk when installed).

Each database is copied first (the benchmark publishes), its media too, and
the copy migrated by this tree: the tree measured is the one this script is
run from. Production settings (bench/loopback.py), page cache off.
Databases run in parallel processes (--jobs, default: one per CPU).
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.loopback import use_production_settings  # noqa: E402
from bench.pages_probe import LIMITS_OUT_OF_REACH, MIXED_REQUESTS, PUBLISHES, SETTINGS  # noqa: E402

use_production_settings()
PROBE = Path(__file__).with_name("pages_probe.py")


def manage(*args, env=None):
    subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        check=True,
        env={**os.environ, **(env or {})},
    )


def prepare_tree():
    """What a page needs from the tree: compiled catalogues, collected static files."""
    catalogues = list(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
    if any(
        not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
        for po in catalogues
    ):
        manage("compile_catalogues")
    manage("collectstatic", "--no-input", "--verbosity", "0")


def sqlite_file(url):
    """The file of a SQLite DATABASE_URL, or None for another engine."""
    import dj_database_url

    config = dj_database_url.parse(url)
    if "sqlite" not in config["ENGINE"]:
        return None
    return Path(config["NAME"]).resolve()


class Database:
    def __init__(self, number, name, url, media, work):
        self.name, self.url, self.media = name, url, media
        self.source = sqlite_file(url)
        self.dir = work / f"db{number}"
        self.dir.mkdir()
        self.results = {}

    def copy(self, job):
        """(DATABASE_URL, MEDIA_ROOT) of a copy of its own for one process."""
        media = self.dir / f"media-{job}"
        if self.media.is_dir():
            shutil.copytree(self.media, media, symlinks=True)
        else:
            media.mkdir()
        if self.source is None:  # another engine: used in place, one process at a time
            return self.url, media
        target = self.dir / f"{job}.sqlite3"
        shutil.copyfile(self.dir / "migrated.sqlite3", target)
        return f"sqlite:///{target}", media

    def migrate(self):
        """Copies the file and migrates it with this tree (a newer tree may have migrations)."""
        if self.source is None:
            return
        if not self.source.exists():
            raise SystemExit(f"{self.name}: {self.source} does not exist")
        shutil.copyfile(self.source, self.dir / "migrated.sqlite3")
        url = f"sqlite:///{self.dir / 'migrated.sqlite3'}"
        manage("migrate", "--no-input", "--verbosity", "0", env={"DATABASE_URL": url})

    def size(self):
        return self.source.stat().st_size if self.source else 0


def run_probe(database, mode):
    """One measured process; returns (mode, seconds)."""
    started = time.perf_counter()
    url, media = database.copy(mode)
    out = database.dir / f"{mode}.out"
    command = [sys.executable, str(PROBE), mode]
    if mode == "callgrind":
        out.mkdir()
        command = [
            shutil.which("valgrind"),
            "--tool=callgrind",
            "--dump-before=os_getppid",
            f"--callgrind-out-file={out}/out.%p",
            *command,
        ]
    env = {**os.environ, **SETTINGS, "DATABASE_URL": url, "MEDIA_ROOT": str(media)}
    log = database.dir / f"{mode}.log"
    with open(log, "w") as output:
        done = subprocess.run(  # noqa: S603 - our own interpreter and script
            [*command, str(out)], cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    if done.returncode:
        tail = log.read_text().splitlines()[-30:]
        raise RuntimeError(f"{database.name} {mode} failed:\n" + "\n".join(tail))
    database.results[mode] = (
        read_callgrind(out) if mode == "callgrind" else json.loads(out.read_text())
    )
    return time.perf_counter() - started


def read_callgrind(out):
    """{(what, kind): instructions per request} from the labelled dumps."""
    labels = json.loads(Path(out, "labels.json").read_text())
    dumps = sorted(
        (name for name in os.listdir(out) if name.startswith("out.") and name.count(".") == 2),
        key=lambda name: int(name.rsplit(".", 1)[1]),
    )
    if len(dumps) != len(labels):
        raise RuntimeError(f"{out}: {len(dumps)} dumps for {len(labels)} labels")

    def total(name):
        with open(os.path.join(out, name)) as dump:
            for line in dump:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1])
        raise RuntimeError(f"{name}: no total")

    counts, publishes = {}, []
    for label, name in zip(labels, dumps, strict=True):
        if label is None:
            continue
        per_request = total(name) / label["n"]
        if label["what"] == "publish":
            publishes.append(per_request)
        else:
            counts[(label["what"], label["kind"])] = per_request
    counts[("publish", None)] = statistics.median(publishes)
    return counts


def run_all(databases, callgrind, jobs):
    """Every measured process, the longest first; returns {(name, mode): seconds}."""
    tasks = []
    if callgrind:
        tasks += [(db, "callgrind") for db in sorted(databases, key=Database.size, reverse=True)]
    tasks += [(db, "plain") for db in databases]
    # A database used in place (not SQLite) takes one process at a time.
    in_place = [task for task in tasks if task[0].source is None]
    parallel = [task for task in tasks if task[0].source is not None]
    seconds = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_probe, db, mode): (db.name, mode) for db, mode in parallel}
        for db, mode in in_place:
            seconds[(db.name, mode)] = run_probe(db, mode)
        for future in concurrent.futures.as_completed(futures):
            seconds[futures[future]] = future.result()
    return seconds


def minstr(value):
    return f"{value / 1e6:,.1f}" if value is not None else "–"


def database_table(db):
    plain, counts = db.results["plain"], db.results.get("callgrind", {})
    print(
        f"\n### {db.name}: {db.url}\n\n{plain['practices']:,} live practices "
        f"({plain['practices_en']:,} in English)\n"
    )
    print(
        "| request | path | Minstr warm | queries warm | Minstr 1st after publish "
        "| queries 1st after publish | bytes |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for kind in plain["kinds"]:
        row = plain["rows"][kind]
        print(
            f"| {kind} | `{row['path']}` | {minstr(counts.get(('warm', kind)))} "
            f"| {row['queries']} | {minstr(counts.get(('first', kind)))} "
            f"| {row['first_queries']} | {row['bytes']:,} |"
        )
    print(
        f"| `revision.publish()` | median of {PUBLISHES} | {minstr(counts.get(('publish', None)))} "
        f"| {plain['publish_queries']:g} | | | |"
    )
    served = plain["rss_served"] - plain["rss_setup"]
    print(
        f"\nworker RSS: {plain['rss_setup']:.1f} MB after setup, {plain['rss_served']:.1f} MB "
        f"after {MIXED_REQUESTS:,} mixed requests (+{served:.1f} MB while serving)"
    )


def percent(first, last):
    if first is None or last is None or not first:
        return "–"
    return f"{(last / first - 1) * 100:+.1f} %"


def combined_rows(databases):
    """(request, [cell per database], growth first→last)."""
    results = [(db.results["plain"], db.results.get("callgrind", {})) for db in databases]
    rows = []

    def instructions_and_queries(label, key, queries):
        counts = [callgrind.get(key) for _plain, callgrind in results]
        found = [queries(plain) for plain, _callgrind in results]
        cells = [
            f"{minstr(count)} / {number:g}" for count, number in zip(counts, found, strict=True)
        ]
        change = "=" if found[0] == found[-1] else f"{found[-1] - found[0]:+g}"
        rows.append((label, cells, f"{percent(counts[0], counts[-1])} / {change}"))

    for kind in results[0][0]["kinds"]:
        instructions_and_queries(
            f"{kind}, warm", ("warm", kind), lambda p, k=kind: p["rows"][k]["queries"]
        )
        instructions_and_queries(
            f"{kind}, 1st after publish",
            ("first", kind),
            lambda p, k=kind: p["rows"][k]["first_queries"],
        )
    instructions_and_queries(
        f"`revision.publish()`, median of {PUBLISHES}",
        ("publish", None),
        lambda p: p["publish_queries"],
    )
    for label, value in (
        ("worker MB after setup", lambda p: p["rss_setup"]),
        (f"worker MB after {MIXED_REQUESTS:,} requests", lambda p: p["rss_served"]),
        ("+MB while serving", lambda p: p["rss_served"] - p["rss_setup"]),
    ):
        figures = [value(plain) for plain, _callgrind in results]
        rows.append(
            (label, [f"{figure:.1f}" for figure in figures], percent(figures[0], figures[-1]))
        )
    return rows


def combined_table(databases):
    names = [db.name for db in databases]
    print("\n### All databases: Minstr / queries per request; memory in MB\n")
    print(f"| request | {' | '.join(names)} | growth {names[0]}→{names[-1]} |")
    print("|---|" + "---:|" * (len(names) + 1))
    for label, cells, change in combined_rows(databases):
        print(f"| {label} | {' | '.join(cells)} | {change} |")


def tree_description():
    def git(*args):
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)  # noqa: S603, S607
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "?"
    dirty = " + uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else ""
    return f"{ROOT} at {commit}{dirty}"


def print_header(media, callgrind):
    print(f"# Page benchmark, {datetime.datetime.now():%Y-%m-%d %H:%M}\n")
    print(f"tree {tree_description()}; media {media}")
    print("production settings (bench/loopback.py), page cache off, rate limits out of reach")
    if callgrind:
        print(
            "instructions: callgrind; warm = mean of 3 requests after 3 (export.csv: 1 after 1); "
            "1st after publish = one request right after a publish, in the same process; "
            "each counted section starts after gc.collect()"
        )
    else:
        print("no instruction counts (valgrind not installed, or --no-callgrind)")
    print(
        f"RSS: a fresh process after get_wsgi_application(), then {MIXED_REQUESTS:,} requests "
        "over the page kinds in turn (not export.csv), the next practice, news and city each turn"
    )


def served(args, database):
    """The req/s figures (bench/rps.py) on a copy of the first database."""
    url, media = database.copy("rps")
    os.environ.update({"DATABASE_URL": url, "MEDIA_ROOT": str(media), **LIMITS_OUT_OF_REACH})
    import django

    django.setup()
    from django.contrib.staticfiles.storage import staticfiles_storage

    from bench import rps

    rps.served(
        cached="/en/practices/",
        uncached="/en/practices/?sort=newest",
        static=staticfiles_storage.url("css/site.css"),
        rounds=args.rounds,
        seconds=args.seconds,
        connections=args.connections,
    )


def parse_databases(values):
    databases = []
    for value in values:
        name, separator, url = value.partition("=")
        if not separator or not name or not url:
            raise SystemExit(f"--databases takes NAME=DATABASE_URL, not {value!r}")
        databases.append((name, url))
    return databases


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--databases",
        nargs="+",
        metavar="NAME=URL",
        help="default: db=$DATABASE_URL (or db.sqlite3); SQLite files are copied first",
    )
    parser.add_argument(
        "--media", help="the databases' MEDIA_ROOT (default: $MEDIA_ROOT or var/media)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes at once")
    parser.add_argument("--no-callgrind", action="store_true", help="queries and memory only")
    parser.add_argument(
        "--rps", action="store_true", help="also req/s against gunicorn (bench/rps.py)"
    )
    parser.add_argument("--server-only", action="store_true", help="only the req/s figures")
    parser.add_argument(
        "--no-server", action="store_true", help=argparse.SUPPRESS
    )  # the default now
    parser.add_argument("--rounds", type=int, default=3, help="of the req/s figures")
    parser.add_argument("--seconds", type=int, default=5, help="per req/s figure")
    parser.add_argument("--connections", type=int, default=8, help="keep-alive, at once")
    parser.add_argument("--keep", action="store_true", help="keep the copies and callgrind's files")
    args = parser.parse_args()

    started = time.perf_counter()
    default = os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'db.sqlite3'}"
    media = Path(args.media or os.environ.get("MEDIA_ROOT") or ROOT / "var" / "media").resolve()
    work = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    databases = [
        Database(number, name, url, media, work)
        for number, (name, url) in enumerate(parse_databases(args.databases or [f"db={default}"]))
    ]
    try:
        prepare_tree()
        for database in databases:
            database.migrate()
        if not args.server_only:
            callgrind = not args.no_callgrind and shutil.which("valgrind") is not None
            print_header(media, callgrind)
            seconds = run_all(databases, callgrind, args.jobs)
            for database in databases:
                database_table(database)
            if len(databases) > 1:
                combined_table(databases)
            took = ", ".join(
                f"{name} {mode} {value:.0f} s" for (name, mode), value in sorted(seconds.items())
            )
            print(f"\nprocesses: {took}; whole run {time.perf_counter() - started:.0f} s")
        if args.rps or args.server_only:
            served(args, databases[0])
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
