"""When Redis cannot be reached, readers are still served and no purge is
lost (core/redis_cache.py, pagecache/store.py), and what else guards the
caches' freshness: the log entries that purge, the page cache's life
without a shared cache, the memo's key limit.

The unreachable Redis is real: a URL where nothing listens (connection
refused at once), set as the cache the way REDIS_URL sets it."""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import PageLogEntry

from core import cache, redis_cache
from practices.models import PracticePage
from taxonomy.models import Theme

pytestmark = pytest.mark.django_db

NOWHERE = "redis://127.0.0.1:9/0"  # the discard port: nothing listens there


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": NOWHERE},
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.PAGE_CACHE_ENABLED = True
    redis_cache._last_warning[0] = 0.0  # warned at most once a minute: now again


def practice_url():
    return PracticePage.objects.live().filter(locale__language_code="en").first().url


def test_readers_are_served_while_redis_is_down(client, redis_down, caplog):
    for url in ("/en/", practice_url(), "/en/practices/?theme=housing", "/en/search/?q=athens"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response  # neither stored nor served from a cache
    assert "Redis cannot be reached" in caplog.text
    assert client.get("/admin/login/").status_code == 200


def test_an_editor_signs_in_and_works_while_redis_is_down(client, redis_down):
    editor = get_user_model().objects.filter(is_superuser=True).first()
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 200
    assert response.wsgi_request.user == editor


def site_version():
    cache._start()
    try:
        return cache.versions((cache.SITE,))[0]
    finally:
        cache._finish()


def test_a_change_while_redis_is_down_is_kept_and_purges_when_it_answers(settings):
    """The editor's change goes through; what was cached before it is made
    stale by the first request once the cache answers again."""
    local_memory = settings.CACHES
    before = site_version()
    settings.CACHES = {
        **local_memory,
        "default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": NOWHERE},
    }
    theme = Theme.objects.filter(locale__language_code="en").first()
    with transaction.atomic():
        theme.name = "Renamed while the cache was down"
        theme.save()
    theme.refresh_from_db()
    assert theme.name == "Renamed while the cache was down"
    assert not cache.active()  # a bump waits: nothing is read from a cache
    with pytest.raises(cache.CacheUnavailable):
        cache.versions((cache.SITE,))
    settings.CACHES = local_memory  # the cache answers again, holding `before`
    assert cache.cache().get(cache.VERSION_PREFIX + cache.SITE) == before
    assert site_version() != before
    assert site_version() == site_version()  # bumped once


def test_publishing_log_entries_bump_the_page_scope_only():
    page = PracticePage.objects.live().first()
    scopes = (cache.SITE, cache.page_scope(page.translation_key))

    def current():
        cache._start()
        try:
            return cache.versions(scopes)
        finally:
            cache._finish()

    site, before = current()
    PageLogEntry.objects.log_action(page, "wagtail.edit")
    assert current() == (site, before)  # an edit of a draft shows nowhere
    PageLogEntry.objects.log_action(page, "wagtail.publish")
    after = current()[1]
    assert after != before
    PageLogEntry.objects.log_action(page, "wagtail.convert_alias")
    assert current() == (site, current()[1]) and current()[1] != after


def test_values_in_process_memory_live_no_longer_than_site_memo_seconds(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    settings.PAGE_CACHE_SECONDS = 86_400
    settings.SITE_MEMO_SECONDS = 300
    assert cache.lifetime() == 300


def test_the_page_cache_with_redis_keeps_pages_for_a_day(settings, redis_down):
    settings.PAGE_CACHE_SECONDS = 86_400
    assert cache.lifetime() == 86_400


def test_an_evicted_version_starts_afresh():
    cache._start()
    try:
        calls = []
        cache.remember(("test-key",), lambda: calls.append(1), (cache.SITE,))
        cache.remember(("test-key",), lambda: calls.append(1), (cache.SITE,))
        assert len(calls) == 1
    finally:
        cache._finish()
    cache.cache().delete(cache.VERSION_PREFIX + cache.SITE)  # evicted
    cache._start()
    try:
        cache.remember(("test-key",), lambda: calls.append(1), (cache.SITE,))
        assert len(calls) == 2
    finally:
        cache._finish()


def test_feed_links_of_a_non_ascii_filter_are_left_out(client):
    for query in ("theme=%C3%A9", "city=%D0%90%D1%84%D0%B8%D0%BD%D1%8B", "theme=a%20b"):
        response = client.get(f"/en/practices/?{query}")
        assert response.status_code == 200, query
    assert b"/feeds/" in client.get("/en/practices/?theme=housing").content


def test_a_preview_of_a_new_page_shows_its_own_trail(admin_client):
    """New pages previewed under two parents: each trail is its own parent's
    (a page not saved yet has no key to be remembered by)."""
    from django.urls import reverse

    from cities.models import CityPage
    from news.models import NewsIndexPage

    city = CityPage.objects.filter(locale__language_code="en").first()
    index = NewsIndexPage.objects.filter(locale__language_code="en").first()
    urls = {
        parent: reverse("wagtailadmin_pages:preview_on_add", args=("news", "newspage", parent.pk))
        for parent in (city, index)
    }
    form = {"title": "Preview", "slug": "preview", "date": "2026-12-01", "body-count": "0"}
    for url in urls.values():  # two tabs: both forms sent, then both previews shown
        assert admin_client.post(url, form).json()["is_valid"]
    trails = {}
    for parent, url in urls.items():
        html = admin_client.get(url).content.decode()
        trails[parent] = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert city.title in trails[city]
    assert city.title not in trails[index]
    assert index.title in trails[index]


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    return client
