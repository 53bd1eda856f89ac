"""The home page and the plain pages: about, contact, accessibility, privacy."""

from . import Img, PageRef, PageSpec, T, heading, paragraph, rich

CONTACT_EMAIL = "info@citiesnetwork.example"
ACCESSIBILITY_EMAIL = "accessibility@citiesnetwork.example"
PRIVACY_EMAIL = "privacy@citiesnetwork.example"

HOME = PageSpec(
    path="",
    model="home.HomePage",
    fields={
        "title": T(el="Δίκτυο Πόλεων για την Ένταξη", en="Cities Network for Integration"),
        "summary": T(
            el="Δήμοι που μοιράζονται ό,τι λειτουργεί στην υποδοχή και την ένταξη μεταναστών "
            "και προσφύγων.",
            en="Municipalities sharing what works in welcoming and including migrants and "
            "refugees.",
        ),
        "image": Img("home-hero"),
        "introduction": rich(
            el=[
                "Δήμοι από όλη την Ελλάδα συνεργάζονται για να υποδέχονται και να εντάσσουν "
                "μετανάστες και πρόσφυγες. Εδώ θα βρείτε τις πόλεις του δικτύου, τις αρχές "
                "που μας ενώνουν και μια βιβλιοθήκη με πρακτικές που έχουν δοκιμαστεί στην "
                "πράξη."
            ],
            en=[
                "Municipalities from across Greece work together to welcome and include "
                "migrants and refugees. Here you will find the network's cities, the "
                "principles that unite us and a library of practices tested on the ground."
            ],
        ),
        "featured_practices": [
            ("practice", PageRef("cities/athens/athens-language-lessons")),
            ("practice", PageRef("cities/halle/halle-service-centre")),
            ("practice", PageRef("cities/cologne/cologne-intercultural-service")),
        ],
    },
)

ABOUT = PageSpec(
    path="about",
    model="standardpages.StandardPage",
    in_menu=True,
    fields={
        "title": T(el="Σχετικά με το δίκτυο", en="About the network"),
        "summary": T(
            el="Ποιοι είμαστε, πώς ξεκινήσαμε και πώς δουλεύουμε.",
            en="Who we are, how we started and how we work.",
        ),
        "image": Img("about-network"),
        "introduction": rich(
            el=[
                "Το Δίκτυο Πόλεων για την Ένταξη είναι ένα δίκτυο ελληνικών δήμων που "
                "σχεδιάζουν, οργανώνουν και υλοποιούν μαζί δράσεις για την ένταξη μεταναστών "
                "και προσφύγων."
            ],
            en=[
                "The Cities Network for Integration is a network of Greek municipalities "
                "that plan, organise and carry out integration work for migrants and refugees "
                "together."
            ],
        ),
        "body": [
            heading(T(el="Πώς ξεκινήσαμε", en="How we started")),
            paragraph(
                el=[
                    "Το δίκτυο γεννήθηκε από το μνημόνιο συνεργασίας Αθήνας και Θεσσαλονίκης "
                    "της 4ης Ιανουαρίου 2018 και από την κοινή διακήρυξη δημάρχων της 5ης "
                    "Νοεμβρίου 2018. Το 2021 συμμετείχαν 13 δήμοι και νέα μέλη, όπως η "
                    "Κατερίνη, συνεχίζουν να προστίθενται."
                ],
                en=[
                    "The network grew from the Athens–Thessaloniki memorandum of cooperation "
                    "of 4 January 2018 and the mayors' joint declaration of 5 November 2018. "
                    "By 2021, 13 municipalities took part, and new members such as Katerini "
                    "keep joining."
                ],
            ),
            heading(T(el="Πώς δουλεύουμε", en="How we work")),
            paragraph(
                el=[
                    "Οι δήμοι ανταλλάσσουν εμπειρία, οργανώνουν σεμινάρια και εργαστήρια και "
                    "καταγράφουν τις πρακτικές τους σε αυτή τη βιβλιοθήκη, ώστε να μπορεί να "
                    "τις αξιοποιήσει κάθε πόλη. Από τον Απρίλιο του 2020 η Ύπατη Αρμοστεία "
                    "του ΟΗΕ για τους Πρόσφυγες και ο Διεθνής Οργανισμός Μετανάστευσης "
                    "στηρίζουν από κοινού το έργο μας."
                ],
                en=[
                    "Municipalities exchange experience, organise seminars and workshops and "
                    "record their practices in this library so that any city can use them. "
                    "Since April 2020 the UN Refugee Agency and the International "
                    "Organization for Migration have jointly supported our work."
                ],
            ),
            paragraph(
                el=[
                    'Διαβάστε <a id="{declaration}" linktype="page">τις αρχές μας</a> ή '
                    'γνωρίστε <a id="{cities}" linktype="page">τις πόλεις του δικτύου</a>.'
                ],
                en=[
                    'Read <a id="{declaration}" linktype="page">our principles</a> or meet '
                    '<a id="{cities}" linktype="page">the network\'s cities</a>.'
                ],
            ),
        ],
    },
)

