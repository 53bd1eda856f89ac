"""Practices from Halle (seed 000), Cologne (seed 003) and the 2015 programme
for Migrant Integration Councils (seed 001); the practice library page; and
the list of every demo practice.

Dates a source does not give are left empty rather than guessed.
"""

import datetime

from . import PageRef, PageSpec, T, attachment, gallery_image, partner, practice, rich

PRACTICE_INDEX = PageSpec(
    path="practices",
    model="practices.PracticeIndexPage",
    in_menu=True,
    fields={
        "title": T(el="Πρακτικές", en="Practices"),
        "summary": T(
            el="Η βιβλιοθήκη καλών πρακτικών: τι κάνουν οι πόλεις για την ένταξη, πώς και με "
            "ποιο αποτέλεσμα.",
            en="The good-practice library: what cities do for integration, how, and with what "
            "result.",
        ),
        "introduction": rich(
            el=[
                "Κάθε πρακτική περιγράφεται με τον ίδιο τρόπο: τι εμπνέει, πώς λειτουργεί, πώς "
                "ξεκίνησε και τι πέτυχε. Φιλτράρετε ανά θέμα, ομάδα-στόχο, πόλη ή κατάσταση."
            ],
            en=[
                "Every practice is described the same way: what is inspiring, how it works, "
                "how it started and what it achieved. Filter by theme, target group, city or "
                "status."
            ],
        ),
    },
)

