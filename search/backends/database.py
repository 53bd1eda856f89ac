"""The database search backend: PostgreSQL full text search, or SQLite FTS5."""

from wagtail.search.backends.database import SearchBackend

__all__ = ["SearchBackend"]
