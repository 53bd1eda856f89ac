"""Vocabularies shared by practices and news: themes and target groups.

Each term is a translatable snippet. Its slug is the same in every language,
so filters and exports speak one vocabulary whatever the reader's language.

Terms are moderated like pages: drafts, revisions, locking and the
"Moderators approval" workflow (core.roles assigns it to both models). A
term reaches readers only once published (``live``), so every public query
goes through ``localized_terms``, which reads live terms only.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Term(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)
    # As Wagtail's snippet workflows ask: revisions and workflow states are
    # deleted with the term, and can be queried from it.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_target_group_slug_per_locale"
            )
        ]


# The initial vocabularies; editors add more in the admin.
THEME_SLUGS = [
    "language-learning",
    "employment",
    "education",
    "housing",
    "health",
    "reception",
    "counselling",
    "participation",
    "anti-discrimination",
    "culture-and-sport",
    "coordination",
]
TARGET_GROUP_SLUGS = [
    "refugees",
    "asylum-seekers",
    "migrants",
    "unaccompanied-minors",
    "women",
    "youth",
    "children",
    "eu-citizens",
    "families",
]


def localized_terms(model, locale, slugs=None):
    """The terms of `model` in `locale` by slug, falling back for slugs that
    have no translation yet along the reader's language chain
    (localization.fallback: English before Greek for Arabic readers). Live
    terms only: a draft term (or a translation awaiting moderation) is not
    shown. One query, none while core.cache has them."""
    from core.cache import SITE, remember

    key = ("terms", model._meta.label, locale.language_code)
    terms = remember(key, lambda: _localized_terms(model, locale.language_code), (SITE,))
    if slugs is None:
        return terms
    return {slug: terms[slug] for slug in slugs if slug in terms}


def _localized_terms(model, language):
    from localization.fallback import best

    by_slug = {}
    for term in model.objects.filter(live=True).select_related("locale"):
        by_slug.setdefault(term.slug, {})[term.locale.language_code] = term
    return {slug: best(versions, language) for slug, versions in by_slug.items()}


def link_to_library(terms, param, locale):
    """Give each term the address of the practice library of `locale`
    filtered by it (`?theme=housing`), for the chips on pages. One query."""
    from urllib.parse import urlencode

    base = library_url(locale)
    for term in terms:
        term.library_url = f"{base}?{urlencode({param: term.slug})}" if base else ""
    return terms


def library_url(locale):
    """The address of the practice library of `locale`, or None
    (cached until the site changes, core.cache)."""
    from core.cache import SITE, remember

    return remember(("library_url", locale.pk), lambda: _library_url(locale), (SITE,))


def _library_url(locale):
    from practices.models import PracticeIndexPage

    library = PracticeIndexPage.objects.live().filter(locale=locale).first()
    return library.get_url() if library is not None else None


def terms_for_readers(related, locale, slugs=None):
    """A page's terms (a many-to-many manager, which may point at another
    language's terms) as readers see them: in `locale` where translated,
    live ones only, in the relation's order. Two queries (one with `slugs`,
    the relation's slugs in order)."""
    if slugs is None:
        slugs = [term.slug for term in related.all()]
    by_slug = localized_terms(related.model, locale, slugs=slugs)
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def page_terms(page, field_name):
    """terms_for_readers() of one of a page's term fields. The page's slugs
    are kept in core.cache under its own scope (saving the page bumps it; a
    preview, which shows a revision's terms, bypasses the cache)."""
    from core import cache

    related = getattr(page, field_name)
    slugs = cache.remember(
        ("page_terms", page.pk, field_name),
        lambda: [term.slug for term in related.all()],
        (cache.SITE, cache.page_scope(page.translation_key)),
    )
    return terms_for_readers(related, page.locale, slugs)
