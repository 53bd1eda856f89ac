"""The SQLite engine's FTS5 index of stems holds exactly the documents'
stems, through every write of the table, and comes back after a migration
that drops its triggers (search/engines/sqlite_index.py)."""

# ruff: noqa: S608 - fixed table names.
import pytest
from django.db import connection

from search.engines import sqlite_index
from search.models import SearchDocument

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's index"),
]


def indexed_pairs():
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.stem_vocabulary "
            f"USING fts5vocab(main, {sqlite_index.TABLE}, instance)"
        )
        cursor.execute("SELECT term, doc FROM temp.stem_vocabulary")
        return set(cursor.fetchall())


def stored_pairs():
    return {
        (stem, pk)
        for pk, stems in SearchDocument.objects.values_list("pk", "stems")
        for stem in stems.split(" ")
        if stem
    }


def matches(stem):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {sqlite_index.TABLE} WHERE {sqlite_index.TABLE} MATCH %s",
            [sqlite_index.token_query([[f" {stem} "]])],
        )
        return {pk for (pk,) in cursor.fetchall()}


def test_the_index_holds_every_documents_stems_through_writes():
    assert indexed_pairs() == stored_pairs()
    doc = SearchDocument.objects.filter(kind="practice").first()
    doc.stems = " zzquux " + doc.stems.lstrip()
    doc.save()
    assert matches("zzquux") == {doc.pk}
    SearchDocument.objects.filter(pk=doc.pk).update(stems=" ")
    assert matches("zzquux") == set()
    SearchDocument.objects.filter(kind="city").delete()
    assert indexed_pairs() == stored_pairs()


def test_ensure_puts_back_dropped_triggers_and_refills_the_index():
    with connection.cursor() as cursor:
        for name in sqlite_index.TRIGGERS:
            cursor.execute(f"DROP TRIGGER {name}")
    SearchDocument.objects.filter(kind="news").delete()  # unseen by the index
    sqlite_index.ensure(connection)
    assert indexed_pairs() == stored_pairs()
    doc = SearchDocument.objects.filter(kind="practice").first()
    SearchDocument.objects.filter(pk=doc.pk).update(stems=" zzquux ")
    assert matches("zzquux") == {doc.pk}
