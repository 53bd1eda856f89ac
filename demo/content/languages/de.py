"""German texts of the demo pages that exist in every language (see __init__)."""

HOME = {
    "title": "Städtenetzwerk für Integration",
    "summary": "Kommunen, die teilen, was bei der Aufnahme und Integration von Zugewanderten "
    "und Geflüchteten funktioniert.",
    "introduction": [
        "Kommunen aus ganz Griechenland arbeiten zusammen, um Zugewanderte und Geflüchtete "
        "aufzunehmen und ihnen ein Ankommen in der Gesellschaft zu ermöglichen. Hier finden Sie "
        "die Städte des Netzwerks, die Grundsätze, die uns verbinden, und eine Bibliothek mit "
        "Praxisbeispielen, die sich vor Ort bewährt haben."
    ],
}

CITY_INDEX = {
    "title": "Städte",
    "summary": "Die Kommunen des Netzwerks und die Partnerstädte, mit denen wir uns austauschen.",
    "introduction": [
        "Jede Mitgliedskommune hat hier ihre eigene Seite: welches Amt für Integration "
        "zuständig ist, wie Sie es erreichen, was die Stadt schon erreicht hat und wohin sie "
        "will.",
        "Dazu gehören auch zwei deutsche Städte, Halle (Saale) und Köln, deren Praxis unsere "
        "Arbeit inspiriert.",
    ],
}

PRACTICE_INDEX = {
    "title": "Praxisbeispiele",
    "summary": "Die Bibliothek guter Praxis: was Städte für Integration tun, wie – und mit "
    "welchem Ergebnis.",
    "introduction": [
        "Jedes Praxisbeispiel ist gleich aufgebaut: was daran inspiriert, wie es funktioniert, "
        "wie es begann und was es erreicht hat. Filtern Sie nach Thema, Zielgruppe, Stadt oder "
        "Stand."
    ],
}

NEWS_INDEX = {
    "title": "Aktuelles",
    "summary": "Neuigkeiten aus dem Netzwerk und seinen Städten.",
    "introduction": ["Was im Netzwerk und in den Mitgliedsstädten geschieht, das Neueste zuerst."],
}

ATHENS = {
    "title": "Athen",
    "summary": "Die größte Kommune des Landes koordiniert Aufnahme, Sprachkurse und "
    "Unterstützung bei der Arbeitssuche gemeinsam mit internationalen Organisationen.",
    "region": "Attika",
    "introduction": [
        "Die Dienste der Stadt Athen für Zugewanderte und Geflüchtete arbeiten nicht für sich "
        "allein: Sie teilen Informationen und Erfahrungen mit vielen Organisationen und machen "
        "daraus gemeinsame Angebote, von denen alle Einwohnerinnen und Einwohner profitieren.",
        "Die Stadt betreibt ein Koordinierungszentrum für Fragen von Migration und Flucht – in "
        "einer Dreierpartnerschaft mit der Internationalen Organisation für Migration (IOM) und "
        "dem UN-Flüchtlingshilfswerk (UNHCR) – sowie ein Integrationszentrum für Migrantinnen "
        "und Migranten.",
    ],
    "office_name": "Integrationszentrum für Migrantinnen und Migranten der Stadt Athen",
    "office_address": "Stadt Athen\nAthen, Griechenland",
    "consultation_hours": "Montag bis Freitag, 09:00–15:00 Uhr, nach Terminvereinbarung. "
    "Dolmetschen auf Anfrage.",
    "key_figures": [
        ("Unterrichtsstunden Griechisch", "Stunden", "Stadt Athen"),
        ("Unterrichtsstunden Englisch", "Stunden", "Stadt Athen"),
        ("Teilnehmende an 40-stündigen Seminaren zur Einbürgerungsprüfung", "+ Personen"),
        ("Menschen, die mit unserer Unterstützung Arbeit gefunden haben", "+ Personen"),
        ("Asylsuchende, die in der Aufnahmeeinrichtung Elaionas lebten", "+ Personen"),
        ("Jahre, in denen die Einrichtung Elaionas in Betrieb war", "Jahre"),
    ],
    "goals": [
        (
            "Ein stärkeres Integrationszentrum",
            "Eine engere Verbindung zwischen dem Integrationszentrum und dem Jobcenter der Stadt.",
        ),
        (
            "Ehrenamtliche für die Einbürgerung",
            "Ein Netz von Ehrenamtlichen, die Zugewanderte auf die Wissensprüfung zur "
            "Einbürgerung vorbereiten.",
        ),
        (
            "Kostenlose Stadtführungen",
            "Interkulturelle Guides mit eigener Flucht- oder Migrationsgeschichte führen durch "
            "archäologische Stätten und Kunstorte.",
        ),
        (
            "Arbeit auch außerhalb des Zentrums",
            "Stellen gemeinsam mit Kommunen der Region, damit der Umzug aus der Innenstadt "
            "leichter fällt.",
        ),
        (
            "Kompetenzen und Sozialwirtschaft",
            "Programme für unbegleitete junge Menschen, die volljährig werden, und für Frauen aus "
            "Drittstaaten, mit Schwerpunkt auf der Sozial- und Solidarwirtschaft.",
        ),
        (
            "Ein Jugendrat",
            "Junge Menschen aus allen Gemeinschaften der Stadt, auch aus der zweiten "
            "Einwanderergeneration, in einem gemeinsamen Rat.",
        ),
        (
            "Nachbarschaftsfeste",
            "Feste in allen sieben Stadtbezirken, damit sich die Nachbarschaft kennenlernt.",
        ),
        (
            "Eine Stimme in den Bezirksräten",
            "Der Integrationsrat für Migrantinnen, Migranten und Geflüchtete nimmt an "
            "Sondersitzungen der Bezirksräte teil.",
        ),
    ],
}

