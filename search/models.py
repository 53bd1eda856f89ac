"""The public search's own index: one row per live, non-alias page.

Wagtail's page index has one text search configuration for the whole
backend (wagtail#9253); readers search in seven languages, so the site keeps
this table, written by search/indexing.py, and the engines (search/engines/)
query it. On PostgreSQL a migration adds a weighted tsvector column built
with the row's language configuration (not a model field: the ORM never
reads it) and a trigram index on the word table.
"""

from django.db import models


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_document"
    )
    kind = models.CharField(max_length=20, db_index=True)  # practice, news, city, declaration, page
    # Within a kind: a publication's kind (thematic-guide, study…), else "".
    category = models.CharField(max_length=30, blank=True)
    language = models.CharField(max_length=10, db_index=True)  # of the content
    translation_key = models.UUIDField(db_index=True)
    # Reader languages for which lang=all shows this document: its own, and
    # for an original every site language without a live translation of it.
    shown_for = models.JSONField(default=list)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Words that find the page without being its text: its terms', city's and
    # country's names in every language with their stems. Matched like the
    # body, never shown (a snippet is the reader's own text).
    names = models.TextField(blank=True)
    city = models.CharField(max_length=255, blank=True)  # city page slug
    country = models.CharField(max_length=2, blank=True)
    themes = models.JSONField(default=list)
    target_groups = models.JSONField(default=list)
    status = models.CharField(max_length=20, blank=True)
    evidence = models.CharField(max_length=30, blank=True)
    start_year = models.IntegerField(null=True)
    end_year = models.IntegerField(null=True)
    date = models.DateField(null=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Normalised, stemmed words of title, summary and body, space-separated
    # and space-delimited (" a b c "), for engines without full text search.
    stems = models.TextField(blank=True, editable=False)
    # The same for the title alone: title matches weigh more.
    title_stems = models.TextField(blank=True, editable=False)
    # The normalised title, for autocomplete (trigram-indexed on PostgreSQL).
    title_normalized = models.TextField(blank=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self):
        return f"{self.language}: {self.title}"


class SearchWord(models.Model):
    """Every normalised word of the indexed text, per language: typo
    tolerance expands an unknown query word to similar known words."""

    language = models.CharField(max_length=10)
    word = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_search_word")
        ]

    def __str__(self):
        return self.word