CONTACT = PageSpec(
    path="contact",
    model="standardpages.StandardPage",
    fields={
        "title": T(el="Επικοινωνία", en="Contact"),
        "summary": T(
            el="Πώς να επικοινωνήσετε με το δίκτυο.", en="How to get in touch with the network."
        ),
        "introduction": rich(
            el=[
                f'Γράψτε μας στο <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>. '
                "Απαντάμε συνήθως μέσα σε πέντε εργάσιμες ημέρες."
            ],
            en=[
                f'Write to us at <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>. We '
                "usually reply within five working days."
            ],
        ),
        "body": [
            heading(T(el="Για θέματα μιας πόλης", en="About a particular city")),
            paragraph(
                el=[
                    "Κάθε πόλη έχει το δικό της γραφείο ένταξης. Θα βρείτε τα στοιχεία του "
                    'στη σελίδα της πόλης, στον <a id="{cities}" linktype="page">κατάλογο των '
                    "πόλεων</a>."
                ],
                en=[
                    "Each city has its own integration office. You will find its details on "
                    'the city\'s page, in the <a id="{cities}" linktype="page">list of '
                    "cities</a>."
                ],
            ),
        ],
    },
)

ACCESSIBILITY = PageSpec(
    path="accessibility",
    model="standardpages.StandardPage",
    fields={
        "title": T(el="Δήλωση προσβασιμότητας", en="Accessibility statement"),
        "summary": T(
            el="Πόσο προσβάσιμος είναι ο ιστότοπος και πώς να μας αναφέρετε ένα πρόβλημα.",
            en="How accessible this website is and how to report a problem.",
        ),
        "introduction": rich(
            el=[
                "Θέλουμε όλοι να μπορούν να χρησιμοποιούν αυτόν τον ιστότοπο, και όσοι "
                "χρησιμοποιούν αναγνώστη οθόνης, μεγέθυνση ή μόνο πληκτρολόγιο."
            ],
            en=[
                "We want everyone to be able to use this website, including people who use a "
                "screen reader, magnification or only a keyboard."
            ],
        ),
        "body": [
            heading(T(el="Ο στόχος μας", en="Our target")),
            paragraph(
                el=[
                    "Στόχος μας είναι η συμμόρφωση με τις Οδηγίες για την Προσβασιμότητα του "
                    "Περιεχομένου του Ιστού (WCAG) 2.2, επίπεδο AA. Ελέγχουμε κάθε νέα "
                    "λειτουργία με αυτόματα εργαλεία και με πληκτρολόγιο και αναγνώστη "
                    "οθόνης."
                ],
                en=[
                    "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                    "level AA. We check every new feature with automated tools and by hand "
                    "with a keyboard and a screen reader."
                ],
            ),
            heading(T(el="Γνωστά προβλήματα", en="Known problems")),
            paragraph(
                el=[
                    "<ul><li>Ορισμένα έγγραφα PDF είναι μόνο εικόνα, χωρίς επίπεδο "
                    "κειμένου. Αν χρειάζεστε το περιεχόμενό τους σε άλλη μορφή, γράψτε "
                    "μας.</li><li>Κάποιες πρακτικές υπάρχουν μόνο στη γλώσσα της πόλης που "
                    "τις κατέγραψε.</li></ul>"
                ],
                en=[
                    "<ul><li>Some PDF documents are images only, without a text layer. If "
                    "you need their content in another format, write to us.</li><li>Some "
                    "practices are only available in the language of the city that recorded "
                    "them.</li></ul>"
                ],
            ),
            heading(T(el="Αναφέρετε ένα πρόβλημα", en="Report a problem")),
            paragraph(
                el=[
                    f'Αν κάτι δεν λειτουργεί για εσάς, γράψτε στο <a href="mailto:'
                    f'{ACCESSIBILITY_EMAIL}">{ACCESSIBILITY_EMAIL}</a>. Πείτε μας τη σελίδα, '
                    "τι προσπαθούσατε να κάνετε και ποια συσκευή ή βοηθητική τεχνολογία "
                    "χρησιμοποιείτε. Απαντάμε μέσα σε δέκα εργάσιμες ημέρες."
                ],
                en=[
                    f'If something does not work for you, write to <a href="mailto:'
                    f'{ACCESSIBILITY_EMAIL}">{ACCESSIBILITY_EMAIL}</a>. Tell us the page, '
                    "what you were trying to do and which device or assistive technology you "
                    "use. We reply within ten working days."
                ],
            ),
            heading(T(el="Κατάσταση συμμόρφωσης", en="Compliance status")),
            paragraph(
                el=[
                    "Ο ιστότοπος συμμορφώνεται εν μέρει με τις WCAG 2.2, επίπεδο AA, και το "
                    "πρότυπο EN 301 549, λόγω του μη προσβάσιμου περιεχομένου που αναφέρεται "
                    "παραπάνω."
                ],
                en=[
                    "This website is partially compliant with WCAG 2.2 level AA and the "
                    "EN 301 549 standard, because of the non-accessible content listed above."
                ],
            ),
            heading(T(el="Πώς αξιολογήθηκε", en="How we evaluated it")),
            paragraph(
                el=[
                    "Αυτοαξιολόγηση, που ολοκληρώθηκε στις 27 Νοεμβρίου 2026: οι κύριες "
                    "σελίδες ελέγχονται σε κάθε αλλαγή του κώδικα με το αυτόματο εργαλείο "
                    "axe-core, σε κινητό και σε υπολογιστή, στα ελληνικά, τα αγγλικά, τα "
                    "αραβικά και τα φαρσί. Τις ίδιες σελίδες τις δοκιμάσαμε με το χέρι, μόνο "
                    "με πληκτρολόγιο, με μεγέθυνση 200 % και με τους αναγνώστες οθόνης NVDA "
                    "και Orca."
                ],
                en=[
                    "A self-assessment, completed on 27 November 2026: the main pages are "
                    "checked on every change of the code with the automated tool axe-core, on "
                    "a phone and a desktop, in Greek, English, Arabic and Farsi. We tested the "
                    "same pages by hand, with a keyboard only, at 200 % zoom and with the NVDA "
                    "and Orca screen readers."
                ],
            ),
            heading(T(el="Διαδικασία επιβολής", en="Enforcement procedure")),
            paragraph(
                el=[
                    "Αν δεν μείνετε ικανοποιημένοι από την απάντησή μας, μπορείτε να "
                    "απευθυνθείτε στον Συνήγορο του Πολίτη, την ανεξάρτητη αρχή που εξετάζει "
                    "αναφορές για τους δημόσιους φορείς. Ο νόμος 4591/2019 ενσωματώνει στο "
                    "ελληνικό δίκαιο την Οδηγία (ΕΕ) 2016/2102 για την προσβασιμότητα των "
                    "ιστοτόπων του δημόσιου τομέα."
                ],
                en=[
                    "If you are not satisfied with our reply, you can turn to the Greek "
                    "Ombudsman, the independent authority that examines complaints about "
                    "public bodies. Law 4591/2019 brings Directive (EU) 2016/2102 on the "
                    "accessibility of public sector websites into Greek law."
                ],
            ),
            paragraph(
                el=["Η δήλωση συντάχθηκε τον Νοέμβριο του 2026 και θα αναθεωρείται κάθε χρόνο."],
                en=["This statement was prepared in November 2026 and is reviewed every year."],
            ),
        ],
    },
)

