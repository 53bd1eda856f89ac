"""Rebuild the whole-library downloads (opendata.downloads).

manage.py build_open_data             # rebuild now
manage.py build_open_data --if-stale  # only if content changed since (cron)
"""

from django.core.management.base import BaseCommand

from opendata import downloads


class Command(BaseCommand):
    help = "Write the whole practice library (every language) as CSV and JSON under MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="Rebuild only if content changed since the last build (or there is none).",
        )

    def handle(self, *args, if_stale=False, **options):
        if if_stale and downloads.manifest() is not None and not downloads.is_stale():
            self.stdout.write("The open data files are up to date.")
            return
        data = downloads.build()
        sizes = ", ".join(
            f"{info['name']} ({info['size']:,} bytes)" for info in data["files"].values()
        )
        self.stdout.write(f"Wrote {data['rows']} rows: {sizes}.")
