from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

from core import fragments

register = template.Library()


@register.filter
def figure_value(value):
    """4250.00 -> '4,250' (grouped the reader's way); 2.50 -> '2.5'."""
    if value in (None, ""):
        return ""
    return floatformat(Decimal(str(value)), "-2g")


@register.filter(expects_localtime=True)
def html_datetime(value):
    """A `datetime` attribute HTML accepts: `|date:'c'` writes microseconds,
    and HTML allows at most three digits of a second. A date stays a date;
    an aware time is in the template's time zone (or the one `|timezone`
    gave it), with its offset."""
    if not value:
        return ""
    if hasattr(value, "microsecond"):
        value = value.replace(microsecond=0)
    return value.isoformat()


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


@register.simple_tag
def term_lang_attrs(term):
    """` lang="en" dir="ltr"` for a vocabulary term shown in another language
    than the page (one with no translation yet, see taxonomy.localized_terms)."""
    code = term.locale.language_code
    if code == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.filter
def in_own_language(item, attribute="title"):
    """An item's text (a page's title by default) wrapped in a span with its
    lang and dir when it is in another language than the page, to put into an
    interface sentence ("Practices in Athens")."""
    attrs = text_lang_attrs(item)
    value = getattr(item, attribute)
    if not attrs:
        return value
    return format_html("<span{}>{}</span>", attrs, value)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors as a breadcrumb trail (components/breadcrumbs.html),
    its HTML remembered per page and language (core.fragments)."""
    from core import cache
    from localization.fallback import localize_pages

    def ancestors_of():
        return localize_pages(page.get_ancestors().filter(depth__gt=1).live())

    def render_fresh():
        language = translation.get_language()
        if page.depth <= 2:
            ancestors = []
        elif page.pk is None:  # a preview of a page not saved yet
            ancestors = ancestors_of()
        else:
            scopes = (cache.SITE, cache.page_scope(page.translation_key))
            ancestors = cache.remember(("ancestors", page.pk, language), ancestors_of, scopes)
        with context.push(ancestors=ancestors, page=page):
            return context.template.engine.get_template("components/breadcrumbs.html").render(
                context
            )

    if context.get("page") is not page:
        return render_fresh()
    return fragments.render("breadcrumbs", context, render_fresh)


# The sections the templates link to, looked up together (one query).
SECTION_SLUGS = ("practices", "cities", "news")


@register.simple_tag(takes_context=True)
def section_url(context, slug):
    """The URL of the reader's language's page with this slug (a section of
    the home page: 'practices', 'cities', 'news'). Wagtail's `slugurl` takes
    the first page with the slug in any tree, so it led every reader to the
    Greek pages. One query for every section."""
    from core.cache import SITE, remember

    request = context.get("request")
    language = translation.get_language()

    def find(slugs):
        pages = (
            Page.objects.live()
            .filter(slug__in=slugs, locale__language_code=language)
            .order_by("depth", "path")
        )
        first = {}
        for page in pages:
            first.setdefault(page.slug, page)
        return {
            name: (first[name].get_url(request=request) or "") if name in first else ""
            for name in slugs
        }

    host = request.get_host() if request is not None else ""
    if slug in SECTION_SLUGS:
        urls = remember(("section_urls", language, host), lambda: find(SECTION_SLUGS), (SITE,))
        return urls[slug]
    return remember(("section_url", slug, language, host), lambda: find([slug])[slug], (SITE,))


@register.filter
def nav_state(item, page):
    """'page' for the current page, 'true' for a section that contains it."""
    return fragments.nav_state(item.pk, item.path, page)


class ChromeFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        return fragments.render(self.name, context, lambda: self.nodelist.render(context))


@register.tag
def chrome_fragment(parser, token):
    """{% chrome_fragment "footer" %}...{% endchrome_fragment %}: the enclosed
    HTML, rendered once per what core.fragments.KEYS says it depends on."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("chrome_fragment takes one quoted fragment name")
    name = bits[1][1:-1]
    if name not in fragments.KEYS:
        raise template.TemplateSyntaxError(
            f"chrome_fragment: core.fragments has no key for {name!r}"
        )
    nodelist = parser.parse(("endchrome_fragment",))
    parser.delete_first_token()
    return ChromeFragmentNode(name, nodelist)
