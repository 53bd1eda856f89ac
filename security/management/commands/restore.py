"""`manage.py restore ARCHIVE`: a `backup` archive onto an empty, migrated
database (docs/backup.md), then the search indexes rebuilt.

All or nothing: the archive is read and checked (its manifest's signature
under BACKUP_KEY, format, migrations, every member's SHA-256) before
anything is written; then, in one
transaction, every table is emptied (what `migrate` created included:
the archive has the site's own content types, root page, locale...), the
rows are loaded with their primary keys (loaddata resets PostgreSQL's
sequences for them), the database search is rebuilt from them and the
media files are written. A failure rolls the database back and removes
the files written. Elasticsearch and Wagtail's index follow the commit.
"""

import contextlib
import hmac
import json
import tarfile
import tempfile
import time
import zlib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize import models as localize

from search import indexing
from search.engines import database_engine, elasticsearch_engine

from .backup import (
    FORMAT_VERSION,
    SIGNATURE,
    applied_migrations,
    backup_key,
    sha256_of,
    signature,
)

# wagtail-localize's receivers ignore loaddata's `raw` flag: one would copy
# whole trees as the LocaleSynchronization rows arrive, the other overwrite
# pages' draft titles from translated strings. The archive has both already.
_RAW_UNSAFE_RECEIVERS = [
    (localize.sync_trees_on_locale_sync_save, localize.LocaleSynchronization),
    (localize.post_save_string_translation, localize.StringTranslation),
]


class Command(BaseCommand):
    help = "Restore a `backup` archive onto an empty migrated database, then rebuild search."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace everything in a database that has content (users included)",
        )
        parser.add_argument(
            "--allow-unsigned",
            action="store_true",
            help="restore an archive whose signature is missing or cannot be checked with"
            " this server's BACKUP_KEY: only one you know nobody altered",
        )

    def handle(self, archive, force=False, allow_unsigned=False, **options):
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="citynet-restore-") as workdir:
            work = Path(workdir)
            manifest = read_archive(archive, work, allow_unsigned)
            content = existing_content()
            if content and not force:
                raise CommandError(
                    f"The database is not empty ({content}): restore needs an empty,"
                    " migrated database (docs/backup.md)."
                )
            media = media_to_write(manifest, work)
            try:
                with transaction.atomic(), raw_load():
                    flush_all_tables()
                    ContentType.objects.clear_cache()  # its ids were the old rows'
                    fixtures = [str(work / name) for name in manifest["data"]]
                    call_command("loaddata", *fixtures, verbosity=0)
                    # The database search with the data: it answers (and
                    # is the fallback) even if Elasticsearch does not.
                    indexing.rebuild_documents()
                    database_engine().rebuild()
                    write_media(media, work)
            except (DeserializationError, DatabaseError, OSError) as error:
                raise CommandError(f"Restore failed, the database is unchanged: {error}") from error
        ContentType.objects.clear_cache()
        loaded = time.monotonic()
        _after_restore()
        # After the commit: Elasticsearch is not transactional.
        try:
            if elasticsearch_engine() is not None:
                elasticsearch_engine().rebuild()
            call_command("update_index", verbosity=0)  # Wagtail's own (admin) index
        except Exception as error:  # the data is in; say what is left to do
            raise CommandError(
                f"The data is restored, but a search index could not be rebuilt ({error})."
                " Searches answer from the database meanwhile; run `manage.py rebuild_search`"
                " and `manage.py update_index` when the search server answers."
            ) from error
        rows = sum(manifest["rows"].values())
        self.stdout.write(
            f"Restored {archive}: {rows:,} rows, {len(manifest['media'])} media files"
            f" in {loaded - started:.1f} s; search rebuilt in {time.monotonic() - loaded:.1f} s."
        )


