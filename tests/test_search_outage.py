"""Elasticsearch stopping under load, on a real server: searches answer from
the database with no error while it is down, and from Elasticsearch again
once it is back.

The server stopped is a SECOND one (scripts/start-elasticsearch-second.sh,
port 9250, its own data) so the shared server of ELASTICSEARCH_URL is never
touched. Skipped without ELASTICSEARCH_URL (the SQLite pass) or when no
distribution or java is here."""

import re
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from search.engines import FALLBACK_ENGINE_NAME, get_engine
from search.engines.elasticsearch import ElasticsearchEngine

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "start-elasticsearch-second.sh"
UNAVAILABLE = 3  # the script's exit status when it cannot run a server here
CLIENTS = 6
DOWN_SECONDS = 6
# A search while the server is dead: refused at once, then the back-off skips it.
DOWN_LATENCY_BOUND = 5.0
RETRY_AFTER = 1

pytestmark = [
    pytest.mark.skipif(
        not getattr(settings, "ELASTICSEARCH_URL", None), reason="needs ELASTICSEARCH_URL"
    ),
    pytest.mark.django_db,
]

# (path, parameters, text the answer must contain)
SEARCHES = [
    ("/en/practices/", {"q": "greek lesson"}, "Greek and English lessons"),
    ("/en/search/", {"q": "greek lesson"}, "Greek and English lessons"),
    ("/en/search/suggest/", {"q": "gre"}, "Greek and English lessons"),
]


def script(action, timeout=240):
    return subprocess.run(
        [str(SCRIPT), action], capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def second_server():
    started = script("start")
    if started.returncode == UNAVAILABLE:
        pytest.skip(f"no second Elasticsearch here: {started.stderr.strip()}")
    assert started.returncode == 0, started.stderr
    yield started.stdout.strip().splitlines()[-1]
    script("stop")


def text_of(response):
    return re.sub(r"<[^>]+>", "", response.content.decode())


def engine_of(client):
    """The engine that answered the library search, read from the page's context."""
    response = client.get("/en/practices/", {"q": "greek lesson"})
    assert response.status_code == 200
    assert "Greek and English lessons" in text_of(response)
    return response.context["engine"]


def hammer(seconds):
    """CLIENTS threads send SEARCHES for `seconds`; returns (latencies, failures)."""
    latencies, failures = [], []
    deadline = time.monotonic() + seconds

    def worker():
        client = Client()
        try:
            while time.monotonic() < deadline:
                for path, params, expected in SEARCHES:
                    started = time.perf_counter()
                    response = client.get(path, params)
                    latencies.append(time.perf_counter() - started)
                    if response.status_code != 200:
                        failures.append((path, response.status_code))
                    elif expected not in text_of(response):
                        failures.append((path, "wrong answer"))
        except Exception as error:  # a failure to answer is what we count
            failures.append(("exception", repr(error)))
        finally:
            connection.close()  # this thread's own database connection

    threads = [threading.Thread(target=worker) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures


def test_searches_fall_back_while_elasticsearch_is_down_and_recover(second_server, client):
    with override_settings(
        ELASTICSEARCH_URL=second_server,
        ELASTICSEARCH_INDEX_PREFIX="outage_",
        ELASTICSEARCH_TIMEOUT=3,
        ELASTICSEARCH_RETRY_AFTER=RETRY_AFTER,
    ):
        engine = get_engine()
        assert isinstance(engine, ElasticsearchEngine) and engine.url == second_server
        engine.rebuild()
        # A fresh server's first searches are slow: warm it past the short timeout.
        engine.client.options(request_timeout=60).search(index=engine.alias, size=1)
        assert engine_of(client) == "elasticsearch"
        latencies, failures = hammer(2)
        assert failures == [] and latencies

        # Down: killed, as a crash would. Every search still answers, from the database.
        assert script("stop").returncode == 0
        latencies, failures = hammer(DOWN_SECONDS)
        assert failures == []
        assert len(latencies) >= CLIENTS * len(SEARCHES)
        assert max(latencies) < DOWN_LATENCY_BOUND
        assert engine_of(client) == FALLBACK_ENGINE_NAME
        down = sorted(latencies)
        print(
            f"\nES down: {len(down)} searches, 0 errors, "
            f"p50 {down[len(down) // 2] * 1000:.0f} ms, max {down[-1] * 1000:.0f} ms"
        )

        # Back: the same server started again; searches go to it after the back-off.
        started = script("start")
        assert started.returncode == 0, started.stderr
        back = time.monotonic()
        while engine_of(client) != "elasticsearch":
            assert time.monotonic() - back < RETRY_AFTER + 10, "searches never went back to ES"
            time.sleep(0.2)
        recovered = time.monotonic() - back
        latencies, failures = hammer(2)
        assert failures == []
        print(f"ES back: searches use it again {recovered:.1f} s after it answered")
        assert engine_of(client) == "elasticsearch"
