"""Request bodies of the Elasticsearch engine: the query, filters, facets,
sort and highlighting, with the database engines' semantics (docs/search.md)
so that both answer the same search with the same hits and facet counts."""

import re

from ..text import query_terms
from . import es_analysis as analysis
from .base import FACETS, YEAR_KINDS
from .database import year_range

FACET_SIZE = 1000  # more values than any facet has
SNIPPET_CHARS = 240  # as search.text.highlight
# Languages without a stemmer on this server: typo tolerance is always on,
# standing in for inflection. The others are fuzzy only when nothing matches.
ALWAYS_FUZZY = {"uk", "fa", analysis.OTHER}
FUZZY = {"fuzziness": "AUTO:4,8", "prefix_length": 1, "max_expansions": 20}
# Facet or filter name -> keyword field (year is computed from two fields).
FIELDS = {
    "kind": "kind",
    "category": "category",
    "theme": "themes",
    "target_group": "target_groups",
    "city": "city",
    "country": "country",
    "status": "status",
    "evidence": "evidence",
    "language": "language",
}


def field_languages(query):
    """The suffixes of the text fields a query searches."""
    if query.languages is None:
        return list(analysis.ANALYZERS)
    return sorted({analysis.field_language(code) for code in query.languages})


def query_text(query):
    """The text to analyse, or "" when it has no words (then everything
    matches, as on the database engines). Elasticsearch reads the text as
    written: each field's analyser folds it as it folded the documents."""
    if not query_terms(query.text):
        return ""
    return " ".join(query.text.replace("\x00", " ").split())


def _missing_or(field, bound):
    return {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": field}}}},
                {"range": {field: bound}},
            ]
        }
    }


def year_clause(year):
    """Practices running in `year` (started by then, or undated, and not
    ended before), publications of `year` (YEAR_KINDS)."""
    return {
        "bool": {
            "filter": [
                {"terms": {"kind": list(YEAR_KINDS)}},
                _missing_or("start_year", {"lte": year}),
                _missing_or("end_year", {"gte": year}),
            ]
        }
    }


def filter_clause(name, values):
    """Values of one filter are alternatives."""
    if name == "year":
        clauses = [year_clause(int(value)) for value in values]
        return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses}}
    return {"terms": {FIELDS[name]: list(values)}}


def scope_clause(query):
    """The reader's language, or for lang=all one document per page (shown_for)."""
    if query.languages is None:
        return {"term": {"shown_for": query.reader_language}}
    return {"terms": {"language": list(query.languages)}}


def text_query(text, languages, fuzzy):
    """Every word must occur in the document (in any of its fields); exact
    words, and words of the title, rank higher."""
    matches = []
    for code in languages:
        # A query of stop words only ("the") matches like an empty one.
        match = {"query": text, "operator": "and", "zero_terms_query": "all"}
        if fuzzy or code in ALWAYS_FUZZY:
            match.update(FUZZY)
        matches.append({"match": {f"all_{code}": match}})
    fields = [
        f"{name}_{code}^{analysis.BOOSTS[name]}"
        for code in languages
        for name in analysis.TEXT_FIELDS
    ]
    titles = [f"title_{code}" for code in languages]
    return {
        "bool": {
            "must": {"bool": {"should": matches, "minimum_should_match": 1}},
            "should": [
                {"multi_match": {"query": text, "fields": fields, "tie_breaker": 0.3}},
                {"multi_match": {"query": text, "fields": titles, "type": "phrase", "boost": 2}},
            ],
        }
    }


def is_fuzzy(query, fuzzy):
    """Whether some searched field matches with typo tolerance."""
    return fuzzy or bool(set(field_languages(query)) & ALWAYS_FUZZY)


def matching(query, fuzzy):
    """The clause that decides which documents match the text."""
    return text_query(query_text(query), field_languages(query), fuzzy)["bool"]["must"]


