"""Project-wide health: Django's checks and no missing migrations."""

import io

import pytest
from django.core.management import call_command


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_no_missing_migrations():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit:  # makemigrations --check exits 1 when changes are missing
        pytest.fail(f"Missing migrations:\n{out.getvalue()}\n(exit {exit.code})")
