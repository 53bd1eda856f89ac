import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = (
        "Rebuild the public search's documents and every engine's index, then Wagtail's"
        " own indexes (the admin's searches)."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        count = indexing.rebuild()
        if options["verbosity"]:
            self.stdout.write(f"Indexed {count} documents in {time.monotonic() - started:.1f} s.")
