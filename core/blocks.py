"""StreamField blocks shared by the content types."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Rich text stays simple: the public reads on phones and with screen readers.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    """A number with its unit, year and source: '4,250 hours of Greek, 2023'."""

    label = blocks.CharBlock(label=_("label"), max_length=160)
    value = blocks.DecimalBlock(label=_("value"), decimal_places=2, max_digits=14)
    unit = blocks.CharBlock(label=_("unit"), max_length=40, required=False)
    year = blocks.IntegerBlock(label=_("year"), min_value=1900, max_value=2100, required=False)
    source = blocks.CharBlock(label=_("source"), max_length=200, required=False)

    class Meta:
        icon = "table"
        label = _("figure")


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("goal"), max_length=160)
    text = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "pick"
        label = _("goal")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("organisation"), max_length=200)
    role = blocks.CharBlock(label=_("role"), max_length=200, required=False)
    url = blocks.URLBlock(label=_("website"), required=False)

    class Meta:
        icon = "group"
        label = _("partner")


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("attachment")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("heading"))
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=RICH_TEXT_FEATURES,
        template="components/blocks/paragraph.html",
    )
    # ImageBlock asks for alt text unless the editor marks the image decorative.
    image = ImageBlock(label=_("image"), template="components/blocks/image.html")
    quote = QuoteBlock(label=_("quote"))
    document = AttachmentBlock(label=_("document"), template="components/blocks/document.html")

    class Meta:
        block_counts = {}


def stream_signature(stream_value):
    """A StreamField value as comparable JSON, without the block ids."""
    data = [
        {"type": child.block_type, "value": child.block.get_prep_value(child.value)}
        for child in stream_value
    ]
    return json.dumps(data, cls=DjangoJSONEncoder, sort_keys=True)
