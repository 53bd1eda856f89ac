from django.apps import AppConfig


class SearchConfig(AppConfig):
    # Label kept distinct from Wagtail's own "wagtailsearch" and "modelsearch".
    name = "search"
    label = "sitesearch"

    def ready(self):
        from . import signals  # noqa: F401
