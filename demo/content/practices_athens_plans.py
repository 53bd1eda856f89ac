"""Where the City of Athens aims next (seed 002, "where we aim"), as planned
practices."""

import datetime

from . import PageRef, T, partner, practice, rich

TOURS = practice(
    "athens",
    "athens-intercultural-tours",
    {
        "title": T(
            el="Διαπολιτισμικές περιηγήσεις στην πόλη", en="Intercultural guided tours of the city"
        ),
        "summary": T(
            el="Δωρεάν ξεναγήσεις σε αρχαιολογικούς χώρους και χώρους τέχνης, από πρόσφυγες "
            "και μετανάστες που εκπαιδεύτηκαν ως ξεναγοί.",
            en="Free tours of archaeological sites and art venues, led by refugees and "
            "migrants trained as guides.",
        ),
        "inspiring": rich(
            el=[
                "Οι ρόλοι αντιστρέφονται: οι νεοφερμένοι γίνονται οικοδεσπότες και δείχνουν "
                "την πόλη σε κατοίκους, σχολεία και επισκέπτες."
            ],
            en=[
                "The roles are reversed: newcomers become the hosts and show the city to "
                "residents, schools and visitors."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Πρόσφυγες και μετανάστες εκπαιδεύονται ως διαπολιτισμικοί ξεναγοί. Οι "
                "περιηγήσεις είναι δωρεάν και ανοιχτές σε όλους."
            ],
            en=[
                "Refugees and migrants are trained as intercultural guides. The tours are "
                "free and open to everyone."
            ],
        ),
        "how_it_started": rich(
            el=[
                "Η ιδέα είναι μέρος των στόχων του δήμου για μια πόλη ανοιχτή σε όλους τους "
                "κατοίκους της."
            ],
            en=[
                "The idea is part of the city's aims for a city that is open to all its residents."
            ],
        ),
        "results": rich(
            el=["Η δράση βρίσκεται σε σχεδιασμό· τα αποτελέσματα θα δημοσιευτούν εδώ."],
            en=["The work is being planned; results will be published here."],
        ),
        "themes": ["culture-and-sport", "participation", "employment"],
        "target_groups": ["refugees", "migrants"],
        "principles": [1, 4],
        "status": "planned",
        "funder_type": "municipal",
        "evidence_level": "self-reported",
        "related_practices": [PageRef("cities/athens/athens-neighbourhood-festivals")],
        "last_verified_on": datetime.date(2026, 10, 1),
    },
)

YOUTH_COUNCIL = practice(
    "athens",
    "athens-youth-council",
    {
        "title": T(el="Συμβούλιο Νεολαίας", en="Youth Council"),
        "summary": T(
            el="Μαθητές, φοιτητές, εργαζόμενοι νέοι και νέοι της δεύτερης γενιάς μεταναστών "
            "σε ένα κοινό συμβούλιο.",
            en="School pupils, students, young workers and second-generation young migrants "
            "in one council.",
        ),
        "inspiring": rich(
            el=[
                "Οι νέοι από όλες τις κοινότητες της πόλης αποκτούν ένα κοινό βήμα αντί για "
                "ξεχωριστά."
            ],
            en=[
                "Young people from all of the city's communities get one shared platform "
                "instead of separate ones."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Το συμβούλιο θα συγκροτηθεί με νέους από κάθε κοινότητα και θα συμβουλεύει "
                "τον δήμο σε θέματα που τους αφορούν."
            ],
            en=[
                "The council will bring together young people from every community and advise "
                "the city on matters that concern them."
            ],
        ),
        "how_it_started": rich(
            el=["Η πρόταση περιλαμβάνεται στους στόχους του δήμου για τα επόμενα χρόνια."],
            en=["The proposal is among the city's aims for the coming years."],
        ),
        "themes": ["participation"],
        "target_groups": ["youth"],
        "principles": [4, 8],
        "status": "planned",
        "funder_type": "municipal",
        "evidence_level": "self-reported",
        "last_verified_on": datetime.date(2026, 10, 1),
    },
)

