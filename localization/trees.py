"""Keeping the language trees in step: every tree that syncs from another
(wagtail-localize's LocaleSynchronization) holds an alias of each page of
that tree until someone translates it. wagtail-localize makes these aliases
when an editor adds a page in the admin; code that adds pages itself (the
demo loader, onboarding, the importer) calls ensure_aliases."""

from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization


def ensure_aliases(page):
    """An alias of `page` in every tree synced from its language that lacks
    the page (parents first, as wagtail-localize does). Returns the count."""
    synced = Locale.objects.filter(
        pk__in=LocaleSynchronization.objects.filter(sync_from=page.locale_id).values("locale_id")
    )
    present = set(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "locale_id", flat=True
        )
    )
    count = 0
    for locale in synced:
        if locale.pk not in present:
            page.copy_for_translation(locale, copy_parents=True, alias=True)
            count += 1
    return count
