"""The library's current result set as CSV or JSON (docs/export.md).

`/<lang>/practices/export.csv` and `.json` (routes of PracticeIndexPage) take
the library's query parameters and export every page of its result set.
Rows are streamed: pages are read in chunks, each chunk's city, themes and
target groups fetched in one query each, so the number of queries does not
grow with the number of rows (only with the number of chunks).
"""

import codecs
import csv
import dataclasses
import io
import json
import logging

from django.db import DatabaseError
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext

from cities.models import country_name
from search.service import library_query, search
from taxonomy.models import TargetGroup, Theme, localized_terms

CHUNK_SIZE = 500
COLUMNS = [
    "external_id",
    "url",
    "language",
    "title",
    "summary",
    "city",
    "country",
    "country_name",
    "themes",
    "theme_names",
    "target_groups",
    "target_group_names",
    "start_date",
    "end_date",
    "status",
    "evidence_level",
    "figures",
    "licence",
    "citation",
]
LIST_SEPARATOR = "; "
logger = logging.getLogger(__name__)


def result_ids(request, index_page):
    """The ids of the live practices the library shows for this request's
    query parameters, in its order, all pages of it. The one place the export
    learns what the library's result set is: the library's own search
    (search.service.library_query), without paging, facets or snippets.
    Called before the response starts: a bad parameter raises Http404 here,
    which gives the normal 404 page instead of a stream that breaks."""
    query = dataclasses.replace(
        library_query(request, index_page), offset=0, limit=None, facets=False, highlight=False
    )
    return [hit.page_id for hit in search(query).hits]


def result_chunks(ids):
    """The pages of `ids`, in that order, in lists of CHUNK_SIZE pages with
    their relations loaded (a fixed number of queries per chunk)."""
    from .models import PracticePage

    pages = (
        PracticePage.objects.live()
        .select_related("locale", "city", "alias_of__locale")
        .prefetch_related("themes", "target_groups")
    )
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = ids[start : start + CHUNK_SIZE]
        loaded = pages.in_bulk(chunk)
        yield [loaded[page_id] for page_id in chunk if page_id in loaded]


# --- rows -------------------------------------------------------------------------


def _figure_value(value):
    return int(value) if value == value.to_integral_value() else float(value)