_REWRITTEN_TERM = re.compile(r"\ball_([a-z]+):([^\s()^\"]+)")


def expanded_terms(explanation):
    """{language: [terms]} of a rewritten query (the _validate API's
    explanation): the indexed terms its fuzzy words expanded to."""
    terms = {}
    for code, term in _REWRITTEN_TERM.findall(explanation):
        terms.setdefault(code, [])
        if term not in terms[code]:
            terms[code].append(term)
    return terms


def highlight(text, languages, expanded=None):
    """Marks on the words that matched: the analysed query words, or when
    typo tolerance was on, the indexed terms the query expanded to (the
    highlighter would otherwise build fuzzy automata for every hit and
    field: seconds on 20,000 documents)."""
    if expanded is None:
        fields = [f"{name}_{code}" for code in languages for name in analysis.SHOWN_FIELDS]
        marked = {"multi_match": {"query": text, "fields": fields}}
    else:
        marked = {
            "bool": {
                "should": [
                    {"terms": {f"{name}_{code}": terms}}
                    for code, terms in expanded.items()
                    for name in analysis.SHOWN_FIELDS
                ]
                or [{"match_none": {}}]
            }
        }
    snippet = {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1}
    return {
        "encoder": "html",
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "highlight_query": marked,
        "fields": {
            **{f"title_{code}": {"number_of_fragments": 0} for code in languages},
            **{f"summary_{code}": snippet for code in languages},
            **{f"body_{code}": snippet for code in languages},
        },
    }


def sort(query, scored):
    """Newest: date desc (undated last), title, page; relevance: score first."""
    newest = [
        {"date": {"order": "desc", "missing": "_last"}},
        {"title_normalized": "asc"},
        {"page_id": "asc"},
    ]
    if query.sort == "newest" or not scored:
        return newest
    return [{"_score": "desc"}, *newest]


def aggregations(scope, filters):
    """One aggregation per facet, under every OTHER filter and the language
    scope (the language facet ignores the scope: "results in language X")."""
    low, high = year_range()
    aggs = {}
    for facet in FACETS:
        clauses = [clause for name, clause in filters.items() if name != facet]
        if facet != "language":
            clauses.insert(0, scope)
        if facet == "year":
            buckets = {str(year): year_clause(year) for year in range(low, high + 1)}
            inner = {"filters": {"filters": buckets}}
        else:
            inner = {"terms": {"field": FIELDS[facet], "size": FACET_SIZE}}
        aggs[facet] = {
            "filter": {"bool": {"filter": clauses}} if clauses else {"match_all": {}},
            "aggs": {"values": inner},
        }
    return aggs


def facets(aggs):
    """{facet: {value: count}}, non-zero counts only, as the database engines."""
    out = {}
    for facet in FACETS:
        values = aggs[facet]["values"]["buckets"]
        if isinstance(values, dict):  # the year's filters aggregation
            counts = {key: bucket["doc_count"] for key, bucket in values.items()}
        else:
            counts = {str(bucket["key"]): bucket["doc_count"] for bucket in values}
        out[facet] = {key: count for key, count in counts.items() if key and count}
    return out


def body(query, fuzzy=False, expanded=None):
    """The search request for `query` (without from/size); `expanded`: the
    terms to mark when typo tolerance is on (expanded_terms)."""
    text = query_text(query)
    languages = field_languages(query)
    scope = scope_clause(query)
    filters = {
        name: filter_clause(name, values) for name, values in query.filters.items() if values
    }
    request = {
        "query": text_query(text, languages, fuzzy) if text else {"match_all": {}},
        "post_filter": {"bool": {"filter": [scope, *filters.values()]}},
        "track_total_hits": True,
        "sort": sort(query, bool(text)),
        "_source": False,
    }
    if text and query.highlight:
        request["highlight"] = highlight(text, languages, expanded)
    if query.facets:
        request["aggs"] = aggregations(scope, filters)
    return request
