"""Names of the themes and target groups (slugs from taxonomy.models)."""

from . import T

THEMES = {
    "language-learning": T(el="Εκμάθηση γλώσσας", en="Language learning"),
    "employment": T(el="Απασχόληση", en="Employment"),
    "education": T(el="Εκπαίδευση", en="Education"),
    "housing": T(el="Στέγαση", en="Housing"),
    "health": T(el="Υγεία", en="Health"),
    "reception": T(el="Υποδοχή", en="Reception"),
    "counselling": T(el="Συμβουλευτική", en="Counselling"),
    "participation": T(el="Συμμετοχή", en="Participation"),
    "anti-discrimination": T(el="Καταπολέμηση διακρίσεων", en="Anti-discrimination"),
    "culture-and-sport": T(el="Πολιτισμός και αθλητισμός", en="Culture and sport"),
    "coordination": T(el="Συντονισμός", en="Coordination"),
}

TARGET_GROUPS = {
    "refugees": T(el="Πρόσφυγες", en="Refugees"),
    "asylum-seekers": T(el="Αιτούντες άσυλο", en="Asylum seekers"),
    "migrants": T(el="Μετανάστες", en="Migrants"),
    "unaccompanied-minors": T(el="Ασυνόδευτοι ανήλικοι", en="Unaccompanied minors"),
    "women": T(el="Γυναίκες", en="Women"),
    "youth": T(el="Νέοι", en="Young people"),
    "children": T(el="Παιδιά", en="Children"),
    "eu-citizens": T(el="Πολίτες της ΕΕ", en="EU citizens"),
    "families": T(el="Οικογένειες", en="Families"),
}
