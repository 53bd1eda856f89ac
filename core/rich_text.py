"""The admin's rich-text editor: Wagtail's Draftail, named by its label.

Wagtail's field template labels the hidden input that Draftail replaces,
so screen readers meet an editing area without a name (axe's
aria-input-field-name; https://github.com/wagtail/wagtail/issues/14205).
Draftail takes an ``ariaLabelledBy`` option, and Wagtail passes the
widget's options to it: point it at the label, whose id Wagtail's field
template derives from the input's (``<id>-label``). Installed through the
WAGTAILADMIN_RICH_TEXT_EDITORS setting. StreamField blocks are drawn in
the browser, without this template (docs/members.md, "The admin with a
screen reader").
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from wagtail.admin.rich_text import DraftailRichTextArea

OPTIONS = "data-w-init-detail-value"


class LabelledDraftailRichTextArea(DraftailRichTextArea):
    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        if widget_attrs.get("id"):
            options = json.loads(widget_attrs[OPTIONS])
            options["ariaLabelledBy"] = f"{widget_attrs['id']}-label"
            widget_attrs[OPTIONS] = json.dumps(options, cls=DjangoJSONEncoder)
        return context
