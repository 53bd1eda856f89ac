"""core.cache: lookups and fragments kept between requests until what they
depend on changes. Tried through the router: a change an editor makes (a
term, a menu page, a title, privacy, unpublishing) shows on the next
request, and a request that changes content sees its change at once."""

import time

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core import cache
from practices.models import PracticePage
from standardpages.models import StandardPage
from taxonomy.models import Theme, localized_terms

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice():
    page = PracticePage.objects.live().filter(locale__language_code="en", themes__isnull=False)
    return page.order_by("pk").first()


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    return len(queries.captured_queries), response.content.decode()


def test_a_page_seen_before_costs_few_queries_and_reads_the_same(client, practice):
    cold, first = queries_of(client, practice.url)
    warm, second = queries_of(client, practice.url)
    assert warm <= 15 < cold
    assert second == first


def test_renaming_a_term_shows_on_the_next_request(client, practice):
    theme = practice.themes.filter(locale=practice.locale).first()
    get(client, practice.url)
    theme.name = "Renamed theme for the memo test"
    theme.save()
    assert "Renamed theme for the memo test" in get(client, practice.url).content.decode()


def test_a_new_menu_page_shows_in_the_navigation_of_the_next_request(client):
    home = Page.objects.get(depth=2, locale__language_code="en").specific
    get(client, "/en/")
    page = StandardPage(title="Memo menu entry", slug="memo-menu-entry", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert "Memo menu entry" in get(client, "/en/").content.decode()


def test_an_unpublished_page_is_gone_on_the_next_request(client, practice):
    get(client, practice.url)
    get(client, practice.url)
    practice.unpublish()
    get(client, practice.url, status=404)


def test_a_page_made_private_asks_for_a_login_on_the_next_request(client, practice):
    get(client, practice.url)
    PageViewRestriction.objects.create(page=practice, restriction_type="login")
    response = client.get(practice.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_moved_page_answers_at_its_new_address_only(client, practice):
    old_url = practice.url
    get(client, old_url)
    practice.slug = "moved-for-the-memo-test"
    practice.save_revision().publish()
    get(client, old_url, status=404)
    get(client, PracticePage.objects.get(pk=practice.pk).url)


def test_a_request_that_changes_content_sees_its_change(practice):
    theme = Theme.objects.filter(locale=practice.locale).first()
    cache._start()
    try:
        assert cache.active()
        before = localized_terms(Theme, practice.locale)[theme.slug].name
        theme.name = before + " (changed)"
        theme.save()  # bumps SITE, in this request too
        assert localized_terms(Theme, practice.locale)[theme.slug].name == theme.name
    finally:
        cache._finish()


def test_handed_out_values_are_copies(practice):
    cache._start()
    try:
        first = localized_terms(Theme, practice.locale)
        slug = next(iter(first))
        first[slug].name = "changed by one reader"
        assert localized_terms(Theme, practice.locale)[slug].name != "changed by one reader"
    finally:
        cache._finish()


def test_outside_requests_nothing_is_cached(practice):
    assert not cache.active()
    calls = []
    cache.remember(("test", 1), lambda: calls.append(1))
    cache.remember(("test", 1), lambda: calls.append(1))
    assert len(calls) == 2


@pytest.mark.skipif(
    not isinstance(cache.cache(), LocMemCache),
    reason="a shared cache keeps values PAGE_CACHE_SECONDS: every process bumps it",
)
def test_a_change_no_signal_reached_shows_after_the_local_cache_ages(settings, practice):
    """Another process's bump (a cron job, no shared cache) is not seen here:
    an update() sends no signal either. A cache of the process's own memory
    keeps values SITE_MEMO_SECONDS at most."""
    theme = Theme.objects.filter(locale=practice.locale).first()
    settings.SITE_MEMO_SECONDS = 1
    cache._start()
    try:
        localized_terms(Theme, practice.locale)
        Theme.objects.filter(pk=theme.pk).update(name="Renamed behind the cache's back")
        kept = localized_terms(Theme, practice.locale)[theme.slug].name
        assert kept == theme.name
    finally:
        cache._finish()
    time.sleep(1.1)
    cache._start()
    try:
        fresh = localized_terms(Theme, practice.locale)[theme.slug].name
        assert fresh == "Renamed behind the cache's back"
    finally:
        cache._finish()


def test_publishing_a_practice_keeps_the_site_scope_and_bumps_its_own(practice):
    cache._start()
    try:
        site_before, pages_before = cache.versions((cache.SITE, cache.PAGES))
        own = cache.page_scope(practice.translation_key)
        (own_before,) = cache.versions((own,))
        practice.save_revision().publish()
        site_after, pages_after = cache.versions((cache.SITE, cache.PAGES))
        (own_after,) = cache.versions((own,))
    finally:
        cache._finish()
    assert site_after == site_before  # the navigation, terms, settings stay cached
    assert pages_after != pages_before and own_after != own_before


def test_publishing_a_section_bumps_the_site_scope():
    section = Page.objects.get(depth=3, slug="practices", locale__language_code="en")
    cache._start()
    try:
        (before,) = cache.versions((cache.SITE,))
        section.specific.save_revision().publish()
        (after,) = cache.versions((cache.SITE,))
    finally:
        cache._finish()
    assert after != before


def _other_theme(practice):
    return (
        Theme.objects.filter(locale=practice.locale, live=True)
        .exclude(pk__in=practice.themes.values("pk"))
        .order_by("pk")
        .first()
    )


def test_a_published_change_of_a_pages_themes_shows_on_the_next_request(client, practice):
    added = _other_theme(practice)
    assert added.name not in get(client, practice.url).content.decode()
    practice.themes.add(added)
    practice.save_revision().publish()
    assert added.name in get(client, practice.url).content.decode()


def test_a_preview_shows_the_drafts_themes_not_the_remembered_ones(client, practice):
    added = _other_theme(practice)
    get(client, practice.url)  # the live page's themes remembered
    draft = PracticePage.objects.get(pk=practice.pk)
    draft.themes.add(added)
    cache._start()  # the admin's preview runs inside the editor's request
    try:
        preview = draft.make_preview_request()
    finally:
        cache._finish()
    assert preview.status_code == 200
    assert added.name in preview.rendered_content
    assert added.name not in get(client, practice.url).content.decode()


def test_a_new_home_translation_is_routed_to_on_the_next_request(client):
    """Routing starts from the root's translation in the reader's language,
    which core.routing remembers: unpublishing it shows at once."""
    home = Page.objects.get(depth=2, locale__language_code="fa")
    assert get(client, "/fa/").context["page"].pk == home.pk
    home.specific.unpublish()
    response = client.get("/fa/")
    assert response.status_code == 404 or response.context["page"].pk != home.pk
    home.specific.save_revision().publish()
    assert get(client, "/fa/").context["page"].pk == home.pk


def test_a_practice_published_in_a_city_shows_on_its_city_page_next_request(client, practice):
    city = practice.get_parent().specific
    get(client, city.url)
    new = PracticePage(
        title="A practice for the city page memo test",
        slug="city-page-memo-test",
        summary="Published after the city page was seen.",
        live=False,
    )
    city.add_child(instance=new)
    assert "A practice for the city page memo test" not in get(client, city.url).content.decode()
    new.save_revision().publish()
    assert "A practice for the city page memo test" in get(client, city.url).content.decode()
