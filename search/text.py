"""Text analysis shared by every search engine.

`normalize` makes case, accents and script variants irrelevant, the same way
for documents and queries, on every backend: PostgreSQL builds its tsvectors
from normalised text, SQLite matches normalised stems, Elasticsearch may use
it too. `stem` reduces a normalised word with the Snowball stemmer of the
language (Greek, English, German, Russian, Arabic); Ukrainian and Farsi are
not stemmed (PostgreSQL ships no stemmer for them) and rely on typo tolerance.
"""

import functools
import html
import re
import threading
import unicodedata

import snowballstemmer

STEMMERS = {"el": "greek", "en": "english", "de": "german", "ru": "russian", "ar": "arabic"}

# Cyrillic letters whose combining mark makes a different letter (й, ў):
# they keep it; ё→е and ї→і lose theirs like Latin and Greek accents do.
_KEEP_MARKS = {"й", "ў"}
_GERMAN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_ARABIC = str.maketrans(
    {
        "\u0640": None,  # tatweel
        "\u06cc": "\u064a",  # Persian yeh -> Arabic yeh
        "\u0649": "\u064a",  # alef maksura -> yeh
        "\u06a9": "\u0643",  # Persian kaf -> Arabic kaf
        "\u200c": " ",  # zero-width non-joiner separates word parts
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


class _StrippedMarks(dict):
    """str.translate table: each character without its combining marks,
    worked out the first time it is met (a corpus has a few hundred)."""

    def __missing__(self, code):
        char = chr(code)
        if char in _KEEP_MARKS:
            stripped = char
        else:
            decomposed = unicodedata.normalize("NFD", char)
            stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = stripped
        return stripped


_STRIPPED_MARKS = _StrippedMarks()


def _strip_marks(text):
    return text if text.isascii() else text.translate(_STRIPPED_MARKS)


def normalize(text, language=None):
    """Lower-case, accent-free, script-unified text (language-independent:
    the rules never conflict, so a query in any language folds the same)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text.replace("\x00", " ")).casefold()
    text = text.translate(_GERMAN).translate(_ARABIC)
    # casefold turns ß into ss and final sigma into σ already.
    return unicodedata.normalize("NFC", _strip_marks(text))


@functools.lru_cache(maxsize=200_000)
def _normalize_word(word):
    """normalize() of one word, cached: a snippet's words recur."""
    return normalize(word)


def tokens(text, language=None):
    """Normalised words of a text, in order."""
    return _WORD.findall(normalize(text, language))


_GREEK_IA_PLURAL = ("ιασ", "ιεσ", "ιας", "ιες")


_stemmers = threading.local()


def _stemmer(language):
    """This thread's stemmer for `language`: a Snowball stemmer keeps the word
    it works on in itself, so threads (gunicorn's) must not share one."""
    cache = getattr(_stemmers, "by_language", None)
    if cache is None:
        cache = _stemmers.by_language = {}
    if language not in cache:
        name = STEMMERS.get(language)
        cache[language] = snowballstemmer.stemmer(name) if name else None
    return cache[language]


@functools.lru_cache(maxsize=200_000)
def stem(word, language):
    """The stem of one normalised word in `language` (itself if unstemmed).
    Cached: a corpus reuses its vocabulary, and Snowball runs in Python."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    result = stemmer.stemWord(word)
    if language == "el" and word.endswith(_GREEK_IA_PLURAL) and result.endswith("ι"):
        # Snowball's Greek keeps the ι of -ιας/-ιες (γειτονιάς → γειτονι) but
        # drops it with -ια/-ιων (γειτονιά → γειτον): one stem for all four.
        result = result[:-1]
    return result


def stems(text, language):
    return [stem(word, language) for word in tokens(text, language)]


def query_terms(text, language=None, limit=MAX_TERMS):
    """The distinct normalised words of a query, in order, at most `limit`."""
    terms = []
    for word in tokens(text, language):
        if word not in terms:
            terms.append(word)
    return terms[:limit]


def excerpt(text, max_chars=240):
    """The escaped beginning of `text`, cut at a word boundary."""
    text = " ".join((text or "").split())
    if len(text) > max_chars:
        text = text[:max_chars].rsplit(" ", 1)[0] + "…"
    return html.escape(text)


def highlight(text, query_terms, language, max_chars=240):
    """An HTML-escaped snippet of `text` around the first match, the words
    matching a query term marked with <mark>. A word matches when its stem
    equals a term's stem, or it starts with a term (typed prefixes). Returns
    "" when no word matches."""
    text = " ".join((text or "").split())
    wanted = {normalize(term) for term in query_terms if term}
    wanted = {term for term in wanted if term}
    if not text or not wanted:
        return ""
    wanted_stems = {stem(term, language) for term in wanted}
    spans = []
    for match in _WORD.finditer(text):
        if spans and match.start() > spans[0][0] + max_chars:
            break  # past any snippet that starts at or before the first match
        word = _normalize_word(match.group())
        if not word:
            continue
        if stem(word, language) in wanted_stems or any(
            word.startswith(term) for term in wanted if len(term) >= 3 or word == term
        ):
            spans.append(match.span())
    if not spans:
        return ""
    start = 0
    if len(text) > max_chars and spans[0][0] > max_chars // 3:
        start = text.rfind(" ", 0, spans[0][0] - max_chars // 4) + 1
    end = min(len(text), start + max_chars)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > spans[0][1] else end
    out = ["…" if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        out.append(html.escape(text[position:span_start]))
        out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(html.escape(text[position:end]))
    out.append("…" if end < len(text) else "")
    return "".join(out)
