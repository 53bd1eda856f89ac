"""What the PostgreSQL and SQLite engines share: the word table for typo
tolerance, year ranges, highlighting of hits, suggestions."""

import datetime
import difflib

from django.conf import settings

from ..models import SearchDocument, SearchWord
from ..text import highlight, normalize, query_terms, tokens
from .base import Engine, Hit

SUGGEST_CANDIDATES = 200
MIN_TYPO_LENGTH = 4
MAX_ALTERNATIVES = 3


def year_range():
    """The years the year facet counts: a fixed window up to next year."""
    this_year = datetime.date.today().year
    return this_year - 15, this_year + 1


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def words_of(documents):
    """{(language, word)} of the documents' text, for the word table."""
    words = set()
    for doc in documents:
        for word in tokens(f"{doc.title} {doc.summary} {doc.body} {doc.names}", doc.language):
            if 2 < len(word) <= 100 and not word.isdigit():
                words.add((doc.language, word))
    return words


def add_words(documents, batch_size=2000):
    words = [SearchWord(language=lang, word=word) for lang, word in words_of(documents)]
    SearchWord.objects.bulk_create(words, batch_size=batch_size, ignore_conflicts=True)


def close_words(term, candidates, limit=MAX_ALTERNATIVES):
    """Known words within a small edit distance of an unknown term."""
    cutoff = 0.75 if len(term) >= 6 else 0.7
    return difflib.get_close_matches(term, candidates, n=limit, cutoff=cutoff)


class DatabaseEngine(Engine):
    """Common parts; subclasses implement match/facets."""

    def terms(self, query):
        return query_terms(query.text)

    def languages_for(self, query):
        return list(query.languages) if query.languages else site_languages()

    def expand_typos(self, terms, languages):
        """[[term, alternative, …], …]: each unknown term (not in the word
        table of these languages) with up to three similar known words."""
        groups = [[term] for term in terms]
        unknown = [term for term in terms if len(term) >= MIN_TYPO_LENGTH and not term.isdigit()]
        if not unknown:
            return groups
        known = set(
            SearchWord.objects.filter(language__in=languages, word__in=unknown).values_list(
                "word", flat=True
            )
        )
        unknown = [term for term in unknown if term not in known]
        if unknown:
            similar = self.similar_words(unknown, languages)
            for group in groups:
                group.extend(word for word in similar.get(group[0], []) if word not in group)
        return groups

    def similar_words(self, terms, languages):
        """{term: [similar known words]} (SQLite: difflib over the words that
        share the term's first letter or its second; PostgreSQL overrides)."""
        found = {}
        for term in terms:
            candidates = list(
                SearchWord.objects.filter(language__in=languages, word__startswith=term[0])
                .values_list("word", flat=True)
                .distinct()[:20000]
            )
            candidates += list(
                SearchWord.objects.filter(language__in=languages, word__startswith=term[1:3])
                .values_list("word", flat=True)
                .distinct()[:5000]
            )
            found[term] = close_words(term, sorted(set(candidates)))
        return found

    def highlights(self, page_ids, groups):
        """{page_id: {"title"|"summary"|"body": snippet}} in one query (never
        from `names`: a snippet is the page's own text)."""
        if not groups:
            return {}
        words = [word for group in groups for word in group]
        out = {}
        rows = SearchDocument.objects.filter(page_id__in=page_ids).values_list(
            "page_id", "language", "title", "summary", "body"
        )
        for page_id, language, title, summary, body in rows:
            marks = {}
            for name, text in (("title", title), ("summary", summary), ("body", body)):
                snippet = highlight(text, words, language)
                if snippet:
                    marks[name] = snippet
            out[page_id] = marks
        return out

    def make_hits(self, rows, groups, highlight=True):
        """rows: [(page_id, score)] in order."""
        marks = self.highlights([page_id for page_id, _score in rows], groups if highlight else [])
        return [Hit(page_id, float(score or 0), marks.get(page_id, {})) for page_id, score in rows]

    def suggest(self, prefix, language, limit=8):
        words = tokens(prefix)[:5]
        if not words or limit <= 0:
            return []
        rows = self.suggest_candidates(words, language)
        ranked = []
        for title, kind in rows:
            title_words = tokens(title)
            normal = normalize(title)
            if not all(any(w.startswith(word) for w in title_words) for word in words):
                continue
            ranked.append((kind != "practice", not normal.startswith(words[0]), normal, title))
        seen, out = set(), []
        for *_key, title in sorted(ranked):
            if title not in seen:
                seen.add(title)
                out.append(title)
        return out[:limit]

    def suggest_candidates(self, words, language):
        documents = SearchDocument.objects.filter(language=language)
        for word in words:
            documents = documents.filter(title_normalized__contains=word)
        return list(documents.values_list("title", "kind")[:SUGGEST_CANDIDATES])

    def delete(self, page_ids):
        # The rows are the index: indexing.remove deletes them.
        return None
