"""python manage.py import_practices FILE [--publish] [--user NAME] [--dry-run]"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from practices.import_pages import PracticeImporter
from practices.import_records import ImportFileError, read_records, validate


class Command(BaseCommand):
    help = (
        "Import practices from a JSON or CSV file (docs/import.md). Every record is checked "
        "first; if any is invalid nothing is written. Changed pages are saved as drafts and "
        "submitted to moderation, unless --publish is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", choices=["json", "csv"], help="default: the file's suffix")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish new and changed pages instead of submitting them for moderation",
        )
        parser.add_argument("--user", help="username recorded as the author of the revisions")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and write nothing"
        )

    def handle(self, *args, file, format=None, publish=False, user=None, dry_run=False, **kw):
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(f"No user is called {user!r}.")
        try:
            raw = read_records(file, format)
        except ImportFileError as error:
            raise CommandError(f"{file}: {error}") from error
        records, problems = validate(raw)
        if problems:
            for problem in problems:
                self.stderr.write(f"{file}: {problem}")
            raise CommandError(f"{len(problems)} problem(s) found; nothing was imported.")
        if dry_run:
            self.stdout.write(f"{len(records)} records are valid; nothing was written.")
            return
        stats = PracticeImporter(publish=publish, user=author).run(records)
        what = "published" if publish else "submitted for moderation"
        self.stdout.write(
            f"{stats['created']} created, {stats['updated']} updated, "
            f"{stats['unchanged']} unchanged ({what})."
        )
