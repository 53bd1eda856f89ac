"""What the City of Athens has achieved (seed 002), as practices."""

import datetime

from . import PageRef, T, figure, gallery_image, partner, practice, rich

ATHENS = T(el="Δήμος Αθηναίων", en="City of Athens")
IOM = T(
    el="Διεθνής Οργανισμός Μετανάστευσης (IOM)", en="International Organization for Migration (IOM)"
)
UNHCR = T(el="Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR)", en="UN Refugee Agency (UNHCR)")

INTEGRATION_CENTRE = practice(
    "athens",
    "athens-integration-centre",
    {
        "title": T(
            el="Κέντρο Ένταξης Μεταναστών και Κέντρο Συντονισμού",
            en="Migrant Integration Centre and Coordination Centre",
        ),
        "summary": T(
            el="Κοινωνικοί λειτουργοί, ψυχολόγος, νομικός σύμβουλος, διερμηνείς και "
            "εκπαιδευτικοί σε ένα κέντρο, και δίπλα ένα κέντρο συντονισμού με τον IOM και την "
            "Ύπατη Αρμοστεία.",
            en="Social workers, a psychologist, a legal adviser, interpreters and teachers in "
            "one centre, alongside a coordination centre run with IOM and UNHCR.",
        ),
        "inspiring": rich(
            el=[
                "Ο δήμος δεν προσπαθεί να τα κάνει όλα μόνος του. Στο Κέντρο Συντονισμού για "
                "θέματα μεταναστών και προσφύγων κάθεται στο ίδιο τραπέζι με τον Διεθνή "
                "Οργανισμό Μετανάστευσης και την Ύπατη Αρμοστεία, ώστε οι υπηρεσίες να "
                "συμπληρώνουν η μία την άλλη."
            ],
            en=[
                "The city does not try to do everything alone. In the Coordination Centre for "
                "migrant and refugee issues it sits at the same table as the International "
                "Organization for Migration and UNHCR, so that services complement one "
                "another."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Το Κέντρο Ένταξης έχει δύο σκέλη. Στο κοινωνικό σκέλος εργάζονται κοινωνικοί "
                "λειτουργοί, ψυχολόγος, νομικός σύμβουλος και διερμηνείς. Στο ενταξιακό σκέλος "
                "κοινωνιολόγοι και φιλόλογοι διδάσκουν ελληνικά, ενώ καθηγητές αγγλικών και "
                "πληροφορικής και σύμβουλοι σταδιοδρομίας βοηθούν στην αναζήτηση εργασίας.",
            ],
            en=[
                "The Integration Centre has two strands. In the social strand, social "
                "workers, a psychologist, a legal adviser and interpreters work side by side. "
                "In the integration strand, sociologists and language teachers teach Greek, "
                "while English and IT teachers and career advisers help people look for work.",
            ],
        ),
        "how_it_started": rich(
            el=[
                "Οι υπηρεσίες του δήμου για μετανάστες και πρόσφυγες άρχισαν να ανταλλάσσουν "
                "πληροφορίες, εμπειρία και καλές πρακτικές με πολλούς φορείς. Από αυτή την "
                "ανταλλαγή γεννήθηκε η τριμερής συνεργασία με τον IOM και την Ύπατη "
                "Αρμοστεία."
            ],
            en=[
                "The city's services for migrants and refugees began exchanging information, "
                "experience and good practice with many organisations. The three-way "
                "partnership with IOM and UNHCR grew out of that exchange."
            ],
        ),
        "results": rich(
            el=[
                "Η συνεργασία έγινε κοινές δράσεις με τελικό αποδέκτη την πόλη και τους "
                "κατοίκους της: μαθήματα γλώσσας, σεμινάρια πολιτογράφησης και στήριξη στην "
                "εργασία που έχουν φτάσει σε χιλιάδες ανθρώπους."
            ],
            en=[
                "The partnership became joint work whose final beneficiary is the city and its "
                "people: language lessons, naturalisation seminars and job support that have "
                "reached thousands."
            ],
        ),
        "contact_email": "integration@athens.example.org",
        "contact_url": "https://www.cityofathens.gr/",
        "themes": ["coordination", "counselling", "reception"],
        "target_groups": ["migrants", "refugees", "asylum-seekers"],
        "principles": [5, 9, 12],
        "status": "ongoing",
        "funding_programme": T(
            el="Δήμος Αθηναίων με τη στήριξη IOM και UNHCR",
            en="City of Athens with support from IOM and UNHCR",
        ),
        "funder_type": "mixed",
        "partners": [
            partner(
                IOM, T(el="τριμερής συνεργασία", en="three-way partnership"), "https://www.iom.int/"
            ),
            partner(
                UNHCR,
                T(el="τριμερής συνεργασία", en="three-way partnership"),
                "https://www.unhcr.org/",
            ),
        ],
        "evidence_level": "monitored",
        "gallery": [
            gallery_image("practice-athens-integration-centre-2"),
            gallery_image("practice-athens-integration-centre-3"),
        ],
        "related_practices": [
            PageRef("cities/athens/athens-language-lessons"),
            PageRef("cities/athens/athens-job-support"),
        ],
        "last_verified_on": datetime.date(2026, 3, 2),
    },
)

