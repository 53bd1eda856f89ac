"""Text analysis shared by the search engines (search/text.py)."""

import pytest

from search.text import excerpt, highlight, normalize, query_terms, stem, stems


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Μαθήματα ΕΛΛΗΝΙΚΏΝ", "μαθηματα ελληνικων"),
        ("Ένταξη", "ενταξη"),
        ("Häuser Straße", "hauser strasse"),
        ("Élève CAFÉ", "eleve cafe"),
        ("Ёлка", "елка"),
        ("Київ", "киів"),  # ї loses its marks, й keeps its own
        ("новый", "новый"),
        ("مَدْرَسَةٌ", "مدرسة"),  # harakat
        ("كـــتاب", "كتاب"),  # tatweel
        ("کتاب یک", "كتاب يك"),  # Persian kaf and yeh unified with the Arabic letters
        ("می‌خواهم", "مي خواهم"),  # ZWNJ
        ("۱۲۳ ٤٥", "123 45"),
        ("a\x00b", "a b"),
    ],
)
def test_normalize(raw, normal):
    assert normalize(raw) == normal


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("el", "μαθημα", "Μαθήματα"),
        ("el", "ενταξη", "Ένταξης"),
        ("en", "lesson", "lessons"),
        ("de", "Wohnung", "Wohnungen"),
        ("de", "Hauser", "Häuser"),
        ("ru", "курс", "Курсы"),
        ("ar", "الخدمة", "الخدمات"),
    ],
)
def test_inflected_forms_share_a_stem(language, one, other):
    assert stems(one, language) == stems(other, language)


def test_languages_without_a_stemmer_keep_words():
    assert stem("демократії", "uk") == "демократії"
    assert stem("کلاس", "fa") == "کلاس"


def test_query_terms_are_distinct_and_bounded():
    assert query_terms("Lesson lesson LESSONS") == ["lesson", "lessons"]
    assert len(query_terms(" ".join(f"w{i}" for i in range(50)))) == 12
    assert query_terms("<>&;'\"") == []


def test_highlight_marks_stemmed_matches_and_escapes():
    snippet = highlight("Greek <b>lessons</b> & a lesson", ["lesson"], "en")
    assert snippet == "Greek &lt;b&gt;<mark>lessons</mark>&lt;/b&gt; &amp; a <mark>lesson</mark>"
    assert highlight("Μαθήματα ελληνικών", ["μαθημα"], "el") == "<mark>Μαθήματα</mark> ελληνικών"
    assert highlight("nothing here", ["lesson"], "en") == ""


def test_highlight_cuts_a_snippet_around_the_match():
    text = "word " * 200 + "target " + "word " * 200
    snippet = highlight(text, ["target"], "en", max_chars=100)
    assert "<mark>target</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 140


def test_excerpt_escapes_and_cuts():
    assert excerpt("<i>a</i> " + "b " * 300, max_chars=20).endswith("…")
    assert "&lt;i&gt;" in excerpt("<i>a</i>")


def test_stemming_in_many_threads_at_once_gives_the_serial_stems():
    # A Snowball stemmer holds the word it works on: gunicorn's threads once
    # shared one and a search failed with IndexError under load.
    import threading

    words = [
        f"{base}{suffix}"
        for base in ("integration", "nationalisation", "housing")
        for suffix in ("", "s", "al", "ally", "ness")
    ] * 40
    expected = [stem.__wrapped__(word, "en") for word in words]
    results, errors = {}, []

    def worker(number):
        try:
            results[number] = [stem.__wrapped__(word, "en") for word in words]
        except Exception as error:  # the race shows as IndexError or a wrong stem
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(result == expected for result in results.values())
