"""The Elasticsearch engine over the SearchDocument table (docs/search.md).

One index per site, reached through the alias `<ELASTICSEARCH_INDEX_PREFIX>documents`.
The minimal server has no _reindex, _delete_by_query or scripting, so a rebuild
creates a new timestamped index, bulk-loads it, moves the alias in one atomic
call and deletes the old index. Every error is raised: `run_search` answers
from the database engine instead.
"""

import time

from django.conf import settings
from elasticsearch import Elasticsearch, helpers

from ..text import normalize, tokens
from . import es_analysis as analysis
from . import es_query
from .base import Engine, EngineError, Hit, Result

CHUNK = 1000  # documents per bulk request, hits per page of an export
MAX_RESULT_WINDOW = 10_000  # the index default: from + size beyond it needs search_after


def source(document):
    """The indexed JSON of a SearchDocument: its text in its own language's fields."""
    data = {
        "page_id": document.page_id,
        "kind": document.kind,
        "category": document.category,
        "kind_order": 0 if document.kind == "practice" else 1,
        "language": document.language,
        "translation_key": str(document.translation_key),
        "shown_for": list(document.shown_for or []),
        "city": document.city,
        "country": document.country,
        "themes": list(document.themes or []),
        "target_groups": list(document.target_groups or []),
        "status": document.status,
        "evidence": document.evidence,
        "start_year": document.start_year,
        "end_year": document.end_year,
        "date": document.date.isoformat() if document.date else None,
        "title": document.title,
        "title_normalized": normalize(document.title)[:200],
        "suggest": document.title,
    }
    for name in analysis.TEXT_FIELDS:
        value = getattr(document, name)
        if value:
            data[analysis.text_field(name, document.language)] = value
    return data


