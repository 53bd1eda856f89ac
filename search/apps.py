from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_stem_index(using, **kwargs):
    from django.db import connections

    from .engines import sqlite_index

    sqlite_index.ensure(connections[using])


class SearchConfig(AppConfig):
    # Label kept distinct from Wagtail's own "wagtailsearch" and "modelsearch".
    name = "search"
    label = "sitesearch"

    def ready(self):
        from . import signals  # noqa: F401

        # A later migration may rebuild the documents table (and drop the
        # index's triggers): put them back after every migrate.
        post_migrate.connect(_ensure_stem_index, sender=self)
