"""What a change makes stale: the scopes of core.cache it bumps, and the
pages whose whole-page copies it purges (through Wagtail's frontend cache,
so a proxy is purged the same way as pagecache.store).

- A page published, unpublished, moved, deleted or saved live: PAGES and
  the page's own scope; SITE too when it shapes what other pages show around
  their text (a page within NAVIGATION_DEPTH: the home page, the sections,
  the cities; or a page with children, whose breadcrumbs show it). Purged:
  the page and its translations, their ancestors (the listings above
  them), the pages that link to them (Wagtail's reference index) and the
  index pages that list their type (BasePage.lists_page_types).
- Any other saved or deleted row (a term, a setting, an image, a snippet):
  SITE, which makes every cached page and value stale. Over-purging only
  costs a re-render; a missed purge would serve a stale page. New apps'
  models purge without registering anything.
- Not at all: the bookkeeping that reading, logging in and editing drafts
  write (SKIPPED_*), and a page's own draft bookkeeping (DRAFT_FIELDS).
"""

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from core import cache

# The home page (2), its sections (3) and the cities (4).
NAVIGATION_DEPTH = 4

# Written while serving readers, or bookkeeping that no public page shows.
SKIPPED_APPS = {
    "sessions",
    "migrations",
    "admin",
    "contenttypes",
    "axes",
    "sitesearch",  # the public search's own index, written after publishing
    "wagtailsearch",
}
SKIPPED_MODELS = {
    ("wagtailimages", "rendition"),
    ("wagtailcore", "revision"),
    ("wagtailcore", "pagelogentry"),
    ("wagtailcore", "modellogentry"),
    ("wagtailcore", "referenceindex"),
    ("wagtailcore", "pagesubscription"),
    ("wagtailcore", "taskstate"),
    ("wagtailcore", "workflowstate"),
    ("wagtailcore", "commentreply"),
    ("wagtailcore", "comment"),
    ("wagtailcore", "uploadedfile"),
    ("wagtailcore", "groupapprovaltask"),
    ("wagtailadmin", "editingsession"),
    ("wagtailadmin", "admin"),
    ("wagtailusers", "userprofile"),
    ("wagtailsearchpromotions", "query"),
    ("wagtailsearchpromotions", "querydailyhits"),
    ("auth", "user"),  # last_login on every sign-in
}
# Fields of a page row that saving a draft writes: readers see none of them.
DRAFT_FIELDS = {
    "wagtail_admin_comments",
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}
# Log entries that localization.state reads (whether a translation is still
# a copy of its original): Wagtail writes the publish entry after sending
# page_published, so a reader in between could remember the old state.
PAGE_LOG_ACTIONS = {"wagtail.publish", "wagtail.convert_alias"}

_pending = threading.local()


def _skipped(sender):
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return True
    return meta.app_label in SKIPPED_APPS or (meta.app_label, meta.model_name) in SKIPPED_MODELS


def _scopes(page):
    scopes = [cache.PAGES, cache.page_scope(page.translation_key)]
    # A row without its tree fields (a fixture being loaded): as if it shaped all.
    if page.depth is None or page.depth <= NAVIGATION_DEPTH or page.numchild:
        scopes.append(cache.SITE)
    return scopes


def page_changed(page, urls_now=False):
    """Bump the page's scopes now; purge its pages when the transaction
    commits (once per transaction, however many signals name it). With
    urls_now, its URLs as they are now too (before a move or a delete)."""
    from . import purging

    cache.bump(*_scopes(page))
    pending = _pending.__dict__.setdefault("pages", {})
    urls = pending.setdefault(page.pk, set())
    if urls_now:
        urls.update(purging.urls_of([page]))
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _purge_pending()
    elif not any(callback is _purge_pending for _, callback, _ in connection.run_on_commit):
        # A rolled back transaction leaves its pages here: purged with the
        # next one's, which only costs a re-render.
        transaction.on_commit(_purge_pending)


def _purge_pending():
    from . import purging

    pending, _pending.pages = getattr(_pending, "pages", None) or {}, {}
    purging.purge(pending)


def _on_change(sender, instance=None, raw=False, update_fields=None, **kwargs):
    if raw or instance is None or (update_fields and set(update_fields) <= DRAFT_FIELDS):
        return
    if isinstance(instance, Page):
        page_changed(instance)
        return
    meta = sender._meta
    if meta.label_lower == "wagtailcore.pagelogentry":
        if getattr(instance, "action", None) in PAGE_LOG_ACTIONS and instance.page_id:
            # log_action() hands the page over: no query for it.
            cache.bump(cache.page_scope(instance.page.translation_key))
        return
    if not _skipped(sender):
        cache.bump(cache.SITE)


def _on_page_event(sender, instance, **kwargs):
    page_changed(instance)


def _on_slug_change(sender, instance, instance_before, **kwargs):
    page_changed(instance_before, urls_now=True)


def _before_move_or_delete(sender, instance, **kwargs):
    # Its URLs before it goes (what is below it goes with SITE: it has children).
    if isinstance(instance, Page):
        page_changed(instance, urls_now=True)


def connect():
    post_save.connect(_on_change, dispatch_uid="pagecache_post_save")
    post_delete.connect(_on_change, dispatch_uid="pagecache_post_delete")
    m2m_changed.connect(_on_change, dispatch_uid="pagecache_m2m_changed")
    page_published.connect(_on_page_event, dispatch_uid="pagecache_published")
    page_unpublished.connect(_on_page_event, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid="pagecache_moved")
    pre_page_move.connect(_before_move_or_delete, dispatch_uid="pagecache_moving")
    pre_delete.connect(_before_move_or_delete, dispatch_uid="pagecache_deleting")
    page_slug_changed.connect(_on_slug_change, dispatch_uid="pagecache_slug_changed")
