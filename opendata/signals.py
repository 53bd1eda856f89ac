"""Content changes the open data follows.

* A page's view restriction added or removed changes what is public below
  it: the public search index (which the library, the export and the API
  read) is refreshed for that section, so a members' page drops out at once.
* Publishing, unpublishing or moving a page, or saving a vocabulary term,
  marks the whole-library downloads stale (opendata.downloads): they are
  rebuilt on the next request of the Data page or by `build_open_data`.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from taxonomy.models import TargetGroup, Theme


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    from search import indexing

    if indexing.is_suspended():
        return
    section = instance.page.get_descendants(inclusive=True)
    indexing.refresh(list(section.values_list("pk", flat=True)))
    _stale()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save, sender=Theme)
@receiver(post_save, sender=TargetGroup)
def content_changed(sender, **kwargs):
    _stale()


def _stale():
    from .downloads import mark_stale

    mark_stale()
