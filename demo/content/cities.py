"""Member and partner cities (CityPage under /cities/).

Facts from the source documents: Athens' figures and goals (seed 002),
Cologne's intercultural service (seed 003), Halle's service centre (seed
000), Katerini's council decision 177/2021 and the list of member
municipalities (seed 004). Where a source gives no contact details the
office uses an example.org address.
"""

import datetime

from . import PageSpec, T, city, figure, goal, rich
from .cities_members import OTHER_MEMBER_CITIES

CITY_INDEX = PageSpec(
    path="cities",
    model="cities.CityIndexPage",
    in_menu=True,
    fields={
        "title": T(el="Πόλεις", en="Cities"),
        "summary": T(
            el="Οι δήμοι του δικτύου και οι πόλεις-εταίροι με τις οποίες ανταλλάσσουμε εμπειρίες.",
            en="The network's municipalities and the partner cities we exchange experience with.",
        ),
        "introduction": rich(
            el=[
                "Κάθε δήμος-μέλος έχει εδώ τη δική του σελίδα: ποιο γραφείο ασχολείται με την "
                "ένταξη, πώς θα το βρείτε, τι έχει ήδη πετύχει και πού θέλει να φτάσει.",
                "Στον κατάλογο θα βρείτε και δύο γερμανικές πόλεις, τη Χάλλε και την Κολωνία, "
                "των οποίων οι πρακτικές μάς εμπνέουν.",
            ],
            en=[
                "Each member municipality has its own page here: which office handles "
                "integration, how to reach it, what it has already achieved and where it is "
                "heading.",
                "The list also includes two German cities, Halle and Cologne, whose practices "
                "inspire our work.",
            ],
        ),
    },
)


