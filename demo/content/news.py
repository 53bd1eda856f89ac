"""News items, under /news/ or under the city they come from.

Dates come from the sources: the 2015 programme announcement (3 May 2015),
the memorandum (4 January 2018), the declaration (5 November 2018), UNHCR
and IOM support (April 2020). The article on Katerini gives the decision
number 177/2021 but no day; the date here is an assumption.
"""

import datetime

from . import Img, PageRef, PageSpec, T, document_block, heading, paragraph

NEWS_INDEX = PageSpec(
    path="news",
    model="news.NewsIndexPage",
    in_menu=True,
    fields={
        "title": T(el="Νέα", en="News"),
        "summary": T(
            el="Τα νέα του δικτύου και των πόλεών του.", en="News from the network and its cities."
        ),
        "introduction": T(
            el="<p>Ό,τι συμβαίνει στο δίκτυο και στις πόλεις-μέλη, με το πιο πρόσφατο πρώτο.</p>",
            en="<p>What is happening in the network and its member cities, newest first.</p>",
        ),
    },
)


def _news(path, fields):
    fields.setdefault("image", Img(f"news-{path.rsplit('/', 1)[-1]}"))
    return PageSpec(path=path, model="news.NewsPage", fields=fields)


def _image_block(key):
    return ("image", {"image": Img(key), "decorative": True, "alt_text": ""})


