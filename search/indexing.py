"""Builds the SearchDocument rows from pages and hands changes to the engines.

One row per live, public page that shows its own language's text (aliases
and converted aliases awaiting their first publication show another
language's text and are not indexed). Documents are built in batches with
their relations prefetched, so indexing N pages costs a bounded number of
queries per batch, not per page.

`shown_for` depends on the siblings (pages with the same translation_key),
so every change refreshes the whole translation group.
"""

import contextlib
import datetime
import html
import logging
import re
import threading
from collections import defaultdict

from django.conf import settings
from django.db import connection, transaction
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index as wagtail_index

from .models import SearchDocument
from .text import normalize, stems

logger = logging.getLogger(__name__)
BATCH_SIZE = 500
_state = threading.local()

# Page model (app_label.ModelName) -> kind; every other page is a "page".
KINDS = {
    "practices.practicepage": "practice",
    "news.newspage": "news",
    "cities.citypage": "city",
    "declarations.declarationpage": "declaration",
    "events.eventpage": "event",
    "publications.publicationpage": "publication",
}
# Page types that are not worth a search hit of their own.
SKIPPED = {"wagtailcore.page"}
# A practice without a start date ran in no year anyone knows: its document
# starts in NO_YEAR, after every year the year facet offers, so no engine
# counts or matches it in a year (they read a missing start as "always").
NO_YEAR = 9999
# Fields that are not body text (title and summary have their own columns).
NOT_BODY = {"title", "summary", "seo_title", "search_description", "slug"}


@contextlib.contextmanager
def suspended():
    """Skip signal-driven indexing inside the block (bulk loaders call
    rebuild() afterwards)."""
    previous = getattr(_state, "suspended", False)
    _state.suspended = True
    try:
        yield
    finally:
        _state.suspended = previous


def is_suspended():
    return getattr(_state, "suspended", False)


def kind_of(page):
    return KINDS.get(page._meta.label_lower, "page")


_TAG_BOUNDARY = re.compile(r"<(?=/?(?:p|li|h[1-6]|br|div|ul|ol|blockquote)\b)", re.IGNORECASE)


def _text(value):
    if value is None:
        return ""
    if hasattr(value, "source"):  # RichText
        value = value.source
    # A tag boundary separates words ("<p>one.</p><p>Two" is "one. Two").
    text = strip_tags(_TAG_BOUNDARY.sub(" <", str(value)))
    return " ".join(html.unescape(text).split())


def _body(page):
    parts = []
    for field in page.search_fields:
        if not isinstance(field, wagtail_index.SearchField):
            continue
        name = field.field_name
        if name in NOT_BODY or not hasattr(page, name):
            continue
        value = getattr(page, name)
        try:
            model_field = page._meta.get_field(name)
        except Exception:  # a method or property
            model_field = None
        if isinstance(model_field, RichTextField):
            parts.append(_text(value))  # faster than Wagtail's HTML parsing
        elif isinstance(model_field, StreamField):
            parts.extend(_text(item) for item in _stream_text(model_field.stream_block, value))
        elif model_field is not None and hasattr(model_field, "get_searchable_content"):
            content = model_field.get_searchable_content(value)
            parts.extend(_text(item) for item in content)
        else:
            parts.append(_text(value))
    # A page type's own extra text (publications: the text of their file).
    if hasattr(page, "search_text"):
        parts.append(page.search_text())
    return "\n".join(part for part in parts if part)


def _stream_text(block, value):
    """The readers' text of a StreamField value. Wagtail's own searchable
    content includes the labels of choice blocks ("Heading 2", in whatever
    language the indexer runs in): editors' settings, not text anyone reads."""
    if value is None:
        return []
    if isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in _stream_text(child, value.get(name))
        ]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _stream_text(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _stream_text(block.child_block, item)]
    return block.get_searchable_content(value)


