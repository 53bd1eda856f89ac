"""German phrase pool (see __init__)."""

ACTIVITIES = {
    "language-learning": ["Sprachkurse", "Sprachcafés für Lernende"],
    "employment": ["Jobcoaching", "Betriebspraktika"],
    "education": ["Hausaufgabenhilfe", "Unterstützung bei der Schulanmeldung"],
    "housing": ["Wohnberatung", "Programm für Wohngemeinschaften"],
    "health": ["Gesundheitsmediation", "Psychosoziale Gesprächsgruppen"],
    "reception": ["Willkommensschalter", "Programm zur Erstaufnahme"],
    "counselling": ["Rechtsberatung", "Sozialberatung"],
    "participation": ["Sitzungen des Integrationsrats", "Nachbarschaftsforen"],
    "anti-discrimination": ["Antidiskriminierungsstelle", "Trainings gegen Rassismus"],
    "culture-and-sport": ["Fußball für alle", "Interkulturelles Fest"],
    "coordination": ["Runder Tisch Integration", "Koordinierungsnetz der Dienste"],
}

SENTENCES = {
    "language-learning": [
        "Die Sprachkurse finden zweimal pro Woche in kleinen Gruppen auf jedem Niveau statt.",
        "Jeder Kursdurchgang endet mit einer Prüfung, und wer sie besteht, erhält ein Zertifikat.",
        "Ehrenamtliche Lehrkräfte helfen den Lernenden, das Sprechen in Alltagssituationen zu "
        "üben.",
    ],
    "employment": [
        "Jobcoaches helfen den Teilnehmenden, einen Lebenslauf zu schreiben und sich auf "
        "Vorstellungsgespräche vorzubereiten.",
        "Örtliche Arbeitgeber bieten Praktika an, die oft zu einer festen Beschäftigung führen.",
        "Arbeitsuchende werden zur Anerkennung ihrer Abschlüsse und Qualifikationen beraten.",
    ],
    "education": [
        "Schülerinnen und Schüler bekommen nachmittags im Stadtteilzentrum Hilfe bei den "
        "Hausaufgaben.",
        "Mediatorinnen und Mediatoren begleiten Familien bei der Anmeldung ihrer Kinder in "
        "der Schule.",
        "Lehrkräfte werden für den Unterricht in Klassen fortgebildet, in denen viele "
        "Sprachen gesprochen werden.",
    ],
    "housing": [
        "Beraterinnen und Berater helfen Familien, bezahlbaren Wohnraum zu finden und ihren "
        "Mietvertrag zu verstehen.",
        "Das Programm mietet Wohnungen an und vermietet sie an Geflüchtete weiter, bis diese "
        "selbst mieten können.",
        "Vermieter, die an Neuzugewanderte vermieten, erhalten eine Bürgschaft der Stadt.",
    ],
    "health": [
        "Gesundheitsmediatoren begleiten Patientinnen und Patienten zu Terminen und "
        "dolmetschen für sie.",
        "Psychologinnen leiten Gesprächsgruppen für Menschen, die Traumatisches erlebt haben.",
        "Infoveranstaltungen erklären, wie man sich bei einer Ärztin anmeldet und sich impfen "
        "lässt.",
    ],
    "reception": [
        "Neuankommende werden an einem zentralen Schalter empfangen und in ihrer Sprache "
        "informiert.",
        "In den ersten Wochen hilft das Team bei der Anmeldung, beim Bankkonto und beim "
        "Schulplatz.",
        "Bis eine dauerhafte Wohnung gefunden ist, wird eine vorübergehende Unterkunft angeboten.",
    ],
    "counselling": [
        "Beraterinnen und Berater informieren kostenlos über Aufenthaltstitel, Asylverfahren "
        "und Familiennachzug.",
        "Die Beratungsgespräche finden persönlich, telefonisch oder online statt, mit "
        "Dolmetschenden.",
        "Wer spezialisierte Hilfe braucht, wird an Partnerorganisationen verwiesen.",
    ],
    "participation": [
        "Einwohnerinnen und Einwohner mit Migrationsgeschichte wählen ihre Vertretung in den "
        "Integrationsrat.",
        "Der Rat nimmt Stellung zu Beschlüssen der Stadt, die Zugewanderte betreffen.",
        "Nachbarschaftstreffen laden alte und neue Bewohner ein, gemeinsam Aktivitäten zu planen.",
    ],
    "anti-discrimination": [
        "Von Diskriminierung Betroffene können Vorfälle melden und erhalten Unterstützung.",
        "Die Beschäftigten der Stadtverwaltung lernen, Rassismus zu erkennen und ihm vorzubeugen.",
        "Kampagnen in Schulen und im öffentlichen Raum stellen Vorurteile in Frage.",
    ],
    "culture-and-sport": [
        "Sportvereine öffnen ihre Mannschaften für junge Geflüchtete und übernehmen die "
        "Mitgliedsbeiträge.",
        "Ein jährliches Fest bringt die Musik und die Küche der Gemeinschaften der Stadt zusammen.",
        "Museen bieten kostenlose Führungen in mehreren Sprachen an.",
    ],
    "coordination": [
        "Ein runder Tisch bringt jeden Monat städtische Dienste, Vereine und internationale "
        "Organisationen zusammen.",
        "Die Partner teilen Daten über Bedarfe und Angebote, damit Hilfe nicht doppelt "
        "geleistet wird.",
        "Eine Koordinatorin begleitet jeden Fall von der Ankunft bis zum selbstständigen Wohnen.",
    ],
}