NEWS = [
    _news(
        "cities/katerini/katerini-joins-the-network",
        {
            "title": T(
                el="Η Κατερίνη μπαίνει στο Δίκτυο Πόλεων για την Ένταξη",
                en="Katerini joins the Cities Network for Integration",
            ),
            "summary": T(
                el="Με την απόφαση 177/2021 ο Δήμος Κατερίνης γίνεται τακτικό μέλος του δικτύου.",
                en="By decision 177/2021 the Municipality of Katerini becomes a full member of "
                "the network.",
            ),
            "date": datetime.date(2021, 6, 1),
            "themes": ["coordination", "participation"],
            "body": [
                paragraph(
                    el=[
                        "Ο Δήμος Κατερίνης αποφάσισε (αρ. απόφασης 177/2021) να συμμετέχει ως "
                        "τακτικό μέλος στο πανελλήνιο Δίκτυο Πόλεων για την Ένταξη."
                    ],
                    en=[
                        "The Municipality of Katerini has decided (decision no. 177/2021) to "
                        "take part in the nationwide Cities Network for Integration as a full "
                        "member."
                    ],
                ),
                heading(T(el="Τι είναι το δίκτυο", en="What the network is")),
                paragraph(
                    el=[
                        "Στο δίκτυο συνεργάζονται δήμοι από όλη την Ελλάδα για να σχεδιάζουν, "
                        "να οργανώνουν και να υλοποιούν δράσεις ένταξης μεταναστών και "
                        "προσφύγων και να ανταλλάσσουν καλές πρακτικές, με στόχο μια πιο "
                        "συνεκτική κοινωνία. Πριν από την Κατερίνη συμμετείχαν 13 δήμοι: "
                        "Αθηναίων, Αγίου Δημητρίου, Ηρακλείου, Θεσσαλονίκης, Ιωαννιτών, "
                        "Καρδίτσας, Λαρισαίων, Λεβαδέων, Νέας Φιλαδέλφειας – Νέας "
                        "Χαλκηδόνας, Πειραιά, Τήλου, Τρικκαίων και Τρίπολης.",
                        "Από τον Απρίλιο του 2020 η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες "
                        "και ο Διεθνής Οργανισμός Μετανάστευσης στηρίζουν από κοινού το έργο "
                        "του δικτύου.",
                    ],
                    en=[
                        "In the network, municipalities from across Greece work together to "
                        "plan, organise and carry out integration work for migrants and "
                        "refugees and to swap good practice, for a more cohesive society. "
                        "Before Katerini, 13 municipalities took part: Athens, Agios "
                        "Dimitrios, Heraklion, Thessaloniki, Ioannina, Karditsa, Larissa, "
                        "Livadeia, Nea Filadelfeia – Nea Chalkidona, Piraeus, Tilos, Trikala "
                        "and Tripoli.",
                        "Since April 2020 the UN Refugee Agency and the International "
                        "Organization for Migration have jointly supported the network's "
                        "work.",
                    ],
                ),
                paragraph(
                    el=[
                        'Το δίκτυο ακολουθεί τις αρχές της <a id="{declaration}" '
                        'linktype="page">Διακήρυξης των Δημάρχων</a>.'
                    ],
                    en=[
                        'The network follows the principles of the <a id="{declaration}" '
                        'linktype="page">Mayors\' Declaration</a>.'
                    ],
                ),
            ],
        },
    ),
    _news(
        "news/mic-support-programme-launched",
        {
            "title": T(
                el="Ξεκινά πρόγραμμα στήριξης των Συμβουλίων Ένταξης Μεταναστών",
                en="Support programme for Migrant Integration Councils begins",
            ),
            "summary": T(
                el="Η ASANTE και το Αριστοτέλειο Πανεπιστήμιο καλούν τους δήμους σε ένα "
                "δίκτυο συνεργασίας για τοπικές δράσεις ένταξης.",
                en="ASANTE and the Aristotle University invite municipalities into a "
                "cooperation network for local integration work.",
            ),
            "date": datetime.date(2015, 5, 3),
            "themes": ["participation", "coordination"],
            "body": [
                paragraph(
                    el=[
                        "Με χρηματοδότηση από το Ετήσιο Πρόγραμμα 2013 του Ευρωπαϊκού Ταμείου "
                        "Ένταξης Υπηκόων Τρίτων Χωρών, η ΜΚΟ ASANTE και το Αριστοτέλειο "
                        "Πανεπιστήμιο Θεσσαλονίκης ξεκινούν ένα πρόγραμμα για τα Συμβούλια "
                        "Ένταξης Μεταναστών των δήμων."
                    ],
                    en=[
                        "Funded by the 2013 annual programme of the European Fund for the "
                        "Integration of Third-Country Nationals, the NGO ASANTE and the "
                        "Aristotle University of Thessaloniki are starting a programme for "
                        "municipal Migrant Integration Councils."
                    ],
                ),
                heading(T(el="Τι περιλαμβάνει", en="What it includes")),
                paragraph(
                    el=[
                        "<ul><li>εργαστήρια διαβούλευσης, το καθένα με δικό του θέμα, από τα "
                        "οποία θα προκύψουν θεματικοί οδηγοί·</li><li>μια διαδικτυακή "
                        "πλατφόρμα για τα μέλη του δικτύου·</li><li>μια συνθετική έκθεση "
                        "με τα συμπεράσματα και τις προτάσεις.</li></ul>"
                    ],
                    en=[
                        "<ul><li>consultation workshops, each on its own theme, leading to "
                        "thematic guides;</li><li>an online platform for the network's "
                        "members;</li><li>a synthesis report of findings and proposals."
                        "</li></ul>"
                    ],
                ),
                _image_block("news-mic-support-programme-launched-2"),
                document_block(
                    "mic-synthesis-report", T(el="Η συνθετική έκθεση", en="The synthesis report")
                ),
                paragraph(
                    el=[
                        'Διαβάστε περισσότερα για <a id="{mic}" linktype="page">το '
                        "πρόγραμμα</a> στη βιβλιοθήκη πρακτικών."
                    ],
                    en=[
                        'Read more about <a id="{mic}" linktype="page">the programme</a> in '
                        "the practice library."
                    ],
                ),
            ],
        },
    ),
    _news(
        "news/athens-thessaloniki-memorandum",
        {
            "title": T(
                el="Μνημόνιο συνεργασίας Αθήνας και Θεσσαλονίκης",
                en="Athens and Thessaloniki sign a memorandum of cooperation",
            ),
            "summary": T(
                el="Οι δύο μεγαλύτεροι δήμοι της χώρας δεσμεύονται να συνεργαστούν για την "
                "ένταξη μεταναστών και προσφύγων.",
                en="The country's two largest municipalities commit to working together on the "
                "integration of migrants and refugees.",
            ),
            "date": datetime.date(2018, 1, 4),
            "themes": ["coordination"],
            "body": [
                paragraph(
                    el=[
                        "Στις 4 Ιανουαρίου 2018 οι δήμοι Αθηναίων και Θεσσαλονίκης υπέγραψαν "
                        "μνημόνιο συνεργασίας. Το κείμενο έθεσε τις πρώτες κοινές αρχές που "
                        "αργότερα υιοθέτησε όλο το δίκτυο."
                    ],
                    en=[
                        "On 4 January 2018 the municipalities of Athens and Thessaloniki "
                        "signed a memorandum of cooperation. It set out the first shared "
                        "principles, which the whole network later adopted."
                    ],
                ),
            ],
        },
    ),
    _news(
        "news/mayors-declaration-2018",
        {
            "title": T(
                el="Οι δήμαρχοι υπογράφουν κοινή διακήρυξη για την ένταξη",
                en="Mayors sign a joint declaration on integration",
            ),
            "summary": T(
                el="Δεκατρείς αρχές για τη συνεργασία των δήμων στην ένταξη μεταναστών και "
                "προσφύγων.",
                en="Thirteen principles for municipalities working together on the integration "
                "of migrants and refugees.",
            ),
            "date": datetime.date(2018, 11, 5),
            "themes": ["coordination", "participation"],
            "body": [
                paragraph(
                    el=[
                        "Στις 5 Νοεμβρίου 2018 δήμαρχοι συμφώνησαν σε μια κοινή διακήρυξη. "
                        "Μαζί με το μνημόνιο Αθήνας και Θεσσαλονίκης, η διακήρυξη ορίζει τις "
                        "αρχές του δικτύου: από τον σεβασμό στα ανθρώπινα δικαιώματα ως την "
                        "ανοιχτή πρόσβαση για κάθε δήμο που θέλει να συμμετάσχει."
                    ],
                    en=[
                        "On 5 November 2018 mayors agreed on a joint declaration. Together "
                        "with the Athens–Thessaloniki memorandum, it sets out the network's "
                        "principles: from respect for human rights to open access for any "
                        "municipality that wants to join."
                    ],
                ),
                paragraph(
                    el=[
                        'Δείτε <a id="{declaration}" linktype="page">τις αρχές και τις '
                        "πρακτικές που τις εφαρμόζουν</a>."
                    ],
                    en=[
                        'See <a id="{declaration}" linktype="page">the principles and the '
                        "practices that apply them</a>."
                    ],
                ),
            ],
        },
    ),
    _news(
        "news/unhcr-iom-support",
        {
            "title": T(
                el="Η Ύπατη Αρμοστεία και ο IOM στηρίζουν το δίκτυο",
                en="UNHCR and IOM support the network",
            ),
            "summary": T(
                el="Από τον Απρίλιο του 2020 οι δύο οργανισμοί στηρίζουν από κοινού το έργο "
                "του δικτύου.",
                en="Since April 2020 the two organisations have jointly supported the "
                "network's work.",
            ),
            "date": datetime.date(2020, 4, 1),
            "themes": ["coordination"],
            "body": [
                paragraph(
                    el=[
                        "Η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες και ο Διεθνής Οργανισμός "
                        "Μετανάστευσης στηρίζουν πλέον από κοινού το Δίκτυο Πόλεων για την "
                        "Ένταξη, δίνοντας στους δήμους-μέλη πρόσβαση σε τεχνογνωσία και "
                        "ευκαιρίες συνεργασίας."
                    ],
                    en=[
                        "The UN Refugee Agency and the International Organization for "
                        "Migration now jointly support the Cities Network for Integration, "
                        "giving member municipalities access to expertise and opportunities "
                        "to cooperate."
                    ],
                ),
            ],
        },
    ),
    _news(
        "cities/athens/athens-welcomes-people-from-ukraine",
        {
            "title": T(
                el="Η Αθήνα υποδέχεται εκτοπισμένους από την Ουκρανία",
                en="Athens welcomes people displaced from Ukraine",
            ),
            "summary": T(
                el="Συλλογή ειδών πρώτης ανάγκης και σχολικές αίθουσες για τους μαθητές από "
                "την Ουκρανία.",
                en="Essential supplies collected, and classrooms opened for pupils from Ukraine.",
            ),
            "date": datetime.date(2022, 3, 15),
            "themes": ["reception", "education"],
            "body": [
                paragraph(
                    el=[
                        "Ο Δήμος Αθηναίων συγκεντρώνει είδη πρώτης ανάγκης για όσους φτάνουν "
                        "από την Ουκρανία και ανοίγει σχολικές αίθουσες τα απογεύματα, ώστε "
                        "τα παιδιά να συνεχίσουν το ουκρανικό πρόγραμμα σπουδών."
                    ],
                    en=[
                        "The City of Athens is collecting essential supplies for people "
                        "arriving from Ukraine and opening school classrooms in the "
                        "afternoons so that children can continue the Ukrainian curriculum."
                    ],
                ),
                paragraph(
                    el=[
                        'Περισσότερα στην <a id="{ukraine}" linktype="page">περιγραφή της '
                        "δράσης</a>."
                    ],
                    en=[
                        'More in the <a id="{ukraine}" linktype="page">description of the '
                        "practice</a>."
                    ],
                ),
            ],
        },
    ),
]

# Page links inside rich text: "{name}" placeholders become page ids.
RICH_TEXT_LINKS = {
    "declaration": PageRef("declaration"),
    "mic": PageRef("cities/thessaloniki/mic-support-programme"),
    "ukraine": PageRef("cities/athens/athens-ukraine-response"),
}
