"""The demo pages written in every site language, not only Greek and English.

The home page, the three index pages, one city (Athens) and two practices
(Athens' Greek and English lessons, Halle's service centre) also exist in
German, Russian, Ukrainian, Arabic and Farsi, written for each language
rather than translated word by word; so do the vocabularies. Every other
page stays an alias of its Greek original in those trees, which readers see
with a notice (localization.status).

Each module (de, ru, uk, ar, fa) holds one language's texts, shaped like
the page specs they belong to: a field's text, a list of paragraphs for rich
text, and for a StreamField one tuple per block with the block's texts in
order (a figure: label, unit[, source]; a goal: title, text; a partner:
name, role). ``add_languages()`` writes them into the specs' ``T`` values,
so the builder finds them like the Greek and English ones. Lengths must
match the specs: a mismatch is an error, not a silent fallback.
"""

from importlib import import_module

from .. import T, paragraphs
from ..cities import ATHENS, CITY_INDEX
from ..news import NEWS_INDEX
from ..pages import HOME
from ..practices import HALLE_SERVICE_CENTRE, PRACTICE_INDEX
from ..practices_athens import LANGUAGE_LESSONS
from ..vocabularies import TARGET_GROUPS, THEMES

LANGUAGES = ["de", "ru", "uk", "ar", "fa"]

SPECS = {
    "HOME": HOME,
    "CITY_INDEX": CITY_INDEX,
    "PRACTICE_INDEX": PRACTICE_INDEX,
    "NEWS_INDEX": NEWS_INDEX,
    "ATHENS": ATHENS,
    "LANGUAGE_LESSONS": LANGUAGE_LESSONS,
    "HALLE_SERVICE_CENTRE": HALLE_SERVICE_CENTRE,
}


def add_languages():
    """Idempotent: sets the same keys on every call."""
    for language in LANGUAGES:
        texts = import_module(f"{__name__}.{language}")
        for name, spec in SPECS.items():
            for field, text in getattr(texts, name).items():
                _merge(spec.fields[field], text, language, f"{name}.{field}")
        for vocabulary, names in ((THEMES, texts.THEMES), (TARGET_GROUPS, texts.TARGET_GROUPS)):
            if set(names) != set(vocabulary):
                raise ValueError(f"{language}: vocabulary slugs differ from the Greek ones")
            for slug, name in names.items():
                vocabulary[slug][language] = name


def _merge(value, text, language, where):
    if isinstance(value, T):
        value[language] = paragraphs(*text) if isinstance(text, list) else text
        return
    if isinstance(value, list):  # a StreamField: (block type, {name: value})
        if len(value) != len(text):
            raise ValueError(f"{language} {where}: {len(text)} blocks for {len(value)}")
        for (_block_type, block), block_texts in zip(value, text, strict=True):
            targets = [item for item in block.values() if isinstance(item, T)]
            if len(targets) != len(block_texts):
                raise ValueError(f"{language} {where}: {block_texts!r} for {len(targets)} texts")
            for target, block_text in zip(targets, block_texts, strict=True):
                target[language] = block_text
        return
    raise ValueError(f"{language} {where}: {type(value).__name__} is not translatable")