HALLE_SERVICE_CENTRE = practice(
    "halle",
    "halle-service-centre",
    {
        "title": T(
            el="Κέντρο Υπηρεσιών για την Ένταξη και τη Δημοκρατία",
            en="Service Centre for Integration and Democracy",
        ),
        "summary": T(
            el="Η Χάλλε έφερε κάτω από την ίδια στέγη υπηρεσίες του δήμου, οργανώσεις "
            "μεταναστών και ενώσεις πολιτών που δουλεύουν για την ένταξη.",
            en="Halle brought city departments, migrant organisations and civic associations "
            "that work on integration under one roof.",
        ),
        "inspiring": rich(
            el=[
                "Πρόκειται για μια θεσμική αναδιοργάνωση με τρεις στόχους: να δέσει την "
                "κοινωνία της πόλης, να εξαλείψει τις διακρίσεις και να δώσει σε κάθε άνθρωπο "
                "την ίδια πρόσβαση στη δημόσια ζωή.",
                "Η πόλη βλέπει τους μετανάστες και τους πρόσφυγες ως κέρδος για την τοπική "
                "κοινωνία, από όπου κι αν έρχονται και όσο κι αν σκοπεύουν να μείνουν.",
            ],
            en=[
                "This is an institutional reorganisation with three aims: to hold the city's "
                "society together, to remove discrimination and to give every person the same "
                "access to public life.",
                "The city sees migrants and refugees as a gain for the local community, "
                "wherever they come from and however long they plan to stay.",
            ],
        ),
        "how_it_works": rich(
            el=[
                "Το κέντρο είναι ένα κοινό πλαίσιο για την κοινωνία των πολιτών, όπως οι "
                "οργανώσεις και οι σύλλογοι μεταναστών, για τη δημοτική διοίκηση και για άλλες "
                "τοπικές αρχές.",
                "<ul><li>Συνδέει φορείς που προσφέρουν συμβουλευτική, μαθήματα γλώσσας και "
                "προστασία σε όσους υφίστανται διακρίσεις ή ξενοφοβία.</li>"
                "<li>Στηρίζει ενεργά τις οργανώσεις μεταναστών και τα έργα τους.</li>"
                "<li>Τον συντονισμό έχει ο εντεταλμένος της πόλης για τη μετανάστευση και την "
                "ένταξη.</li></ul>",
            ],
            en=[
                "The centre is a shared framework for civil society, such as migrant "
                "organisations and associations, for the city administration and for other "
                "local authorities.",
                "<ul><li>It links up the organisations that offer counselling, language "
                "classes and protection for people facing discrimination or xenophobia.</li>"
                "<li>It actively supports migrant organisations and helps them develop "
                "projects.</li>"
                "<li>The city's commissioner for migration and integration coordinates the "
                "work.</li></ul>",
            ],
        ),
        "how_it_started": rich(
            el=[
                "Η αναδιοργάνωση είναι μέρος ενός σχεδίου του δήμου να συγκεντρώσει και να "
                "συντονίσει ό,τι γίνεται για την ένταξη μεταναστών και προσφύγων και για τη "
                "συμμετοχή τους στην κοινωνική και πολιτιστική ζωή."
            ],
            en=[
                "The reorganisation is part of a city plan to gather and coordinate everything "
                "done for the integration of migrants and refugees and for their part in the "
                "city's social and cultural life."
            ],
        ),
        "results": rich(
            el=[
                "Η κοινωνία των πολιτών της Χάλλε έχει πια κεντρικό ρόλο στην υπεράσπιση των "
                "δικαιωμάτων των μεταναστών, ακόμη κι αν το πολιτικό κλίμα στραφεί προς την "
                "άκρα δεξιά. Επειδή η συνεργασία είναι θεσμοθετημένη και οι πρωτοβουλίες "
                "στηρίζονται, η αλληλεγγύη προς τους πρόσφυγες αντέχει στις αλλαγές "
                "κυβέρνησης."
            ],
            en=[
                "Halle's civil society now plays a central part in defending migrants' rights, "
                "even if the political climate shifts towards the far right. Because the "
                "cooperation is built into institutions and civic initiatives receive support, "
                "solidarity with refugees holds up when governments change."
            ],
        ),
        "contact_email": "dlz-integration-demokratie@halle.de",
        "contact_phone": "+49 345 2214006",
        "contact_url": "https://www.halle.de/",
        "themes": ["coordination", "participation", "anti-discrimination", "counselling"],
        "target_groups": ["migrants", "refugees"],
        "principles": [2, 4, 8, 9],
        "status": "ongoing",
        "funding_programme": T(el="Προϋπολογισμός του δήμου", en="City budget"),
        "funder_type": "municipal",
        "partners": [
            partner(
                T(
                    el="Εντεταλμένος της πόλης για τη μετανάστευση και την ένταξη",
                    en="City commissioner for migration and integration",
                ),
                T(el="συντονισμός", en="coordination"),
            ),
            partner(
                T(
                    el="Οργανώσεις και σύλλογοι μεταναστών της Χάλλε",
                    en="Migrant organisations and associations in Halle",
                ),
                T(el="μέλη του κέντρου", en="members of the centre"),
            ),
        ],
        "evidence_level": "self-reported",
        "gallery": [
            gallery_image("practice-halle-service-centre-2"),
            gallery_image("practice-halle-service-centre-3"),
        ],
        "related_practices": [PageRef("cities/cologne/cologne-intercultural-service")],
        "last_verified_on": datetime.date(2025, 6, 12),
    },
)

