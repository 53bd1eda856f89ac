from django.db import migrations, models

INDEX = (
    "CREATE INDEX IF NOT EXISTS sitesearch_document_title_trgm ON sitesearch_searchdocument "
    "USING GIN (title_normalized gin_trgm_ops)"
)


def _run(statement):
    def run(apps, schema_editor):
        # PostgreSQL only: a trigram index lets autocomplete's LIKE use an index.
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_postgresql")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="title_normalized",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(
            _run(INDEX), _run("DROP INDEX IF EXISTS sitesearch_document_title_trgm")
        ),
    ]
