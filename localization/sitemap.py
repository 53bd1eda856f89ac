"""/sitemap.xml: every language's pages, each listing its translations.

Wagtail's own sitemap lists the default language only. This one lists every
live, public page that carries its own text (no aliases, no converted alias
awaiting its translation: see state.py), with an ``xhtml:link`` alternate per
language version and ``x-default``, as search engines read hreflang.
Large sites are split into files of GROUPS_PER_FILE pages (with their
translations) behind a sitemap index.
"""

from collections import OrderedDict

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.models import Page

from core.addresses import absolute

from .state import own_text_only

GROUPS_PER_FILE = 2000  # at most 7 languages: well under the 50,000 URLs a file may hold


def page_groups(request):
    """[{language: (absolute URL, last published)}], one per translation_key."""
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    pages = (
        own_text_only(Page.objects.live().public().filter(depth__gte=2))
        .select_related("locale")
        .only("pk", "path", "depth", "url_path", "translation_key", "last_published_at", "locale")
        .order_by("path")
    )
    groups = OrderedDict()
    for page in pages:
        code = page.locale.language_code
        if code not in order:
            continue
        url = page.get_url(request=request)
        if url is None:
            continue
        entry = (absolute(url), page.last_published_at, page.depth)
        groups.setdefault(page.translation_key, {})[code] = entry
    return [
        dict(sorted(group.items(), key=lambda item: order[item[0]])) for group in groups.values()
    ]


def _urls(request, group):
    alternates = [(code, url) for code, (url, _lastmod, _depth) in group.items()]
    first_code = next(iter(group))
    if group[first_code][2] == 2:
        x_default = absolute("/")
    else:
        x_default = group.get(settings.LANGUAGE_CODE, group[first_code])[0]
    alternates.append(("x-default", x_default))
    return [
        {"loc": url, "lastmod": lastmod, "alternates": alternates}
        for url, lastmod, _depth in group.values()
    ]


def sitemap(request):
    paginator = Paginator(page_groups(request), GROUPS_PER_FILE)
    number = request.GET.get("page")
    if number is None and paginator.num_pages > 1:
        files = [absolute(f"{request.path}?page={n}") for n in paginator.page_range]
        return TemplateResponse(
            request,
            "localization/sitemap_index.xml",
            {"files": files},
            content_type="application/xml",
        )
    try:
        groups = paginator.page(number or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error
    urls = [url for group in groups for url in _urls(request, group)]
    return TemplateResponse(
        request, "localization/sitemap.xml", {"urls": urls}, content_type="application/xml"
    )
