"""Which language readers get when a page or term has no text in theirs.

Every language tree has every page (docs/translation.md): a page nobody has
translated yet is an alias of its Greek original. A reader of Arabic is far
more likely to read English than Greek, so where a page shows a copy of
another language's text, readers get the best version that has its own text,
in the order of ``settings.LANGUAGE_FALLBACKS`` for their language, then the
default language, then any other in the site's order.

``localize_pages`` does it for listings (menus, cards, breadcrumbs), with a
fixed number of queries; ``fallback_version`` for the page being served
(localization.wagtail_hooks). Both copy only the text (the model's
``TranslatableField``s) onto the reader's page, so its address, its place in
the tree and its relations stay in the reader's language, and mark the
object with ``_text_language`` for ``core_tags.text_lang_attrs``.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import prefetch_related_objects
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from .state import own_text_only


def chain(language):
    """The languages to try after `language`, best first: its configured
    fallbacks, the default language, then every other site language."""
    site = [code for code, _name in settings.LANGUAGES]
    wanted = [*settings.LANGUAGE_FALLBACKS.get(language, []), settings.LANGUAGE_CODE, *site]
    ordered = []
    for code in wanted:
        if code != language and code in site and code not in ordered:
            ordered.append(code)
    return ordered


def best(candidates, language):
    """The candidate (a {language: item} mapping) the reader of `language`
    should see: theirs, else the first of their chain."""
    for code in (language, *chain(language)):
        if code in candidates:
            return candidates[code]
    return None


def _text_fields(model):
    """(plain field names, child relation names) that hold translated text."""
    fields, children = [], []
    for item in get_translatable_fields(model):
        if not isinstance(item, TranslatableField):
            continue
        try:
            field = model._meta.get_field(item.field_name)
        except FieldDoesNotExist:
            continue
        if field.one_to_many:
            children.append(item.field_name)
        elif field.concrete and not field.is_relation:
            fields.append(item.field_name)
    return fields, children


def overlay(page, source, code):
    """Put `source`'s text (a version of the same page in language `code`)
    on `page`, in place; return `page`."""
    fields, children = _text_fields(type(page))
    source_fields = set(_text_fields(type(source))[0])
    for name in fields:
        if name in source_fields:
            setattr(page, name, getattr(source, name))
    for name in children:
        if hasattr(source, name):
            # A modelcluster child relation: assigning a list keeps it in memory.
            setattr(page, name, list(getattr(source, name).all()))
    page._text_language = code
    page._shows_copy = True
    return page


def _is_copy(page):
    if page.alias_of_id:
        return True
    return bool(getattr(page, "_shows_copy", False))


def _own_text_versions(keys):
    """{translation_key: {language: page}} of the live versions with their own text."""
    versions = {}
    pages = (
        own_text_only(Page.objects.live().filter(translation_key__in=keys))
        .select_related("locale")
        .only("pk", "translation_key", "locale", "content_type")
    )
    for version in pages:
        versions.setdefault(version.translation_key, {})[version.locale.language_code] = version
    return versions


def _specific_in_bulk(versions):
    """{pk: specific page} of `versions` (pages with their content type) in
    one query, whatever their types (Wagtail's `specific()` makes one a
    type), with their translated child relations (a declaration's
    principles) in one more query per relation."""
    classes = {version.specific_class for version in versions} - {None}
    accessors = [
        model._meta.model_name
        for model in classes
        if model is not Page and model._meta.get_parent_list() == [Page]
    ]
    pages = Page.objects.filter(pk__in={version.pk for version in versions})
    sources = {}
    for page in pages.select_related(*accessors):
        sources[page.pk] = next(
            (
                getattr(page, name)
                for name in accessors
                if name in page._state.fields_cache and page._state.fields_cache[name] is not None
            ),
            None,
        )
    # Types further down an inheritance chain: Wagtail's way.
    missing = [pk for pk, source in sources.items() if source is None]
    if missing:
        sources.update(Page.objects.filter(pk__in=missing).specific().in_bulk())
    by_class = {}
    for source in sources.values():
        by_class.setdefault(type(source), []).append(source)
    for model, group in by_class.items():
        children = _text_fields(model)[1]
        if children:
            prefetch_related_objects(group, *children)
    return sources


def localize_pages(pages, language=None, related=("city",)):
    """Give every page of `pages` that shows a copy the text of its best
    version for the reader (and so their loaded `related` pages, e.g. the
    city of a practice card). Returns the list. Two queries
    whatever the page types (plus one per translated child relation)."""
    language = language or translation.get_language()
    pages = [page for page in pages if page is not None]
    targets = list(pages)
    for page in pages:
        for name in related:
            cached = page._state.fields_cache.get(name) if hasattr(page, "_state") else None
            if cached is not None:
                targets.append(cached)
    copies = [page for page in targets if _is_copy(page)]
    if not copies:
        return pages
    versions = _own_text_versions({page.translation_key for page in copies})
    chosen = {}
    for page in copies:
        version = best(versions.get(page.translation_key, {}), language)
        if version is not None:
            chosen[page.pk] = version
    sources = _specific_in_bulk(chosen.values())
    for page in copies:
        version = chosen.get(page.pk)
        if version is None:
            continue
        source = sources.get(version.pk)
        if source is not None:
            overlay(page, source, version.locale.language_code)
    return pages


def fallback_version(page, language=None):
    """(language, specific page) of the version `page` (a copy) should show,
    or None when no version has its own text."""
    language = language or page.locale.language_code
    versions = _own_text_versions([page.translation_key]).get(page.translation_key, {})
    versions.pop(language, None)
    if page.pk in {version.pk for version in versions.values()}:
        return None
    version = best(versions, language)
    if version is None:
        return None
    return version.locale.language_code, version.specific
