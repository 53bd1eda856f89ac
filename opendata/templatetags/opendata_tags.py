"""What a page tells machines about itself, in <head> (components/open_data_head.html):
schema.org JSON-LD, Open Graph and Twitter card tags, and its Atom feeds.

JSON-LD is a data block (type="application/ld+json"), not a script the
browser runs, so the site's CSP does not apply; it is escaped as
django's json_script escapes ("<", ">", "&" as \\u escapes), so no text
in it can close the element. Every URL is absolute. The language versions
come from localization's PageLanguages, computed once per request.
"""

import json
import re

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core.addresses import absolute

register = template.Library()

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
OG_IMAGE = "fill-1200x630"
# What the feeds' <slug:…> patterns accept (ASCII): anything else has no feed.
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


def json_ld(data):
    """A JSON-LD data block, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def _iso(value):
    return value.isoformat() if value else None


def _clean(node):
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


class Describer:
    def __init__(self, context, page):
        from localization.templatetags.localization_tags import page_languages

        self.request = context.get("request")
        self.page = page
        self.languages = page_languages(context, page) if isinstance(page, Page) else None
        self.home = self._absolute(f"/{get_language()}/")
        self.network = gettext("Cities Network for Integration")

    def _absolute(self, url):
        return absolute(url) if url else None

    # --- pieces ----------------------------------------------------------

    def organization(self):
        return {
            "@type": "Organization",
            "@id": self._absolute("/") + "#network",
            "name": self.network,
            "url": self.home,
            "logo": self._absolute(static("img/apple-touch-icon.png")),
        }

    def author(self, city):
        """Who wrote an article: its city (the @id of the city page's own
        node), or the network for the network's own."""
        if city is None:
            return self.organization()
        url = self._absolute(city.get_url(request=self.request))
        return {"@type": "GovernmentOrganization", "@id": url, "name": city.title, "url": url}

    def url(self):
        return self._absolute(self.page.get_url(request=self.request))

    def locale_alternates(self):
        """og:locale:alternate: the other languages the page has its own text in."""
        if self.languages is None:
            return []
        codes = [version.code for version in self.languages.translations]
        return [settings.OPEN_GRAPH_LOCALES[code] for code in codes if code != get_language()]

    def text_language(self):
        if self.languages is not None:
            return self.languages.text_language
        return getattr(self.page, "content_language", get_language())

    def image(self):
        image = getattr(self.page, "image", None)
        if image is None:
            return None
        try:
            rendition = image.get_rendition(OG_IMAGE)
        except SourceImageIOError:  # a missing file: no picture, as {% image %} does
            return None
        return {
            "url": self._absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": "",
        }

    def _place(self, city):
        if city is None:
            return None
        from cities.models import country_name

        return _clean(
            {
                "@type": "Place",
                "name": city.title,
                "url": self._absolute(city.get_url(request=self.request)),
                "address": _clean(
                    {
                        "@type": "PostalAddress",
                        "addressLocality": city.title,
                        "addressRegion": getattr(city, "region", ""),
                        "addressCountry": city.country,
                    }
                ),
                "containedInPlace": {
                    "@type": "Country",
                    "name": country_name(city.country, get_language()),
                },
            }
        )

    def _terms(self, terms):
        return [
            {"@type": "DefinedTerm", "name": term.name, "termCode": term.slug} for term in terms
        ]

    def _translations(self, node):
        """workTranslation from an original, translationOfWork from a translation."""
        languages = self.languages
        if languages is None or languages.is_copy:
            return
        original = languages.original
        if original is not None:
            node["translationOfWork"] = {
                "@id": self._absolute(original.url),
                "inLanguage": original.code,
            }
        else:
            node["workTranslation"] = [
                {"@id": self._absolute(version.url), "inLanguage": version.code}
                for version in languages.other_translations
            ]

    # --- page kinds ------------------------------------------------------------

    def node(self):
        page = self.page
        label = page._meta.label_lower
        url = self.url()
        image = self.image()
        base = {
            "@id": url,
            "url": url,
            "name": page.title,
            "description": getattr(page, "summary", "") or page.search_description,
            "inLanguage": self.text_language(),
            "image": image["url"] if image else None,
        }
        if label == "practices.practicepage":
            return self._practice(base)
        if label == "news.newspage":
            return {
                **base,
                "@type": "NewsArticle",
                "headline": page.title[:110],
                "datePublished": _iso(page.date),
                "dateModified": _iso(page.last_published_at),
                "author": self.author(page.city),
                "publisher": self.organization(),
                "contentLocation": self._place(page.city),
                "about": self._terms(page.localized_themes()),
            }
        if label == "cities.citypage":
            place = self._place(page)
            return {
                **base,
                "@type": "GovernmentOrganization",
                "location": place,
                "address": place["address"],
                "foundingDate": None,
                # A partner city works with the network without being a member.
                "memberOf": {"@id": self._absolute("/") + "#network"}
                if page.membership == "member"
                else None,
                "email": page.office_email,
                "telephone": page.office_phone,
            }
        if label == "declarations.declarationpage":
            return {
                **base,
                "@type": "CreativeWork",
                "dateCreated": _iso(page.adopted_on),
                "publisher": {"@id": self._absolute("/") + "#network"},
                "hasPart": [
                    {"@type": "CreativeWork", "position": p.number, "name": p.short_title}
                    for p in page.principles.all()
                ],
            }
        if label == "practices.practiceindexpage":
            return {**base, "@type": "CollectionPage"}
        return {**base, "@type": "WebPage"}

    def _practice(self, base):
        page = self.page
        from core.models import NetworkSettings

        network = NetworkSettings.load(request_or_site=self.request)
        start, end = _iso(page.start_date), _iso(page.end_date)
        node = {
            **base,
            "@type": "Article",
            "headline": page.title[:110],
            "abstract": page.summary,
            "datePublished": _iso(page.first_published_at),
            "dateModified": _iso(page.last_published_at),
            "dateCreated": start,
            "temporalCoverage": f"{start or '..'}/{end or '..'}" if start or end else None,
            "about": self._terms(page.localized_terms("themes")),
            "audience": [
                {"@type": "Audience", "audienceType": term.name}
                for term in page.localized_terms("target_groups")
            ],
            "contentLocation": self._place(page.city),
            # Whole nodes, not bare @ids: readers that do not link nodes
            # (search engines' article checks) want the names here.
            "author": self.author(page.city),
            "publisher": self.organization(),
            "license": network.data_licence_url,
            "identifier": page.external_id,
        }
        self._translations(node)
        return node

    # --- the whole head ----------------------------------------------------------------

    def graph(self):
        nodes = [self.organization()]
        if isinstance(self.page, Page) and self.page.pk:
            node = self.node()
            nodes.append(node)
        return {"@context": "https://schema.org", "@graph": [_clean(node) for node in nodes]}

    def feeds(self):
        page = self.page
        if not isinstance(page, Page):
            return []
        label = page._meta.label_lower
        feeds = []
        if label == "practices.practiceindexpage":
            feeds.append((reverse("opendata:practices_feed"), page.title))
            themes = self.request.GET.getlist("theme")
            if len(themes) == 1 and _SLUG.fullmatch(themes[0]):
                url = reverse("opendata:theme_practices_feed", args=[themes[0]])
                feeds.append((url, f"{page.title}: {themes[0]}"))
            cities = self.request.GET.getlist("city")
            if len(cities) == 1 and _SLUG.fullmatch(cities[0]):
                url = reverse("opendata:city_practices_feed", args=[cities[0]])
                feeds.append((url, f"{page.title}: {cities[0]}"))
        elif label == "cities.citypage":
            practices = gettext("New and updated practices")
            feeds.append((reverse("opendata:city_practices_feed", args=[page.slug]), practices))
            url = reverse("opendata:city_news_feed", args=[page.slug])
            feeds.append((url, f"{gettext('News')}: {page.title}"))
        return feeds


