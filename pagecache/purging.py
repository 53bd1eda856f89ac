"""Which pages a page's change shows on, purged together through Wagtail's
frontend cache (PurgeBatch: pagecache.frontend and any proxy)."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex


def _listing_pages(pages):
    """The live index pages that list any of these pages' types
    (BasePage.lists_page_types)."""
    names = {page.specific_class.__name__ for page in pages if page.specific_class}
    listing_models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and names & set(getattr(model, "lists_page_types", ()))
    ]
    found = []
    for model in listing_models:
        found.extend(model.objects.live().only("pk", "url_path", "depth", "path", "content_type"))
    return found


def affected_pages(pks):
    """The pages, their translations, their live ancestors, the pages that
    link to them and the index pages that list them."""
    pages = list(Page.objects.filter(pk__in=pks))
    keys = {page.translation_key for page in pages}
    group = list(Page.objects.filter(translation_key__in=keys)) if keys else []
    paths = {
        page.path[:end]
        for page in group
        for end in range(page.steplen * 2, len(page.path), page.steplen)
    }
    ancestors = list(Page.objects.live().filter(path__in=paths)) if paths else []
    page_type = ContentType.objects.get_for_model(Page)
    linking_pks = ReferenceIndex.objects.filter(
        to_content_type=page_type,
        to_object_id__in=[str(page.pk) for page in group],
        base_content_type=page_type,
    ).values_list("object_id", flat=True)
    linking = list(Page.objects.live().filter(pk__in=[int(pk) for pk in linking_pks]))
    return {
        page.pk: page for page in [*group, *ancestors, *linking, *_listing_pages(group)]
    }.values()


def urls_of(pages):
    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


def purge(pending):
    """pending: {page pk: URLs it had before moving or going}."""
    if not pending:
        return
    batch = PurgeBatch()
    for urls in pending.values():
        batch.add_urls(urls)
    batch.add_pages(affected_pages(list(pending)))
    batch.purge()
