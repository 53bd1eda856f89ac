"""The document library: thematic guides, synthesis reports, council
decisions and studies, each a page with its file, searchable by the text
inside the file."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage, CityScopedMixin

from .extraction import document_key, extract_text


class PublicationKind(models.TextChoices):
    THEMATIC_GUIDE = "thematic-guide", _("Thematic guide")
    SYNTHESIS_REPORT = "synthesis-report", _("Synthesis report")
    COUNCIL_DECISION = "council-decision", _("Council decision")
    STUDY = "study", _("Study")


def validate_site_language(value):
    # Not choices on the field: the site's languages come from the environment.
    if value not in dict(settings.LANGUAGES):
        raise ValidationError(_("Not one of the site's languages."))


def _current_year():
    return datetime.date.today().year


class PublicationPage(CityScopedMixin, BasePage):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PublicationKind.choices,
        default=PublicationKind.THEMATIC_GUIDE,
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A PDF's text is searchable in the language of the file."),
    )
    file_language = models.CharField(
        _("language of the file"),
        max_length=10,
        default="el",
        validators=[validate_site_language],
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        default=_current_year,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True)
    related_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event it came from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_practice = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("practice it came from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Derived from the file on save (extraction.py); `document_text_key` says
    # which file the text was read from, so an unchanged file is not re-read.
    document_text = models.TextField(blank=True, editable=False)
    document_text_key = models.CharField(max_length=120, blank=True, editable=False)

    parent_page_types = ["publications.PublicationIndexPage", "cities.CityPage"]
    subpage_types = []
    base_form_class = LocalizedChoicesPageForm
    localized_choice_fields = ["themes"]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("file_language", widget=forms.Select(choices=settings.LANGUAGES)),
            ],
            heading=_("The file"),
        ),
        FieldPanel("kind"),
        FieldPanel("year"),
        FieldPanel("publisher"),
        FieldPanel("description"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("related_event"), FieldPanel("related_practice")],
            heading=_("Where it came from"),
        ),
        FieldPanel("image"),
    ]
    promote_panels = BasePage.promote_panels[:-2]

    # A translation may carry the file in its own language (override the
    # synchronised document and its language in the translation editor).
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("document"),
        SynchronizedField("file_language"),
        SynchronizedField("year"),
        TranslatableField("publisher"),
        TranslatableField("description"),
        SynchronizedField("themes"),
        SynchronizedField("related_event"),
        SynchronizedField("related_practice"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("publisher"),
        index.FilterField("year"),
        index.FilterField("kind"),
        index.FilterField("city"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def save(self, *args, **kwargs):
        self.refresh_document_text()
        return super().save(*args, **kwargs)

    def refresh_document_text(self, force=False):
        document = self.document if self.document_id else None
        key = document_key(document)
        if force or key != self.document_text_key:
            self.document_text = extract_text(document)
            self.document_text_key = key

    def search_text(self):
        """Extra text for the public search (search/indexing.py): the file's
        text, on the page in the file's language, so that it is normalised
        and stemmed as that language."""
        if self.document_text and self.file_language == self.locale.language_code:
            return self.document_text
        return ""

    # The public search dates a publication by its year.
    @property
    def date(self):
        return datetime.date(self.year, 1, 1) if self.year else None

    def localized_themes(self):
        from taxonomy.models import page_terms

        return page_terms(self, "themes")

    def file_language_name(self):
        from django.utils.translation import get_language_info

        return get_language_info(self.file_language)["name_local"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.localized_themes()
        context["came_from"] = [
            page.localized
            for page in (self.related_event, self.related_practice)
            if page is not None and page.live
        ]
        context["discussions"] = self.discussions_for(request, context["themes"])
        return context

    def discussions_for(self, request, themes):
        """For signed-in members: the members' area discussions of the same
        themes (never for the public: a restricted page is not listed)."""
        from django.apps import apps

        if not apps.is_installed("community"):
            return []
        from community.access import is_member
        from community.models import DiscussionPage

        if not is_member(request.user):
            return []
        return list(
            DiscussionPage.objects.live()
            .filter(locale=self.locale, theme__slug__in=[theme.slug for theme in themes])
            .select_related("alias_of__locale")
        )


class PublicationIndexPage(BasePage):
    """The document library: every publication of the network and its cities."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    lists_page_types = ("PublicationPage",)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    class Meta:
        verbose_name = _("document library")

    def get_context(self, request, *args, **kwargs):
        from .views import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(request, self))
        return context
