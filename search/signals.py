"""Keep the search documents in step with the pages and the vocabularies.

Indexing runs in the request that changed the page (a refresh touches one
translation group: a few rows), so a reader finds a page as soon as it is
published. Bulk loaders suspend it (indexing.suspended) and rebuild after.
"""

import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from taxonomy.models import TargetGroup, Theme

from . import indexing

logger = logging.getLogger(__name__)


def _refresh(pages, published=()):
    if indexing.is_suspended():
        return
    indexing.refresh(pages, published)


@receiver(page_published)
def page_went_live(sender, instance, **kwargs):
    _refresh([instance], published=[instance.pk])


@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    _refresh([instance])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # A move changes the city (and, out of a private section, visibility)
    # of the page and everything under it.
    _refresh(list(instance.get_descendants(inclusive=True).values_list("pk", flat=True)))


# sender=Page: a receiver for every model would cost Django its fast deletes
# everywhere. Deleting a specific page deletes its Page row too.
@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    if indexing.is_suspended():
        return
    indexing.remove([instance.pk])
    siblings = Page.objects.filter(translation_key=instance.translation_key)
    if siblings.exists():
        indexing.refresh(list(siblings.values_list("pk", flat=True)))


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=TargetGroup)
def term_saved(sender, instance, created, update_fields=None, **kwargs):
    # Documents store slugs; a slug edited in the admin must follow. Draft
    # revisions and locks save only their own fields (update_fields).
    if created or indexing.is_suspended():
        return
    if update_fields is not None and "slug" not in update_fields:
        return
    field = "themes" if sender is Theme else "target_groups"
    pages = []
    for model in (m for m in _page_models() if hasattr(m, field)):
        pages += list(model.objects.filter(**{field: instance}).values_list("pk", flat=True))
    if pages:
        _refresh(pages)


def _page_models():
    from wagtail.models import get_page_models

    return get_page_models()
