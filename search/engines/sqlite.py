"""The embedded engine (SQLite, `make run`): one SQL statement a search.

Documents keep their normalised, stemmed words (`stems`, `title_stems`,
space-delimited: " a b c "). A query word matches a document when one of its
forms, stemmed in the document's language, is one of those words; every
word must match, and each contributes min(count, 5) × 0.1 plus 1 when it is
in the title. As in the PostgreSQL engine, the match set is computed once
(CTE `m`), the set in the chosen languages once (`s`), the filtered set once
(`f`), and the total, the page of hits and every facet come back from one
UNION ALL: nothing grows in Python with the number of documents.
"""

# ruff: noqa: S608 - statements are assembled from fixed fragments; every value is a parameter.
from django.db import connection

from ..models import SearchDocument
from ..text import stem
from . import sqlite_index
from .base import FACETS, YEAR_KINDS, Result
from .database import DatabaseEngine, add_words, site_languages, year_range

TABLE = SearchDocument._meta.db_table
COLUMN_FILTERS = {
    "kind": "kind",
    "category": "category",
    "city": "city",
    "country": "country",
    "status": "status",
    "evidence": "evidence",
}
JSON_FILTERS = {"theme": "themes", "target_group": "target_groups"}
YEARS_OF = "(" + ", ".join(f"'{kind}'" for kind in YEAR_KINDS) + ")"
# Python's order of str (code points) is SQLite's BINARY order of UTF-8.
NEWEST = "m.date IS NULL, m.date DESC, m.title_normalized, m.page_id"


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def forms_by_language(languages, groups):
    """{forms: [languages]}: the languages whose stems of the query's words
    are the same share one condition. forms = ((" form ", …) per group)."""
    shared = {}
    for language in languages:
        forms = tuple(
            tuple(sorted({f" {stem(word, language)} " for word in group})) for group in groups
        )
        shared.setdefault(forms, []).append(language)
    return shared


def match_sql(forms):
    """Every group has a form among the stems: the FTS5 index answers
    (sqlite_index). A group with an empty stem (Greek stop words stem to
    "") is matched with instr: FTS5 has no empty tokens."""
    indexed = [group for group in forms if "  " not in group]
    parts, params = [], []
    if indexed:
        parts.append(
            f"d.id IN (SELECT rowid FROM {sqlite_index.TABLE} WHERE {sqlite_index.TABLE} MATCH %s)"
        )
        params.append(sqlite_index.token_query(indexed))
    for group in forms:
        if "  " in group:
            parts.append("(" + " OR ".join(["instr(d.stems, %s) > 0"] * len(group)) + ")")
            params += group
    return " AND ".join(parts), params


def score_sql(forms):
    """The score the module docstring describes (same float arithmetic as
    summing in Python: group by group, left to right)."""
    parts, params = [], []
    for group in forms:
        count = " + ".join(
            ["(length(d.stems) - length(replace(d.stems, %s, ''))) / length(%s)"] * len(group)
        )
        title = " OR ".join(["instr(d.title_stems, %s) > 0"] * len(group))
        parts.append(f"(min({count}, 5) * 0.1 + CASE WHEN {title} THEN 1.0 ELSE 0.0 END)")
        params += [form for form in group for _twice in (0, 1)] + list(group)
    return " + ".join(parts), params


def filter_sql(name, values):
    values = list(values)
    if name in COLUMN_FILTERS:
        return f"m.{COLUMN_FILTERS[name]} IN ({placeholders(values)})", values
    if name in JSON_FILTERS:
        return (
            f"EXISTS (SELECT 1 FROM json_each(m.{JSON_FILTERS[name]}) AS j "
            f"WHERE j.value IN ({placeholders(values)}))",
            values,
        )
    if name == "year":
        running = (
            "((m.start_year IS NULL OR m.start_year <= %s) "
            "AND (m.end_year IS NULL OR m.end_year >= %s))"
        )
        years = [int(value) for value in values]
        params = [year for year in years for _twice in (0, 1)]
        return f"(m.kind IN {YEARS_OF} AND (" + " OR ".join([running] * len(years)) + "))", params
    raise ValueError(name)


def language_sql(query):
    if query.languages is None:
        return "EXISTS (SELECT 1 FROM json_each(m.shown_for) AS j WHERE j.value = %s)", [
            query.reader_language
        ]
    languages = list(query.languages)
    return f"m.language IN ({placeholders(languages)})", languages


def where(conditions):
    sql = " AND ".join(sql for sql, _params in conditions) or "1"
    return sql, [param for _sql, params in conditions for param in params]