PRIVACY = PageSpec(
    path="privacy",
    model="standardpages.StandardPage",
    fields={
        "title": T(el="Προστασία προσωπικών δεδομένων", en="Privacy"),
        "summary": T(
            el="Ποια δεδομένα επεξεργαζόμαστε και γιατί.", en="What data we process and why."
        ),
        "introduction": rich(
            el=["Ο ιστότοπος δεν χρησιμοποιεί cookies διαφήμισης ή στατιστικών."],
            en=["This website uses no advertising or analytics cookies."],
        ),
        "body": [
            heading(T(el="Τι καταγράφουμε", en="What we record")),
            paragraph(
                el=[
                    "<ul><li>Ο διακομιστής κρατά για λίγες ημέρες αρχεία καταγραφής "
                    "(διεύθυνση IP, σελίδα, ώρα) για την ασφάλεια του ιστότοπου.</li>"
                    "<li>Όσοι επεξεργάζονται περιεχόμενο συνδέονται με λογαριασμό· γι' αυτό "
                    "χρειάζεται ένα cookie συνεδρίας.</li><li>Αν μας γράψετε, κρατάμε το "
                    "μήνυμά σας μόνο όσο χρειάζεται για να σας απαντήσουμε.</li></ul>"
                ],
                en=[
                    "<ul><li>The server keeps logs (IP address, page, time) for a few days "
                    "to keep the website secure.</li><li>Editors sign in with an account, "
                    "which needs a session cookie.</li><li>If you write to us, we keep your "
                    "message only as long as we need to reply.</li></ul>"
                ],
            ),
            heading(T(el="Τα δικαιώματά σας", en="Your rights")),
            paragraph(
                el=[
                    f"Για πρόσβαση, διόρθωση ή διαγραφή των δεδομένων σας γράψτε στο "
                    f'<a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>.'
                ],
                en=[
                    f"To see, correct or delete your data, write to "
                    f'<a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>.'
                ],
            ),
        ],
    },
)

STANDARD_PAGES = [ABOUT, CONTACT, ACCESSIBILITY, PRIVACY]

RICH_TEXT_LINKS = {
    "declaration": PageRef("declaration"),
    "cities": PageRef("cities"),
}
