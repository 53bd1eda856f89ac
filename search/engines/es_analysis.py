"""Index settings and mapping of the Elasticsearch search index.

The server is the minimal Elasticsearch (no analysis-common module); the
language filters come from the project's plugin (scripts/elasticsearch-analysis,
`citynet_*`). Each content language has its own analysed fields
(`title_el`, `summary_el`, `body_el`, …): a document's text goes into its own
language's fields only, so each word is stemmed by the right stemmer and a
query in lang=all is analysed once per language by each field's analyser.
Every analyser is case- and accent-insensitive; ASCII folding only touches
Latin letters, so it is safe after any script.
"""

TEXT_FIELDS = ("title", "summary", "body", "names")
# The fields a snippet may come from: `names` finds a page, never shows.
SHOWN_FIELDS = ("title", "summary", "body")
# Field boosts for ranking: a word in the title counts most.
BOOSTS = {"title": 4, "summary": 2, "body": 1, "names": 1}
OTHER = "other"  # fields for a content language without its own analyser

_FOLD = "citynet_ascii_folding"
ANALYZERS = {
    # Greek: lowercase also strips tonos and diaeresis, then stop words and stems.
    "el": {
        "tokenizer": "standard",
        "filter": ["citynet_greek_lowercase", "citynet_stop_el", "citynet_greek_stem", _FOLD],
    },
    "en": {
        "tokenizer": "standard",
        "filter": [
            "citynet_english_possessive",
            "lowercase",
            _FOLD,
            "citynet_stop_en",
            "citynet_english_stem",
        ],
    },
    # German normalization folds umlauts and ß (and ae/oe/ue) before the light stemmer.
    "de": {
        "tokenizer": "standard",
        "filter": ["lowercase", "citynet_german_normalization", "citynet_german_stem", _FOLD],
    },
    # The Russian Snowball stemmer also reads ё as е.
    "ru": {"tokenizer": "standard", "filter": ["lowercase", "citynet_russian_stem", _FOLD]},
    # Arabic normalization drops harakat and tatweel and unifies alef/yeh forms.
    "ar": {
        "tokenizer": "standard",
        "filter": [
            "lowercase",
            "citynet_decimal_digit",
            "citynet_arabic_normalization",
            "citynet_arabic_stem",
            _FOLD,
        ],
    },
    # Farsi: ZWNJ separates word parts; Persian yeh/kaf unified with Arabic; no stemmer.
    "fa": {
        "char_filter": ["citynet_persian_zwnj"],
        "tokenizer": "standard",
        "filter": [
            "lowercase",
            "citynet_decimal_digit",
            "citynet_arabic_normalization",
            "citynet_persian_normalization",
            _FOLD,
        ],
    },
    # Ukrainian: no stemmer on this server; typo tolerance bridges inflections.
    "uk": {"tokenizer": "standard", "filter": ["lowercase", _FOLD]},
    OTHER: {"tokenizer": "standard", "filter": ["lowercase", _FOLD]},
}

# Autocomplete: words of every script folded alike, indexed as edge n-grams.
_SUGGEST_FILTERS = [
    "citynet_greek_lowercase",  # lower-cases every script, strips Greek accents
    _FOLD,
    "citynet_decimal_digit",
    "citynet_arabic_normalization",
    "citynet_persian_normalization",
]


def analyzer_name(language):
    return f"citynet_{language if language in ANALYZERS else OTHER}"


def field_language(language):
    """The suffix of the text fields holding text in `language`."""
    return language if language in ANALYZERS else OTHER


def text_field(name, language):
    return f"{name}_{field_language(language)}"


def index_settings():
    analyzers = {
        analyzer_name(code): {"type": "custom", **chain} for code, chain in ANALYZERS.items()
    }
    analyzers["citynet_suggest"] = {
        "type": "custom",
        "char_filter": ["citynet_persian_zwnj"],
        "tokenizer": "standard",
        "filter": _SUGGEST_FILTERS + ["citynet_suggest_edge"],
    }
    analyzers["citynet_suggest_search"] = {
        "type": "custom",
        "char_filter": ["citynet_persian_zwnj"],
        "tokenizer": "standard",
        "filter": _SUGGEST_FILTERS,
    }
    return {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "analysis": {
            "filter": {
                "citynet_stop_el": {"type": "stop", "stopwords": "_greek_"},
                "citynet_stop_en": {"type": "stop", "stopwords": "_english_"},
                "citynet_suggest_edge": {
                    "type": "edge_ngram",
                    "min_gram": 1,
                    "max_gram": 30,
                    "preserve_original": True,
                },
            },
            "analyzer": analyzers,
        },
    }


def mappings():
    keyword = {"type": "keyword"}
    properties = {
        "page_id": {"type": "integer"},
        "kind": keyword,
        "category": keyword,
        # 0 for practices: autocomplete lists them first.
        "kind_order": {"type": "byte"},
        "language": keyword,
        "translation_key": keyword,
        "shown_for": keyword,
        "city": keyword,
        "country": keyword,
        "themes": keyword,
        "target_groups": keyword,
        "status": keyword,
        "evidence": keyword,
        "start_year": {"type": "integer"},
        "end_year": {"type": "integer"},
        "date": {"type": "date", "format": "strict_date"},
        # The title as written (returned by autocomplete), and normalised
        # (sorting, and autocomplete's "starts with", as the database engines).
        "title": {"type": "keyword", "index": False, "doc_values": False},
        "title_normalized": keyword,
        "suggest": {
            "type": "text",
            "analyzer": "citynet_suggest",
            "search_analyzer": "citynet_suggest_search",
        },
    }
    for language in ANALYZERS:
        analyzer = analyzer_name(language)
        # Every word of the document in one field: a query matches when all
        # its words occur anywhere in the document, as on the database engines.
        properties[f"all_{language}"] = {"type": "text", "analyzer": analyzer}
        for name in TEXT_FIELDS:
            properties[f"{name}_{language}"] = {
                "type": "text",
                "analyzer": analyzer,
                "index_options": "offsets",  # fast highlighting of long bodies
                "copy_to": f"all_{language}",
            }
    return {"dynamic": "strict", "properties": properties}
