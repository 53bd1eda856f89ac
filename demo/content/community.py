"""The members' area: discussions per theme and one space for Athens' people,
with a question about the participation guide and an answer to it."""

from . import PageRef, PageSpec, T

COMMUNITY_INDEX = PageSpec(
    path="members",
    model="community.CommunityIndexPage",
    fields={
        "title": T(el="Χώρος μελών", en="Members' area"),
        "summary": T(
            el="Συζητήσεις των πόλεων-μελών, μόνο για τα μέλη.",
            en="Discussions among member cities, for members only.",
        ),
        "introduction": T(
            el="<p>Ρωτήστε τις άλλες πόλεις, μοιραστείτε ό,τι δούλεψε. Ένας συντονιστής "
            "διαβάζει κάθε μήνυμα πριν το δουν τα άλλα μέλη.</p>",
            en="<p>Ask the other cities, share what worked. A moderator reads every "
            "message before the other members see it.</p>",
        ),
    },
)

# path -> theme slug (set by demo/community.py: the builder sets pages, not terms, by FK)
DISCUSSION_THEMES = {
    "members/participation": "participation",
    "members/education": "education",
}

DISCUSSIONS = [
    PageSpec(
        path="members/participation",
        model="community.DiscussionPage",
        fields={
            "title": T(el="Συζήτηση: συμμετοχή", en="Discussion: participation"),
            "summary": T(
                el="Συμβούλια ένταξης, διαβούλευση, φωνή των κατοίκων.",
                en="Integration councils, consultation, residents' voice.",
            ),
        },
    ),
    PageSpec(
        path="members/education",
        model="community.DiscussionPage",
        fields={
            "title": T(el="Συζήτηση: εκπαίδευση και γλώσσα", en="Discussion: education"),
            "summary": T(
                el="Μαθήματα γλώσσας, σχολείο, εκπαίδευση ενηλίκων.",
                en="Language classes, school, adult education.",
            ),
        },
    ),
    PageSpec(
        path="members/athens-team",
        model="community.DiscussionPage",
        fields={
            "title": T(el="Χώρος της ομάδας της Αθήνας", en="Athens team space"),
            "summary": T(
                el="Μόνο για τους ανθρώπους του Δήμου Αθηναίων.",
                en="Only for the people of the City of Athens.",
            ),
            "city": PageRef("cities/athens"),
        },
    ),
]

QUESTION = {
    "discussion": "members/participation",
    "author": "athens-editor",
    "language": "en",
    "title": "Using the 2015 participation guide with a new council",
    "body": "Our council was elected last month. Has any city used the guide's advice on "
    "open meetings, and how often do you meet?",
    "answer_author": "cologne-editor",
    "answer": "We meet every two months in a district hall and post the decisions in five "
    "languages, as the guide suggests. Happy to share our invitation template.",
}
