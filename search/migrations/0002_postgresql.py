"""PostgreSQL only: per-language text search configurations, the weighted
tsvector column of SearchDocument and a trigram index on SearchWord.

The text is normalised in Python (search.text.normalize) before PostgreSQL
sees it, so the configurations only stem; Ukrainian and Farsi have no
PostgreSQL stemmer and use the simple configuration.
"""

from django.db import migrations

CONFIGURATIONS = {
    "el": "greek",
    "en": "english",
    "de": "german",
    "ru": "russian",
    "ar": "arabic",
    "uk": "simple",
    "fa": "simple",
}

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'citynet_{code}') THEN
                CREATE TEXT SEARCH CONFIGURATION citynet_{code} (COPY = pg_catalog.{parser});
            END IF;
        END $$"""
        for code, parser in CONFIGURATIONS.items()
    ),
    "ALTER TABLE sitesearch_searchdocument ADD COLUMN IF NOT EXISTS vector tsvector",
    "CREATE INDEX IF NOT EXISTS sitesearch_document_vector ON sitesearch_searchdocument "
    "USING GIN (vector)",
    "CREATE INDEX IF NOT EXISTS sitesearch_word_trgm ON sitesearch_searchword "
    "USING GIN (word gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS sitesearch_document_themes ON sitesearch_searchdocument "
    "USING GIN (themes)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS sitesearch_document_themes",
    "DROP INDEX IF EXISTS sitesearch_word_trgm",
    "DROP INDEX IF EXISTS sitesearch_document_vector",
    "ALTER TABLE sitesearch_searchdocument DROP COLUMN IF EXISTS vector",
    *(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS citynet_{code}" for code in CONFIGURATIONS),
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_search_documents")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
