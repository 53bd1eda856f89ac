from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import addresses, cache, signals  # noqa: F401 - addresses: a system check

        cache.install()
