"""Test set-up shared by the whole suite.

The demo content is loaded once per test session into the test database;
each test then runs in a transaction that is rolled back. When
DATABASE_URL / ELASTICSEARCH_URL name a service that does not answer, the
suite stops with an error instead of skipping.
"""

import pytest
from django.conf import settings
from django.core.management import call_command


def _require_elasticsearch():
    url = getattr(settings, "ELASTICSEARCH_URL", None)
    if not url:
        return
    from elasticsearch import Elasticsearch

    client = Elasticsearch(url, request_timeout=10)
    try:
        client.cluster.health(wait_for_status="yellow", timeout="10s")
    except Exception as error:  # any failure to answer stops the run
        pytest.exit(f"ELASTICSEARCH_URL={url} is set but Elasticsearch does not answer: {error}", 2)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    _require_elasticsearch()
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)  # and builds every search index


_search_index_stale = False


@pytest.fixture(autouse=True)
def _search_index_follows_rollbacks(request, django_db_blocker):
    """A rolled-back test transaction does not reach Elasticsearch: after a
    test that wrote to the public search index (publishing a page does), the
    next database test rebuilds it from the rolled-back table. At set-up,
    because teardown runs before pytest-django's rollback."""
    global _search_index_stale
    if not getattr(settings, "ELASTICSEARCH_URL", None):
        yield
        return
    from search.engines import elasticsearch_engine
    from search.engines.elasticsearch import ElasticsearchEngine

    uses_db = request.node.get_closest_marker("django_db") or {
        "db",
        "transactional_db",
    } & set(request.fixturenames)
    if _search_index_stale and uses_db:
        with django_db_blocker.unblock():
            elasticsearch_engine().rebuild()
        _search_index_stale = False
    before = ElasticsearchEngine.writes
    yield
    if ElasticsearchEngine.writes != before:
        _search_index_stale = True


@pytest.fixture
def media_served(settings):
    """SERVE_MEDIA on, as docs/deploying.md recommends for one machine. The
    URLconf is reloaded so that this also holds for one that reads the
    setting at import (as it did before issue #17)."""
    import importlib

    from django.urls import clear_url_caches

    import config.urls

    settings.SERVE_MEDIA = True
    importlib.reload(config.urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(config.urls)
    clear_url_caches()


@pytest.fixture
def client_el(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "el"
    return client


# --- Browser tests -----------------------------------------------------------
# The browser tests read the demo content through a live server. pytest-django's
# `live_server` is not used: it forces `transactional_db`, whose teardown
# flushes every table and would wipe the demo content for the tests after it.

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    """The site on a free local port, serving static and media files, for the
    whole session. Yields its base URL, e.g. http://127.0.0.1:40123."""
    import threading

    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    # An in-memory SQLite test database exists only on this thread's
    # connection: hand that connection to the server thread (as
    # pytest_django.live_server_helper does). PostgreSQL needs nothing.
    connections_override = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    thread = LiveServerThread(
        "127.0.0.1",
        static_handler=StaticFilesHandler,
        connections_override=connections_override,
        port=0,
    )
    thread.daemon = True
    for conn in connections_override.values():
        conn.inc_thread_sharing()
    # pytest-django's block on database access holds in every thread, so the
    # server could not read either. It is lifted from here to the end of the
    # session, which only browser tests reach (see the hook at the end): they
    # never query themselves, and a request still closing after its test
    # must not hit the block.
    with django_db_blocker.unblock():
        thread.start()
        thread.is_ready.wait()
        try:
            if thread.error:
                raise thread.error
            yield f"http://{thread.host}:{thread.port}"
        finally:
            thread.terminate()
            # Each kept-alive browser connection is served by its own thread,
            # which closes its database connections when the socket closes.
            # Wait for them: PostgreSQL refuses to drop the test database
            # while one of their sessions is still open.
            for worker in threading.enumerate():
                if "process_request_thread" in worker.name:
                    worker.join(timeout=10)
            for conn in connections_override.values():
                conn.dec_thread_sharing()


@pytest.fixture(scope="session")
def browser(site_server):
    """Headless Debian Chromium driven by Playwright (its own browser
    download is not used). Skips the browser tests when it is missing.

    Playwright's sync API keeps an asyncio loop running on the main thread
    while it is open, and Django then refuses database calls there
    (SynchronousOnlyOperation), even pytest-django's own per-test
    transaction. No async Django code runs in these tests, so the check is
    switched off while the browser is open, which is only during the browser
    tests: they run last (see the hook below)."""
    import os

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_api.sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        # While the loop runs, Django keeps this thread's connections apart
        # (asgiref's Local follows the running loop): close them now, or
        # PostgreSQL refuses to drop the test database at the end.
        from django.db import connections

        connections.close_all()
        playwright.stop()
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.hookimpl(trylast=True)  # after pytest-django's own reordering
def pytest_collection_modifyitems(config, items):
    """Browser tests run last, each marked django_db.

    Last: the session-wide browser keeps an asyncio loop running on the main
    thread once it has started (see `browser`), so every other test runs
    before it starts.

    django_db (plain, not transactional: nothing is flushed): pytest-django
    creates the test database only when a selected test asks for one. Without
    the mark, `pytest -m browser` alone would load the demo content into the
    database named by DATABASE_URL (or db.sqlite3) and serve that."""
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    for item in browser_items:
        if item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db)
    items[:] = [item for item in items if item not in browser_items] + browser_items


@pytest.fixture(autouse=True)
def _fresh_cache():
    """A rolled-back (or flushed) test leaves no signal behind: start each
    test with an empty cache, so that neither the page cache nor core.cache
    holds another test's content."""
    from core import cache

    cache.cache().clear()
    yield
