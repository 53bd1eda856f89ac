"""Documents generated as one-page PDFs: the thematic guides and synthesis
report of the 2015 programme (seed 001) and the declaration (seed 004).

The demo has no real files; each PDF is a short summary written for the demo
and says so. Titles are unique: they are how the loader finds a document again.
"""

from .declaration import PRINCIPLES

_DEMO_NOTE = "Demo document generated for the Cities Network for Integration website."

DOCUMENTS = {
    "mic-guide-participation": {
        "title": "MIC programme 2015 – Thematic guide: taking part in local affairs",
        "collection": "Thessaloniki",
        "heading": "Taking part in local affairs",
        "subheading": "Thematic guide · Support programme for Migrant Integration Councils, 2015",
        "paragraphs": [
            "This guide came out of a consultation workshop with Migrant Integration "
            "Councils, municipal staff and civil society.",
            "It collects ways for councils to bring residents' concerns to the municipal "
            "council, to hold open meetings and to report back to the communities they "
            "represent.",
            _DEMO_NOTE,
        ],
    },
    "mic-guide-services": {
        "title": "MIC programme 2015 – Thematic guide: access to municipal services",
        "collection": "Thessaloniki",
        "heading": "Access to municipal services",
        "subheading": "Thematic guide · Support programme for Migrant Integration Councils, 2015",
        "paragraphs": [
            "How municipalities can make their services easier to reach for third-country "
            "nationals: clear information, interpreting and one point of contact.",
            _DEMO_NOTE,
        ],
    },
    "mic-guide-education": {
        "title": "MIC programme 2015 – Thematic guide: education and language",
        "collection": "Thessaloniki",
        "heading": "Education and language",
        "subheading": "Thematic guide · Support programme for Migrant Integration Councils, 2015",
        "paragraphs": [
            "Language classes, support for school pupils and adult education as the "
            "foundation of local integration work.",
            _DEMO_NOTE,
        ],
    },
    "mic-synthesis-report": {
        "title": "MIC programme 2015 – Synthesis report",
        "collection": "Thessaloniki",
        "heading": "Synthesis report",
        "subheading": "Support programme for Migrant Integration Councils, 2015",
        "paragraphs": [
            "The concerns, findings and proposals gathered in the consultation workshops "
            "and on the online platform of the cooperation network.",
            "Run by the NGO ASANTE and the Aristotle University of Thessaloniki, funded by "
            "the European Fund for the Integration of Third-Country Nationals (annual "
            "programme 2013).",
            _DEMO_NOTE,
        ],
    },
    "declaration-2018": {
        "title": "Mayors' Declaration, 5 November 2018",
        "collection": "Network",
        "heading": "Mayors' Declaration",
        "subheading": "Cities Network for Integration · 5 November 2018",
        "paragraphs": [
            f"{number}. {short_title['en']}: {text['en']}"
            for number, short_title, text in PRINCIPLES
        ]
        + [_DEMO_NOTE],
    },
}
