"""The abstract page every content type builds on, from small mixins."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ListingMixin(models.Model):
    """What a page shows of itself in cards, listings, feeds and search results."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings, search results and link previews."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The listing image is shown as decoration (alt=""), beside the title
    # that names it: pictures that carry information go into the body, whose
    # image block requires alt text (core.blocks).
    listing_panels = [
        FieldPanel("summary"),
        FieldPanel(
            "image",
            help_text=_(
                "Shown as decoration beside the title in cards and at the top of the page. "
                "A picture that carries information belongs in the body, with alt text."
            ),
        ),
    ]

    class Meta:
        abstract = True


class CityScopedMixin(models.Model):
    """Keeps a pointer to the city page a page lives under.

    The tree is the source of truth (a city's content lives under its page);
    the pointer is refreshed on every save and move so that listings can filter
    and count by city with one indexed join instead of path arithmetic.
    """

    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.city = self.city_from_tree()
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from localization.fallback import localize_pages

        context = super().get_context(request, *args, **kwargs)
        if self.city_id:
            # The city's name in the reader's best language (localization.fallback).
            localize_pages([self.city])
        return context

    def city_from_tree(self):
        from cities.models import CityPage

        if not self.path:
            return None
        return CityPage.objects.filter(path__in=self._ancestor_paths()).first()

    def _ancestor_paths(self):
        step = self.steplen
        return [self.path[:end] for end in range(step, len(self.path), step)]


class AtomicPublishMixin(models.Model):
    """Wagtail commits the page row, then indexes, purges and logs it, each on
    its own. One transaction around the whole publish (and unpublish) makes
    it all or nothing, and the page cache purges once, at its commit, after
    the search documents it lists from are written."""

    class Meta:
        abstract = True

    def publish(self, revision, *args, **kwargs):
        with transaction.atomic():
            return super().publish(revision, *args, **kwargs)

    def unpublish(self, *args, **kwargs):
        with transaction.atomic():
            return super().unpublish(*args, **kwargs)


class BasePage(AtomicPublishMixin, ListingMixin, Page):
    """Shared by every page type: listing fields, SEO and translation rules."""

    show_in_menus_default = False

    content_panels = Page.content_panels
    promote_panels = Page.promote_panels + ListingMixin.listing_panels

    # Slugs stay the same in every language, so that /el/x/ and /en/x/ are
    # the same page and a shared link survives a language switch.
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        TranslatableField("summary"),
        SynchronizedField("image"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
    ]

    # The page types an index page lists although they are not below it
    # (pagecache purges it when one of them changes).
    lists_page_types = ()

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        """Wagtail's (a documented override), with the site's public address
        as the root URL (core.addresses), so that every full URL of a page,
        Wagtail's own purges and e-mails included, points there."""
        from .addresses import base

        parts = super().get_url_parts(request=request)
        if parts is None or parts[2] is None:
            return parts
        return parts[0], base(), parts[2]

    def serve_preview(self, request, *args, **kwargs):
        """Wagtail's preview, rendered here with core.cache bypassed: every
        cached list, fragment and lookup is computed from the draft."""
        from . import cache

        with cache.bypassed():
            response = super().serve_preview(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response

    def get_cached_paths(self):
        """The page's own URL and, for a routable page, its sub-paths that
        take no argument (feeds, exports): what a purge must reach."""
        paths = ["/"]
        if isinstance(self, RoutablePageMixin):
            for pattern in self.get_resolver().url_patterns:
                route = str(pattern.pattern)
                if route and "<" not in route and "(" not in route:
                    paths.append("/" + route.lstrip("^").rstrip("$"))
        return paths

    def get_listing_summary(self):
        return self.summary or self.search_description

    @property
    def content_language(self):
        """The language the page's text is written in. An alias page in a
        language tree shows its source page's text, in the source's language;
        so does a converted alias awaiting its first published translation,
        which localization.wagtail_hooks serves with `_text_language` set."""
        override = getattr(self, "_text_language", None)
        if override:
            return override
        source = self.alias_of if self.alias_of_id else self
        return source.locale.language_code

    @property
    def shows_source_text(self):
        """True if the text shown is its source page's (see content_language).
        Never queries: templates test it before asking for content_language."""
        return bool(self.alias_of_id or getattr(self, "_text_language", None))


@register_setting(icon="site")
class NetworkSettings(BaseGenericSetting):
    """The network's contact details and the terms its data is shared under."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    data_licence_name = models.CharField(_("data licence"), max_length=100, default="CC BY 4.0")
    data_licence_url = models.URLField(
        _("data licence URL"), default="https://creativecommons.org/licenses/by/4.0/"
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("data_licence_name"),
        FieldPanel("data_licence_url"),
    ]

    class Meta:
        verbose_name = _("network settings")

    @classmethod
    def load(cls, request_or_site=None):
        """Cached until the site changes (core.cache): every page's
        structured data asks."""
        from .cache import SITE, remember

        return remember(
            ("settings", cls._meta.label), lambda: super(NetworkSettings, cls).load(), (SITE,)
        )
