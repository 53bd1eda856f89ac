"""The filter options of the library and the site search, as HTML.

A page of results shows some sixty options, each with its count; built
here in Python they cost a tenth of an {% include %} each (docs/performance.md).
"""

import functools

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def facet_count(count):
    """The number of results an option gives, spoken with its noun."""
    return _facet_count(translation.get_language(), count)


@functools.lru_cache(maxsize=4096)
def _facet_count(language, count):
    # The same few (language, count) pairs recur on every result page.
    noun = ngettext("result", "results", count)
    return format_html(
        '<span class="facet__count">{}<span class="visually-hidden"> {}</span></span>', count, noun
    )


@register.simple_tag
def facet_option(facet, option):
    """One checkbox of a facet, its label in its own language where it has one."""
    label = option["label"]
    lang = getattr(label, "lang", None)
    attrs = format_html(' lang="{}" dir="{}"', lang, label.dir) if lang else ""
    return format_html(
        '<li><label><input type="checkbox" name="{}" value="{}"{}> '
        "<span{}>{}</span> {}</label></li>",
        facet.name,
        option["value"],
        " checked" if option["checked"] else "",
        attrs,
        label,
        facet_count(option["count"]),
    )