COLOGNE_INTERCULTURAL_SERVICE = practice(
    "cologne",
    "cologne-intercultural-service",
    {
        "title": T(el="Διαπολιτισμική Υπηρεσία", en="Intercultural Service"),
        "summary": T(
            el="Σε κάθε διαμέρισμα της Κολωνίας μια ομάδα δίνει συμβουλές προσανατολισμού, "
            "συνδέει τους τοπικούς φορείς και παρακολουθεί τις ανάγκες των κατοίκων.",
            en="In every district of Cologne a team gives orientation advice, connects local "
            "organisations and keeps track of what residents need.",
        ),
        "inspiring": rich(
            el=[
                "Η υπηρεσία βλέπει τον εαυτό της ως οδηγό μέσα στη γειτονιά. Στόχος της είναι "
                "όσοι έχουν ιστορία μετανάστευσης στην οικογένειά τους, οι μετανάστες και οι "
                "πρόσφυγες να συμμετέχουν ισότιμα και χωρίς διακρίσεις σε κάθε τομέα της "
                "κοινωνίας."
            ],
            en=[
                "The service sees itself as a guide within the neighbourhood. Its aim is that "
                "people with a family history of migration, migrants and refugees can take "
                "part equally and without discrimination in every area of society."
            ],
        ),
        "how_it_works": rich(
            el=[
                "<ul><li>Χτίζει δίκτυα σε επίπεδο διαμερίσματος και γειτονιάς.</li>"
                "<li>Καταγράφει ανάγκες και σχεδιάζει έργα συμμετοχής με ανεξάρτητους φορείς, "
                "όπως τα διαπολιτισμικά κέντρα της πόλης και οι οργανώσεις μεταναστών.</li>"
                "<li>Δίνει συμβουλές προσανατολισμού δια ζώσης, τηλεφωνικά ή διαδικτυακά.</li>"
                "<li>Ενημερώνει τους επαγγελματίες και τους συνεργάτες κάθε διαμερίσματος.</li>"
                "</ul>",
                "Όταν χρειάζεται, παραπέμπει σε εξειδικευμένα συμβουλευτικά κέντρα, στα "
                "διαπολιτισμικά κέντρα ή στις τακτικές υπηρεσίες του δήμου.",
            ],
            en=[
                "<ul><li>It builds networks at district and neighbourhood level.</li>"
                "<li>It assesses needs and runs participation projects with independent "
                "organisations such as the city's intercultural centres and migrant "
                "organisations.</li>"
                "<li>It gives orientation advice in person, by phone or online.</li>"
                "<li>It briefs the professionals and partners working in each district.</li>"
                "</ul>",
                "Where needed it refers people on to specialist advice centres, to the "
                "intercultural centres or to the city's regular services.",
            ],
        ),
        "how_it_started": rich(
            el=[
                "Υπηρεσίες που ανταποκρίνονται σε πραγματικές ανάγκες δεν σχεδιάζονται από "
                "ένα γραφείο. Γι' αυτό η υπηρεσία στηρίχτηκε από την αρχή στη στενή συνεργασία "
                "με τους φορείς κάθε διαμερίσματος: ομάδες εργασίας και στρογγυλά τραπέζια για "
                "τη μετανάστευση και την προσφυγιά, κοινωνικές διασκέψεις, συναντήσεις στα "
                "κέντρα φιλοξενίας προσφύγων, δίκτυα για την υγεία, την οικογένεια και το "
                "σχολείο."
            ],
            en=[
                "Services that meet real needs are not designed from behind a desk, so the "
                "service relied from the start on close work with each district's "
                "organisations: working groups and round tables on migration and asylum, "
                "social conferences, meetings at refugee accommodation centres, and networks "
                "on health, family support and schools."
            ],
        ),
        "results": rich(
            el=[
                "Ενημερώνοντας και συμβουλεύοντας κοινωνικούς φορείς, διαπολιτισμικά κέντρα "
                "και δημοτικές υπηρεσίες, η υπηρεσία εκπροσωπεί τα συμφέροντα των ανθρώπων που "
                "εξυπηρετεί και βοηθά να μειωθούν ο ρατσισμός και οι άλλες διακρίσεις."
            ],
            en=[
                "By informing and advising social organisations, intercultural centres and "
                "city services, the service speaks up for the people it serves and helps to "
                "reduce racism and other forms of discrimination."
            ],
        ),
        "contact_email": "ikd@cologne.example.org",
        "contact_url": "https://www.stadt-koeln.de/",
        "themes": ["counselling", "participation", "anti-discrimination", "coordination"],
        "target_groups": ["migrants", "refugees", "eu-citizens", "families"],
        "principles": [1, 4, 9],
        "status": "ongoing",
        "funding_programme": T(el="Προϋπολογισμός της πόλης", en="City budget"),
        "funder_type": "municipal",
        "partners": [
            partner(
                T(el="Διαπολιτισμικά κέντρα της Κολωνίας", en="Cologne's intercultural centres"),
                T(el="συνεργάτες σε έργα", en="project partners"),
            ),
            partner(
                T(el="Οργανώσεις μεταναστών", en="Migrant organisations"),
                T(el="συνεργάτες σε έργα", en="project partners"),
            ),
        ],
        "evidence_level": "self-reported",
        "gallery": [gallery_image("practice-cologne-intercultural-service-2")],
        "related_practices": [PageRef("cities/halle/halle-service-centre")],
        "last_verified_on": datetime.date(2026, 5, 20),
    },
)