def read_archive(archive, work, allow_unsigned=False):
    """Extract and check the archive; its manifest, or a CommandError."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise CommandError(
            f"Cannot read the archive {archive} (damaged or truncated): {error}"
        ) from error
    try:
        manifest_bytes = (work / "manifest.json").read_bytes()
        if not allow_unsigned:
            check_signature(manifest_bytes, work)
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"The archive has no readable manifest.json: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
        raise CommandError("Not a backup archive of this format (manifest.json).")
    if not all(isinstance(manifest.get(key), dict) for key in ("data", "media", "rows")):
        raise CommandError("The archive's manifest.json is incomplete.")
    missing = sorted(set(manifest["migrations"]) - set(applied_migrations()))
    if missing:
        raise CommandError(
            f"Migrate first: this database lacks {len(missing)} of the archive's migrations"
            f" ({', '.join(missing[:5])})."
        )
    if not manifest["data"] or any(
        "/" in name or not name.endswith(".json") for name in manifest["data"]
    ):
        raise CommandError("The archive's manifest names no usable data files.")
    for name in manifest["media"]:
        if name.startswith("/") or ".." in Path(name).parts:
            raise CommandError(f"The archive names a media file outside the media: {name}")
    members = dict(manifest["data"])
    members.update({f"media/{name}": digest for name, digest in manifest["media"].items()})
    for member, digest in members.items():
        try:
            with open(work / member, "rb") as handle:
                actual = sha256_of(handle)
        except OSError:
            raise CommandError(f"The archive lacks {member}.") from None
        if actual != digest:
            raise CommandError(f"The archive's {member} does not match its checksum (altered).")
    return manifest


def check_signature(manifest_bytes, work):
    """The manifest (and through its checksums every member) must be the
    one signed with this server's BACKUP_KEY."""
    key = backup_key()
    if key is None:
        raise CommandError(
            "BACKUP_KEY is not set, so the archive's signature cannot be checked"
            " (docs/backup.md); --allow-unsigned restores it unchecked."
        )
    try:
        found = (work / SIGNATURE).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        raise CommandError(
            "The archive is not signed; --allow-unsigned restores it unchecked."
        ) from None
    if not hmac.compare_digest(found, signature(key, manifest_bytes)):
        raise CommandError(
            "The archive's signature does not match BACKUP_KEY: it was altered, or"
            " signed with another key. Nothing was restored."
        )


def existing_content():
    """What a database holds beyond what `migrate` creates, in words; "" if none."""
    counts = {
        "pages": Page.objects.filter(depth__gt=2).count()
        + max(0, Page.objects.filter(depth=2).count() - 1),  # Wagtail's welcome page
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }
    return ", ".join(f"{count} {name}" for name, count in counts.items() if count)


def media_to_write(manifest, work):
    """The archive's files missing from the storage; refuses a clash."""
    missing = []
    for name, digest in manifest["media"].items():
        if not default_storage.exists(name):
            missing.append(name)
            continue
        with default_storage.open(name, "rb") as handle:
            if sha256_of(handle) != digest:
                raise CommandError(f"The media storage already has a different {name}.")
    return missing


def write_media(names, work):
    written = []
    try:
        for name in names:
            with open(work / "media" / name, "rb") as handle:
                saved = default_storage.save(name, File(handle))
            written.append(saved)
            if saved != name:
                raise OSError(f"the storage renamed {name} to {saved}")
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise


def flush_all_tables():
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    statements = connection.ops.sql_flush(no_style(), tables, allow_cascade=True)
    connection.ops.execute_sql_flush(statements)


@contextlib.contextmanager
def raw_load():
    for receiver, sender in _RAW_UNSAFE_RECEIVERS:
        post_save.disconnect(receiver, sender=sender)
    try:
        with indexing.suspended():
            yield
    finally:
        for receiver, sender in _RAW_UNSAFE_RECEIVERS:
            post_save.connect(receiver, sender=sender)


def _after_restore():
    from core import cache
    from opendata.downloads import mark_stale

    mark_stale()  # rebuilt from the restored pages on the next request
    cache.bump(cache.SITE)  # every cached page and value is stale
