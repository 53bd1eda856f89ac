"""The SQLite engine's word index: an FTS5 table over SearchDocument.stems.

`stems` is " stem stem … " (search.indexing); FTS5's ascii tokenizer with
"_" as a word character splits it at exactly those spaces (every other
character of a stem is a letter, a digit or non-ASCII), so a token query
finds exactly the documents `instr(stems, ' form ')` found, without reading
every document's text. The table takes its text from SearchDocument
(external content) and triggers keep it in step with every insert, update
and delete of a row, whoever writes it (indexing, rebuilds, cascades, tests).
`ensure()` runs after every `migrate` on SQLite: a later migration that
rebuilds the documents table (SQLite's ALTER) drops its triggers, and this
puts them back and refills the index. PostgreSQL has none of it.

`LISTING` is a covering index of the short columns every search reads
(language and kind first): a listing, its count and its facets are read
from it, never from the rows, whose long text (body, stems) SQLite would
otherwise walk through for each document, so their cost stays small as
the library grows.
"""

# ruff: noqa: S608 - fixed table names, no values.

TABLE = "sitesearch_stemindex"
DOCUMENTS = "sitesearch_searchdocument"
_INSERT = f"INSERT INTO {TABLE}(rowid, stems) VALUES (new.id, new.stems);"
_DELETE = f"INSERT INTO {TABLE}({TABLE}, rowid, stems) VALUES ('delete', old.id, old.stems);"
LISTING = "sitesearch_listing_covering"
LISTING_COLUMNS = (
    "language, kind, date, title_normalized, page_id, shown_for, category, city, country, "
    "themes, target_groups, status, evidence, start_year, end_year"
)
TRIGGERS = {
    f"{TABLE}_insert": f"AFTER INSERT ON {DOCUMENTS} BEGIN {_INSERT} END",
    f"{TABLE}_delete": f"AFTER DELETE ON {DOCUMENTS} BEGIN {_DELETE} END",
    f"{TABLE}_update": f"AFTER UPDATE OF id, stems ON {DOCUMENTS} BEGIN {_DELETE} {_INSERT} END",
}


def ensure(connection, listing_columns=LISTING_COLUMNS):
    """Create the index and its triggers where missing (filling the index
    then); nothing on other databases. `listing_columns`: a migration's
    own, for a table without the later columns."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE (type = 'table' AND name = %s) "
            "OR (type IN ('trigger', 'index') AND tbl_name = %s)",
            [TABLE, DOCUMENTS],
        )
        present = {name for (name,) in cursor.fetchall()}
        cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [DOCUMENTS]
        )
        if present >= {TABLE, LISTING, *TRIGGERS} or cursor.fetchone() is None:
            return
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {LISTING} ON {DOCUMENTS} ({listing_columns})")
        if present >= {TABLE, *TRIGGERS}:
            return
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(stems, "
            f"content='{DOCUMENTS}', content_rowid='id', "
            "tokenize=\"ascii tokenchars '_'\", detail=none)"
        )
        for name, body in TRIGGERS.items():
            cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
        rebuild(connection)


def rebuild(connection):
    """Refill the index from the documents table."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def drop(connection):
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for name in TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP INDEX IF EXISTS {LISTING}")
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


def token_query(forms):
    """The FTS5 query for groups of forms (" form ", …): every group has one
    of its forms. Quoted, so no form reads as an operator."""
    return " AND ".join(
        "(" + " OR ".join('"' + form.strip().replace('"', '""') + '"' for form in group) + ")"
        for group in forms
    )
