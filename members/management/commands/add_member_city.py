"""python manage.py add_member_city NAME --country CC --joined YYYY-MM-DD
[--decision REF] [--editor EMAIL ...]"""

import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from members.onboarding import OnboardingError, add_member_city


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--joined: {value!r} is not a date like 2021-06-30") from error


class Command(BaseCommand):
    help = (
        "Onboard a member city: its page in every language tree, its editors' group, "
        "collection and moderation workflow, and accounts for its editors (who receive a "
        "password reset e-mail). Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="The city's name in the default language.")
        parser.add_argument("--country", required=True, help="ISO 3166 code, such as GR.")
        parser.add_argument("--joined", required=True, help="Date of joining, YYYY-MM-DD.")
        parser.add_argument("--decision", default="", help="Council decision reference.")
        parser.add_argument("--slug", default=None, help="URL slug (default: from the name).")
        parser.add_argument(
            "--editor", action="append", default=[], metavar="EMAIL", help="Repeatable."
        )

    def handle(self, name, country, joined, decision, slug, editor, **options):
        try:
            result = add_member_city(
                name,
                country=country,
                joined_on=iso_date(joined),
                decision=decision,
                editors=editor,
                slug=slug,
            )
        except (OnboardingError, ValidationError) as error:
            raise CommandError(str(error)) from error
        created = ", ".join(f"{key}: {value}" for key, value in result.created.items())
        self.stdout.write(f"{result.city.title}: {result.city.url_path} ({created}).")
        self.stdout.write(f"Group: {result.group.name}; collection: {result.collection.name}.")
        for user in result.invited:
            self.stdout.write(f"Invited {user.email} (password reset e-mail sent).")