NEIGHBOURHOOD_FESTIVALS = practice(
    "athens",
    "athens-neighbourhood-festivals",
    {
        "title": T(el="Γιορτές γειτονιάς", en="Neighbourhood festivals"),
        "summary": T(
            el="Γιορτές και στις επτά δημοτικές κοινότητες, για να γνωριστούν οι κάτοικοι "
            "μεταξύ τους.",
            en="Festivals in all seven municipal districts, so that residents get to know one "
            "another.",
        ),
        "inspiring": rich(
            el=["Η γνωριμία γίνεται στον δρόμο και στην πλατεία, όχι σε αίθουσες συνεδρίων."],
            en=["People meet in the street and the square, not in conference rooms."],
        ),
        "how_it_works": rich(
            el=[
                "Ο δήμος οργανώνει τις γιορτές μαζί με την κοινωνία των πολιτών και τις "
                "κοινότητες μεταναστών κάθε γειτονιάς."
            ],
            en=[
                "The city organises the festivals with civil society and the migrant "
                "communities of each neighbourhood."
            ],
        ),
        "how_it_started": rich(
            el=["Οι γιορτές είναι ένας από τους στόχους του δήμου για μια πόλη ανοιχτή σε όλους."],
            en=["The festivals are one of the city's aims for a city open to everyone."],
        ),
        "themes": ["culture-and-sport", "participation"],
        "target_groups": ["migrants", "families"],
        "principles": [2, 4],
        "status": "planned",
        "funder_type": "municipal",
        "partners": [
            partner(
                T(el="Κοινότητες μεταναστών", en="Migrant communities"),
                T(el="συνδιοργάνωση", en="co-organisers"),
            )
        ],
        "evidence_level": "self-reported",
        "related_practices": [PageRef("cities/athens/athens-intercultural-tours")],
        "last_verified_on": datetime.date(2026, 10, 1),
    },
)

SKILLS_SOCIAL_ECONOMY = practice(
    "athens",
    "athens-skills-social-economy",
    {
        "title": T(
            el="Δεξιότητες και κοινωνική επιχειρηματικότητα",
            en="Skills and social entrepreneurship",
        ),
        "summary": T(
            el="Εκπαίδευση για ασυνόδευτους νέους που ενηλικιώνονται και για γυναίκες από "
            "τρίτες χώρες, με έμφαση στην κοινωνική και αλληλέγγυα οικονομία.",
            en="Training for unaccompanied young people coming of age and for women from "
            "third countries, focused on the social and solidarity economy.",
        ),
        "inspiring": rich(
            el=[
                "Στοχεύει σε δύο ομάδες που συχνά μένουν πίσω και τις συνδέει με επιχειρήσεις "
                "και φορείς της παραγωγής."
            ],
            en=[
                "It targets two groups that are often left behind and links them with "
                "businesses and producers."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Εκπαιδευτικά προγράμματα αναπτύσσουν τεχνικές δεξιότητες και ανοίγουν τον "
                "δρόμο προς την επιχειρηματικότητα, σε συνεργασία με παραγωγικούς φορείς."
            ],
            en=[
                "Training programmes build technical skills and open a path to "
                "entrepreneurship, in partnership with productive organisations."
            ],
        ),
        "how_it_started": rich(
            el=["Το πρόγραμμα είναι μέρος των στόχων του δήμου για την απασχόληση."],
            en=["The programme is part of the city's employment aims."],
        ),
        "themes": ["employment", "education"],
        "target_groups": ["unaccompanied-minors", "women", "youth"],
        "principles": [3],
        "status": "planned",
        "funder_type": "mixed",
        "evidence_level": "self-reported",
        "related_practices": [PageRef("cities/athens/athens-job-support")],
        "last_verified_on": datetime.date(2026, 10, 1),
    },
)

ATHENS_PLANNED_PRACTICES = [TOURS, YOUTH_COUNCIL, NEIGHBOURHOOD_FESTIVALS, SKILLS_SOCIAL_ECONOMY]