class Names:
    """The names of every term, city and country in every site language, so
    that a practice is found by the reader's word for its theme, target
    group, city or country ("housing", "سكن"), whatever language its own text
    is in. Loaded once per build: two queries."""

    def __init__(self):
        from cities.models import CityPage, country_name
        from localization.state import own_text_only
        from taxonomy.models import TargetGroup, Theme

        self.languages = [code for code, _name in settings.LANGUAGES]
        self.terms = defaultdict(dict)
        for model in (Theme, TargetGroup):
            for slug, code, name in model.objects.filter(live=True).values_list(
                "slug", "locale__language_code", "name"
            ):
                self.terms[(model._meta.label_lower, slug)][code] = name
        self.cities = defaultdict(dict)
        for key, code, title in own_text_only(CityPage.objects.live()).values_list(
            "translation_key", "locale__language_code", "title"
        ):
            self.cities[key][code] = title
        self._country_name = country_name
        self._countries = {}

    def country(self, code):
        if code not in self._countries:
            self._countries[code] = {
                language: self._country_name(code, language) for language in self.languages
            }
        return self._countries[code]

    def of(self, page):
        """{language: [names]} of the page's terms, city and country."""
        found = defaultdict(list)
        for field in ("themes", "target_groups"):
            if not hasattr(page, field):
                continue
            for term in getattr(page, field).all():
                for code, name in self.terms.get((term._meta.label_lower, term.slug), {}).items():
                    found[code].append(name)
        city = getattr(page, "city", None)
        if city is not None:
            for code, title in self.cities.get(city.translation_key, {}).items():
                found[code].append(title)
            if city.country:
                for code, name in self.country(city.country).items():
                    found[code].append(name)
        return found


def _names_text(names):
    """One line of names, each followed by its stems in its own language
    (the engines stem a document in the document's language only)."""
    words = []
    for code, items in names.items():
        for name in items:
            for word in [name, *stems(name, code)]:
                if word not in words:
                    words.append(word)
    return " ".join(words)


def _slugs(page, name):
    if not hasattr(page, name):
        return []
    return sorted({term.slug for term in getattr(page, name).all()})


def document_for(page, shown_for=None, names=None):
    """An unsaved SearchDocument for a specific page (relations prefetched
    for speed when building many; `names`: a Names shared by the batch)."""
    kind = kind_of(page)
    language = page.locale.language_code
    city = page if kind == "city" else getattr(page, "city", None)
    start = getattr(page, "start_date", None)
    end = getattr(page, "end_date", None)
    date = getattr(page, "date", None) or start
    if date is None and page.first_published_at:
        date = page.first_published_at.date()
    # A publication "runs" in its year only (search.engines.base.YEAR_KINDS).
    publication_year = getattr(page, "year", None) if kind == "publication" else None
    title = page.title
    summary = page.summary if hasattr(page, "summary") else ""
    body = _body(page)
    # Words that find the page but are not its text (other languages' names,
    # stems): searched, never shown in a snippet.
    if kind in ("practice", "news"):
        names = names if names is not None else Names()
        found_by = _names_text(names.of(page))
    else:
        found_by = city.title if city is not None and kind != "city" else ""
    return SearchDocument(
        page_id=page.pk,
        kind=kind,
        category=getattr(page, "kind", "") if kind == "publication" else "",
        language=language,
        translation_key=page.translation_key,
        shown_for=sorted(shown_for or [language]),
        title=title,
        summary=summary or "",
        body=body,
        names=found_by,
        city=city.slug if city is not None else "",
        country=getattr(city, "country", "") or "",
        themes=_slugs(page, "themes"),
        target_groups=_slugs(page, "target_groups") if kind == "practice" else [],
        status=getattr(page, "status", "") if kind == "practice" else "",
        evidence=getattr(page, "evidence_level", "") if kind == "practice" else "",
        start_year=_first_year(page, start) if kind == "practice" else publication_year,
        end_year=end.year if end else publication_year,
        date=date,
        title_normalized=normalize(title),
        # Only the SQLite engine matches stems; PostgreSQL keeps a tsvector.
        stems=""
        if connection.vendor == "postgresql"
        else " " + " ".join(stems(f"{title}\n{summary}\n{body}\n{found_by}", language)) + " ",
        title_stems=""
        if connection.vendor == "postgresql"
        else " " + " ".join(stems(title, language)) + " ",
    )


