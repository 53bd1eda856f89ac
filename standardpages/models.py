"""Plain content pages: about, contact, accessibility statement, privacy."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage


class StandardPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "cities.CityPage", "standardpages.StandardPage"]

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