LANGUAGE_LESSONS = {
    "title": "Griechisch- und Englischkurse",
    "summary": "4.250 Stunden Griechisch, 2.975 Stunden Englisch und 40-stündige Seminare zur "
    "Vorbereitung auf die Einbürgerungsprüfung.",
    "inspiring": [
        "Sprache öffnet jede weitere Tür. Die Kurse gehen Hand in Hand mit der Vorbereitung auf "
        "das Wissenszertifikat für die Einbürgerung, bei der Ehrenamtliche die Prüflinge "
        "begleiten."
    ],
    "how_it_works": [
        "Sprachlehrkräfte des Integrationszentrums unterrichten Griechisch, Englischlehrkräfte "
        "unterrichten Englisch – jeweils in Gruppen nach Niveau. Ein Seminarzyklus zur "
        "Einbürgerung umfasst 40 Stunden."
    ],
    "how_it_started": [
        "Die Kurse entstanden im Integrationsbereich des Integrationszentrums für "
        "Migrantinnen und Migranten, als Grundlage für den Zugang zu Arbeit und "
        "Staatsbürgerschaft."
    ],
    "results": [
        "Bisher gab es 4.250 Stunden Griechisch- und 2.975 Stunden Englischunterricht. Mehr als "
        "160 Menschen haben die Einbürgerungsseminare besucht."
    ],
    "funding_programme": "Stadt Athen",
    "partners": [("Ehrenamtliche Lernbegleiterinnen und Lernbegleiter", "Einbürgerungsseminare")],
    "figures": [
        ("Stunden Griechisch", "Stunden", "Stadt Athen"),
        ("Stunden Englisch", "Stunden", "Stadt Athen"),
        ("Teilnehmende der Einbürgerungsseminare", "+ Personen", "Stadt Athen"),
        ("Dauer eines Seminarzyklus", "Stunden"),
    ],
}

HALLE_SERVICE_CENTRE = {
    "title": "Dienstleistungszentrum Integration und Demokratie",
    "summary": "Halle hat städtische Ämter, Migrantenorganisationen und Vereine, die sich für "
    "Integration einsetzen, unter einem Dach zusammengebracht.",
    "inspiring": [
        "Es ist eine institutionelle Neuordnung mit drei Zielen: die Stadtgesellschaft "
        "zusammenzuhalten, Diskriminierung abzubauen und allen Menschen den gleichen Zugang zum "
        "öffentlichen Leben zu sichern.",
        "Die Stadt sieht Zugewanderte und Geflüchtete als Gewinn für das Gemeinwesen – ganz "
        "gleich, woher sie kommen und wie lange sie bleiben wollen.",
    ],
    "how_it_works": [
        "Das Zentrum ist ein gemeinsamer Rahmen für die Zivilgesellschaft, etwa "
        "Migrantenorganisationen und Vereine, für die Stadtverwaltung und für weitere lokale "
        "Behörden.",
        "<ul><li>Es vernetzt die Stellen, die Beratung, Sprachkurse und Schutz für Menschen "
        "anbieten, die Diskriminierung oder Fremdenfeindlichkeit erleben.</li>"
        "<li>Es unterstützt Migrantenorganisationen aktiv und hilft ihnen, Projekte zu "
        "entwickeln.</li>"
        "<li>Die Arbeit koordiniert die oder der Beauftragte der Stadt für Migration und "
        "Integration.</li></ul>",
    ],
    "how_it_started": [
        "Die Neuordnung ist Teil eines städtischen Plans, alles zu bündeln und abzustimmen, was "
        "für die Integration von Zugewanderten und Geflüchteten und für ihre Teilhabe am "
        "sozialen und kulturellen Leben der Stadt geschieht."
    ],
    "results": [
        "Die Zivilgesellschaft in Halle spielt heute eine zentrale Rolle beim Schutz der Rechte "
        "von Zugewanderten – auch wenn sich das politische Klima nach rechts außen verschiebt. "
        "Weil die Zusammenarbeit in Institutionen verankert ist und Bürgerinitiativen "
        "Unterstützung erhalten, trägt die Solidarität mit Geflüchteten auch über "
        "Regierungswechsel hinweg."
    ],
    "funding_programme": "Städtischer Haushalt",
    "partners": [
        ("Beauftragte der Stadt für Migration und Integration", "Koordination"),
        ("Migrantenorganisationen und Vereine in Halle", "Mitglieder des Zentrums"),
    ],
}

THEMES = {
    "language-learning": "Spracherwerb",
    "employment": "Arbeit und Beschäftigung",
    "education": "Bildung",
    "housing": "Wohnen",
    "health": "Gesundheit",
    "reception": "Aufnahme",
    "counselling": "Beratung",
    "participation": "Teilhabe",
    "anti-discrimination": "Antidiskriminierung",
    "culture-and-sport": "Kultur und Sport",
    "coordination": "Koordination",
}

TARGET_GROUPS = {
    "refugees": "Geflüchtete",
    "asylum-seekers": "Asylsuchende",
    "migrants": "Zugewanderte",
    "unaccompanied-minors": "Unbegleitete Minderjährige",
    "women": "Frauen",
    "youth": "Junge Menschen",
    "children": "Kinder",
    "eu-citizens": "EU-Bürgerinnen und -Bürger",
    "families": "Familien",
}