LANGUAGE_LESSONS = practice(
    "athens",
    "athens-language-lessons",
    {
        "title": T(el="Μαθήματα ελληνικών και αγγλικών", en="Greek and English lessons"),
        "summary": T(
            el="4.250 ώρες ελληνικών, 2.975 ώρες αγγλικών και σεμινάρια 40 ωρών για τις "
            "εξετάσεις πολιτογράφησης.",
            en="4,250 hours of Greek, 2,975 hours of English and 40-hour seminars for the "
            "citizenship exam.",
        ),
        "inspiring": rich(
            el=[
                "Η γλώσσα ανοίγει κάθε άλλη πόρτα. Τα μαθήματα συνδυάζονται με προετοιμασία "
                "για το πιστοποιητικό γνώσεων πολιτογράφησης, όπου εθελοντές καθοδηγούν τους "
                "υποψηφίους."
            ],
            en=[
                "Language opens every other door. The lessons go together with preparation for "
                "the naturalisation knowledge certificate, in which volunteers coach the "
                "candidates."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Φιλόλογοι του Κέντρου Ένταξης διδάσκουν ελληνικά και καθηγητές αγγλικών "
                "διδάσκουν αγγλικά, σε τμήματα ανά επίπεδο. Οι κύκλοι σεμιναρίων για την "
                "πολιτογράφηση διαρκούν 40 ώρες ο καθένας."
            ],
            en=[
                "Language teachers at the Integration Centre teach Greek and English teachers "
                "teach English, in classes by level. Each cycle of naturalisation seminars "
                "lasts 40 hours."
            ],
        ),
        "how_it_started": rich(
            el=[
                "Τα μαθήματα ξεκίνησαν μέσα στο ενταξιακό σκέλος του Κέντρου Ένταξης "
                "Μεταναστών, ως βάση για την πρόσβαση στην εργασία και στην ιθαγένεια."
            ],
            en=[
                "The lessons started within the integration strand of the Migrant Integration "
                "Centre, as a foundation for access to work and to citizenship."
            ],
        ),
        "results": rich(
            el=[
                "Ως τώρα έχουν γίνει 4.250 ώρες μαθημάτων ελληνικών και 2.975 ώρες αγγλικών. "
                "Πάνω από 160 άτομα παρακολούθησαν τα σεμινάρια πολιτογράφησης."
            ],
            en=[
                "So far there have been 4,250 hours of Greek lessons and 2,975 hours of "
                "English. More than 160 people have attended the naturalisation seminars."
            ],
        ),
        "contact_email": "integration@athens.example.org",
        "themes": ["language-learning", "education"],
        "target_groups": ["migrants", "refugees"],
        "principles": [3],
        "status": "ongoing",
        "funding_programme": T(el="Δήμος Αθηναίων", en="City of Athens"),
        "funder_type": "municipal",
        "partners": [
            partner(
                T(el="Εθελοντές εκπαιδευτές", en="Volunteer tutors"),
                T(el="σεμινάρια πολιτογράφησης", en="naturalisation seminars"),
            )
        ],
        "figures": [
            figure(
                T(el="Ώρες ελληνικών", en="Hours of Greek"),
                4250,
                T(el="ώρες", en="hours"),
                source=ATHENS,
            ),
            figure(
                T(el="Ώρες αγγλικών", en="Hours of English"),
                2975,
                T(el="ώρες", en="hours"),
                source=ATHENS,
            ),
            figure(
                T(
                    el="Συμμετέχοντες στα σεμινάρια πολιτογράφησης",
                    en="People in naturalisation seminars",
                ),
                160,
                T(el="+ άτομα", en="+ people"),
                source=ATHENS,
            ),
            figure(
                T(el="Διάρκεια κάθε κύκλου σεμιναρίων", en="Length of each seminar cycle"),
                40,
                T(el="ώρες", en="hours"),
            ),
        ],
        "evidence_level": "monitored",
        "gallery": [
            gallery_image("practice-athens-language-lessons-2"),
            gallery_image("practice-athens-language-lessons-3"),
        ],
        "related_practices": [PageRef("cities/athens/athens-integration-centre")],
        "last_verified_on": datetime.date(2026, 9, 15),
    },
)

