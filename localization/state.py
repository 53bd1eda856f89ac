"""Which pages of a language tree carry their own text, and which a copy.

A page in a language tree shows another language's text in two cases:

* it is an *alias* (``alias_of`` set): wagtail-localize's "sync from" keeps a
  mirror of each source page in every tree until someone translates it;
* it was an alias and a translation of it has been started but never
  published: wagtail-localize (and ``localization.drafts``) convert the alias
  into an ordinary page to hold the draft, and its published row is still the
  copy of the source it was converted from.

The second case is read from Wagtail's audit log: the page's last
"wagtail.convert_alias" entry is newer than its last "wagtail.publish" entry.
Both are written in the same transaction as the change they record.
"""

from django.db.models import F, Max, OuterRef, Q, Subquery
from wagtail.models import PageLogEntry

CONVERTED = "wagtail.convert_alias"
PUBLISHED = "wagtail.publish"


def _last_entry(action):
    return (
        PageLogEntry.objects.filter(page=OuterRef("pk"), action=action)
        .order_by("-pk")
        .values("pk")[:1]
    )


def with_copy_state(queryset):
    """Annotate each page with the ids of its last conversion and publication."""
    return queryset.annotate(
        _converted_entry=Subquery(_last_entry(CONVERTED)),
        _published_entry=Subquery(_last_entry(PUBLISHED)),
    )


_UNPUBLISHED_SINCE_CONVERSION = Q(_converted_entry__isnull=False) & (
    Q(_published_entry__isnull=True) | Q(_published_entry__lt=F("_converted_entry"))
)


def own_text_only(queryset):
    """Only the pages that show their own language's text (no alias, no
    converted alias awaiting its first publication)."""
    return (
        with_copy_state(queryset)
        .filter(alias_of__isnull=True)
        .exclude(_UNPUBLISHED_SINCE_CONVERSION)
    )


def shows_copy(page):
    """True if the page's published text is a copy of another language's.
    Cached on the page object."""
    if page.alias_of_id:
        return True
    cached = getattr(page, "_shows_copy", None)
    if cached is not None:
        return cached
    if hasattr(page, "_converted_entry"):
        converted, published = page._converted_entry, page._published_entry
    else:
        from core import cache

        scopes = (cache.page_scope(page.translation_key),)
        last = cache.remember(("log_entries", page.pk), lambda: _last_entries(page.pk), scopes)
        converted, published = last.get(CONVERTED), last.get(PUBLISHED)
    page._shows_copy = converted is not None and (published is None or published < converted)
    return page._shows_copy


def _last_entries(page_pk):
    return dict(
        PageLogEntry.objects.filter(page_id=page_pk, action__in=[CONVERTED, PUBLISHED])
        .values("action")
        .annotate(last=Max("pk"))
        .values_list("action", "last")
    )


def attach_alias_sources(pages):
    """Load the source page (and its locale) of every alias in `pages` in one
    query, so that templates can ask for each one's text language for free."""
    from wagtail.models import Page

    pages = list(pages)
    wanted = {page.alias_of_id for page in pages if page.alias_of_id}
    if wanted:
        sources = Page.objects.filter(pk__in=wanted).select_related("locale").in_bulk()
        for page in pages:
            if page.alias_of_id in sources:
                page.alias_of = sources[page.alias_of_id]
    return pages