def _first_year(page, start):
    """The first year a practice runs in: never for an undated one; a planned
    one not before this year (it has not run in any past year)."""
    if start is None:
        return NO_YEAR
    if getattr(page, "status", "") == "planned":
        return max(start.year, datetime.date.today().year)
    return start.year


def indexable_pages():
    """Live, public pages that show their own language's text."""
    from localization.state import own_text_only

    return own_text_only(Page.objects.live().public().filter(depth__gt=1))


def _shown_for(group):
    """{page_id: [reader languages]} for one translation group.

    group: [(page_id, language, indexed, alias_of_id)] of every page with
    the key. A reader sees their language's own page if it is indexed, else
    the original (the page the aliases copy; else the default language's;
    else the oldest)."""
    languages = [code for code, _name in settings.LANGUAGES]
    indexed = {page_id: language for page_id, language, ok, _alias in group if ok}
    if not indexed:
        return {}
    aliased = {alias for *_rest, alias in group if alias}
    original = next((pid for pid in indexed if pid in aliased), None)
    if original is None:
        original = next(
            (pid for pid, lang in indexed.items() if lang == settings.LANGUAGE_CODE),
            min(indexed),
        )
    own = set(indexed.values())
    shown = {pid: {lang} for pid, lang in indexed.items()}
    shown[original] |= {code for code in languages if code not in own}
    return {pid: sorted(codes) for pid, codes in shown.items()}


def _build(page_ids, shown_for):
    """SearchDocuments for the given page ids, specific pages fetched per
    model in batches with their relations prefetched."""
    by_type = defaultdict(list)
    for page_id, content_type_id in Page.objects.filter(pk__in=page_ids).values_list(
        "pk", "content_type_id"
    ):
        by_type[content_type_id].append(page_id)
    from django.contrib.contenttypes.models import ContentType

    documents = []
    names = Names() if by_type else None
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or model._meta.label_lower in SKIPPED:
            continue
        related = ["locale"]
        prefetch = []
        if hasattr(model, "city") and model._meta.label_lower != "cities.citypage":
            related.append("city")
        for name in ("themes", "target_groups"):
            if hasattr(model, name):
                prefetch.append(name)
        for start in range(0, len(ids), BATCH_SIZE):
            queryset = model.objects.filter(pk__in=ids[start : start + BATCH_SIZE])
            for page in queryset.select_related(*related).prefetch_related(*prefetch):
                documents.append(document_for(page, shown_for.get(page.pk), names))
    return documents


def _groups(keys=None, published=()):
    """Every page of the given translation keys (all when None), with whether
    it is indexable: {key: [(page_id, language, indexed, alias_of_id)]}.

    `published`: pages being published right now. Wagtail sends
    page_published before it writes the publish log entry, so a converted
    alias published for the first time still looks unpublished to
    own_text_only(); being published is what ends that state."""
    pages = Page.objects.filter(depth__gt=1)
    if keys is not None:
        pages = pages.filter(translation_key__in=keys)
    indexable = set(
        indexable_pages().filter(pk__in=pages.values("pk")).values_list("pk", flat=True)
    )
    if published:
        indexable |= set(
            Page.objects.live()
            .public()
            .filter(pk__in=published, alias_of__isnull=True, depth__gt=1)
            .values_list("pk", flat=True)
        )
    groups = defaultdict(list)
    rows = pages.values_list("pk", "translation_key", "locale__language_code", "alias_of_id")
    for page_id, key, language, alias_of in rows:
        groups[key].append((page_id, language, page_id in indexable, alias_of))
    return groups


def _save(documents, stale_ids):
    with transaction.atomic():
        if stale_ids:
            SearchDocument.objects.filter(page_id__in=stale_ids).delete()
        existing = set(
            SearchDocument.objects.filter(
                page_id__in=[doc.page_id for doc in documents]
            ).values_list("page_id", flat=True)
        )
        SearchDocument.objects.filter(page_id__in=existing).delete()
        SearchDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)