JOB_SUPPORT = practice(
    "athens",
    "athens-job-support",
    {
        "title": T(el="Στήριξη στην εύρεση εργασίας", en="Help finding work"),
        "summary": T(
            el="Σύμβουλοι σταδιοδρομίας, μαθήματα αγγλικών και πληροφορικής: πάνω από 1.500 "
            "άνθρωποι βρήκαν δουλειά.",
            en="Career advisers, English and IT classes: more than 1,500 people have found work.",
        ),
        "inspiring": rich(
            el=[
                "Η στήριξη δεν σταματά στο βιογραφικό: ενισχύει τις δεξιότητες που ζητά η "
                "αγορά εργασίας και συνδέει τους ανθρώπους με πραγματικές θέσεις."
            ],
            en=[
                "Support does not stop at the CV: it builds the skills employers ask for and "
                "connects people with real vacancies."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Σύμβουλοι σταδιοδρομίας του Κέντρου Ένταξης βοηθούν στην αναζήτηση εργασίας, "
                "ενώ καθηγητές αγγλικών και πληροφορικής καλύπτουν τα κενά σε δεξιότητες. Ο "
                "δήμος θέλει να συνδέσει το κέντρο με το δικό του Job Center και να βρει "
                "θέσεις και σε δήμους της περιφέρειας."
            ],
            en=[
                "Career advisers at the Integration Centre help people look for work, while "
                "English and IT teachers fill skills gaps. The city plans to link the centre "
                "with its own Job Center and to find jobs in municipalities across the region "
                "too."
            ],
        ),
        "how_it_started": rich(
            el=[
                "Η πρόσβαση στην εργασία ήταν από την αρχή στόχος του ενταξιακού σκέλους του "
                "Κέντρου Ένταξης Μεταναστών."
            ],
            en=[
                "Access to work was an aim of the Migrant Integration Centre's integration "
                "strand from the start."
            ],
        ),
        "results": rich(
            el=["Περισσότεροι από 1.500 άνθρωποι βρήκαν εργασία με τη στήριξη του δήμου."],
            en=["More than 1,500 people have found work with the city's support."],
        ),
        "contact_email": "integration@athens.example.org",
        "themes": ["employment", "counselling"],
        "target_groups": ["migrants", "refugees"],
        "principles": [3, 7],
        "status": "ongoing",
        "funding_programme": T(el="Δήμος Αθηναίων", en="City of Athens"),
        "funder_type": "municipal",
        "figures": [
            figure(
                T(el="Άτομα που βρήκαν εργασία", en="People helped into work"),
                1500,
                T(el="+ άτομα", en="+ people"),
                source=ATHENS,
            ),
        ],
        "evidence_level": "monitored",
        "related_practices": [PageRef("cities/athens/athens-skills-social-economy")],
        "last_verified_on": datetime.date(2026, 8, 4),
    },
)