@register.inclusion_tag("components/open_data_head.html", takes_context=True)
def open_data_head(context):
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    describer = Describer(context, page)
    is_page = isinstance(page, Page) and bool(page.pk)
    if is_page:
        # A page's description is the same for every reader of its language
        # until it or the site changes (core.cache; a preview bypasses it).
        from core import cache

        key = ("open_data_head", page.pk, get_language(), request.scheme, request.get_host())
        scopes = (cache.SITE, cache.page_scope(page.translation_key))
        head = cache.remember(key, lambda: _head(context, describer, page, is_page), scopes)
    else:
        head = _head(context, describer, page, is_page)
    return {**head, "feeds": describer.feeds()}


def _head(context, describer, page, is_page):
    request = context.get("request")
    image = describer.image() if is_page else None
    return {
        "json_ld": json_ld(describer.graph()),
        "og": {
            "type": "article"
            if is_page and page._meta.label_lower in ("practices.practicepage", "news.newspage")
            else "website",
            "title": page.title if is_page else context.get("og_title", describer.network),
            "description": (getattr(page, "summary", "") or page.search_description)
            if is_page
            else "",
            "url": describer.url() if is_page else absolute(request.path),
            "site_name": describer.network,
            "locale": settings.OPEN_GRAPH_LOCALES[get_language()],
            "locale_alternates": describer.locale_alternates() if is_page else [],
            "image": image,
        },
    }
