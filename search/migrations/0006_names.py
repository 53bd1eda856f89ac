"""The names a page is found by, out of its body (search/indexing.py): rows
written before keep them in the body, shown in snippets, until
`manage.py rebuild_search` rewrites them."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_stem_index")]

    operations = [
        migrations.AddField(
            model_name="searchdocument", name="names", field=models.TextField(blank=True)
        ),
    ]