class Exporter:
    def __init__(self, request, index_page, search=True):
        from core.models import NetworkSettings

        self.request = request
        self.index_page = index_page
        # Everything that can refuse the request runs now, before the first byte.
        # (The API runs its own paged search and asks for rows only.)
        self.ids = result_ids(request, index_page) if search else None
        self.locale = index_page.locale
        network = NetworkSettings.load(request_or_site=request)
        self.licence = {"name": network.data_licence_name, "url": network.data_licence_url}
        # Translated now: the rows are written after the view has returned.
        self.network = gettext("Cities Network for Integration")
        self.citation_format = gettext(
            "%(title)s. %(network)s, %(url)s (retrieved %(date)s). %(licence)s"
        )
        self.today = timezone.localdate()
        self.theme_names = {
            slug: term.name for slug, term in localized_terms(Theme, self.locale).items()
        }
        self.group_names = {
            slug: term.name for slug, term in localized_terms(TargetGroup, self.locale).items()
        }

    def filename(self, extension):
        language = self.locale.language_code
        return f"practices-{language}-{self.today.isoformat()}.{extension}"

    def citation(self, title, url):
        return self.citation_format % {
            "title": title,
            "network": self.network,
            "url": url,
            "date": self.today.isoformat(),
            "licence": self.licence["name"],
        }

    def dataset_citation(self):
        url = self.index_page.get_full_url(self.request)
        query = self.request.GET.copy()
        query.pop("page", None)
        if query:
            url += "?" + query.urlencode()
        return self.citation(self.index_page.title, url)

    def rows(self):
        for chunk in result_chunks(self.ids):
            in_tree = self.in_readers_tree(chunk)
            for page in chunk:
                yield self.row(page, in_tree.get(page.translation_key, page))

    def in_readers_tree(self, chunk):
        """{translation_key: the practice in the library's language tree}, for
        its address and its city's name there (lang=all lists originals,
        whose own pages are in another language's tree). Fixed queries."""
        from localization.fallback import localize_pages

        from .models import PracticePage

        keys = {page.translation_key for page in chunk}
        # public(): a version made private (members only) is not linked to.
        pages = list(
            PracticePage.objects.live()
            .public()
            .filter(locale=self.locale, translation_key__in=keys)
            .select_related("city")
        )
        localize_pages([page.city for page in pages if page.city_id], related=())
        return {page.translation_key: page for page in pages}

    def row(self, page, shown=None):
        shown = shown or page
        url = shown.get_full_url(self.request)
        city = shown.city
        themes = [term.slug for term in page.themes.all()]
        groups = [term.slug for term in page.target_groups.all()]
        return {
            "external_id": page.external_id,
            "url": url,
            "language": page.content_language,
            "title": page.title,
            "summary": page.summary,
            "city": city.title if city else "",
            "country": city.country if city else "",
            "country_name": country_name(city.country, self.locale.language_code) if city else "",
            "themes": themes,
            "theme_names": [self.theme_names.get(slug, slug) for slug in themes],
            "target_groups": groups,
            "target_group_names": [self.group_names.get(slug, slug) for slug in groups],
            "start_date": page.start_date.isoformat() if page.start_date else None,
            "end_date": page.end_date.isoformat() if page.end_date else None,
            "status": page.status,
            "evidence_level": page.evidence_level,
            "figures": [
                {
                    "label": figure.value["label"],
                    "value": _figure_value(figure.value["value"]),
                    "unit": figure.value["unit"],
                    "year": figure.value["year"],
                }
                for figure in page.figures
            ],
            "licence": self.licence["name"],
            "citation": self.citation(page.title, url),
        }


# --- formats ----------------------------------------------------------------------


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):  # figures
            return LIST_SEPARATOR.join(_figure_text(figure) for figure in value)
        return LIST_SEPARATOR.join(value)
    return value


def _figure_text(figure):
    text = f"{figure['label']}: {figure['value']}"
    if figure["unit"]:
        text += f" {figure['unit']}"
    if figure["year"]:
        text += f" ({figure['year']})"
    return text


def _csv_lines(exporter):
    """UTF-8 with a byte order mark, so that Excel reads the text right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text.encode("utf-8")

    yield codecs.BOM_UTF8
    writer.writerow(COLUMNS)
    for count, row in enumerate(exporter.rows(), start=1):
        writer.writerow([_csv_cell(row[name]) for name in COLUMNS])
        if count % 100 == 0:
            yield flush()
    yield flush()


def _json_parts(exporter):
    head = {
        "licence": exporter.licence,
        "citation": exporter.dataset_citation(),
        "language": exporter.locale.language_code,
        "exported_on": exporter.today.isoformat(),
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "practices": ['
    for count, row in enumerate(exporter.rows()):
        yield ("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


def _aborting(parts, path):
    """The stream, which a database error ends by raising: the server then
    closes the connection without the chunked body's last chunk, so every
    HTTP client reports the file as incomplete (a marker row would be read
    as data). The headers are sent by then, so no error page is possible."""
    sent = 0
    try:
        for part in parts:
            sent += len(part)
            yield part
    except DatabaseError:
        logger.error("Export %s cut off after %d bytes: the database failed", path, sent)
        raise


def export_response(request, index_page, file_format):
    exporter = Exporter(request, index_page)
    if file_format == "csv":
        content, content_type = _csv_lines(exporter), "text/csv; charset=utf-8"
    else:
        parts = (part.encode("utf-8") for part in _json_parts(exporter))
        content, content_type = parts, "application/json; charset=utf-8"
    response = StreamingHttpResponse(_aborting(content, request.path), content_type=content_type)
    filename = exporter.filename(file_format)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = index_page.locale.language_code
    return response
