"""When the page cache forgets everything (pagecache.store.purge).

Any saved or deleted row may show on a page (a page, a term, a setting, an
image's title, a city's figures…), so every model purges except the
bookkeeping that reading, logging in and editing drafts write. New apps'
models purge without registering anything; over-purging only costs a
re-render, a missed purge would serve a stale page.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import store

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
    ("wagtailadmin", "editingsession"),
    ("wagtailadmin", "admin"),
    ("wagtailusers", "userprofile"),
    ("wagtailsearchpromotions", "query"),
    ("wagtailsearchpromotions", "querydailyhits"),
    ("auth", "user"),  # last_login on every sign-in
}


def _skipped(sender):
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return True
    return meta.app_label in SKIPPED_APPS or (meta.app_label, meta.model_name) in SKIPPED_MODELS


# Log entries that localization.state reads (whether a translation is still
# a copy of its original): Wagtail writes the publish entry after sending
# page_published, so a reader in between could remember the old state.
PURGING_LOG_ACTIONS = {"wagtail.publish", "wagtail.convert_alias"}


def _purges(sender, instance):
    if not _skipped(sender):
        return True
    meta = getattr(sender, "_meta", None)
    return (
        meta is not None
        and meta.label_lower == "wagtailcore.pagelogentry"
        and getattr(instance, "action", None) in PURGING_LOG_ACTIONS
    )


def _on_change(sender, **kwargs):
    if not kwargs.get("raw") and _purges(sender, kwargs.get("instance")):
        store.purge()


def _on_page_event(sender, **kwargs):
    store.purge()


def connect():
    post_save.connect(_on_change, dispatch_uid="pagecache_post_save")
    post_delete.connect(_on_change, dispatch_uid="pagecache_post_delete")
    m2m_changed.connect(_on_change, dispatch_uid="pagecache_m2m_changed")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_event, dispatch_uid=f"pagecache_{id(signal)}")
