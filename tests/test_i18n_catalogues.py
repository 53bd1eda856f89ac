"""The gettext catalogues in locale/: complete, and consistent with their msgids."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")
NPLURALS = {"el": 2, "de": 2, "ru": 3, "uk": 3, "ar": 6, "fa": 2}
CATALOGUE_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def catalogue(code):
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


def test_every_site_language_but_english_has_a_catalogue():
    # English is the msgid language; every other site language needs its own.
    assert CATALOGUE_LANGUAGES
    for code in CATALOGUE_LANGUAGES:
        assert (LOCALE / code / "LC_MESSAGES" / "django.po").exists(), code


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_catalogue_is_complete(code):
    po = catalogue(code)
    assert not po.metadata_is_fuzzy
    assert po.metadata["Language"] == code
    assert f"nplurals={NPLURALS[code]};" in po.metadata["Plural-Forms"].replace(" ", "")
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []
    assert len(po.translated_entries()) > 200


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_translations_keep_the_placeholders_and_plural_forms(code):
    po = catalogue(code)
    problems = []
    for entry in po.translated_entries():
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            if len(entry.msgstr_plural) != NPLURALS[code]:
                problems.append((entry.msgid, "plural forms"))
            translations = list(entry.msgstr_plural.values())
        else:
            translations = [entry.msgstr]
        for text in translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append((entry.msgid, text))
    assert problems == []
