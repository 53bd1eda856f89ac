"""PostgreSQL full text search over SearchDocument, one statement a search.

Each row's `vector` is built with its own language's configuration
(citynet_<code>, migration 0002) from normalised text, weighted title A,
summary B, body and names C. A query is stemmed with each language's configuration
and matches a row only through the row's own language. The match set is
computed once (CTE `m`), the filtered set once (`f`), and the total, the
page of hits and every facet come back from one UNION ALL.
"""

# ruff: noqa: S608 - statements are assembled from fixed fragments; every value is a parameter.
from django.db import connection

from ..models import SearchDocument, SearchWord
from ..text import normalize
from .base import FACETS, YEAR_KINDS, Result
from .database import DatabaseEngine, add_words, site_languages, year_range

TABLE = SearchDocument._meta.db_table
BATCH_SIZE = 500
CONFIGURED = {"el", "en", "de", "ru", "ar", "uk", "fa"}
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
NEWEST = 'm.date DESC NULLS LAST, m.title_normalized COLLATE "C", m.page_id'


def config(language):
    return f"citynet_{language}" if language in CONFIGURED else "simple"


def tsquery(language, groups):
    """SQL and params: every group must match, any word of a group will."""
    parts, params = [], []
    for group in groups:
        parts.append(
            "(" + " || ".join("plainto_tsquery(%s::regconfig, %s)" for _word in group) + ")"
        )
        for word in group:
            params += [config(language), word]
    return "(" + " && ".join(parts) + ")", params


def filter_sql(name, values):
    values = list(values)
    if name in COLUMN_FILTERS:
        return f"m.{COLUMN_FILTERS[name]} = ANY(%s)", [values]
    if name in JSON_FILTERS:
        return f"m.{JSON_FILTERS[name]} ?| %s::text[]", [values]
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
        return "m.shown_for ? %s", [query.reader_language]
    return "m.language = ANY(%s)", [list(query.languages)]


def where(conditions):
    sql = " AND ".join(sql for sql, _params in conditions) or "TRUE"
    return sql, [param for _sql, params in conditions for param in params]