MIC_PROGRAMME = practice(
    "thessaloniki",
    "mic-support-programme",
    {
        "title": T(
            el="Πρόγραμμα στήριξης των Συμβουλίων Ένταξης Μεταναστών",
            en="Support programme for Migrant Integration Councils",
        ),
        "summary": T(
            el="Μια ΜΚΟ και ένα πανεπιστήμιο βοήθησαν τα Συμβούλια Ένταξης Μεταναστών των "
            "δήμων να σχεδιάσουν τοπικές δράσεις ένταξης (2015).",
            en="An NGO and a university helped municipal Migrant Integration Councils plan "
            "local integration work (2015).",
        ),
        "inspiring": rich(
            el=[
                "Το πρόγραμμα έδειξε πόσα κάνουν ήδη οι δήμοι και η κοινωνία των πολιτών σε "
                "τοπικό επίπεδο, κατέγραψε καινοτόμες τοπικές πολιτικές και τις έκανε γνωστές "
                "σε όλους."
            ],
            en=[
                "The programme showed how much municipalities and civil society already do "
                "locally, recorded innovative local policies and made them known to everyone."
            ],
        ),
        "how_it_works": rich(
            el=[
                "<ul><li>Εργαστήρια διαβούλευσης, καθένα με το δικό του θέμα· από κάθε "
                "εργαστήριο προέκυψε ένας θεματικός οδηγός.</li>"
                "<li>Μια διαδικτυακή πλατφόρμα όπου τα μέλη του δικτύου συνεργασίας "
                "επικοινωνούν μεταξύ τους.</li>"
                "<li>Μια συνθετική έκθεση με τους προβληματισμούς, τα συμπεράσματα και τις "
                "προτάσεις, για να τροφοδοτήσει τον διάλογο και νέες πρωτοβουλίες.</li></ul>"
            ],
            en=[
                "<ul><li>Consultation workshops, each on its own theme; every workshop "
                "produced a thematic guide.</li>"
                "<li>An online platform where members of the cooperation network talk to "
                "each other.</li>"
                "<li>A synthesis report of concerns, findings and proposals, to feed dialogue "
                "and new initiatives.</li></ul>"
            ],
        ),
        "how_it_started": rich(
            el=[
                "Το Ευρωπαϊκό Ταμείο Ένταξης Υπηκόων Τρίτων Χωρών, μέσα από το Ετήσιο "
                "Πρόγραμμα 2013, συγχρηματοδότησε δράσεις για την ενεργό συμμετοχή υπηκόων "
                "τρίτων χωρών στη δημόσια ζωή. Η ΜΚΟ ASANTE και το Αριστοτέλειο Πανεπιστήμιο "
                "Θεσσαλονίκης σχεδίασαν και υλοποίησαν το έργο και την άνοιξη του 2015 "
                "κάλεσαν τους δήμους να μπουν στο δίκτυο συνεργασίας."
            ],
            en=[
                "The European Fund for the Integration of Third-Country Nationals, through its "
                "2013 annual programme, co-funded work on the active participation of "
                "third-country nationals in public life. The NGO ASANTE and the Aristotle "
                "University of Thessaloniki designed and ran the project, and in spring 2015 "
                "invited municipalities to join its cooperation network."
            ],
        ),
        "results": rich(
            el=[
                "Το έργο άνοιξε έναν άμεσο δίαυλο ανάμεσα σε όσους δουλεύουν για την ένταξη, "
                "διέδωσε γνώση για τις πολιτικές ένταξης άλλων κρατών της ΕΕ και έθεσε τις "
                "βάσεις για κοινές δράσεις και για συστηματική συλλογή πληροφοριών. Οι "
                "θεματικοί οδηγοί και η συνθετική έκθεση είναι διαθέσιμοι παρακάτω."
            ],
            en=[
                "The project opened a direct channel between the people working on "
                "integration, spread knowledge of other EU countries' integration policies and "
                "laid the ground for joint action and for collecting information "
                "systematically. The thematic guides and the synthesis report are available "
                "below."
            ],
        ),
        "contact_email": "asante.ngo@gmail.com",
        "contact_phone": "+30 210 3302458",
        "themes": ["participation", "coordination"],
        "target_groups": ["migrants"],
        "principles": [5, 6, 8],
        # Announced to the municipalities on 3 May 2015; the end date assumes the
        # Fund's 2013 annual programme closed, as its projects did, in mid-2015.
        "start_date": datetime.date(2015, 5, 3),
        "end_date": datetime.date(2015, 6, 30),
        "status": "completed",
        "funding_programme": T(
            el="Ευρωπαϊκό Ταμείο Ένταξης Υπηκόων Τρίτων Χωρών, Ετήσιο Πρόγραμμα 2013",
            en="European Fund for the Integration of Third-Country Nationals, annual "
            "programme 2013",
        ),
        "funder_type": "eu",
        "partners": [
            partner("ASANTE", T(el="σχεδιασμός και υλοποίηση", en="design and delivery")),
            partner(
                T(
                    el="Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης",
                    en="Aristotle University of Thessaloniki",
                ),
                T(el="σχεδιασμός και υλοποίηση", en="design and delivery"),
                "https://www.auth.gr/",
            ),
            partner(
                T(
                    el="Συμβούλια Ένταξης Μεταναστών των δήμων",
                    en="Municipal Migrant Integration Councils",
                ),
                T(el="συμμετέχοντες", en="participants"),
            ),
        ],
        "evidence_level": "monitored",
        "attachments": [
            attachment(
                "mic-guide-participation",
                T(
                    el="Θεματικός οδηγός: συμμετοχή στα τοπικά κοινά",
                    en="Thematic guide: taking part in local affairs",
                ),
            ),
            attachment(
                "mic-guide-services",
                T(
                    el="Θεματικός οδηγός: πρόσβαση στις δημοτικές υπηρεσίες",
                    en="Thematic guide: access to municipal services",
                ),
            ),
            attachment(
                "mic-guide-education",
                T(
                    el="Θεματικός οδηγός: εκπαίδευση και γλώσσα",
                    en="Thematic guide: education and language",
                ),
            ),
            attachment(
                "mic-synthesis-report",
                T(el="Συνθετική έκθεση αποτελεσμάτων", en="Synthesis report"),
            ),
        ],
        "gallery": [gallery_image("practice-mic-support-programme-2")],
        "related_practices": [PageRef("cities/athens/athens-integration-centre")],
        "last_verified_on": datetime.date(2024, 9, 10),
    },
)


def all_practices():
    from .practices_athens import ATHENS_PRACTICES
    from .practices_athens_plans import ATHENS_PLANNED_PRACTICES

    return [
        HALLE_SERVICE_CENTRE,
        COLOGNE_INTERCULTURAL_SERVICE,
        MIC_PROGRAMME,
        *ATHENS_PRACTICES,
        *ATHENS_PLANNED_PRACTICES,
    ]