class ElasticsearchEngine(Engine):
    name = "elasticsearch"
    # Index writes by any instance (tests rebuild the index after a test
    # that wrote, since a rolled-back transaction does not reach the index).
    writes = 0

    def __init__(self, url=None, prefix=None, timeout=None):
        self.url = url or settings.ELASTICSEARCH_URL
        if prefix is None:
            prefix = settings.ELASTICSEARCH_INDEX_PREFIX
        self.alias = f"{prefix}documents"
        if timeout is None:
            timeout = settings.ELASTICSEARCH_TIMEOUT
        self.timeout = timeout
        # One retry: a dead server must fail fast so the database can answer.
        self.client = Elasticsearch(self.url, request_timeout=timeout, max_retries=1)

    # --- searching -----------------------------------------------------------

    def search(self, query):
        request = es_query.body(query, expanded=self._expanded(query, fuzzy=False))
        hits, total, aggs = self._collect(request, query.offset, query.limit)
        if not total and es_query.query_text(query):
            # Nothing matched exactly: try again with typo tolerance everywhere.
            expanded = self._expanded(query, fuzzy=True)
            request = es_query.body(query, fuzzy=True, expanded=expanded)
            hits, total, aggs = self._collect(request, query.offset, query.limit)
        facets = es_query.facets(aggs) if query.facets else {}
        return Result(total=total, hits=hits, facets=facets, engine=self.name)

    def _expanded(self, query, fuzzy):
        """The terms a fuzzy text query expands to, for highlighting (None
        when the query is not fuzzy: the highlighter analyses it itself)."""
        if not query.highlight or not es_query.query_text(query):
            return None
        if not es_query.is_fuzzy(query, fuzzy):
            return None
        response = self.client.indices.validate_query(
            index=self.alias, query=es_query.matching(query, fuzzy), rewrite=True
        )
        explanation = " ".join(item["explanation"] for item in response["explanations"])
        return es_query.expanded_terms(explanation)

    def _collect(self, request, offset, limit):
        """(hits offset..offset+limit, total, aggregations): one request within
        the result window, else pages of CHUNK hits chained with search_after
        (an export of every hit)."""
        if limit is not None and offset + limit <= MAX_RESULT_WINDOW:
            response = self.client.search(index=self.alias, from_=offset, size=limit, **request)
            hits = [self._hit(hit) for hit in response["hits"]["hits"]]
            return hits, response["hits"]["total"]["value"], response.get("aggregations")
        wanted = None if limit is None else offset + limit
        hits, seen, after = [], 0, None
        page = dict(request)
        while True:
            response = self.client.search(index=self.alias, size=CHUNK, **page)
            if after is None:
                total = response["hits"]["total"]["value"]
                aggs = response.get("aggregations")
                page.pop("aggs", None)
                page["track_total_hits"] = False
            batch = response["hits"]["hits"]
            for hit in batch:
                if seen >= offset:
                    hits.append(self._hit(hit))
                seen += 1
                if seen == wanted:
                    return hits, total, aggs
            if len(batch) < CHUNK:
                return hits, total, aggs
            after = page["search_after"] = batch[-1]["sort"]

    @staticmethod
    def _hit(hit):
        highlights = {}
        for field, fragments in (hit.get("highlight") or {}).items():
            name = field.rsplit("_", 1)[0]  # title_el -> title
            if fragments and name not in highlights:
                highlights[name] = " ".join(fragments[0].split())
        return Hit(page_id=int(hit["_id"]), score=hit.get("_score") or 0.0, highlights=highlights)

    def suggest(self, prefix, language, limit=8):
        """Titles in `language` with a word starting with each typed word:
        practices first, then titles starting with the first word (as the
        database engines rank them)."""
        words = tokens(prefix)[:5]
        if not words or limit <= 0:
            return []
        response = self.client.search(
            index=self.alias,
            size=limit * 3,  # translations may share a title
            query={
                "bool": {
                    "filter": [
                        {"match": {"suggest": {"query": " ".join(words), "operator": "and"}}},
                        {"term": {"language": language}},
                    ],
                    "should": {"prefix": {"title_normalized": words[0]}},
                }
            },
            sort=[{"kind_order": "asc"}, {"_score": "desc"}, {"title_normalized": "asc"}],
            source=["title"],
        )
        titles = []
        for hit in response["hits"]["hits"]:
            title = hit["_source"]["title"]
            if title not in titles:
                titles.append(title)
        return titles[:limit]

    # --- indexing ------------------------------------------------------------

    def _new_index(self, alias=False):
        """Create an empty index with a timestamped name (optionally carrying the alias)."""
        name = f"{self.alias}_{time.strftime('%Y%m%d%H%M%S')}_{time.time_ns() % 10**9:09d}"
        body = {"settings": analysis.index_settings(), "mappings": analysis.mappings()}
        if alias:
            body["aliases"] = {self.alias: {}}
        self.client.indices.create(index=name, **body)
        return name

    def _ensure_index(self):
        if not self.client.indices.exists_alias(name=self.alias):
            if self.client.indices.exists(index=self.alias):  # a stray concrete index
                self.client.indices.delete(index=self.alias)
            self._new_index(alias=True)

    def _bulk(self, actions, index, refresh):
        try:
            helpers.bulk(
                self.client.options(request_timeout=max(self.timeout, 60)),
                actions,
                chunk_size=CHUNK,
                index=index,
                refresh=refresh,
                ignore_status=(404,),  # deleting a page that was never indexed
            )
        except helpers.BulkIndexError as error:  # rejected documents: an engine error
            raise EngineError(f"{error} {error.errors[:3]}") from error

    def index(self, documents):
        actions = ({"_id": str(doc.page_id), "_source": source(doc)} for doc in documents)
        self._ensure_index()
        ElasticsearchEngine.writes += 1
        # An immediate refresh: editors publish rarely, and tests read at once.
        self._bulk(actions, self.alias, refresh=True)

    def delete(self, page_ids):
        actions = [{"_op_type": "delete", "_id": str(page_id)} for page_id in page_ids]
        if actions and self.client.indices.exists_alias(name=self.alias):
            ElasticsearchEngine.writes += 1
            self._bulk(actions, self.alias, refresh=True)

    def rebuild(self):
        from ..models import SearchDocument

        new = self._new_index()
        ElasticsearchEngine.writes += 1
        client = self.client.options(request_timeout=max(self.timeout, 120))
        client.indices.put_settings(index=new, settings={"refresh_interval": "-1"})
        documents = SearchDocument.objects.order_by("pk").iterator(chunk_size=CHUNK)
        actions = ({"_id": str(doc.page_id), "_source": source(doc)} for doc in documents)
        self._bulk(actions, new, refresh=False)
        client.indices.put_settings(index=new, settings={"refresh_interval": None})
        client.indices.refresh(index=new)
        # Every earlier index of this alias (including leftovers of failed rebuilds).
        old = [name for name in client.indices.get(index=f"{self.alias}_*") if name != new]
        actions = [{"add": {"index": new, "alias": self.alias}}]
        if client.indices.exists(index=self.alias) and not client.indices.exists_alias(
            name=self.alias
        ):
            actions.append({"remove_index": {"index": self.alias}})
        for name in old:
            actions.insert(0, {"remove": {"index": name, "alias": self.alias, "must_exist": False}})
        client.indices.update_aliases(actions=actions)
        if old:
            client.indices.delete(index=",".join(old), ignore_unavailable=True)
