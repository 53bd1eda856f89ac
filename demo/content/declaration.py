"""The mayors' declaration of 5 November 2018 and its principles (seed 004).

The principles are restated in our own words; their order follows the source.
"""

import datetime

from . import Doc, PageRef, PageSpec, T, heading, paragraph, rich
from .cities import MEMBER_SLUGS

PRINCIPLES = [
    (
        1,
        T(el="Ανθρώπινα δικαιώματα και διαφορετικότητα", en="Human rights and diversity"),
        T(
            el="Σεβόμαστε τα ανθρώπινα δικαιώματα και αντιμετωπίζουμε την ποικιλία των "
            "πολιτισμών στις πόλεις μας ως αξία.",
            en="We respect human rights and treat the variety of cultures in our cities as a "
            "value.",
        ),
    ),
    (
        2,
        T(el="Κοινωνική συνοχή για όλους", en="Cohesion that includes everyone"),
        T(
            el="Προωθούμε μια κοινωνία που κρατά ενωμένους τους κατοίκους της και δεν αφήνει "
            "απέξω κανέναν μετανάστη ή πρόσφυγα.",
            en="We work for a society that holds its residents together and leaves no migrant "
            "or refugee outside.",
        ),
    ),
    (
        3,
        T(el="Ένταξη μέσω εκπαίδευσης και εργασίας", en="Inclusion through learning and work"),
        T(
            el="Ανοίγουμε σε μετανάστες και πρόσφυγες κάθε πεδίο της κοινωνικής ζωής, κυρίως "
            "με ευκαιρίες μάθησης και απασχόλησης.",
            en="We open every area of social life to migrants and refugees, above all through "
            "opportunities to learn and to work.",
        ),
    ),
    (
        4,
        T(
            el="Ενημερωμένες και ενεργές τοπικές κοινωνίες",
            en="Informed and engaged local communities",
        ),
        T(
            el="Ευαισθητοποιούμε τις τοπικές κοινωνίες και καλούμε τους δημότες να πάρουν "
            "μέρος στην ένταξη.",
            en="We raise awareness in local communities and invite residents to take part in "
            "integration.",
        ),
    ),
    (
        5,
        T(el="Αλληλοϋποστήριξη των μελών", en="Members support one another"),
        T(
            el="Στηρίζουμε ο ένας τον άλλον και συντονίζουμε τις δράσεις μας, μοιραζόμενοι "
            "τεχνογνωσία σε σεμινάρια, ημερίδες και εργαστήρια.",
            en="We back one another and coordinate our work, sharing know-how through "
            "seminars, training days and workshops.",
        ),
    ),
    (
        6,
        T(el="Ανταλλαγή καλών πρακτικών", en="Sharing what works"),
        T(
            el="Αξιοποιούμε ό,τι έχουν μάθει οι δήμοι στην πράξη και ανταλλάσσουμε καλές "
            "πρακτικές με βάση τις προτεραιότητες που θέτουν τα ίδια τα μέλη.",
            en="We build on what municipalities have learnt in practice and exchange good "
            "practice according to the priorities the members set themselves.",
        ),
    ),
    (
        7,
        T(el="Πολιτικές με αποδεδειγμένη αξία", en="Policies that prove their worth"),
        T(
            el="Προτιμούμε πολιτικές που έχουν δείξει ότι ενισχύουν πραγματικά την κοινωνική "
            "συνοχή.",
            en="We favour policies that have shown they genuinely strengthen social cohesion.",
        ),
    ),
    (
        8,
        T(el="Φωνή για τις κοινότητες μεταναστών", en="A voice for migrant communities"),
        T(
            el="Ενισχύουμε την εκπροσώπηση των κοινοτήτων μεταναστών και προσφύγων μέσα από "
            "τοπικά όργανα όπως τα Συμβούλια Ένταξης Μεταναστών.",
            en="We strengthen the representation of migrant and refugee communities through "
            "local bodies such as the Migrant Integration Councils.",
        ),
    ),
    (
        9,
        T(el="Καλύτερες υπηρεσίες για όλους", en="Better services for all"),
        T(
            el="Στηρίζουμε και επεκτείνουμε δομές όπως τα Κέντρα Κοινότητας και τα Κέντρα "
            "Ένταξης Μεταναστών, ώστε να καλύπτουν κάθε ομάδα που ζει στον δήμο.",
            en="We support and extend facilities such as Community Centres and Migrant "
            "Integration Centres so that they serve every group living in the municipality.",
        ),
    ),
    (
        10,
        T(el="Διαφάνεια και τοπική αυτοδιοίκηση", en="Transparency, led by local government"),
        T(
            el="Το δίκτυο λειτουργεί με διαφανείς κανόνες που ορίζουν οι δήμοι, και η "
            "ατζέντα του ακολουθεί μόνο τις προτεραιότητες της τοπικής αυτοδιοίκησης.",
            en="The network runs by transparent rules the municipalities set, and its agenda "
            "follows local government's priorities alone.",
        ),
    ),
    (
        11,
        T(el="Ανοιχτό σε κάθε δήμο", en="Open to every municipality"),
        T(
            el="Κάθε δήμος ή περιφέρεια που θέλει να αναπτύξει πολιτικές ένταξης μπορεί να "
            "ενταχθεί.",
            en="Any municipality or region that wants to develop integration policies may join.",
        ),
    ),
    (
        12,
        T(el="Συνεργασίες σε κάθε επίπεδο", en="Partnerships at every level"),
        T(
            el="Αναζητούμε εταίρους στην Ελλάδα, στην Ευρώπη και διεθνώς.",
            en="We look for partners in Greece, in Europe and internationally.",
        ),
    ),
    (
        13,
        T(el="Παρακολούθηση και νέες ανάγκες", en="Monitoring and new needs"),
        T(
            el="Παρακολουθούμε και αξιολογούμε τη συνεργασία μας και εντοπίζουμε διαρκώς "
            "ανάγκες που προκύπτουν.",
            en="We monitor and evaluate how we work together and keep looking for needs as "
            "they arise.",
        ),
    ),
]

