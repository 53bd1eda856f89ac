from django.apps import AppConfig


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = "Localization"

    def ready(self):
        from patches import wagtail_localize_save_target

        wagtail_localize_save_target.install()
