"""Declarations: the texts the network's cities signed, with their principles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage
from localization.fallback import localize_pages


class DeclarationPage(BasePage):
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    adopted_at = models.CharField(_("adopted at"), max_length=120, blank=True)
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    signatory_cities = ParentalManyToManyField(
        "cities.CityPage", verbose_name=_("signatory cities"), blank=True, related_name="+"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["home.HomePage", "cities.CityPage"]
    subpage_types = []
    base_form_class = LocalizedChoicesPageForm
    localized_choice_fields = ["signatory_cities"]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("adopted_on"), FieldPanel("adopted_at")], heading=_("Adoption")
        ),
        FieldPanel("introduction"),
        InlinePanel("principles", label=_("Principles"), heading=_("Principles")),
        FieldPanel("body"),
        FieldPanel("signatory_cities"),
        FieldPanel("document"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("adopted_on"),
        TranslatableField("adopted_at"),
        TranslatableField("introduction"),
        TranslatableField("body"),
        TranslatableField("principles"),
        SynchronizedField("signatory_cities"),
        SynchronizedField("document"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.RelatedFields(
            "principles", [index.SearchField("short_title"), index.SearchField("text")]
        ),
    ]

    class Meta:
        verbose_name = _("declaration")

    def localized_signatories(self):
        from cities.models import CityPage

        keys = self.signatory_cities.values_list("translation_key", flat=True)
        cities = localize_pages(
            CityPage.objects.live().filter(translation_key__in=keys, locale=self.locale)
        )
        return sorted(cities, key=lambda city: city.title.casefold())

    def practices_by_principle(self):
        """{principle: [practices in this page's language that implement it]}, two queries."""
        from practices.models import PracticePage

        principles = list(self.principles.all())
        by_key = {principle.translation_key: principle for principle in principles}
        implementing = {principle: [] for principle in principles}
        practices = (
            PracticePage.objects.live()
            .filter(locale=self.locale, principles__translation_key__in=by_key)
            .select_related("city")
            .prefetch_related("principles")
            .distinct()
            .order_by("title")
        )
        for practice in localize_pages(practices):
            for principle in practice.principles.all():
                if principle.translation_key in by_key:
                    implementing[by_key[principle.translation_key]].append(practice)
        return implementing


class Principle(TranslatableMixin, Orderable):
    page = ParentalKey(DeclarationPage, related_name="principles", on_delete=models.CASCADE)
    number = models.PositiveSmallIntegerField(_("number"))
    short_title = models.CharField(_("short title"), max_length=120)
    text = models.TextField(_("text"))

    panels = [FieldPanel("number"), FieldPanel("short_title"), FieldPanel("text")]
    translatable_fields = [
        SynchronizedField("number"),
        TranslatableField("short_title"),
        TranslatableField("text"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("principle")
        verbose_name_plural = _("principles")

    def __str__(self):
        return f"{self.number}. {self.short_title}"