UKRAINE_RESPONSE = practice(
    "athens",
    "athens-ukraine-response",
    {
        "title": T(
            el="Ανταπόκριση στην άφιξη πολιτών από την Ουκρανία",
            en="Responding to arrivals from Ukraine",
        ),
        "summary": T(
            el="Είδη πρώτης ανάγκης και σχολικές αίθουσες τα απογεύματα, ώστε τα παιδιά από "
            "την Ουκρανία να συνεχίσουν το πρόγραμμα σπουδών τους.",
            en="Essential supplies, and school classrooms in the afternoons so that children "
            "from Ukraine could keep up with their own curriculum.",
        ),
        "inspiring": rich(
            el=[
                "Ο δήμος αξιοποίησε ό,τι ήδη είχε, τα σχολικά του κτίρια, σε ώρες που έμεναν "
                "άδεια, για να μη χάσουν τα παιδιά τη σχολική τους χρονιά."
            ],
            en=[
                "The city used what it already had, its school buildings, at hours when they "
                "stood empty, so that children would not lose their school year."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Ο δήμος συγκέντρωσε είδη πρώτης ανάγκης για τους εκτοπισμένους πολίτες της "
                "Ουκρανίας και διέθεσε σχολικές αίθουσες τις απογευματινές ώρες για μαθήματα "
                "του ουκρανικού προγράμματος σπουδών."
            ],
            en=[
                "The city collected essential supplies for displaced people from Ukraine and "
                "made school classrooms available in the afternoons for lessons following the "
                "Ukrainian curriculum."
            ],
        ),
        "how_it_started": rich(
            el=[
                "Η δράση ξεκίνησε όταν άρχισαν να φτάνουν στην Αθήνα εκτοπισμένοι από τον "
                "πόλεμο στην Ουκρανία, την άνοιξη του 2022."
            ],
            en=[
                "The work began when people displaced by the war in Ukraine started to arrive "
                "in Athens in spring 2022."
            ],
        ),
        "results": rich(
            el=[
                "Οι μαθητές από την Ουκρανία μπόρεσαν να συνεχίσουν τα μαθήματά τους ενώ "
                "εγκαθίσταντο στην πόλη."
            ],
            en=[
                "Pupils from Ukraine were able to continue their studies while settling into "
                "the city."
            ],
        ),
        "contact_email": "integration@athens.example.org",
        "themes": ["reception", "education"],
        "target_groups": ["refugees", "children", "families"],
        "principles": [2, 9],
        "start_date": datetime.date(2022, 3, 1),
        "status": "ongoing",
        "funding_programme": T(el="Δήμος Αθηναίων", en="City of Athens"),
        "funder_type": "municipal",
        "evidence_level": "self-reported",
        "related_practices": [PageRef("cities/athens/athens-elaionas-reception")],
        "last_verified_on": datetime.date(2026, 2, 11),
    },
)