class PostgresEngine(DatabaseEngine):
    name = "postgresql"

    def search(self, query):
        terms = self.terms(query)
        groups = self.expand_typos(terms, self.languages_for(query)) if terms else []
        sql, params = self._statement(query, groups)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        total, hits, facets = 0, [], {name: {} for name in FACETS} if query.facets else {}
        for part, value, number, _position in rows:
            if part == "total":
                total = int(number)
            elif part == "hit":
                hits.append((int(value), number))
            else:
                facets[part][value] = int(number)
        return Result(total, self.make_hits(hits, groups, query.highlight), facets, self.name)

    def _match(self, query, groups):
        """The CTE m: text-matched documents with a score."""
        if not groups:
            return "TRUE", [], "0::float", []
        languages = site_languages() if query.facets else self.languages_for(query)
        conditions, params, ranks, rank_params = [], [], [], []
        for language in languages:
            sql, sql_params = tsquery(language, groups)
            conditions.append(f"(d.language = %s AND d.vector @@ {sql})")
            params += [language, *sql_params]
            ranks.append(f"WHEN %s THEN ts_rank_cd(d.vector, {sql})")
            rank_params += [language, *sql_params]
        score = "CASE d.language " + " ".join(ranks) + " ELSE 0 END"
        return "(" + " OR ".join(conditions) + ")", params, score, rank_params

    def _statement(self, query, groups):
        match, match_params, score, score_params = self._match(query, groups)
        filters = {
            name: filter_sql(name, values) for name, values in query.filters.items() if values
        }
        language_where, language_params = language_sql(query)
        filters_where, filters_params = where(list(filters.values()))
        order = f"m.score DESC, {NEWEST}" if groups and query.sort == "relevance" else NEWEST
        limit = "" if query.limit is None else f"LIMIT {int(query.limit)}"
        parts = [
            "SELECT 'total' AS part, NULL::text AS value, count(*)::float AS n, "
            "0::bigint AS pos FROM f",
            f"(SELECT 'hit', m.page_id::text, m.score, row_number() OVER (ORDER BY {order}) AS pos "
            f"FROM f AS m ORDER BY pos {limit} OFFSET {int(query.offset)})",
        ]
        part_params = []
        if query.facets:
            for name in FACETS:
                # The language facet counts over every language (m), the
                # others within the chosen languages (s).
                others = [sql for key, sql in filters.items() if key != name]
                sql, params = self._facet(name, others, "m" if name == "language" else "s")
                parts.append(sql)
                part_params += params
        # Without words m is the whole table: let PostgreSQL read it through
        # the indexes of each use instead of copying it.
        materialized = "MATERIALIZED" if groups else "NOT MATERIALIZED"
        statement = (
            f"WITH m AS {materialized} (SELECT d.page_id, d.kind, d.language, d.shown_for, "
            "d.category, d.city, d.country, d.themes, d.target_groups, d.status, d.evidence, "
            f"d.start_year, d.end_year, d.date, d.title_normalized, {score} AS score "
            f"FROM {TABLE} d WHERE {match}), "
            f"s AS MATERIALIZED (SELECT * FROM m WHERE {language_where}), "
            f"f AS MATERIALIZED (SELECT * FROM s AS m WHERE {filters_where}) "
            + " UNION ALL ".join(parts)
        )
        params = [*score_params, *match_params, *language_params, *filters_params]
        return statement, [*params, *part_params]

    @staticmethod
    def _facet(name, others, source):
        condition, params = where(others)
        if name in JSON_FILTERS:
            return (
                f"(SELECT '{name}', t.v, count(*), 0 FROM {source} AS m "
                f"CROSS JOIN LATERAL jsonb_array_elements_text(m.{JSON_FILTERS[name]}) t(v) "
                f"WHERE {condition} GROUP BY t.v)",
                params,
            )
        if name == "year":
            low, high = year_range()
            series = (
                "generate_series(GREATEST(COALESCE(m.start_year, %s), %s), "
                "LEAST(COALESCE(m.end_year, %s), %s))"
            )
            return (
                f"(SELECT 'year', y::text, count(*), 0 FROM {source} AS m "
                f"CROSS JOIN LATERAL {series} y "
                f"WHERE m.kind IN {YEARS_OF} AND {condition} GROUP BY y)",
                [low, low, high, high, *params],
            )
        column = "language" if name == "language" else COLUMN_FILTERS[name]
        return (
            f"(SELECT '{name}', m.{column}, count(*), 0 FROM {source} AS m "
            f"WHERE m.{column} <> '' AND {condition} GROUP BY m.{column})",
            params,
        )

    def similar_words(self, terms, languages):
        sql = (
            "SELECT t.term, w.word FROM unnest(%s::text[]) AS t(term) CROSS JOIN LATERAL ("
            "  SELECT word, max(similarity(word, t.term)) AS sim FROM sitesearch_searchword"
            "  WHERE language = ANY(%s) AND word %% t.term GROUP BY word"
            "  ORDER BY sim DESC, word LIMIT 3) w"
        )
        found = {}
        with connection.cursor() as cursor:
            cursor.execute(sql, [list(terms), list(languages)])
            for term, word in cursor.fetchall():
                found.setdefault(term, []).append(word)
        return found

    def index(self, documents):
        documents = list(documents)
        for start in range(0, len(documents), BATCH_SIZE):
            self._vectors(documents[start : start + BATCH_SIZE])
        add_words(documents)

    @staticmethod
    def _vectors(documents):
        columns = ([], [], [], [], [])
        for doc in documents:
            for column, value in zip(
                columns,
                (
                    doc.pk,
                    config(doc.language),
                    normalize(doc.title),
                    normalize(doc.summary),
                    # Names weigh as the body did when it held them.
                    normalize(f"{doc.body}\n{doc.names}"),
                ),
                strict=True,
            ):
                column.append(value)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {TABLE} d SET vector = "
                "setweight(to_tsvector(v.cfg::regconfig, v.t), 'A') || "
                "setweight(to_tsvector(v.cfg::regconfig, v.s), 'B') || "
                "setweight(to_tsvector(v.cfg::regconfig, v.b), 'C') "
                "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[]) "
                "AS v(id, cfg, t, s, b) WHERE d.id = v.id",
                list(columns),
            )

    def rebuild(self):
        SearchWord.objects.all().delete()
        batch = []
        for doc in SearchDocument.objects.only(
            "id", "language", "title", "summary", "body", "names"
        ).iterator(chunk_size=BATCH_SIZE):
            batch.append(doc)
            if len(batch) >= BATCH_SIZE:
                self.index(batch)
                batch = []
        self.index(batch)
