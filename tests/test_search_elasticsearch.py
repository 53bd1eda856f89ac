"""The Elasticsearch engine on the real server (skipped without ELASTICSEARCH_URL;
CI sets it): analysers per language, searches of the demo content, facets
equal to the database engine's, export paging, autocomplete, index upkeep,
rebuild by alias switch, and the fallback to the database."""

import dataclasses
import logging
import re

import pytest
from django.conf import settings
from django.test import override_settings

from search import indexing
from search.engines import FALLBACK_ENGINE_NAME, database_engine, get_engine, run_search
from search.engines import elasticsearch as es_module
from search.engines import suggest as engine_suggest
from search.engines.base import FACETS, EngineError, Query
from search.engines.elasticsearch import ElasticsearchEngine
from search.models import SearchDocument

pytestmark = [
    pytest.mark.skipif(
        not getattr(settings, "ELASTICSEARCH_URL", None), reason="needs ELASTICSEARCH_URL"
    ),
    pytest.mark.django_db,
]


@pytest.fixture(scope="module")
def engine(django_db_setup, django_db_blocker):
    """The site's engine, with an index of every SearchDocument."""
    with django_db_blocker.unblock():
        if not SearchDocument.objects.exists():
            indexing.rebuild()
        engine = get_engine()
        assert isinstance(engine, ElasticsearchEngine)
        engine.rebuild()
    return engine


def q(text="", reader="en", languages=("en",), limit=20, **options):
    return Query(text=text, reader_language=reader, languages=languages, limit=limit, **options)


def page_id(title, language):
    return SearchDocument.objects.get(title=title, language=language).page_id


def tokens(engine, language, text):
    analyzer = es_module.analysis.analyzer_name(language)
    response = engine.client.indices.analyze(index=engine.alias, analyzer=analyzer, text=text)
    return [token["token"] for token in response["tokens"]]


# --- analysis ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "query", "indexed"),
    [
        # Greek: no tonos and capitals find the accented word; inflections share a stem.
        ("el", "μαθηματα", "Μαθήματα"),
        ("el", "ΠΡΟΣΦΥΓΕΣ", "προσφύγων"),
        ("el", "ελληνικα", "ελληνικών"),
        ("en", "refugee", "Refugees"),
        ("en", "city", "city's"),
        ("en", "cafe", "Café"),
        # German: umlauts and ß fold, plural forms share a stem.
        ("de", "fluchtlinge", "Flüchtlinge"),
        ("de", "Fluechtling", "Flüchtlinge"),
        ("de", "strasse", "Straße"),
        ("de", "Wohnung", "Wohnungen"),
        ("ru", "беженцы", "беженцев"),
        ("ru", "жилье", "Жильё"),
        ("ar", "اللاجئون", "اللاجئين"),
        ("ar", "يوناني", "اليونانية"),
        ("ar", "اللاجئين", "اللَّاجِئِينَ"),  # harakat
        ("fa", "کتاب", "كتاب"),  # Persian and Arabic kaf
        ("fa", "1402", "۱۴۰۲"),  # Persian digits
        ("uk", "біженці", "БІЖЕНЦІ"),
    ],
)
def test_language_analysers_fold_case_accents_and_inflections(engine, language, query, indexed):
    assert tokens(engine, language, query) == tokens(engine, language, indexed)
    assert tokens(engine, language, query)


def test_analysers_drop_stop_words_and_split_farsi_words_at_zwnj(engine):
    greek = tokens(engine, "el", "Μαθήματα για και από της πρόσφυγες")
    assert greek == tokens(engine, "el", "μαθηματα προσφυγες") == ["μαθημα", "προσφυγ"]
    assert tokens(engine, "en", "the housing of refugees") == ["hous", "refuge"]
    assert tokens(engine, "fa", "کلاس\u200cهای") == ["كلاس", "هاي"]  # kaf and yeh unified


def test_autocomplete_indexes_word_prefixes_of_every_script(engine):
    response = engine.client.indices.analyze(
        index=engine.alias, analyzer="citynet_suggest", text="Αθήνα Flüchtling"
    )
    grams = {token["token"] for token in response["tokens"]}
    assert {"α", "αθ", "αθην", "αθηνα", "f", "flu", "fluchtling"} <= grams


