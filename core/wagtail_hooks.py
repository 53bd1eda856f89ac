"""Links to pages in rich text, in one query.

Wagtail's handler loads each linked page as its specific type (a query per
type) and then its version in the reader's language (a query per link in
another language); every page with links in its text pays that on every
request. An address needs neither: this handler reads the linked pages and
their live versions in the active language in one query."""

from django.db.models import Q, Subquery
from django.utils.html import escape
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.rich_text.pages import PageLinkHandler


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = {str(attrs.get("id")) for attrs in attrs_list}
        ids = [int(pk) for pk in ids if pk.isdigit()]
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):
            locale = None
        wanted = Q(pk__in=ids)
        if locale is not None:
            keys = Page.objects.filter(pk__in=ids).values("translation_key")
            wanted |= Q(translation_key__in=Subquery(keys), locale=locale, live=True)
        pages = list(
            Page.objects.filter(wanted).only(
                "pk", "path", "depth", "url_path", "translation_key", "locale", "live"
            )
        )
        in_locale = {
            page.translation_key: page
            for page in pages
            if page.locale_id == getattr(locale, "pk", None)
        }
        by_id = {str(page.pk): page for page in pages if page.pk in ids}
        tags = []
        for attrs in attrs_list:
            page = by_id.get(str(attrs.get("id")))
            if page is None:
                tags.append("<a>")
                continue
            # As Wagtail's `page.localized`: the live version in the reader's
            # language, else the linked page itself.
            shown = in_locale.get(page.translation_key, page)
            tags.append(f'<a href="{escape(shown.url)}">')
        return tags


@hooks.register("register_rich_text_features", order=100)
def register_localized_page_links(features):
    features.register_link_type(LocalizedPageLinkHandler)
