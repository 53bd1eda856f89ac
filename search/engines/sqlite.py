"""The embedded engine (SQLite, `make run`): matching and facets in Python.

SQLite has no stemming full text search in every build, and the demo has a
few hundred documents: the engine reads the light columns of every document
(one query), matches the query's stems against the stored `stems`, and
counts facets in Python. Good enough for a local demo; production runs on
PostgreSQL or Elasticsearch.
"""

import datetime

from ..models import SearchDocument
from ..text import stem, stems
from .base import FACETS, Result
from .database import DatabaseEngine, add_words, year_range

COLUMNS = (
    "page_id",
    "kind",
    "language",
    "shown_for",
    "title_normalized",
    "city",
    "country",
    "themes",
    "target_groups",
    "status",
    "evidence",
    "start_year",
    "end_year",
    "date",
    "stems",
)


class Doc:
    __slots__ = (*COLUMNS, "score")

    def __init__(self, row):
        for name, value in zip(COLUMNS, row, strict=True):
            setattr(self, name, value)
        self.score = 0.0


def running(doc, year):
    return (
        doc.kind == "practice"
        and (doc.start_year is None or doc.start_year <= year)
        and (doc.end_year is None or doc.end_year >= year)
    )


def facet_values(doc, name):
    if name == "theme":
        return doc.themes or ()
    if name == "target_group":
        return doc.target_groups or ()
    if name == "year":
        low, high = year_range()
        if doc.kind != "practice":
            return ()
        first = max(low, doc.start_year or low)
        last = min(high, doc.end_year or high)
        return [str(year) for year in range(first, last + 1)]
    value = getattr(doc, "evidence" if name == "evidence" else name)
    return (value,) if value else ()


def passes(doc, name, values):
    if name == "year":
        return any(running(doc, int(year)) for year in values)
    return bool(set(facet_values(doc, name)) & set(values))


class SQLiteEngine(DatabaseEngine):
    name = "sqlite"

    def search(self, query):
        terms = self.terms(query)
        groups = self.expand_typos(terms, self.languages_for(query)) if terms else []
        docs = [Doc(row) for row in SearchDocument.objects.values_list(*COLUMNS)]
        if groups:
            docs = [doc for doc in docs if self._score(doc, groups)]

        def in_language(doc):
            if query.languages is None:
                return query.reader_language in (doc.shown_for or ())
            return doc.language in query.languages

        def passing(doc, skip=None):
            if skip != "language" and not in_language(doc):
                return False
            return all(
                passes(doc, name, values)
                for name, values in query.filters.items()
                if values and name != skip
            )

        facets = {}
        if query.facets:
            for name in FACETS:
                counts = {}
                for doc in docs:
                    if passing(doc, skip=name):
                        for value in facet_values(doc, name):
                            counts[value] = counts.get(value, 0) + 1
                facets[name] = counts
        matched = [doc for doc in docs if passing(doc)]
        matched.sort(key=self._sort_key(query, bool(groups)))
        end = None if query.limit is None else query.offset + query.limit
        page = matched[query.offset : end]
        hits = self.make_hits([(doc.page_id, doc.score) for doc in page], groups, query.highlight)
        return Result(total=len(matched), hits=hits, facets=facets, engine=self.name)

    @staticmethod
    def _sort_key(query, scored):
        def newest(doc):
            date = doc.date or datetime.date.min
            return (doc.date is None, -date.toordinal(), doc.title_normalized, doc.page_id)

        if query.sort == "newest" or not scored:
            return newest
        return lambda doc: (-doc.score, *newest(doc))

    @staticmethod
    def _score(doc, groups):
        """Every term must match (any of its forms); title matches weigh
        more. Sets doc.score, returns it (0 = no match)."""
        score = 0.0
        title = None
        for group in groups:
            forms = {f" {stem(word, doc.language)} " for word in group}
            count = sum(doc.stems.count(form) for form in forms)
            if not count:
                doc.score = 0.0
                return 0.0
            if title is None:
                title = f" {' '.join(stems(doc.title_normalized, doc.language))} "
            score += min(count, 5) * 0.1 + (1.0 if any(form in title for form in forms) else 0)
        doc.score = score
        return score

    def index(self, documents):
        add_words(list(documents))

    def rebuild(self):
        from ..models import SearchWord

        SearchWord.objects.all().delete()
        batch = []
        for doc in SearchDocument.objects.iterator(chunk_size=1000):
            batch.append(doc)
            if len(batch) >= 1000:
                add_words(batch)
                batch = []
        add_words(batch)
