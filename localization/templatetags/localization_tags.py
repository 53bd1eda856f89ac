from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from localization.status import PageLanguages, SwitcherLink, home_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """The PageLanguages of the page being shown, computed once per request
    (the header, the <head> and the notice all ask for it)."""
    request = context.get("request")
    if request is None or not isinstance(page, Page) or not page.pk:
        return None
    cache = request.__dict__.setdefault("_page_languages", {})
    key = (page.pk, id(page))
    if key not in cache:
        cache[key] = PageLanguages(page, request)
    return cache[key]


@register.simple_tag(takes_context=True)
def language_switcher(context, page=None):
    """{"main": links, "more": links}: the languages the page exists in (and
    the current one), then the others (see PageLanguages.switcher_links)."""
    links = _switcher_links(context, page)
    main = [link for link in links if link.has_page or link.is_current]
    more = [link for link in links if not (link.has_page or link.is_current)]
    return {"main": main, "more": more, "count": len(links)}


def _switcher_links(context, page):
    """Every site language once. Views that are not pages (search, error
    pages) link to the same search in the other language, or to its home."""
    languages = page_languages(context, page)
    if languages is not None:
        return languages.switcher_links()
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    match = getattr(request, "resolver_match", None)
    same_view = match is not None and match.url_name == "search"
    homes = None
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        if same_view:
            url = translate_url(request.get_full_path(), code)
        if url is None or (code != current and url == request.get_full_path()):
            if homes is None:
                homes = home_urls(request)
            url = homes.get(code)
        if url:
            links.append(
                SwitcherLink(code=code, url=url, is_current=code == current, has_page=True)
            )
    return links


@register.simple_tag
def translation_moderation(translation_record, page):
    """Progress and workflow state of a page's translation, for the
    translation editor's moderation panel."""
    total, translated = translation_record.get_progress()
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    return {
        "total": total,
        "translated": translated,
        "state": state,
        "task_name": task_state.task.name if task_state else "",
    }