FOR_GROUP = {
    "refugees": "für Geflüchtete",
    "asylum-seekers": "für Asylsuchende",
    "migrants": "für Zugewanderte",
    "unaccompanied-minors": "für unbegleitete Minderjährige",
    "women": "für Frauen",
    "youth": "für junge Menschen",
    "children": "für Kinder",
    "eu-citizens": "für EU-Bürgerinnen und -Bürger",
    "families": "für Familien",
}

TITLE_PATTERNS = [
    "{activity} {for_group}",
    "{activity} – {city}",
    "{activity} {for_group} – {city}",
]

INSPIRING = [
    "Die Praxis stellt die Menschen, für die sie da ist, in den Mittelpunkt und passt sich "
    "an, wenn sich ihr Bedarf ändert.",
    "Sie zeigt, wie viel ein kleines Team zusammen mit lokalen Partnern erreichen kann.",
    "Die Teilnehmenden gestalten die Angebote {for_group} selbst mit.",
    "Sie lässt sich leicht übertragen: Andere Städte haben den Ansatz bereits übernommen.",
]

STARTED = [
    "Die Praxis begann {year} als Pilotprojekt der Stadt.",
    "Ehrenamtliche starteten sie {year}, später übernahm sie die Stadt.",
    "Im Jahr {year} beschlossen ein lokaler Verein und die Stadt, ihre Kräfte zu bündeln.",
    "Die Idee entstand {year} bei einer Bürgerbeteiligung.",
]

RESULTS = [
    "Bisher haben {number} Menschen teilgenommen.",
    "Mehr als {number} Teilnehmende haben das Programm abgeschlossen, und die meisten "
    "sagen, es habe ihnen geholfen.",
    "Eine Evaluation ergab, dass {number} Menschen dank der Praxis Arbeit oder eine Wohnung "
    "gefunden haben.",
    "Die Stadt hat beschlossen, die Praxis fortzuführen und auf weitere Stadtteile auszuweiten.",
]

FIGURES = {
    "language-learning": ("Unterrichtsstunden", "Stunden"),
    "employment": ("In Arbeit vermittelte Menschen", "Personen"),
    "education": ("Unterstützte Schülerinnen und Schüler", "Schüler"),
    "housing": ("Untergebrachte Haushalte", "Haushalte"),
    "health": ("Gesundheitsberatungen", "Gespräche"),
    "reception": ("Empfangene Neuankommende", "Personen"),
    "counselling": ("Beratungsgespräche", "Gespräche"),
    "participation": ("Teilnehmende an Treffen", "Personen"),
    "anti-discrimination": ("Gemeldete Vorfälle", "Fälle"),
    "culture-and-sport": ("Teilnehmende", "Personen"),
    "coordination": ("Partnerorganisationen", "Organisationen"),
}

FUNDING = [
    "Asyl-, Migrations- und Integrationsfonds (AMIF)",
    "Europäischer Sozialfonds Plus (ESF+)",
    "Haushalt der Stadt",
    "Regionales Integrationsprogramm",
]