ATHENS = city(
    "athens",
    {
        "title": T(el="Αθήνα", en="Athens"),
        "summary": T(
            el="Ο μεγαλύτερος δήμος της χώρας συντονίζει υπηρεσίες υποδοχής, μαθήματα "
            "γλώσσας και στήριξη στην εργασία μαζί με διεθνείς οργανισμούς.",
            en="The country's largest municipality coordinates reception, language classes "
            "and job support together with international organisations.",
        ),
        "country": "GR",
        "region": T(el="Αττική", en="Attica"),
        "joined_on": datetime.date(2018, 1, 4),
        "introduction": rich(
            el=[
                "Οι υπηρεσίες του Δήμου Αθηναίων για μετανάστες και πρόσφυγες δεν δουλεύουν "
                "μόνες τους: μοιράζονται πληροφορίες και εμπειρία με πολλούς φορείς και "
                "μετατρέπουν αυτή τη γνώση σε κοινές δράσεις που ωφελούν όλους τους κατοίκους.",
                "Ο δήμος λειτουργεί Κέντρο Συντονισμού για θέματα μεταναστών και προσφύγων σε "
                "τριμερή συνεργασία με τον Διεθνή Οργανισμό Μετανάστευσης (IOM) και την Ύπατη "
                "Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR), καθώς και Κέντρο Ένταξης "
                "Μεταναστών.",
            ],
            en=[
                "The City of Athens' services for migrants and refugees do not work alone: "
                "they share information and experience with many organisations and turn that "
                "knowledge into joint activities that benefit every resident.",
                "The city runs a Coordination Centre for migrant and refugee issues in a "
                "three-way partnership with the International Organization for Migration (IOM) "
                "and the UN Refugee Agency (UNHCR), as well as a Migrant Integration Centre.",
            ],
        ),
        "office_name": T(
            el="Κέντρο Ένταξης Μεταναστών Δήμου Αθηναίων",
            en="Migrant Integration Centre, City of Athens",
        ),
        "office_email": "integration@athens.example.org",
        "office_address": T(
            el="Δήμος Αθηναίων\nΑθήνα, Ελλάδα",
            en="City of Athens\nAthens, Greece",
        ),
        "office_website": "https://www.cityofathens.gr/",
        "consultation_hours": T(
            el="Δευτέρα έως Παρασκευή, 09:00–15:00, με ραντεβού. Διερμηνεία κατόπιν αιτήματος.",
            en="Monday to Friday, 09:00–15:00, by appointment. Interpreting on request.",
        ),
        "key_figures": [
            figure(
                T(el="Ώρες μαθημάτων ελληνικών", en="Hours of Greek lessons"),
                4250,
                T(el="ώρες", en="hours"),
                source=T(el="Δήμος Αθηναίων", en="City of Athens"),
            ),
            figure(
                T(el="Ώρες μαθημάτων αγγλικών", en="Hours of English lessons"),
                2975,
                T(el="ώρες", en="hours"),
                source=T(el="Δήμος Αθηναίων", en="City of Athens"),
            ),
            figure(
                T(
                    el="Συμμετέχοντες σε σεμινάρια 40 ωρών για τις εξετάσεις πολιτογράφησης",
                    en="Participants in 40-hour seminars for the citizenship exam",
                ),
                160,
                T(el="+ άτομα", en="+ people"),
            ),
            figure(
                T(el="Άτομα που βρήκαν εργασία με τη στήριξή μας", en="People helped into work"),
                1500,
                T(el="+ άτομα", en="+ people"),
            ),
            figure(
                T(
                    el="Αιτούντες άσυλο που φιλοξενήθηκαν στη δομή του Ελαιώνα",
                    en="Asylum seekers hosted at the Elaionas reception site",
                ),
                4000,
                T(el="+ άτομα", en="+ people"),
            ),
            figure(
                T(
                    el="Χρόνια λειτουργίας της δομής του Ελαιώνα",
                    en="Years the Elaionas site was in operation",
                ),
                7,
                T(el="χρόνια", en="years"),
            ),
        ],
        "goals": [
            goal(
                T(el="Αναβάθμιση του Κέντρου Ένταξης", en="A stronger Integration Centre"),
                T(
                    el="Στενότερη σύνδεση του Κέντρου Ένταξης Μεταναστών με το Job Center του "
                    "δήμου.",
                    en="Closer links between the Migrant Integration Centre and the city's Job "
                    "Center.",
                ),
            ),
            goal(
                T(el="Εθελοντές για την πολιτογράφηση", en="Volunteers for naturalisation"),
                T(
                    el="Ένα δίκτυο εθελοντών που προετοιμάζει μετανάστες για το πιστοποιητικό "
                    "γνώσεων πολιτογράφησης.",
                    en="A network of volunteers who prepare migrants for the naturalisation "
                    "knowledge certificate.",
                ),
            ),
            goal(
                T(el="Δωρεάν περιηγήσεις στην πόλη", en="Free tours of the city"),
                T(
                    el="Διαπολιτισμικοί ξεναγοί με εμπειρία προσφυγιάς ή μετανάστευσης "
                    "ξεναγούν σε αρχαιολογικούς χώρους και χώρους τέχνης.",
                    en="Intercultural guides with a refugee or migrant background lead tours of "
                    "archaeological sites and art venues.",
                ),
            ),
            goal(
                T(el="Δουλειές και εκτός κέντρου", en="Jobs beyond the centre"),
                T(
                    el="Ευκαιρίες απασχόλησης μαζί με δήμους της περιφέρειας, ώστε να "
                    "διευκολύνεται η μετακίνηση από το κέντρο.",
                    en="Employment opportunities with municipalities in the region, to make "
                    "moving out of the city centre easier.",
                ),
            ),
            goal(
                T(el="Δεξιότητες και κοινωνική οικονομία", en="Skills and the social economy"),
                T(
                    el="Προγράμματα για ασυνόδευτους νέους που ενηλικιώνονται και για γυναίκες "
                    "από τρίτες χώρες, με έμφαση στην κοινωνική και αλληλέγγυα οικονομία.",
                    en="Programmes for unaccompanied young people coming of age and for women "
                    "from third countries, with a focus on the social and solidarity "
                    "economy.",
                ),
            ),
            goal(
                T(el="Συμβούλιο Νεολαίας", en="A Youth Council"),
                T(
                    el="Νέοι από όλες τις κοινότητες της πόλης, και από τη δεύτερη γενιά "
                    "μεταναστών, σε ένα κοινό συμβούλιο.",
                    en="Young people from all of the city's communities, including the second "
                    "generation of migrants, in one council.",
                ),
            ),
            goal(
                T(el="Γιορτές γειτονιάς", en="Neighbourhood festivals"),
                T(
                    el="Γιορτές και στις επτά δημοτικές κοινότητες, για να γνωριστούν οι γείτονες.",
                    en="Festivals in all seven municipal districts, so that neighbours get to "
                    "know each other.",
                ),
            ),
            goal(
                T(el="Φωνή στα τοπικά συμβούλια", en="A voice in district councils"),
                T(
                    el="Το συμβούλιο ένταξης μεταναστών και προσφύγων συμμετέχει σε ειδικές "
                    "συνεδριάσεις των κοινοτικών συμβουλίων.",
                    en="The migrant and refugee integration council takes part in special "
                    "sessions of the district councils.",
                ),
            ),
        ],
    },
)

