"""python manage.py load_demo_content [--practices N]"""

import logging
import os
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand

from demo.admin_user import USERNAME, ensure_admin, ensure_team
from demo.builder import DemoBuilder
from demo.community import ensure_community_demo
from demo.generator import generate_practices
from demo.progress import Progress
from search import indexing


@contextmanager
def quiet_logger(name, quiet):
    """Wagtail logs every page saved at INFO; keep that out of the output."""
    logger = logging.getLogger(name)
    level = logger.level
    if quiet:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Load the demo site: cities, practices, news, the declaration, their translations "
        "and the moderator and translator roles. Safe to run again: it only changes what "
        "differs from the data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--practices",
            type=int,
            default=0,
            metavar="N",
            help="Also generate N practices in several languages (gen-00001 ...) for search "
            "benchmarks; the same N always gives the same pages.",
        )

    def write_now(self, line):
        # Flushed: behind a pipe (make run | tee) a line is no use a minute late.
        self.stdout.write(line)
        self.stdout.flush()

    def handle(self, *args, practices=0, verbosity=1, **options):
        started = time.monotonic()
        write = self.write_now if verbosity >= 1 else None
        progress = Progress(write)
        # Pages are indexed for the public search once at the end, not one by
        # one; so are Wagtail's own indexes (the admin's searches).
        with quiet_logger("wagtail", verbosity < 2), indexing.suspended():
            builder = DemoBuilder(progress)
            stats = builder.build()
            if practices > 0:
                stats.update(generate_practices(builder, practices, progress=write))
        progress.step("search index")
        stats["search documents"] = indexing.rebuild()
        progress.step("users and the members' area")
        created, password = ensure_admin()
        team = ensure_team()
        ensure_community_demo()
        if verbosity < 1:
            return
        summary = ", ".join(f"{key}: {value}" for key, value in stats.items())
        self.stdout.write(f"Demo content loaded in {time.monotonic() - started:.1f}s ({summary}).")
        base = f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}"
        self.stdout.write(f"Site:  {base}/")
        self.stdout.write(f"Admin: {base}/admin/")
        if password:
            state = "new user" if created else "existing user"
            self.stdout.write(f"Login: {USERNAME} / {password} ({state})")
        else:
            self.stdout.write(f"Login: {USERNAME} (existing user; password unchanged)")
        for username, team_password in team.items():
            shown = team_password or "existing user; password unchanged"
            guide = "docs/members.md" if username.endswith("-editor") else "docs/translation.md"
            self.stdout.write(f"Login: {username} / {shown} (see {guide})")
