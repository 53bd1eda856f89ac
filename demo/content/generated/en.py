"""English phrase pool (see __init__)."""

ACTIVITIES = {
    "language-learning": ["Language courses", "Conversation cafés for learners"],
    "employment": ["Job coaching", "Work placements"],
    "education": ["Homework support", "Help with school enrolment"],
    "housing": ["Housing advice", "Shared flats programme"],
    "health": ["Health mediation", "Psychosocial support groups"],
    "reception": ["Welcome desk", "First reception programme"],
    "counselling": ["Legal counselling", "Social counselling"],
    "participation": ["Migrant integration council meetings", "Neighbourhood forums"],
    "anti-discrimination": ["Anti-discrimination office", "Training against racism"],
    "culture-and-sport": ["Football for all", "Intercultural festival"],
    "coordination": ["Integration round table", "Coordination network of services"],
}

SENTENCES = {
    "language-learning": [
        "Language courses run twice a week in small groups at every level.",
        "Each course cycle ends with an exam, and learners who pass receive a certificate.",
        "Volunteer teachers help learners practise speaking in everyday situations.",
    ],
    "employment": [
        "Job coaches help participants write a CV and prepare for interviews.",
        "Local employers offer work placements that often lead to permanent employment.",
        "Jobseekers get advice on having their diplomas and qualifications recognised.",
    ],
    "education": [
        "Pupils get help with their homework in the afternoons at the community centre.",
        "Mediators support families when they enrol their children in school.",
        "Teachers are trained in teaching classes where many languages are spoken.",
    ],
    "housing": [
        "Advisers help families find affordable housing and understand their tenancy.",
        "The programme rents flats and sublets them to refugees until they can rent on their own.",
        "Landlords who rent to newcomers receive a guarantee from the municipality.",
    ],
    "health": [
        "Health mediators accompany patients to appointments and interpret for them.",
        "Psychologists run support groups for people who have lived through trauma.",
        "Information sessions explain how to register with a doctor and get vaccinated.",
    ],
    "reception": [
        "Newcomers are welcomed at a single desk where they are informed in their own language.",
        "In the first weeks, staff help with registration, a bank account and a school place.",
        "Temporary accommodation is offered while permanent housing is found.",
    ],
    "counselling": [
        "Counsellors give free advice on residence permits, asylum procedures and family "
        "reunification.",
        "Counselling sessions take place in person, by phone or online, with interpreters.",
        "People who need specialist help are referred to partner organisations.",
    ],
    "participation": [
        "Residents with a migrant background elect representatives to the migrant "
        "integration council.",
        "The council gives its opinion on municipal decisions that concern migrants.",
        "Neighbourhood meetings invite old and new residents to plan activities together.",
    ],
    "anti-discrimination": [
        "Victims of discrimination can report incidents and receive support.",
        "Municipal staff are trained to recognise and prevent racism.",
        "Campaigns in schools and public spaces challenge prejudice.",
    ],
    "culture-and-sport": [
        "Sports clubs open their teams to young refugees and cover the membership fees.",
        "A yearly festival brings together the music and food of the city's communities.",
        "Museums offer free guided tours in several languages.",
    ],
    "coordination": [
        "A round table brings together municipal services, NGOs and international "
        "organisations every month.",
        "Partners share data on needs and services so that help is not duplicated.",
        "A coordinator follows each case from arrival to independent living.",
    ],
}

FOR_GROUP = {
    "refugees": "for refugees",
    "asylum-seekers": "for asylum seekers",
    "migrants": "for migrants",
    "unaccompanied-minors": "for unaccompanied minors",
    "women": "for women",
    "youth": "for young people",
    "children": "for children",
    "eu-citizens": "for EU citizens",
    "families": "for families",
}

TITLE_PATTERNS = [
    "{activity} {for_group}",
    "{activity} – {city}",
    "{activity} {for_group} – {city}",
]

INSPIRING = [
    "The practice puts the people it serves at the centre and adapts as their needs change.",
    "It shows how much a small team can achieve by working with local partners.",
    "Participants themselves help to design the activities {for_group}.",
    "It is easy to copy: other cities have already adopted the approach.",
]

STARTED = [
    "The practice started in {year} as a pilot project of the municipality.",
    "A group of volunteers launched it in {year}, and the city later took it over.",
    "In {year}, a local NGO and the municipality decided to join forces.",
    "The idea came from a consultation with residents in {year}.",
]

RESULTS = [
    "So far, {number} people have taken part.",
    "More than {number} participants have completed the programme, and most say it helped them.",
    "An evaluation found that {number} people found work or housing thanks to the practice.",
    "The municipality has decided to continue the practice and extend it to more neighbourhoods.",
]

FIGURES = {
    "language-learning": ("Hours of lessons", "hours"),
    "employment": ("People who found work", "people"),
    "education": ("Pupils supported", "pupils"),
    "housing": ("Households housed", "households"),
    "health": ("Health consultations", "sessions"),
    "reception": ("Newcomers welcomed", "people"),
    "counselling": ("Counselling sessions", "sessions"),
    "participation": ("Participants in meetings", "people"),
    "anti-discrimination": ("Incidents reported", "cases"),
    "culture-and-sport": ("Participants", "people"),
    "coordination": ("Partner organisations", "organisations"),
}

FUNDING = [
    "Asylum, Migration and Integration Fund (AMIF)",
    "European Social Fund Plus (ESF+)",
    "Municipal budget",
    "Regional integration programme",
]
