"""The search documents follow the pages: publish, unpublish, delete, and
one document per live page that shows its own language's text."""

import pytest
from django.test import TestCase
from wagtail.models import Page

from practices.models import PracticePage
from search.engines import run_search
from search.engines.base import Query
from search.indexing import _shown_for
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def practice(language, slug="athens-language-lessons"):
    return PracticePage.objects.get(locale__language_code=language, slug=slug)


def find(text, language):
    query = Query(text=text, reader_language=language, languages=(language,), facets=False)
    return [hit.page_id for hit in run_search(query).hits]


def test_every_live_page_with_its_own_text_has_one_document():
    own = Page.objects.live().filter(alias_of__isnull=True, depth__gt=1)
    documents = set(SearchDocument.objects.values_list("page_id", flat=True))
    assert documents <= set(own.values_list("pk", flat=True))
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("pk", flat=True)
    assert not documents & set(aliases)
    practices = PracticePage.objects.live().filter(alias_of=None).values_list("pk", flat=True)
    assert set(practices) <= documents


def test_shown_for_picks_one_document_per_reader_language():
    documents = SearchDocument.objects.filter(kind="practice")
    by_key = {}
    for doc in documents:
        for language in doc.shown_for:
            assert (doc.translation_key, language) not in by_key
            by_key[(doc.translation_key, language)] = doc.language
    german = practice("de")
    assert by_key[(german.translation_key, "de")] == "de"
    assert by_key[(german.translation_key, "fa")] == "fa"
    greek_only = PracticePage.objects.get(locale__language_code="el", slug="athens-youth-council")
    assert by_key[(greek_only.translation_key, "de")] == "el"


def test_shown_for_rules():
    # (page_id, language, indexed, alias_of_id)
    group = [(1, "el", True, None), (2, "en", True, None), (3, "de", False, 1)]
    shown = _shown_for(group)
    assert shown[2] == ["en"]
    assert set(shown[1]) == {"el", "de", "ru", "uk", "ar", "fa"}
    assert _shown_for([(5, "de", False, None)]) == {}


def test_publishing_reindexes_the_page():
    page = practice("en")
    page.title = "Greek and English lessons for grandparents"
    with TestCase.captureOnCommitCallbacks(execute=True):  # Elasticsearch is written on commit
        page.save_revision().publish()
    assert SearchDocument.objects.get(page=page).title == page.title
    assert page.pk in find("grandparents", "en")


def test_paragraphs_stay_separate_words():
    page = practice("en")
    page.inspiring = (
        "<p>Lessons start in <b>May</b>.</p><p>Teachers volunteer</p><ul><li>daily</li></ul>"
    )
    page.save_revision().publish()
    body = SearchDocument.objects.get(page=page).body
    assert "Lessons start in May. Teachers volunteer daily" in body
    assert page.pk in find("teachers", "en")


def test_unpublishing_removes_it_and_shows_the_original_instead():
    german = practice("de")
    greek = practice("el")
    german.unpublish()
    assert not SearchDocument.objects.filter(page=german).exists()
    assert "de" in SearchDocument.objects.get(page=greek).shown_for
    assert german.pk not in find("Englischkurs", "de")


def test_deleting_removes_the_document():
    german = practice("de", "halle-service-centre")
    page_id = german.pk
    german.delete()
    assert not SearchDocument.objects.filter(page_id=page_id).exists()
    assert page_id not in find("Demokratie", "de")


def test_a_renamed_term_slug_follows_into_the_documents_but_drafts_do_not_reindex():
    from taxonomy.models import Theme

    theme = Theme.objects.get(slug="housing", locale__language_code="el")
    documents = [d for d in SearchDocument.objects.all() if "housing" in d.themes]
    assert documents
    stamps = {d.page_id: d.updated_at for d in documents}
    theme.name = "Κατοικία (πρόχειρο)"
    theme.save_revision()  # a draft: saves latest_revision only
    after = {d.page_id: d.updated_at for d in SearchDocument.objects.filter(page_id__in=stamps)}
    assert after == stamps

    theme.slug = "homes"
    theme.save()
    pointing = PracticePage.objects.filter(themes=theme).values_list("pk", flat=True)
    renamed = SearchDocument.objects.filter(page_id__in=pointing)
    assert renamed.exists()
    for doc in renamed:
        assert "homes" in doc.themes and "housing" not in doc.themes


def test_publishing_a_page_rewrites_its_own_document_not_its_translations():
    english = practice("en")
    siblings = SearchDocument.objects.filter(translation_key=english.translation_key)
    before = dict(siblings.exclude(page_id=english.pk).values_list("page_id", "pk"))
    assert before  # it has translations with their own text
    own_before = SearchDocument.objects.get(page_id=english.pk).pk
    english.summary = "A summary rewritten for the indexing test"
    english.save_revision().publish()
    assert dict(siblings.exclude(page_id=english.pk).values_list("page_id", "pk")) == before
    rewritten = SearchDocument.objects.get(page_id=english.pk)
    assert rewritten.pk != own_before
    assert rewritten.summary == "A summary rewritten for the indexing test"


def test_a_publish_that_fails_midway_changes_nothing():
    """Wagtail commits the page before its page_published receivers run;
    core.models.AtomicPublishMixin makes the whole publish one transaction."""
    from wagtail.signals import page_published

    english = practice("en")
    live_revision = english.live_revision_id
    english.summary = "A summary that must not go live"

    def fail(**kwargs):
        raise RuntimeError("a receiver failed")

    page_published.connect(fail, dispatch_uid="test_fail_publish")
    try:
        with pytest.raises(RuntimeError):
            english.save_revision().publish()
    finally:
        page_published.disconnect(dispatch_uid="test_fail_publish")
    english.refresh_from_db()
    assert english.live_revision_id == live_revision
    assert english.summary != "A summary that must not go live"
    assert "must not go live" not in SearchDocument.objects.get(page_id=english.pk).summary
