"""Events of the network: the consultation workshops of the 2015 support
programme for Migrant Integration Councils (seed 001) and network seminars.

The seed says the programme ran consultation workshops, each on one theme,
each leading to a thematic guide; it gives no dates or places. The dates,
places and times here are assumptions for the demo, and the seminars are
invented to show upcoming events.
"""

import datetime
from zoneinfo import ZoneInfo

from . import PageSpec, T, paragraph

ATHENS_TIME = ZoneInfo("Europe/Athens")
BERLIN_TIME = ZoneInfo("Europe/Berlin")
PROGRAMME = T(
    el="ASANTE και Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης",
    en="ASANTE and the Aristotle University of Thessaloniki",
)

EVENT_INDEX = PageSpec(
    path="events",
    model="events.EventIndexPage",
    in_menu=True,
    fields={
        "title": T(el="Εκδηλώσεις", en="Events"),
        "summary": T(
            el="Εργαστήρια, σεμινάρια και συναντήσεις του δικτύου και των πόλεών του.",
            en="Workshops, seminars and meetings of the network and its cities.",
        ),
        "introduction": T(
            el="<p>Οι επόμενες εκδηλώσεις πρώτα· πιο κάτω όσες έχουν γίνει, με τα κείμενα "
            "που προέκυψαν από αυτές.</p>",
            en="<p>What is coming up first; further down, what has taken place, with the "
            "documents that came out of it.</p>",
        ),
    },
)


def _at(year, month, day, hour, minute=0, zone=ATHENS_TIME):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zone)


def _event(path, fields):
    fields.setdefault("time_zone", "Europe/Athens")
    return PageSpec(path=path, model="events.EventPage", fields=fields)


def _workshop(slug, number, theme, title, place, start, summary):
    return _event(
        f"events/{slug}",
        {
            "title": title,
            "kind": "workshop",
            "start": start,
            "end": start + datetime.timedelta(hours=4),
            "place": place,
            "languages": "el",
            "organiser": PROGRAMME,
            "contact_email": "asante.ngo@example.org",
            "summary": summary,
            "themes": [theme, "participation"],
            "body": [
                paragraph(
                    el=[
                        f"Το {number}ο εργαστήριο διαβούλευσης του προγράμματος στήριξης των "
                        "Συμβουλίων Ένταξης Μεταναστών έφερε στο ίδιο τραπέζι μέλη των "
                        "συμβουλίων, στελέχη των δήμων και οργανώσεις της κοινωνίας των "
                        "πολιτών. Από τη συζήτηση γράφτηκε ένας θεματικός οδηγός.",
                        "Το πρόγραμμα χρηματοδοτήθηκε από το Ευρωπαϊκό Ταμείο Ένταξης "
                        "Υπηκόων Τρίτων Χωρών (ετήσιο πρόγραμμα 2013).",
                    ],
                    en=[
                        f"Consultation workshop {number} of the support programme for "
                        "Migrant Integration Councils brought council members, municipal "
                        "staff and civil society organisations to one table. A thematic "
                        "guide was written from the discussion.",
                        "The programme was funded by the European Fund for the Integration "
                        "of Third-Country Nationals (annual programme 2013).",
                    ],
                )
            ],
        },
    )


