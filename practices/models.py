"""Good practices ("inspiring approaches") and the library that lists them."""

import datetime

from django import forms
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, AttachmentBlock, FigureBlock, PartnerBlock
from core.forms import LocalizedChoicesPageForm
from core.images import load_renditions
from core.models import BasePage, CityScopedMixin
from localization.fallback import localize_pages

# A practice not verified for this long is flagged to its editors.
FRESHNESS_DAYS = 365


def stale_cutoff(today=None):
    """Practices last verified before this day are stale."""
    return (today or datetime.date.today()) - datetime.timedelta(days=FRESHNESS_DAYS)


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class EvidenceLevel(models.TextChoices):
    SELF_REPORTED = "self-reported", _("Self-reported")
    MONITORED = "monitored", _("Monitored")
    EXTERNALLY_EVALUATED = "externally-evaluated", _("Externally evaluated")


class FunderType(models.TextChoices):
    MUNICIPAL = "municipal", _("Municipal budget")
    REGIONAL = "regional", _("Regional government")
    NATIONAL = "national", _("National government")
    EU = "eu", _("European Union")
    INTERNATIONAL = "international", _("International organisation")
    FOUNDATION = "foundation", _("Foundation or NGO")
    PRIVATE = "private", _("Private sector")
    MIXED = "mixed", _("Mixed")


# The library's query parameter for each kind of term (search.service).
LIBRARY_PARAMS = {"themes": "theme", "target_groups": "target_group"}


