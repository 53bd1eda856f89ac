"""SQLite only: the FTS5 index of the documents' stems and the triggers that
keep it (search/engines/sqlite_index.py). Nothing on PostgreSQL."""

from django.db import migrations

# The covering index's columns at this migration (0007 adds `category`).
LISTING_COLUMNS = (
    "language, kind, date, title_normalized, page_id, shown_for, city, country, "
    "themes, target_groups, status, evidence, start_year, end_year"
)


def forward(apps, schema_editor):
    from search.engines import sqlite_index

    sqlite_index.ensure(schema_editor.connection, LISTING_COLUMNS)


def backward(apps, schema_editor):
    from search.engines import sqlite_index

    sqlite_index.drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_title_stems")]

    operations = [migrations.RunPython(forward, backward)]
