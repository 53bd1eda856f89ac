"""Which engine answers a search, and the fallback when Elasticsearch fails.

The SearchDocument table is always maintained, so the database engine can
answer whenever Elasticsearch cannot (connection refused, timeout, error).
After a failure Elasticsearch is left alone for ELASTICSEARCH_RETRY_AFTER
seconds (each process on its own), so a dead or hanging server costs one
timeout per back-off, not one per request; the next search after it tries again.
"""

import dataclasses
import functools
import logging
import time

from django.conf import settings
from django.db import connection

from .base import EngineError

logger = logging.getLogger(__name__)
FALLBACK_ENGINE_NAME = "database (fallback)"


@functools.cache
def _database_engine(vendor):
    if vendor == "postgresql":
        from .postgresql import PostgresEngine

        return PostgresEngine()
    from .sqlite import SQLiteEngine

    return SQLiteEngine()


def database_engine():
    """The engine over the SearchDocument table for the database in use."""
    return _database_engine(connection.vendor)


def elasticsearch_engine():
    """The Elasticsearch engine, or None when ELASTICSEARCH_URL is unset."""
    url = getattr(settings, "ELASTICSEARCH_URL", None)
    if not url:
        return None
    from .elasticsearch import ElasticsearchEngine  # lazy: the client is heavy

    return _elasticsearch_engine(ElasticsearchEngine, url, settings.ELASTICSEARCH_INDEX_PREFIX)


@functools.cache
def _elasticsearch_engine(engine_class, url, prefix):
    # One engine (and client) per configuration; tests override the URL.
    return engine_class()


def get_engine():
    return elasticsearch_engine() or database_engine()


def fallback_errors():
    errors = [EngineError, OSError]
    try:
        import elastic_transport
        import elasticsearch

        errors += [elastic_transport.TransportError, elasticsearch.ApiError]
    except ImportError:  # pragma: no cover - the client is a requirement
        pass
    return tuple(errors)


def _backing_off(engine):
    return time.monotonic() < getattr(engine, "unavailable_until", 0)


def _failed(engine, error, what):
    retry_after = getattr(settings, "ELASTICSEARCH_RETRY_AFTER", 5)
    engine.unavailable_until = time.monotonic() + retry_after
    logger.warning(
        "Elasticsearch failed (%s); %s from the database for the next %ss.",
        error,
        what,
        retry_after,
    )


def run_search(query):
    engine = get_engine()
    if engine is database_engine():
        return engine.search(query)
    if not _backing_off(engine):
        try:
            result = engine.search(query)
        except fallback_errors() as error:
            _failed(engine, error, "answering")
        else:
            if not _ghosts(engine, result):
                return result
    result = database_engine().search(query)
    return dataclasses.replace(result, engine=FALLBACK_ENGINE_NAME)


def _ghosts(engine, result):
    """Hits the table does not have (written to Elasticsearch by a
    transaction that did not commit, before writes followed the commit):
    their count would disagree with the results listed. They are deleted
    from the index, and this search is answered from the database."""
    from ..models import SearchDocument

    ids = {hit.page_id for hit in result.hits}
    ghosts = ids - set(
        SearchDocument.objects.filter(page_id__in=ids).values_list("page_id", flat=True)
    )
    if ghosts:
        logger.warning(
            "Elasticsearch has pages the table lacks (%s); answering from the database.",
            sorted(ghosts),
        )
        try:
            engine.delete(sorted(ghosts))
        except fallback_errors() as error:
            logger.warning("Elasticsearch failed to delete them (%s).", error)
    return bool(ghosts)


def suggest(prefix, language, limit=8):
    engine = get_engine()
    if engine is not database_engine() and not _backing_off(engine):
        try:
            return engine.suggest(prefix, language, limit)
        except fallback_errors() as error:
            _failed(engine, error, "suggesting")
    return database_engine().suggest(prefix, language, limit)


def index_engines():
    """Every engine that must see document changes: the database engine
    always, Elasticsearch too when configured."""
    engines = [database_engine()]
    es = elasticsearch_engine()
    if es is not None:
        engines.append(es)
    return engines
