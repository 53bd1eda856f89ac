"""A publication's kind (`category`) and year (`start_year` = `end_year`)
on its document, for the document library's filters; SQLite's covering
index of the listing columns gains the column. Elasticsearch's mapping is
strict: it takes the new fields from `manage.py rebuild_search`."""

from django.db import migrations, models


def fill(apps, schema_editor):
    SearchDocument = apps.get_model("sitesearch", "SearchDocument")
    PublicationPage = apps.get_model("publications", "PublicationPage")
    for page_id, kind, year in PublicationPage.objects.values_list("pk", "kind", "year"):
        SearchDocument.objects.filter(page_id=page_id).update(
            category=kind, start_year=year, end_year=year
        )


def covering_index(apps, schema_editor):
    from search.engines import sqlite_index

    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {sqlite_index.LISTING}")
        sqlite_index.ensure(connection)


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0006_names"),
        ("publications", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="category",
            field=models.CharField(blank=True, max_length=30),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(covering_index, migrations.RunPython.noop),
    ]