DECLARATION = PageSpec(
    path="declaration",
    model="declarations.DeclarationPage",
    in_menu=True,
    fields={
        "title": T(el="Η Διακήρυξη των Δημάρχων", en="The Mayors' Declaration"),
        "summary": T(
            el="Οι αρχές που διέπουν το δίκτυο, όπως τις συμφώνησαν οι δήμαρχοι στις 5 "
            "Νοεμβρίου 2018.",
            en="The principles that guide the network, as the mayors agreed them on "
            "5 November 2018.",
        ),
        "adopted_on": datetime.date(2018, 11, 5),
        "introduction": rich(
            el=[
                "Στις 4 Ιανουαρίου 2018 οι δήμοι Αθηναίων και Θεσσαλονίκης υπέγραψαν μνημόνιο "
                "συνεργασίας για την ένταξη μεταναστών και προσφύγων. Λίγους μήνες αργότερα, "
                "στις 5 Νοεμβρίου 2018, δήμαρχοι από όλη τη χώρα συμφώνησαν σε μια κοινή "
                "διακήρυξη.",
                "Από αυτά τα δύο κείμενα προέρχονται οι αρχές του δικτύου. Κάθε δήμος τις "
                "εφαρμόζει με τον δικό του τρόπο· δίπλα σε κάθε αρχή θα βρείτε πρακτικές που "
                "τη μετατρέπουν σε πράξη.",
            ],
            en=[
                "On 4 January 2018 the municipalities of Athens and Thessaloniki signed a "
                "memorandum of cooperation on the integration of migrants and refugees. A few "
                "months later, on 5 November 2018, mayors from across the country agreed on a "
                "joint declaration.",
                "The network's principles come from these two texts. Each municipality applies "
                "them in its own way; next to each principle you will find practices that put "
                "it to work.",
            ],
        ),
        "body": [
            heading(T(el="Πώς δουλεύει το δίκτυο", en="How the network works")),
            paragraph(
                el=[
                    "Το δίκτυο σέβεται τις ιδιαιτερότητες κάθε μέλους. Οι δήμοι ορίζουν μαζί "
                    "τη θεματολογία, οργανώνουν σεμινάρια και εργαστήρια και μοιράζονται όσα "
                    "μαθαίνουν. Από τον Απρίλιο του 2020 η Ύπατη Αρμοστεία του ΟΗΕ για τους "
                    "Πρόσφυγες και ο Διεθνής Οργανισμός Μετανάστευσης στηρίζουν από κοινού το "
                    "έργο του."
                ],
                en=[
                    "The network respects each member's circumstances. The municipalities "
                    "set its agenda together, organise seminars and workshops and share what "
                    "they learn. Since April 2020 the UN Refugee Agency and the International "
                    "Organization for Migration have jointly supported its work."
                ],
            ),
            (
                "document",
                {
                    "document": Doc("declaration-2018"),
                    "title": T(
                        el="Το κείμενο της διακήρυξης (PDF)", en="The text of the declaration (PDF)"
                    ),
                },
            ),
        ],
        "signatory_cities": [PageRef(f"cities/{slug}") for slug in MEMBER_SLUGS],
        "document": Doc("declaration-2018"),
        "principles": [
            {"number": number, "short_title": short_title, "text": text}
            for number, short_title, text in PRINCIPLES
        ],
    },
)