EVENTS = [
    _workshop(
        "mic-workshop-participation",
        1,
        "participation",
        T(
            el="Εργαστήριο διαβούλευσης: συμμετοχή στα τοπικά πράγματα",
            en="Consultation workshop: taking part in local affairs",
        ),
        T(el="Δημαρχείο Θεσσαλονίκης", en="Thessaloniki City Hall"),
        _at(2015, 6, 12, 10),
        T(
            el="Πώς φέρνουν τα Συμβούλια Ένταξης Μεταναστών τα θέματα των κατοίκων στο "
            "δημοτικό συμβούλιο.",
            en="How Migrant Integration Councils bring residents' concerns to the "
            "municipal council.",
        ),
    ),
    _workshop(
        "mic-workshop-services",
        2,
        "counselling",
        T(
            el="Εργαστήριο διαβούλευσης: πρόσβαση στις δημοτικές υπηρεσίες",
            en="Consultation workshop: access to municipal services",
        ),
        T(el="Δημαρχείο Αθηνών", en="Athens City Hall"),
        _at(2015, 9, 25, 10),
        T(
            el="Ενημέρωση, διερμηνεία και ένα σημείο επαφής για τους υπηκόους τρίτων χωρών.",
            en="Information, interpreting and one point of contact for third-country nationals.",
        ),
    ),
    _workshop(
        "mic-workshop-education",
        3,
        "education",
        T(
            el="Εργαστήριο διαβούλευσης: εκπαίδευση και γλώσσα",
            en="Consultation workshop: education and language",
        ),
        T(el="Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", en="Aristotle University of Thessaloniki"),
        _at(2015, 11, 20, 10),
        T(
            el="Μαθήματα γλώσσας, στήριξη μαθητών και εκπαίδευση ενηλίκων.",
            en="Language classes, support for pupils and adult education.",
        ),
    ),
    _event(
        "events/seminar-councils-2027",
        {
            "title": T(
                el="Σεμινάριο δικτύου: τα συμβούλια ένταξης δέκα χρόνια μετά",
                en="Network seminar: integration councils ten years on",
            ),
            "kind": "seminar",
            "start": _at(2027, 3, 18, 10),
            "end": _at(2027, 3, 18, 16),
            "place": T(el="Δημαρχείο Αθηνών", en="Athens City Hall"),
            "address": T(el="Πλατεία Κοτζιά, Αθήνα", en="Kotzia Square, Athens"),
            "online_url": "https://meet.example.org/citynet-seminar",
            "languages": "el, en",
            "organiser": T(el="Δίκτυο Πόλεων για την Ένταξη", en="Cities Network for Integration"),
            "registration_url": "https://citiesnetwork.example/register/seminar-councils",
            "contact_email": "network@citiesnetwork.example",
            "summary": T(
                el="Τι έμαθαν οι πόλεις από τους θεματικούς οδηγούς του 2015 και τι αλλάζει "
                "σήμερα στη συμμετοχή των μεταναστών.",
                en="What the cities learnt from the 2015 thematic guides, and what is changing "
                "in migrants' participation today.",
            ),
            "themes": ["participation", "coordination"],
            "body": [
                paragraph(
                    el=[
                        "Πόλεις-μέλη παρουσιάζουν πώς λειτουργούν σήμερα τα συμβούλια ένταξης "
                        "και συζητούν τις προτάσεις της συνθετικής έκθεσης. Στην αίθουσα ή "
                        "διαδικτυακά, με διερμηνεία ελληνικά–αγγλικά."
                    ],
                    en=[
                        "Member cities present how their integration councils work today and "
                        "discuss the proposals of the synthesis report. In the room or online, "
                        "with Greek–English interpreting."
                    ],
                )
            ],
        },
    ),
    _event(
        "cities/cologne/seminar-intercultural-services-2027",
        {
            "title": T(
                el="Σεμινάριο δικτύου: διαπολιτισμικές υπηρεσίες στις γειτονιές",
                en="Network seminar: intercultural services in the districts",
            ),
            "kind": "seminar",
            "start": _at(2027, 5, 6, 14, zone=BERLIN_TIME),
            "end": _at(2027, 5, 6, 17, zone=BERLIN_TIME),
            "time_zone": "Europe/Berlin",
            "online_url": "https://meet.example.org/citynet-cologne",
            "languages": "de, en",
            "organiser": T(el="Πόλη της Κολωνίας", en="City of Cologne"),
            "contact_email": "integration@cologne.example.org",
            "summary": T(
                el="Η Κολωνία παρουσιάζει διαδικτυακά τις ώρες συμβουλευτικής στις συνοικίες της.",
                en="Cologne presents, online, its consultation hours in the city's districts.",
            ),
            "themes": ["counselling", "coordination"],
            "body": [
                paragraph(
                    el=[
                        "Ένα απόγευμα για το πώς φτάνει μια υπηρεσία της πόλης στις γειτονιές: "
                        "ώρες συμβουλευτικής, δίκτυα συνεργασίας και ό,τι έμαθε η Κολωνία."
                    ],
                    en=[
                        "An afternoon on how a city service reaches the districts: "
                        "consultation hours, networks of partners and what Cologne has learnt."
                    ],
                )
            ],
        },
    ),
]
