from django.apps import AppConfig


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = "Localization"

    def ready(self):
        from . import drafts

        drafts.install_guard()