ELAIONAS_RECEPTION = practice(
    "athens",
    "athens-elaionas-reception",
    {
        "title": T(el="Η δομή φιλοξενίας του Ελαιώνα", en="The Elaionas reception site"),
        "summary": T(
            el="Επτά χρόνια λειτουργίας, περισσότεροι από 4.000 αιτούντες άσυλο, και στο τέλος "
            "μια έκταση που επιστρέφει στην πόλη.",
            en="Seven years in operation, more than 4,000 asylum seekers hosted, and at the "
            "end a plot of land handed back to the city.",
        ),
        "inspiring": rich(
            el=[
                "Η δομή έκλεισε με σχέδιο: οι τελευταίοι φιλοξενούμενοι μετακινήθηκαν σε "
                "νεότερες και πιο αξιοπρεπείς δομές, και ο χώρος επιστρέφει στους κατοίκους."
            ],
            en=[
                "The site closed according to a plan: the last residents moved to newer, more "
                "dignified facilities, and the land is going back to the city's residents."
            ],
        ),
        "how_it_works": rich(
            el=[
                "Ο Δήμος Αθηναίων λειτούργησε τη δομή υποδοχής του Ελαιώνα για επτά συνεχή "
                "χρόνια, παρέχοντας στέγη και υπηρεσίες σε αιτούντες άσυλο."
            ],
            en=[
                "The City of Athens ran the Elaionas reception site for seven consecutive "
                "years, providing shelter and services to asylum seekers."
            ],
        ),
        "how_it_started": rich(
            el=[
                "Η δομή άνοιξε όταν χιλιάδες άνθρωποι που ζητούσαν προστασία έφταναν στην "
                "Αθήνα χωρίς να έχουν πού να μείνουν."
            ],
            en=[
                "The site opened when thousands of people seeking protection were arriving in "
                "Athens with nowhere to stay."
            ],
        ),
        "results": rich(
            el=[
                "Περισσότεροι από 4.000 αιτούντες άσυλο φιλοξενήθηκαν στον Ελαιώνα. Με το "
                "κλείσιμο, το Υπουργείο Μετανάστευσης και Ασύλου επέστρεψε στον δήμο 10 "
                "στρέμματα, που θα αναπλαστούν προς όφελος των κατοίκων."
            ],
            en=[
                "More than 4,000 asylum seekers stayed at Elaionas. When it closed, the "
                "Ministry of Migration and Asylum returned 10 stremmata (one hectare) of land "
                "to the city, to be redeveloped for the benefit of residents."
            ],
        ),
        "themes": ["reception", "housing"],
        "target_groups": ["asylum-seekers", "refugees", "families"],
        "principles": [2, 9],
        # Seven consecutive years; the source gives no exact dates.
        "start_date": datetime.date(2015, 8, 1),
        "end_date": datetime.date(2022, 12, 31),
        "status": "completed",
        "funding_programme": T(
            el="Δήμος Αθηναίων και Υπουργείο Μετανάστευσης και Ασύλου",
            en="City of Athens and Ministry of Migration and Asylum",
        ),
        "funder_type": "mixed",
        "partners": [
            partner(
                T(el="Υπουργείο Μετανάστευσης και Ασύλου", en="Ministry of Migration and Asylum"),
                T(el="παραχώρηση και επιστροφή του χώρου", en="use and return of the site"),
            ),
        ],
        "figures": [
            figure(
                T(el="Αιτούντες άσυλο που φιλοξενήθηκαν", en="Asylum seekers hosted"),
                4000,
                T(el="+ άτομα", en="+ people"),
                source=ATHENS,
            ),
            figure(
                T(el="Χρόνια λειτουργίας", en="Years in operation"), 7, T(el="χρόνια", en="years")
            ),
            figure(
                T(el="Έκταση που επέστρεψε στον δήμο", en="Land returned to the city"),
                10,
                T(el="στρέμματα", en="stremmata"),
            ),
        ],
        "evidence_level": "monitored",
        "gallery": [gallery_image("practice-athens-elaionas-reception-2")],
        "related_practices": [PageRef("cities/athens/athens-ukraine-response")],
        "last_verified_on": datetime.date(2025, 2, 14),
    },
)

ATHENS_PRACTICES = [
    INTEGRATION_CENTRE,
    LANGUAGE_LESSONS,
    JOB_SUPPORT,
    UKRAINE_RESPONSE,
    ELAIONAS_RECEPTION,
]
