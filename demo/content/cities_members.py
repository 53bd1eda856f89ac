"""Short profiles of the other member municipalities named in the 2021 article
on Katerini (seed 004), and city names in every language of the generated
practices."""

from . import T, city, rich

# The other member municipalities named in the 2021 article, with short profiles:
# slug, Greek name, Greek genitive (for "Δήμος ..."), English name, region (el, en).
OTHER_MEMBERS = [
    (
        "agios-dimitrios",
        "Άγιος Δημήτριος",
        "Αγίου Δημητρίου",
        "Agios Dimitrios",
        "Αττική",
        "Attica",
    ),
    ("heraklion", "Ηράκλειο", "Ηρακλείου", "Heraklion", "Κρήτη", "Crete"),
    ("ioannina", "Ιωάννινα", "Ιωαννιτών", "Ioannina", "Ήπειρος", "Epirus"),
    ("karditsa", "Καρδίτσα", "Καρδίτσας", "Karditsa", "Θεσσαλία", "Thessaly"),
    ("larissa", "Λάρισα", "Λαρισαίων", "Larissa", "Θεσσαλία", "Thessaly"),
    ("livadeia", "Λιβαδειά", "Λεβαδέων", "Livadeia", "Στερεά Ελλάδα", "Central Greece"),
    (
        "nea-filadelfeia-nea-chalkidona",
        "Νέα Φιλαδέλφεια – Νέα Χαλκηδόνα",
        "Νέας Φιλαδέλφειας – Νέας Χαλκηδόνας",
        "Nea Filadelfeia – Nea Chalkidona",
        "Αττική",
        "Attica",
    ),
    ("piraeus", "Πειραιάς", "Πειραιά", "Piraeus", "Αττική", "Attica"),
    ("tilos", "Τήλος", "Τήλου", "Tilos", "Νότιο Αιγαίο", "South Aegean"),
    ("trikala", "Τρίκαλα", "Τρικκαίων", "Trikala", "Θεσσαλία", "Thessaly"),
    ("tripoli", "Τρίπολη", "Τρίπολης", "Tripoli", "Πελοπόννησος", "Peloponnese"),
]


def _member(slug, name_el, genitive_el, name_en, region_el, region_en):
    return city(
        slug,
        {
            "title": T(el=name_el, en=name_en),
            "summary": T(
                el=f"Ο Δήμος {genitive_el} είναι μέλος του δικτύου.",
                en=f"The Municipality of {name_en} is a member of the network.",
            ),
            "country": "GR",
            "region": T(el=region_el, en=region_en),
            "introduction": rich(
                el=[
                    f"Ο Δήμος {genitive_el} συμμετέχει στο δίκτυο και μοιράζεται με τους "
                    "υπόλοιπους δήμους την εμπειρία του από την υποδοχή και την ένταξη "
                    "μεταναστών και προσφύγων. Η σελίδα του θα εμπλουτιστεί με τις πρακτικές "
                    "του."
                ],
                en=[
                    f"The Municipality of {name_en} takes part in the network and shares its "
                    "experience of receiving and including migrants and refugees with the "
                    "other municipalities. Its practices will be added to this page."
                ],
            ),
            "office_name": T(
                el=f"Γραφείο Ένταξης, Δήμος {genitive_el}",
                en=f"Integration Office, Municipality of {name_en}",
            ),
            "office_email": f"integration@{slug}.example.org",
            "office_address": T(
                el=f"Δημαρχείο\n{name_el}, Ελλάδα", en=f"Town Hall\n{name_en}, Greece"
            ),
            "office_website": f"https://{slug}.example.org/",
        },
    )


OTHER_MEMBER_CITIES = [_member(*member) for member in OTHER_MEMBERS]

# City names for the languages the generated practices use (seed-free, common exonyms).
CITY_NAMES = {
    "athens": T(el="Αθήνα", en="Athens", de="Athen", ru="Афины", uk="Афіни", ar="أثينا", fa="آتن"),
    "thessaloniki": T(
        el="Θεσσαλονίκη",
        en="Thessaloniki",
        de="Thessaloniki",
        ru="Салоники",
        uk="Салоніки",
        ar="سالونيك",
        fa="تسالونیکی",
    ),
    "katerini": T(
        el="Κατερίνη",
        en="Katerini",
        de="Katerini",
        ru="Катерини",
        uk="Катеріні",
        ar="كاتريني",
        fa="کاترینی",
    ),
    "halle": T(
        el="Χάλλε", en="Halle", de="Halle (Saale)", ru="Галле", uk="Галле", ar="هاله", fa="هاله"
    ),
    "cologne": T(
        el="Κολωνία", en="Cologne", de="Köln", ru="Кёльн", uk="Кельн", ar="كولونيا", fa="کلن"
    ),
    "heraklion": T(
        el="Ηράκλειο",
        en="Heraklion",
        de="Heraklion",
        ru="Ираклион",
        uk="Іракліон",
        ar="هيراكليون",
        fa="هراکلیون",
    ),
    "larissa": T(
        el="Λάρισα", en="Larissa", de="Larisa", ru="Лариса", uk="Лариса", ar="لاريسا", fa="لاریسا"
    ),
    "ioannina": T(
        el="Ιωάννινα",
        en="Ioannina",
        de="Ioannina",
        ru="Янина",
        uk="Яніна",
        ar="يوانينا",
        fa="یوآنینا",
    ),
    "piraeus": T(
        el="Πειραιάς", en="Piraeus", de="Piräus", ru="Пирей", uk="Пірей", ar="بيرايوس", fa="پیرئوس"
    ),
    "trikala": T(
        el="Τρίκαλα",
        en="Trikala",
        de="Trikala",
        ru="Трикала",
        uk="Трікала",
        ar="تريكالا",
        fa="تریکالا",
    ),
}
