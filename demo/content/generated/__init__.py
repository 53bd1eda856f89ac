"""Phrase pools for generated practices (``load_demo_content --practices N``).

One module per language, all with the same structure and the *same order*:
item k of a list means the same thing in every language, so a practice that
picks item k is a real translation in each of its languages. The sentences
use several inflected forms of the same words (course, courses, of the
courses ...) so that stemming in search can be tested.

Each module defines:

* ACTIVITIES[theme]  two names of an activity, used in titles
* SENTENCES[theme]   three sentences describing the activity
* FOR_GROUP[group]   "for <target group>"
* TITLE_PATTERNS     with {activity}, {for_group} and {city}
* INSPIRING, STARTED (with {year}), RESULTS (with {number}): four each
* FIGURES[theme]     (label, unit) of an outcome figure
* FUNDING            four programme names (EU, EU, municipal, regional)
"""

from importlib import import_module

LANGUAGES = ["el", "en", "de", "ru", "ar", "uk"]


def pool(language):
    return import_module(f"{__name__}.{language}")