# --- searching the demo content --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("el", "μαθηματα ελληνικων", "Μαθήματα ελληνικών και αγγλικών"),
        ("en", "greek lesson", "Greek and English lessons"),
        ("de", "einburgerungsprufung", "Griechisch- und Englischkurse"),  # umlauts
        ("ru", "курс греческий", "Курсы греческого и английского языков"),  # inflection
        ("ar", "يوناني", "دروس اللغتين اليونانية والإنجليزية"),  # stem
        ("fa", "انگلسی", "کلاس\u200cهای زبان یونانی و انگلیسی"),  # typo
        ("uk", "англійскої мов", "Курси грецької та англійської мов"),  # typo
    ],
)
def test_search_finds_the_practice_in_each_language(engine, language, text, title):
    result = engine.search(q(text, reader=language, languages=(language,)))
    assert result.engine == "elasticsearch"
    assert result.hits and result.hits[0].page_id == page_id(title, language)
    assert result.total == len(result.hits) or len(result.hits) == 20


def test_highlights_are_escaped_html_with_marks(engine):
    result = engine.search(q("μαθηματα", reader="el", languages=("el",)))
    first = result.hits[0]
    assert first.highlights["title"] == "<mark>Μαθήματα</mark> ελληνικών και αγγλικών"
    for hit in result.hits:
        assert hit.highlights, hit.page_id
        for snippet in hit.highlights.values():
            assert "<mark>" in snippet
            assert "<" not in re.sub(r"</?mark>", "", snippet)  # everything else escaped


@pytest.mark.parametrize("languages", [("uk",), None])
def test_typo_matches_are_highlighted_as_written(engine, languages):
    # Typo tolerance marks the indexed word the typo expanded to.
    result = engine.search(q("англійскої", reader="uk", languages=languages))
    title = "Курси грецької та англійської мов"
    hit = next(hit for hit in result.hits if hit.page_id == page_id(title, "uk"))
    assert hit.highlights["title"] == "Курси грецької та <mark>англійської</mark> мов"


def test_all_languages_shows_one_document_per_page(engine):
    result = engine.search(q("", reader="de", languages=None, limit=None))
    documents = SearchDocument.objects.in_bulk(
        [hit.page_id for hit in result.hits], field_name="page_id"
    )
    keys = [documents[hit.page_id].translation_key for hit in result.hits]
    assert len(keys) == len(set(keys)) == result.total
    assert all("de" in documents[hit.page_id].shown_for for hit in result.hits)
    languages = {documents[hit.page_id].language for hit in result.hits}
    assert {"de", "el"} <= languages  # translations where they exist, else the original
    # The language facet ignores the language choice: counts of every document.
    assert result.facets["language"]["el"] == SearchDocument.objects.filter(language="el").count()


# Searches on which the database engine and Elasticsearch must agree exactly:
# the same hits and the same facet counts (the facet semantics are shared).
CONSISTENCY = [
    q(""),
    q("", reader="el", languages=("el",)),
    q("", reader="de", languages=None),
    q("", reader="fa", languages=("fa", "ar")),
    q("", filters={"theme": ("housing", "education")}),
    q("", filters={"kind": ("practice",), "year": ("2020",)}),
    q("", filters={"year": ("2016", "2023"), "city": ("athens",)}),
    q("", reader="el", languages=None, filters={"city": ("athens",), "status": ("ongoing",)}),
    q("", reader="en", languages=("en", "el"), filters={"kind": ("practice", "news")}),
    q("", filters={"theme": ("education",), "target_group": ("refugees",), "country": ("GR",)}),
    q("μαθηματα", reader="el", languages=("el",)),
    q("Μαθήματα ελληνικών", reader="el", languages=None),
    q("refugees", reader="en", languages=None),
    q("integration", filters={"theme": ("education",)}),
    q("athens", reader="en", languages=None),
    pytest.param(
        q("ΑΘΗΝΑ", reader="el", languages=("el",), filters={"kind": ("practice",)}),
        # Known gap (#11): every document now carries the city's name in all seven
        # languages; Elasticsearch finds the Greek name in the other languages'
        # documents, PostgreSQL's per-language configurations do not, so the
        # language facet (which ignores the language filter) differs.
        marks=pytest.mark.xfail(reason="language facet of a Greek city name differs", strict=False),
    ),
    q("беженцев", reader="ru", languages=("ru",)),
]


