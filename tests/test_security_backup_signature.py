"""A backup archive is signed with the operator's BACKUP_KEY, and `restore`
refuses one that is not signed with it: re-checksumming an edited data.json
(an admin's password hash, a page title) is no longer enough. Refused
before anything is written, so the archives are tried with `--force` on the
test database itself, which must come out unchanged."""

import io
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from demo.admin_user import USERNAME
from tests.test_security_backup import altered

ATTACKER_PASSWORD = "attacker-chosen-password"


def without_signature(archive, out):
    with tarfile.open(archive) as tar, tarfile.open(out, "w:gz") as copy:
        for member in tar:
            if member.name != "manifest.sig":
                copy.addfile(member, io.BytesIO(tar.extractfile(member).read()))
    return out


def restore_refused(archive, message):
    with pytest.raises(CommandError) as refused:
        call_command("restore", "--force", str(archive), verbosity=0)
    assert message in str(refused.value)


@pytest.mark.django_db
def test_a_re_checksummed_tampered_archive_is_refused(tmp_path, settings):
    admin = get_user_model().objects.get(username=USERNAME)
    page = Page.objects.filter(depth__gt=2, locale__language_code="en").first()
    before = (admin.password, page.title, Page.objects.count())
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), verbosity=0)

    def attack(data):
        for item in data:
            if item["model"] == "auth.user" and item["pk"] == admin.pk:
                item["fields"]["password"] = make_password(ATTACKER_PASSWORD)
            if item["model"] == "wagtailcore.page" and item["pk"] == page.pk:
                item["fields"]["title"] = "Defaced"
        return data

    tampered = altered(archive, tmp_path / "tampered.tar.gz", attack)
    restore_refused(tampered, "signature does not match BACKUP_KEY")
    # The attacker drops the signature instead: refused as unsigned.
    restore_refused(without_signature(tampered, tmp_path / "unsigned.tar.gz"), "not signed")
    # The sound archive, checked with another key (or none): refused too.
    settings.BACKUP_KEY = "another-operators-key-of-32-characters-or-more"
    restore_refused(archive, "signature does not match BACKUP_KEY")
    settings.BACKUP_KEY = None
    restore_refused(archive, "BACKUP_KEY is not set")

    admin.refresh_from_db()
    page.refresh_from_db()
    assert (admin.password, page.title, Page.objects.count()) == before
    assert not admin.check_password(ATTACKER_PASSWORD)


@pytest.mark.django_db
def test_backup_needs_a_key_or_says_unsigned(tmp_path, settings):
    settings.BACKUP_KEY = None
    with pytest.raises(CommandError, match="Set BACKUP_KEY"):
        call_command("backup", str(tmp_path / "site.tar.gz"), verbosity=0)
    assert not list(tmp_path.iterdir())
    settings.BACKUP_KEY = "short"
    with pytest.raises(CommandError, match="too short"):
        call_command("backup", str(tmp_path / "site.tar.gz"), verbosity=0)