THESSALONIKI = city(
    "thessaloniki",
    {
        "title": T(el="Θεσσαλονίκη", en="Thessaloniki"),
        "summary": T(
            el="Ιδρυτικό μέλος του δικτύου μαζί με την Αθήνα, με το μνημόνιο της 4ης "
            "Ιανουαρίου 2018.",
            en="A founding member of the network with Athens, through the memorandum of "
            "4 January 2018.",
        ),
        "country": "GR",
        "region": T(el="Κεντρική Μακεδονία", en="Central Macedonia"),
        "joined_on": datetime.date(2018, 1, 4),
        "introduction": rich(
            el=[
                "Η Θεσσαλονίκη υπέγραψε με την Αθήνα το μνημόνιο συνεργασίας από το οποίο "
                "ξεκίνησε το δίκτυο. Στην πόλη έχει την έδρα του και το Αριστοτέλειο "
                "Πανεπιστήμιο, που συμμετείχε στο πρόγραμμα στήριξης των Συμβουλίων Ένταξης "
                "Μεταναστών το 2015.",
            ],
            en=[
                "Thessaloniki signed the cooperation memorandum with Athens from which the "
                "network grew. The city is also home to the Aristotle University, a partner in "
                "the 2015 support programme for Migrant Integration Councils.",
            ],
        ),
        "office_name": T(
            el="Γραφείο Ένταξης Μεταναστών και Προσφύγων, Δήμος Θεσσαλονίκης",
            en="Migrant and Refugee Integration Office, Municipality of Thessaloniki",
        ),
        "office_email": "integration@thessaloniki.example.org",
        "office_address": T(
            el="Δημαρχείο Θεσσαλονίκης\nΘεσσαλονίκη, Ελλάδα",
            en="Thessaloniki City Hall\nThessaloniki, Greece",
        ),
        "office_website": "https://thessaloniki.gr/",
        "goals": [
            goal(
                T(el="Ανταλλαγή με τα πανεπιστήμια", en="Exchange with universities"),
                T(
                    el="Αξιοποίηση της έρευνας για τον σχεδιασμό τοπικών δράσεων ένταξης.",
                    en="Using research to plan local integration activities.",
                ),
            ),
        ],
    },
)

KATERINI = city(
    "katerini",
    {
        "title": T(el="Κατερίνη", en="Katerini"),
        "summary": T(
            el="Τακτικό μέλος του δικτύου από το 2021, με απόφαση 177/2021.",
            en="A full member of the network since 2021, by decision 177/2021.",
        ),
        "country": "GR",
        "region": T(el="Κεντρική Μακεδονία", en="Central Macedonia"),
        # The source gives the decision number and year, not the day.
        "joined_on": datetime.date(2021, 6, 1),
        "council_decision": "177/2021",
        "introduction": rich(
            el=[
                "Με την απόφαση 177/2021 ο Δήμος Κατερίνης έγινε τακτικό μέλος του δικτύου "
                "και προστέθηκε στους δεκατρείς δήμους που ήδη συνεργάζονταν για την ένταξη "
                "μεταναστών και προσφύγων.",
            ],
            en=[
                "By decision 177/2021 the Municipality of Katerini became a full member of the "
                "network, joining the thirteen municipalities already working together on the "
                "integration of migrants and refugees.",
            ],
        ),
        "office_name": T(
            el="Γραφείο Ένταξης, Δήμος Κατερίνης", en="Integration Office, Municipality of Katerini"
        ),
        "office_email": "integration@katerini.example.org",
        "office_address": T(
            el="Δημαρχείο Κατερίνης\nΚατερίνη, Ελλάδα", en="Katerini Town Hall\nKaterini, Greece"
        ),
        "office_website": "https://www.katerini.gr/",
        "goals": [
            goal(
                T(el="Μάθηση από τα μέλη", en="Learning from other members"),
                T(
                    el="Αξιοποίηση των καλών πρακτικών των άλλων δήμων του δικτύου.",
                    en="Putting the good practices of the other member municipalities to use.",
                ),
            ),
        ],
    },
)