@pytest.mark.parametrize("query", CONSISTENCY, ids=lambda query: f"{query.text}|{query.filters}")
def test_facets_and_hits_equal_the_database_engine(engine, query):
    query = dataclasses.replace(query, limit=None)
    ours, theirs = engine.search(query), database_engine().search(query)
    assert ours.total == theirs.total
    assert {hit.page_id for hit in ours.hits} == {hit.page_id for hit in theirs.hits}
    assert set(ours.facets) == set(FACETS)
    assert ours.facets == theirs.facets
    if not query.text:  # no scores: the same order too (date, title, page)
        assert [hit.page_id for hit in ours.hits] == [hit.page_id for hit in theirs.hits]


def test_facet_ignores_its_own_filter_but_applies_the_others(engine):
    base = engine.search(q(""))
    narrowed = engine.search(q("", filters={"theme": ("education",), "status": ("ongoing",)}))
    assert narrowed.total < base.total
    education_ongoing = engine.search(q("", filters={"theme": ("education",)}))
    assert narrowed.facets["status"] == education_ongoing.facets["status"]
    ongoing = engine.search(q("", filters={"status": ("ongoing",)}))
    assert narrowed.facets["theme"] == ongoing.facets["theme"]
    assert narrowed.facets["theme"]["education"] == narrowed.total


def test_year_facet_counts_practices_running_in_each_year(engine):
    result = engine.search(q("", filters={"kind": ("practice",)}, limit=None))
    documents = SearchDocument.objects.filter(page_id__in=[hit.page_id for hit in result.hits])
    for year, count in result.facets["year"].items():
        running = [
            doc for doc in documents if (doc.start_year or 0) <= int(year) <= (doc.end_year or 9999)
        ]
        assert count == len(running), year
    assert engine.search(q("", filters={"kind": ("news",), "year": ("2022",)})).total == 0


def test_pages_and_export_read_the_same_ordered_hits(engine, monkeypatch):
    everything = engine.search(q("", reader="en", languages=None, sort="newest", limit=None))
    pages = [
        engine.search(q("", languages=None, sort="newest", offset=offset, limit=7, facets=False))
        for offset in range(0, everything.total, 7)
    ]
    assert [hit.page_id for page in pages for hit in page.hits] == [
        hit.page_id for hit in everything.hits
    ]
    assert all(page.facets == {} and page.total == everything.total for page in pages)
    # An export walks the hits in chunks with search_after.
    monkeypatch.setattr(es_module, "CHUNK", 5)
    chunked = engine.search(q("", reader="en", languages=None, sort="newest", limit=None))
    assert [hit.page_id for hit in chunked.hits] == [hit.page_id for hit in everything.hits]
    assert chunked.facets == everything.facets
    tail = engine.search(q("", languages=None, sort="newest", offset=10, limit=None))
    assert [hit.page_id for hit in tail.hits] == [hit.page_id for hit in everything.hits][10:]
    assert engine.search(q("", limit=0)).hits == []


def test_typo_tolerance_applies_when_nothing_matches_exactly(engine):
    exact = engine.search(q("lessons"))
    typo = engine.search(q("lesosns"))
    assert typo.total and {hit.page_id for hit in typo.hits} <= {hit.page_id for hit in exact.hits}


@pytest.mark.parametrize(
    ("prefix", "language"), [("ath", "en"), ("αθ", "el"), ("gre", "en"), ("Κέντρ", "el")]
)
def test_suggest_agrees_with_the_database_engine(engine, prefix, language):
    ours = engine.suggest(prefix, language)
    assert ours == database_engine().suggest(prefix, language)


def test_suggest_lists_practices_first(engine):
    titles = engine.suggest("a", "en", limit=20)
    kinds = [
        SearchDocument.objects.filter(title=title, language="en").first().kind for title in titles
    ]
    assert "practice" in kinds
    assert kinds == sorted(kinds, key=lambda kind: kind != "practice")
    assert engine.suggest("  ", "en") == []


# --- the public pages ----------------------------------------------------------


def text_of(response):
    return re.sub(r"<[^>]+>", "", response.content.decode())