class SQLiteEngine(DatabaseEngine):
    name = "sqlite"

    def search(self, query):
        terms = self.terms(query)
        groups = self.expand_typos(terms, self.languages_for(query)) if terms else []
        sql, params = self._statement(query, groups)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        total, hits, facets = 0, [], {name: {} for name in FACETS} if query.facets else {}
        for part, value, number, position in rows:
            if part == "total":
                total = int(number)
            elif part == "hit":
                hits.append((position, int(value), number))
            else:
                facets[part][str(value)] = int(number)
        hits = [(page_id, score) for _position, page_id, score in sorted(hits)]
        return Result(total, self.make_hits(hits, groups, query.highlight), facets, self.name)

    def _match(self, query, groups):
        """The condition and score of the CTE m (text-matched documents)."""
        if not groups:
            return "1", [], "0.0", []
        languages = site_languages() if query.facets else self.languages_for(query)
        conditions, params, scores, score_params = [], [], [], []
        for forms, codes in forms_by_language(languages, groups).items():
            match, match_params = match_sql(forms)
            conditions.append(f"(d.language IN ({placeholders(codes)}) AND {match})")
            params += [*codes, *match_params]
            score, sql_params = score_sql(forms)
            scores.append(f"WHEN d.language IN ({placeholders(codes)}) THEN {score}")
            score_params += [*codes, *sql_params]
        score = "CASE " + " ".join(scores) + " ELSE 0.0 END"
        return "(" + " OR ".join(conditions) + ")", params, score, score_params

    def _statement(self, query, groups):
        match, match_params, score, score_params = self._match(query, groups)
        filters = {
            name: filter_sql(name, values) for name, values in query.filters.items() if values
        }
        language_where, language_params = language_sql(query)
        filters_where, filters_params = where(list(filters.values()))
        relevance = bool(groups) and query.sort == "relevance"
        order = f"m.score DESC, {NEWEST}" if relevance else NEWEST
        limit = -1 if query.limit is None else int(query.limit)
        # The score reads the documents' stems: only for the documents shown
        # (f, not every language's matches), and by newest only for the page.
        scored = f"SELECT m.*, {score} AS score FROM f AS m JOIN {TABLE} d ON d.page_id = m.page_id"
        page = f"LIMIT {limit} OFFSET {int(query.offset)}"
        if not groups:
            cut = f"SELECT *, 0.0 AS score FROM f AS m ORDER BY {NEWEST} {page}"
        elif relevance:
            cut = f"SELECT * FROM ({scored}) AS m ORDER BY {order} {page}"
        else:
            cut = (
                f"SELECT m.*, {score} AS score FROM (SELECT * FROM f AS m ORDER BY {NEWEST} "
                f"{page}) AS m JOIN {TABLE} d ON d.page_id = m.page_id"
            )
        parts = [
            "SELECT 'total' AS part, NULL AS value, count(*) AS n, 0 AS pos FROM f",
            # The page is cut with ORDER BY … LIMIT first (a top-N sort); a
            # window over the whole set cost more than the rest of the statement.
            "SELECT * FROM (SELECT 'hit', m.page_id, m.score, "
            f"row_number() OVER (ORDER BY {order}) FROM ({cut}) AS m)",
        ]
        part_params = list(score_params)
        if query.facets:
            for name in FACETS:
                # The language facet counts over every language (m), the
                # others within the chosen languages (s).
                others = [sql for key, sql in filters.items() if key != name]
                sql, params = self._facet(name, others, "m" if name == "language" else "s")
                parts.append(sql)
                part_params += params
        materialized = "MATERIALIZED" if groups else "NOT MATERIALIZED"
        statement = (
            f"WITH m AS {materialized} (SELECT d.page_id, d.kind, d.language, d.shown_for, "
            "d.category, d.city, d.country, d.themes, d.target_groups, d.status, d.evidence, "
            "d.start_year, d.end_year, d.date, d.title_normalized "
            f"FROM {TABLE} d WHERE {match}), "
            f"s AS MATERIALIZED (SELECT * FROM m WHERE {language_where}), "
            f"f AS MATERIALIZED (SELECT * FROM s AS m WHERE {filters_where}) "
            + " UNION ALL ".join(parts)
        )
        params = [*match_params, *language_params, *filters_params]
        return statement, [*params, *part_params]

    @staticmethod
    def _facet(name, others, source):
        condition, params = where(others)
        if name in JSON_FILTERS:
            return (
                f"SELECT * FROM (SELECT '{name}', j.value, count(*), 0 FROM {source} AS m, "
                f"json_each(m.{JSON_FILTERS[name]}) AS j WHERE {condition} GROUP BY j.value)",
                params,
            )
        if name == "year":
            low, high = year_range()
            # Documents are counted per (start, end) first: few pairs to
            # join with the years instead of every document.
            return (
                "SELECT * FROM (SELECT 'year', y.value, sum(p.n), 0 FROM "
                "(SELECT m.start_year, m.end_year, count(*) AS n "
                f"FROM {source} AS m WHERE m.kind IN {YEARS_OF} AND {condition} "
                "GROUP BY m.start_year, m.end_year) AS p, "
                "(WITH RECURSIVE years(value) AS (SELECT %s UNION ALL "
                "SELECT value + 1 FROM years WHERE value < %s) SELECT value FROM years) AS y "
                "WHERE (p.start_year IS NULL OR p.start_year <= y.value) "
                "AND (p.end_year IS NULL OR p.end_year >= y.value) GROUP BY y.value)",
                [*params, low, high],
            )
        column = "language" if name == "language" else COLUMN_FILTERS[name]
        return (
            f"SELECT * FROM (SELECT '{name}', m.{column}, count(*), 0 FROM {source} AS m "
            f"WHERE m.{column} <> '' AND {condition} GROUP BY m.{column})",
            params,
        )

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
        sqlite_index.rebuild(connection)