class PracticePage(CityScopedMixin, BasePage):
    """One city's inspiring approach, in the sections researchers compare."""

    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Identifier in an imported dataset; the same for all translations."),
    )
    inspiring = RichTextField(_("what is inspiring"), blank=True, features=RICH_TEXT_FEATURES)
    how_it_works = RichTextField(_("how it works"), blank=True, features=RICH_TEXT_FEATURES)
    how_it_started = RichTextField(
        _("how it started and who started it"), blank=True, features=RICH_TEXT_FEATURES
    )
    results = RichTextField(_("the result"), blank=True, features=RICH_TEXT_FEATURES)

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_url = models.URLField(_("website"), blank=True)

    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True)
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name=_("target groups"), blank=True
    )
    principles = ParentalManyToManyField(
        "declarations.Principle",
        verbose_name=_("principles it implements"),
        blank=True,
        related_name="practices",
    )
    related_practices = ParentalManyToManyField(
        "self", verbose_name=_("related practices"), blank=True, symmetrical=False
    )

    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ONGOING
    )
    funding_programme = models.CharField(_("funding programme"), max_length=255, blank=True)
    funder_type = models.CharField(
        _("funder type"), max_length=20, choices=FunderType.choices, blank=True
    )
    partners = StreamField(
        [("partner", PartnerBlock())], verbose_name=_("partner organisations"), blank=True
    )
    figures = StreamField(
        [("figure", FigureBlock())], verbose_name=_("outcome figures"), blank=True
    )
    evidence_level = models.CharField(
        _("evidence level"),
        max_length=30,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.SELF_REPORTED,
    )
    source_url = models.URLField(_("source"), blank=True)
    attachments = StreamField(
        [("attachment", AttachmentBlock())], verbose_name=_("attachments"), blank=True
    )
    gallery = StreamField([("image", ImageBlock())], verbose_name=_("images"), blank=True)
    last_verified_on = models.DateField(
        _("last verified on"),
        null=True,
        blank=True,
        help_text=_("When the city last confirmed this description is accurate."),
    )

    parent_page_types = ["cities.CityPage"]
    subpage_types = []
    base_form_class = LocalizedChoicesPageForm
    localized_choice_fields = ["themes", "target_groups", "principles", "related_practices"]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("inspiring"),
        FieldPanel("how_it_works"),
        FieldPanel("how_it_started"),
        FieldPanel("results"),
        FieldPanel("figures"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
                FieldPanel("evidence_level"),
                FieldPanel("last_verified_on"),
            ],
            heading=_("Timing and evidence"),
        ),
        MultiFieldPanel(
            [FieldPanel("funding_programme"), FieldPanel("funder_type"), FieldPanel("partners")],
            heading=_("Funding and partners"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_url")],
            heading=_("Contact"),
        ),
        FieldPanel("image"),
        FieldPanel("gallery"),
        FieldPanel("attachments"),
        FieldPanel("source_url"),
        FieldPanel("related_practices"),
        FieldPanel("external_id"),
    ]
    promote_panels = BasePage.promote_panels[:-2]  # summary and image are on the content tab

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("external_id"),
        TranslatableField("inspiring"),
        TranslatableField("how_it_works"),
        TranslatableField("how_it_started"),
        TranslatableField("results"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("contact_url"),
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("principles"),
        SynchronizedField("related_practices"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("status"),
        TranslatableField("funding_programme"),
        SynchronizedField("funder_type"),
        TranslatableField("partners"),
        TranslatableField("figures"),
        SynchronizedField("evidence_level"),
        SynchronizedField("source_url"),
        TranslatableField("attachments"),
        TranslatableField("gallery"),
        SynchronizedField("last_verified_on"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("inspiring"),
        index.SearchField("how_it_works"),
        index.SearchField("how_it_started"),
        index.SearchField("results"),
        index.SearchField("funding_programme"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("city", [index.SearchField("title")]),
        index.FilterField("city"),
        index.FilterField("status"),
        index.FilterField("evidence_level"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("external_id"),
    ]

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})

    @cached_property
    def is_stale(self):
        return self.last_verified_on is None or self.last_verified_on < stale_cutoff()

    def running_in(self, year):
        """As the library's year facet counts (search.indexing._first_year):
        an undated practice runs in no known year, a planned one not before
        this year."""
        if self.start_date is None:
            return False
        first = self.start_date.year
        if self.status == Status.PLANNED:
            first = max(first, datetime.date.today().year)
        started = first <= year
        not_ended = self.end_date is None or self.end_date.year >= year
        return started and not_ended

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.localized_terms("themes")
        context["target_groups"] = self.localized_terms("target_groups")

        def related():
            return self.localized_principles(), localize_pages(self.related_for_readers())

        # The same for every reader of the language until content changes.
        from core.cache import remember

        key = ("practice_related", self.pk, translation.get_language())
        context["principles"], context["related"] = remember(key, related)
        # Per request: a rendition made after the list was cached must be found.
        load_renditions(context["related"])
        return context

    def related_for_readers(self):
        """The related practices, each in the reader's language when it has a
        live translation there (as `page.localized`), with their cities,
        images: a fixed number of queries, however many."""
        from wagtail.models import Locale

        loaded = ("city", "image", "alias_of__locale")
        related = list(self.related_practices.filter(live=True).select_related(*loaded))
        if not related:
            return []
        locale = Locale.get_active()
        keys = [page.translation_key for page in related if page.locale_id != locale.pk]
        translated = {
            page.translation_key: page
            for page in PracticePage.objects.live()
            .filter(translation_key__in=keys, locale=locale)
            .select_related(*loaded)
        }
        return [translated.get(page.translation_key, page) for page in related]

    def localized_terms(self, field_name):
        """Remembered on the page (the page and its structured data ask)."""
        from taxonomy.models import link_to_library, page_terms

        cache = self.__dict__.setdefault("_localized_terms", {})
        if field_name not in cache:
            terms = page_terms(self, field_name)
            cache[field_name] = link_to_library(terms, LIBRARY_PARAMS[field_name], self.locale)
        return cache[field_name]

    def localized_principles(self):
        from declarations.models import Principle

        keys = self.principles.values("translation_key")
        principles = list(
            Principle.objects.filter(translation_key__in=keys, locale=self.locale)
            .select_related("page__alias_of__locale")
            .order_by("page_id", "sort_order")
        )
        # A declaration not translated into the reader's language lends its
        # principles the text of its best version (localization.fallback).
        declarations = {principle.page_id: principle.page for principle in principles}
        localize_pages(declarations.values(), related=())
        shown = {
            principle.translation_key: principle
            for page in declarations.values()
            if getattr(page, "_text_language", None)
            for principle in page.principles.all()
        }
        for position, principle in enumerate(principles):
            principle.page = declarations[principle.page_id]
            better = shown.get(principle.translation_key)
            if better is not None:
                better.page = principle.page
                principles[position] = better
        return principles


class PracticeIndexPage(RoutablePageMixin, BasePage):
    """The practice library: every live practice in the reader's language."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    lists_page_types = ("PracticePage",)
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    class Meta:
        verbose_name = _("practice library")

    def get_context(self, request, *args, **kwargs):
        from .listing import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(request, self))
        return context

    # /<lang>/practices/export.csv and .json: the library's result set as data
    # (practices/export.py). Wagtail's URLs end in "/"; config/urls.py sends
    # these file-like URLs to Wagtail's page router too.
    @path("export.csv/", name="export_csv")
    def export_csv(self, request):
        from .export import export_response

        return export_response(request, self, "csv")

    @path("export.json/", name="export_json")
    def export_json(self, request):
        from .export import export_response

        return export_response(request, self, "json")
