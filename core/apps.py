from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import locales, memo, routing, signals  # noqa: F401

        locales.install()
        memo.install()
        routing.install()