HALLE = city(
    "halle",
    {
        "title": T(el="Χάλλε", en="Halle"),
        "summary": T(
            el="Πόλη-εταίρος στη Γερμανία με ένα κοινό κέντρο υπηρεσιών για την ένταξη και "
            "τη δημοκρατία.",
            en="A partner city in Germany with one shared service centre for integration and "
            "democracy.",
        ),
        "country": "DE",
        "membership": "partner",
        "region": T(el="Σαξονία-Άνχαλτ", en="Saxony-Anhalt"),
        "introduction": rich(
            el=[
                "Η Χάλλε (Ζάαλε) αναδιοργάνωσε τις υπηρεσίες της ώστε όλες οι δράσεις για "
                "την ένταξη και τη συμμετοχή να συντονίζονται από ένα σημείο. Ο συντονισμός "
                "ανήκει στον εντεταλμένο της πόλης για τη μετανάστευση και την ένταξη.",
            ],
            en=[
                "Halle (Saale) reorganised its services so that all work on integration and "
                "participation is coordinated from one place, under the city's commissioner "
                "for migration and integration.",
            ],
        ),
        "office_name": T(
            el="Κέντρο Υπηρεσιών για την Ένταξη και τη Δημοκρατία",
            en="Service Centre for Integration and Democracy",
        ),
        "office_email": "dlz-integration-demokratie@halle.de",
        "office_phone": "+49 345 2214006",
        "office_address": T(
            el="Stadt Halle (Saale)\nΧάλλε, Γερμανία", en="Stadt Halle (Saale)\nHalle, Germany"
        ),
        "office_website": "https://www.halle.de/",
        "goals": [
            goal(
                T(el="Κοινωνική συνοχή", en="Social cohesion"),
                T(
                    el="Ίση πρόσβαση όλων στη δημόσια ζωή, ανεξάρτητα από την καταγωγή.",
                    en="Equal access to public life for everyone, whatever their origin.",
                ),
            ),
            goal(
                T(el="Ανθεκτική αλληλεγγύη", en="Solidarity that lasts"),
                T(
                    el="Μια κοινωνία των πολιτών αρκετά ισχυρή ώστε να προστατεύει τα "
                    "δικαιώματα των μεταναστών όποια κι αν είναι η πολιτική συγκυρία.",
                    en="A civil society strong enough to defend migrants' rights whatever the "
                    "political climate.",
                ),
            ),
        ],
    },
)

COLOGNE = city(
    "cologne",
    {
        "title": T(el="Κολωνία", en="Cologne"),
        "summary": T(
            el="Πόλη-εταίρος στη Γερμανία, όπου διαπολιτισμικές υπηρεσίες σε κάθε διαμέρισμα "
            "δίνουν συμβουλές και συνδέουν τους τοπικούς φορείς.",
            en="A partner city in Germany where intercultural services in every district give "
            "advice and connect local organisations.",
        ),
        "country": "DE",
        "membership": "partner",
        "region": T(el="Βόρεια Ρηνανία-Βεστφαλία", en="North Rhine-Westphalia"),
        "introduction": rich(
            el=[
                "Η Διαπολιτισμική Υπηρεσία (IKD) της Κολωνίας απευθύνεται σε ανθρώπους με "
                "ιστορία μετανάστευσης στην οικογένειά τους, σε πρόσφυγες και σε πολίτες της "
                "ΕΕ, και ιδιαίτερα σε οικογένειες, με στόχο την ισότιμη συμμετοχή τους χωρίς "
                "διακρίσεις.",
            ],
            en=[
                "Cologne's Intercultural Service (IKD) is there for people whose families have "
                "a history of migration, for refugees and for EU citizens, and especially for "
                "families, so that they can take part on equal terms and without "
                "discrimination.",
            ],
        ),
        "office_name": T(
            el="Διαπολιτισμική Υπηρεσία (IKD), Πόλη της Κολωνίας",
            en="Intercultural Service (IKD), City of Cologne",
        ),
        "office_email": "ikd@cologne.example.org",
        "office_address": T(el="Stadt Köln\nΚολωνία, Γερμανία", en="Stadt Köln\nCologne, Germany"),
        "office_website": "https://www.stadt-koeln.de/",
        "consultation_hours": T(
            el="Συμβουλευτικές ώρες στα γραφεία κάθε διαμερίσματος:\n"
            "Δευτέρα 09:00–12:00 και Πέμπτη 14:00–17:00, χωρίς ραντεβού.\n"
            "Τις υπόλοιπες ημέρες με ραντεβού, δια ζώσης, τηλεφωνικά ή διαδικτυακά.",
            en="Consultation hours in each district office:\n"
            "Monday 09:00–12:00 and Thursday 14:00–17:00, no appointment needed.\n"
            "Other days by appointment, in person, by phone or online.",
        ),
        "goals": [
            goal(
                T(el="Λιγότερες διακρίσεις", en="Less discrimination"),
                T(
                    el="Ενημέρωση και συμβουλές προς κοινωνικούς φορείς και υπηρεσίες ώστε να "
                    "περιοριστεί ο ρατσισμός και κάθε μορφή διάκρισης.",
                    en="Information and advice for social organisations and public services to "
                    "reduce racism and every other form of discrimination.",
                ),
            ),
            goal(
                T(el="Συμμετοχή σε κάθε τομέα της ζωής", en="Taking part in every area of life"),
                T(
                    el="Οι ομάδες-στόχοι να έχουν λόγο σε όλους τους τομείς της κοινωνίας.",
                    en="The people we serve have a say in every area of society.",
                ),
            ),
        ],
    },
)

CITIES = [ATHENS, THESSALONIKI, KATERINI, HALLE, COLOGNE, *OTHER_MEMBER_CITIES]

# Greek municipalities of the network (the declaration's signatories).
MEMBER_SLUGS = ["athens", "thessaloniki", "katerini"] + [
    member.slug for member in OTHER_MEMBER_CITIES
]
