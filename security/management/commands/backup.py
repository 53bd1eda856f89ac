"""`manage.py backup ARCHIVE`: the database and the media in one .tar.gz
(docs/backup.md).

The database goes in as Django's dumpdata of every app with the rows'
own primary keys (`data.json`): Wagtail stores ids inside StreamField,
rich text and revision JSON, so a restore must keep them, content types
and permissions included. No natural keys: pages' (url_path) repeat
across locale trees and collections' cannot be computed for a row not yet
saved. The search indexes, sessions and login-failure records are left
out: `restore` rebuilds or drops them. The media files (images,
renditions, documents, open-data downloads) go in under `media/`, read
through the default storage. `manifest.json` holds the format, the
migrations, the row counts and a SHA-256 of every member, so that a
damaged or altered archive is refused before anything is written.
`manifest.sig` is the HMAC-SHA256 of manifest.json under the operator's
BACKUP_KEY: the checksums prove the members match the manifest, the
signature that the manifest is the one this key's holder wrote.
"""

import hashlib
import hmac
import io
import json
import os
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

FORMAT_VERSION = 2
# Rebuilt by restore (search), or not worth restoring (sessions end, and
# django-axes' failure records would lock people out of the new server).
EXCLUDED = [
    "sessions",
    "wagtailsearch",
    "sitesearch.searchdocument",
    "sitesearch.searchword",
    "axes",
]
CHUNK = 1 << 20
SIGNATURE = "manifest.sig"
MIN_KEY_LENGTH = 32


def backup_key():
    """The operator's BACKUP_KEY as bytes; None when unset, an error when too short."""
    key = getattr(settings, "BACKUP_KEY", None)
    if not key:
        return None
    if len(key) < MIN_KEY_LENGTH:
        raise CommandError(f"BACKUP_KEY is too short: use at least {MIN_KEY_LENGTH} characters.")
    return key.encode()


def signature(key, manifest_bytes):
    return hmac.new(key, manifest_bytes, hashlib.sha256).hexdigest()


def applied_migrations():
    return sorted(
        f"{app}.{name}"
        for app, name in MigrationRecorder.Migration.objects.values_list("app", "name")
    )


def sha256_of(handle):
    digest = hashlib.sha256()
    while block := handle.read(CHUNK):
        digest.update(block)
    return digest.hexdigest()


def storage_files(storage, folder=""):
    """Every file name under `folder` of a storage, sorted, recursively."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # MEDIA_ROOT not created yet: no media
        return []
    names = [f"{folder}/{name}" if folder else name for name in files]
    for sub in folders:
        names += storage_files(storage, f"{folder}/{sub}" if folder else sub)
    return sorted(names)


class Command(BaseCommand):
    help = "Back up the database and the media files into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the .tar.gz to write")
        parser.add_argument(
            "--unsigned",
            action="store_true",
            help="write an archive without signature when BACKUP_KEY is not set"
            " (restore then needs --allow-unsigned)",
        )

    def handle(self, archive, unsigned=False, **options):
        started = time.monotonic()
        archive = Path(archive)
        key = backup_key()
        if key is None and not unsigned:
            raise CommandError(
                "Set BACKUP_KEY to sign the archive (docs/backup.md), or pass --unsigned."
            )
        with tempfile.TemporaryDirectory(prefix="citynet-backup-") as workdir:
            # Content types first, in a file of their own: building a page
            # subclass's row (Page.__init__) looks its content type up, and
            # would create it under a new id if it were not there yet.
            dumps = {}
            for name, labels, exclude in [
                ("contenttypes.json", ["contenttypes"], []),
                ("data.json", [], [*EXCLUDED, "contenttypes"]),
            ]:
                dumps[name] = Path(workdir) / name
                call_command(
                    "dumpdata",
                    *labels,
                    exclude=exclude,
                    use_base_manager=True,  # every row, whatever a default manager hides
                    output=str(dumps[name]),
                    verbosity=0,
                )
            rows = Counter()
            checksums = {}
            for name, path in dumps.items():
                with open(path, "rb") as handle:
                    checksums[name] = sha256_of(handle)
                    handle.seek(0)
                    rows.update(item["model"] for item in json.load(handle))
            media = {name: _storage_sha256(name) for name in storage_files(default_storage)}
            manifest = {
                "format": FORMAT_VERSION,
                "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "database": connection.vendor,
                "migrations": applied_migrations(),
                "rows": dict(sorted(rows.items())),
                "data": checksums,  # SHA-256 of each fixture, loaded in this order
                "media": media,
            }
            # Written beside the target and renamed at the end: an interrupted
            # backup never leaves a truncated archive under the real name.
            partial = archive.with_name(archive.name + ".part")
            manifest_bytes = json.dumps(manifest, indent=1).encode()
            with tarfile.open(partial, "w:gz") as tar:
                _add_bytes(tar, "manifest.json", manifest_bytes)
                if key is not None:
                    _add_bytes(tar, SIGNATURE, signature(key, manifest_bytes).encode())
                for name, path in dumps.items():
                    tar.add(path, arcname=name)
                for name in media:
                    with default_storage.open(name, "rb") as handle:
                        info = tarfile.TarInfo(f"media/{name}")
                        info.size = default_storage.size(name)
                        info.mtime = int(time.time())
                        tar.addfile(info, handle)
            os.replace(partial, archive)
        self.stdout.write(
            f"Wrote {archive} ({archive.stat().st_size:,} bytes): {sum(rows.values()):,} rows"
            f" of {len(rows)} models, {len(media)} media files,"
            f" in {time.monotonic() - started:.1f} s"
            + ("." if key is not None else ", NOT signed (no BACKUP_KEY).")
        )


def _storage_sha256(name):
    with default_storage.open(name, "rb") as handle:
        return sha256_of(handle)


def _add_bytes(tar, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(content))
