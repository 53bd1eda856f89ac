from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

register = template.Library()


@register.filter
def figure_value(value):
    """4250.00 -> '4,250' (grouped the reader's way); 2.50 -> '2.5'."""
    if value in (None, ""):
        return ""
    return floatformat(Decimal(str(value)), "-2g")


@register.simple_tag
def text_lang_attrs(item):
    """` lang="el" dir="ltr"` for an item (a page, a card's page) whose text is
    in another language than the page around it: an alias shows its source's
    text, and so does a converted alias served by localization.wagtail_hooks.
    No query when the listing selected `alias_of__locale`."""
    code = getattr(item, "_text_language", None)
    if not code and getattr(item, "alias_of_id", None):
        code = item.alias_of.locale.language_code
    if not code or code == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = (
        page.get_ancestors().filter(depth__gt=1).live().select_related("alias_of__locale")
        if page.depth > 2
        else []
    )
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.filter
def nav_state(item, page):
    """'page' for the current page, 'true' for a section that contains it."""
    if not isinstance(page, Page) or not page.path:
        return ""
    if page.pk == item.pk:
        return "page"
    return "true" if page.path.startswith(item.path) else ""