@contextlib.contextmanager
def _tolerated(engine):
    """An external engine that fails must not fail the editor's publish: the
    table is the truth, and `rebuild_search` brings the index back in step."""
    from .engines import fallback_errors

    try:
        yield
    except fallback_errors() as error:
        logger.warning("Search engine %s failed to index (%s).", engine.name, error)


def _external_engines():
    from .engines import database_engine, index_engines

    return [engine for engine in index_engines() if engine is not database_engine()]


def _send_after_commit(page_ids):
    """Elasticsearch is not transactional: it gets the committed rows of
    these pages once the transaction commits, and nothing if it rolls back
    (an import killed midway must not leave hits the table does not have)."""
    engines = _external_engines()
    if not engines or not page_ids:
        return
    page_ids = set(page_ids)

    def send():
        saved = list(SearchDocument.objects.filter(page_id__in=page_ids))
        gone = page_ids - {doc.page_id for doc in saved}
        for engine in engines:
            with _tolerated(engine):
                if gone:
                    engine.delete(sorted(gone))
                if saved:
                    engine.index(saved)

    # robust: the change is committed already; a failed index write is
    # logged, and must not stop the other hooks of the transaction.
    transaction.on_commit(send, robust=True)


def refresh(pages, published=()):
    """Bring the documents of `pages` (pages or page ids) and of their
    translation siblings up to date: the table (and the database engine)
    at once, Elasticsearch after the commit. `published`: ids of pages
    being published (see _groups)."""
    from .engines import database_engine

    ids = {getattr(page, "pk", page) for page in pages}
    keys = set(Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True))
    groups = _groups(keys, published)
    shown_for = {}
    for group in groups.values():
        shown_for.update(_shown_for(group))
    in_groups = {page_id for group in groups.values() for page_id, *_ in group}
    stored = dict(
        SearchDocument.objects.filter(page_id__in=in_groups | set(ids)).values_list(
            "page_id", "shown_for"
        )
    )
    # A sibling's document depends on its own page and on the languages it is
    # shown for: the pages asked are rebuilt, a sibling only when those
    # languages changed (a publish rebuilds one row, not one per language).
    wanted = [
        page_id
        for page_id, codes in shown_for.items()
        if page_id in ids or stored.get(page_id) != codes
    ]
    documents = _build(wanted, shown_for)
    built = {doc.page_id for doc in documents}
    stale = {
        page_id
        for page_id in stored
        if page_id not in shown_for or (page_id in wanted and page_id not in built)
    }
    _save(documents, stale)
    saved = list(SearchDocument.objects.filter(page_id__in=[doc.page_id for doc in documents]))
    engine = database_engine()
    if stale:
        engine.delete(stale)
    if saved:
        engine.index(saved)
    _send_after_commit(stale | {doc.page_id for doc in saved})
    return saved


def remove(page_ids):
    """Drop the documents of deleted pages from the table and the engines
    (Elasticsearch after the commit)."""
    from .engines import database_engine

    page_ids = list(page_ids)
    SearchDocument.objects.filter(page_id__in=page_ids).delete()
    database_engine().delete(page_ids)
    _send_after_commit(page_ids)


def rebuild_documents():
    """Rebuild every SearchDocument row (the engines are rebuilt after)."""
    groups = _groups()
    shown_for = {}
    for group in groups.values():
        shown_for.update(_shown_for(group))
    ids = sorted(shown_for)
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        for start in range(0, len(ids), BATCH_SIZE * 4):
            batch = _build(ids[start : start + BATCH_SIZE * 4], shown_for)
            SearchDocument.objects.bulk_create(batch, batch_size=BATCH_SIZE)
    return len(ids)


def rebuild():
    """Rebuild the table and every engine's index from the pages, then
    Wagtail's own indexes (the admin's page, image and document searches)."""
    from django.core.management import call_command

    from .engines import index_engines

    count = rebuild_documents()
    for engine in index_engines():
        engine.rebuild()
    call_command("update_index", verbosity=0)
    return count
