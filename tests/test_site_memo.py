"""core.memo: site-wide lookups remembered between requests until content
changes. Tried through the router: a change an editor makes (a term, a
menu page, a title, privacy, unpublishing) shows on the next request,
and a request that changes content stops remembering at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core import memo
from pagecache import store
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


def test_addresses_not_found_are_not_remembered(client):
    get(client, "/en/")
    for number in range(30):
        get(client, f"/en/practices/no-such-practice-{number}/", status=404)
    remembered = memo._shared["values"]
    assert not [key for key in remembered if key[0] == "route" and "no-such" in key[3]]


def test_a_request_that_changes_content_stops_remembering(practice):
    theme = Theme.objects.filter(locale=practice.locale).first()
    memo._start()
    try:
        assert memo.active()
        before = localized_terms(Theme, practice.locale)[theme.slug].name
        theme.name = before + " (changed)"
        theme.save()  # purges: a new generation
        assert not memo.active()
        assert localized_terms(Theme, practice.locale)[theme.slug].name == theme.name
    finally:
        memo._finish()


def test_handed_out_instances_are_copies(practice):
    memo._start()
    try:
        first = localized_terms(Theme, practice.locale)
        slug = next(iter(first))
        first[slug].name = "changed by one reader"
        assert localized_terms(Theme, practice.locale)[slug].name != "changed by one reader"
    finally:
        memo._finish()


def test_outside_requests_nothing_is_remembered(practice):
    assert not memo.active()
    calls = []
    memo.remember(("test", 1), lambda: calls.append(1))
    memo.remember(("test", 1), lambda: calls.append(1))
    assert len(calls) == 2
    assert store.current_generation()


def test_a_change_no_signal_reached_shows_after_the_memo_ages(settings, practice):
    """Another process's purge (a cron job, no shared cache) is not seen here:
    an update() sends no signal either. The memo forgets after its age."""
    theme = Theme.objects.filter(locale=practice.locale).first()
    memo._start()
    try:
        localized_terms(Theme, practice.locale)
        Theme.objects.filter(pk=theme.pk).update(name="Renamed behind the memo's back")
        remembered = localized_terms(Theme, practice.locale)[theme.slug].name
        assert remembered == theme.name
        settings.SITE_MEMO_SECONDS = 0
        fresh = localized_terms(Theme, practice.locale)[theme.slug].name
        assert fresh == "Renamed behind the memo's back"
    finally:
        memo._finish()
