"""Search benchmark: python bench/search.py [--practices N] [--queries Q]

Loads the demo content with N generated practices (default 20,000) into the
database named by DATABASE_URL, rebuilds the public search index
(`rebuild_search`, timed), then runs a mix of searches with facets through
the engine in use (Elasticsearch when ELASTICSEARCH_URL is set, else the
database) and prints the reindex time and the p50/p95 latency.

Use a database of its own, e.g.
  DATABASE_URL=postgres://citynet:citynet@127.0.0.1:5432/citynet_bench make bench
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
os.environ.setdefault("DEBUG", "true")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def typo(word, rng):
    if len(word) < 6:
        return word
    position = rng.randrange(1, len(word) - 1)
    return word[:position] + word[position + 1 :]


def query_mix(count, seed=4):
    """Queries like readers type them: words of indexed titles (some with a
    typo), with and without filters, in one language or all, page 1 or 2."""
    from django.conf import settings

    from search.engines.base import Query
    from search.models import SearchDocument
    from search.text import tokens

    rng = random.Random(seed)
    titles = list(
        SearchDocument.objects.filter(kind="practice")
        .order_by("?")
        .values_list("language", "title", "themes", "city")[:500]
    )
    languages = [code for code, _name in settings.LANGUAGES]
    queries = []
    for number in range(count):
        language, title, themes, city = rng.choice(titles)
        words = [word for word in tokens(title) if len(word) > 3] or tokens(title)
        text = " ".join(rng.sample(words, min(len(words), rng.choice([1, 1, 2]))))
        kind = number % 10
        if kind == 0:
            text = typo(text, rng)
        elif kind == 1:
            text = ""  # browsing the library with filters only
        filters = {"kind": ("practice",)}
        if kind in (2, 3) and themes:
            filters["theme"] = (rng.choice(themes),)
        if kind == 4 and city:
            filters["city"] = (city,)
        if kind == 5:
            filters["year"] = (str(rng.randint(2014, 2025)),)
        queries.append(
            Query(
                text=text,
                reader_language=language if kind != 6 else rng.choice(languages),
                languages=None if kind in (6, 7) else (language,),
                filters=filters,
                sort="newest" if kind == 8 else "relevance",
                offset=12 if kind == 9 else 0,
                limit=12,
            )
        )
    return queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--skip-load", action="store_true", help="use the content already there")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from search.engines import get_engine, run_search
    from search.models import SearchDocument

    if not args.skip_load:
        call_command("migrate", verbosity=0, interactive=False)
        started = time.monotonic()
        call_command("load_demo_content", practices=args.practices, verbosity=1)
        print(f"load_demo_content --practices {args.practices}: {time.monotonic() - started:.1f} s")

    started = time.monotonic()
    call_command("rebuild_search", verbosity=0)
    reindex = time.monotonic() - started
    documents = SearchDocument.objects.count()

    engine = get_engine()
    queries = query_mix(args.queries)
    for query in queries[:20]:  # warm caches and connections
        run_search(query)
    timings, engines = [], set()
    for query in queries:
        started = time.perf_counter()
        result = run_search(query)
        timings.append((time.perf_counter() - started) * 1000)
        engines.add(result.engine)

    print(
        f"engine: {engine.name} (answered by {', '.join(sorted(engines))}), "
        f"database: {connection.vendor}"
    )
    print(f"documents: {documents}")
    print(f"reindex (rebuild_search): {reindex:.1f} s")
    print(
        f"searches: {len(timings)}, p50 {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms"
    )


if __name__ == "__main__":
    main()
