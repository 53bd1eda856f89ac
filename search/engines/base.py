"""The interface every search engine implements (docs/search.md)."""

from collections.abc import Iterable
from dataclasses import dataclass, field

FILTERS = (
    "kind",
    "category",  # within a kind: a publication's kind (thematic guide, study…)
    "theme",
    "target_group",
    "city",
    "country",
    "status",
    "evidence",
    "year",
)
# Facets: one per filter, plus the language of the content.
FACETS = FILTERS + ("language",)
SORTS = ("relevance", "newest")
# The kinds the year filter reads: practices run from start_year to end_year,
# a publication's two years are its year of publication.
YEAR_KINDS = ("practice", "publication")


@dataclass(frozen=True)
class Query:
    text: str  # already trimmed and limited by the view; may be ""
    reader_language: str  # the URL's language
    # None = every language, one document per page via shown_for.
    languages: tuple[str, ...] | None
    # Validated values: values of one filter are alternatives (OR), filters
    # all apply (AND). "year" values are ints as strings: practices running
    # in that year ((start_year null or <= Y) and (end_year null or >= Y)),
    # publications of that year.
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"  # or "newest": date desc, nulls last, then title
    offset: int = 0
    limit: int | None = 20  # None = all (export)
    facets: bool = True
    highlight: bool = True  # snippets with <mark>; an export needs none

    def __hash__(self):
        return hash((self.text, self.reader_language, self.languages, self.sort, self.offset))


@dataclass
class Hit:
    page_id: int
    score: float
    # "title"/"summary"/"body" -> HTML-escaped snippet with <mark>…</mark>
    highlights: dict[str, str] = field(default_factory=dict)


@dataclass
class Result:
    total: int
    hits: list[Hit]
    # One per FILTER plus "language": counts for the current query and all
    # OTHER filters (a facet ignores its own filter).
    facets: dict[str, dict[str, int]]
    engine: str  # "postgresql" | "sqlite" | "elasticsearch" | "database (fallback)"


class EngineError(Exception):
    """An engine could not answer (the caller may fall back)."""


class Engine:
    name = "base"

    def search(self, query: Query) -> Result:
        raise NotImplementedError

    def suggest(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        """Titles (practices first) starting with, or containing a word
        starting with, `prefix`, for autocomplete."""
        raise NotImplementedError

    def index(self, documents: Iterable) -> None:
        raise NotImplementedError

    def delete(self, page_ids: Iterable[int]) -> None:
        raise NotImplementedError

    def rebuild(self) -> None:
        """(Re)create the index structures and index every SearchDocument."""
        raise NotImplementedError