def test_library_and_site_search_pages_answer_from_elasticsearch(engine, client):
    response = client.get("/en/practices/", {"q": "greek lesson"})
    assert response.status_code == 200
    assert response.context["engine"] == "elasticsearch"
    assert "Greek and English lessons" in text_of(response)
    response = client.get("/el/search/", {"q": "μαθηματα", "lang": "all"})
    assert response.status_code == 200
    assert response.context["engine"] == "elasticsearch"
    assert "<mark>Μαθήματα</mark>" in response.content.decode()


# --- keeping the index -----------------------------------------------------------
# These tests write to the index; tests/conftest.py rebuilds it from the
# rolled-back table before the next database test.


def test_index_and_delete_keep_the_index_current(engine):
    document = SearchDocument.objects.get(title="Greek and English lessons", language="en")
    document.page_id = 10**9
    document.title = "Zanzibar cooking classes"
    engine.index([document])
    found = engine.search(q("zanzibar", languages=("en",)))
    assert [hit.page_id for hit in found.hits] == [10**9]
    engine.delete([10**9, 10**9 + 1])  # an unknown id is ignored
    assert engine.search(q("zanzibar")).total == 0


def test_a_rejected_document_raises_an_engine_error(engine):
    document = SearchDocument.objects.filter(language="en").first()
    document.page_id = 10**9 + 2
    document.start_year = "not a year"
    with pytest.raises(EngineError, match="not a year"):
        engine.index([document])


def test_publishing_a_page_reaches_the_index(engine, django_capture_on_commit_callbacks):
    from practices.models import PracticePage

    practice = PracticePage.objects.get(
        title="Greek and English lessons", locale__language_code="en"
    )
    practice.title = "Greek and English lessons in Zanzibar"
    # Elasticsearch is written when the transaction commits, not before.
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()
        assert engine.search(q("zanzibar")).total == 0
    found = engine.search(q("zanzibar"))
    assert [hit.page_id for hit in found.hits] == [practice.pk]
    with django_capture_on_commit_callbacks(execute=True):
        practice.unpublish()
    assert engine.search(q("zanzibar")).total == 0


def test_rebuild_switches_the_alias_and_leaves_one_index(engine):
    client = engine.client
    before = set(client.indices.get(index=f"{engine.alias}_*"))
    engine.rebuild()
    after = set(client.indices.get(index=f"{engine.alias}_*"))
    assert len(after) == 1 and not after & before
    assert set(client.indices.get_alias(name=engine.alias)) == after
    assert engine.search(q("")).total == database_engine().search(q("")).total
    # Indexing with no index at all (a new server) creates one behind the alias.
    client.indices.delete(index=",".join(after))
    document = SearchDocument.objects.filter(language="en").first()
    engine.index([document])
    assert engine.search(q("", limit=None)).total == 1
    mapping = client.indices.get_mapping(index=engine.alias)
    assert next(iter(mapping.values()))["mappings"]["dynamic"] == "strict"


# --- fallback --------------------------------------------------------------------


DEAD_URL = "http://127.0.0.1:9"  # nothing listens on the discard port


def test_a_dead_server_falls_back_to_the_database(engine, caplog):
    query = q("greek lesson")
    with override_settings(ELASTICSEARCH_URL=DEAD_URL), caplog.at_level(logging.WARNING):
        result = run_search(query)
        titles = engine_suggest("gre", "en")
    assert result.engine == FALLBACK_ENGINE_NAME
    expected = database_engine().search(query)
    assert [hit.page_id for hit in result.hits] == [hit.page_id for hit in expected.hits]
    assert titles == database_engine().suggest("gre", "en")
    assert "Elasticsearch failed" in caplog.text


def test_a_dead_server_raises_from_the_engine(engine):
    dead = ElasticsearchEngine(url=DEAD_URL, timeout=2)
    with pytest.raises(Exception) as error:
        dead.search(q("greek"))
    assert type(error.value).__module__.split(".")[0] in {"elastic_transport", "elasticsearch"}


def test_pages_still_answer_when_the_server_is_dead(engine, client):
    with override_settings(ELASTICSEARCH_URL=DEAD_URL):
        response = client.get("/en/practices/", {"q": "greek lesson"})
    assert response.status_code == 200
    assert response.context["engine"] == FALLBACK_ENGINE_NAME
    assert "Greek and English lessons" in text_of(response)
