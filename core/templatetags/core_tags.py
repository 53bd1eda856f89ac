from decimal import Decimal

from django import template
from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils import translation
from wagtail.models import Page

register = template.Library()


@register.filter
def figure_value(value):
    """4250.00 -> '4,250' (grouped the reader's way); 2.50 -> '2.5'."""
    if value in (None, ""):
        return ""
    return floatformat(Decimal(str(value)), "-2g")


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per site language: the page's translation where it is live,
    otherwise that language's home page, so no link leads to a 404."""
    request = context.get("request")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    homes = {}
    home = context.get("site_home")
    if home:
        for translated in home.get_translations(inclusive=True).live().select_related("locale"):
            homes[translated.locale.language_code] = translated
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request=request),
                "is_current": code == current,
                "has_page": code in translations,
                "bidi": translation.get_language_info(code)["bidi"],
            }
        )
    return links


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1).live() if page.depth > 2 else []
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.filter
def nav_state(item, page):
    """'page' for the current page, 'true' for a section that contains it."""
    if not isinstance(page, Page) or not page.path:
        return ""
    if page.pk == item.pk:
        return "page"
    return "true" if page.path.startswith(item.path) else ""
