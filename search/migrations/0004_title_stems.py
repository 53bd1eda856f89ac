from django.db import migrations, models


def fill_title_stems(apps, schema_editor):
    # Only the SQLite engine reads stems (PostgreSQL keeps a tsvector).
    if schema_editor.connection.vendor == "postgresql":
        return
    from search.text import stems

    SearchDocument = apps.get_model("sitesearch", "SearchDocument")
    changed = []
    for doc in SearchDocument.objects.only("id", "language", "title").iterator(chunk_size=1000):
        doc.title_stems = " " + " ".join(stems(doc.title, doc.language)) + " "
        changed.append(doc)
    SearchDocument.objects.bulk_update(changed, ["title_stems"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0003_title_normalized")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="title_stems",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill_title_stems, migrations.RunPython.noop),
    ]
