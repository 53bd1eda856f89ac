"""`manage.py backup` and `restore`: the demo site (database and media) of
the test database into one archive, restored in a separate process onto an
empty, migrated database of the same kind (a fresh SQLite file, or on
PostgreSQL a new database with its own Elasticsearch indexes). Damaged and
altered archives are refused there first and leave it as it was; then the
real restore carries pages, revisions, translations, users, media and the
search (on the target's own engine) over, a new page can be published, and
a second restore onto the now full database is refused; forced, with
Elasticsearch down, it restores the data and says the index is left to do."""

import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.models import Max
from wagtail.models import Page

from tests.backup_probe import snapshot, translate_with_localize

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def target(tmp_path):
    """Environment of a process on an empty database like the test one."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "ELASTICSEARCH_URL", "TEST_DATABASE_NAME")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        SECRET_KEY="restore-test-secret-key",
        MEDIA_ROOT=str(tmp_path / "restored-media"),
    )
    if connection.vendor != "postgresql":
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        yield env
        return
    import psycopg

    db = settings.DATABASES["default"]
    name = f"citynet_restore_{uuid.uuid4().hex[:8]}"
    server = {"host": db["HOST"], "port": db["PORT"], "user": db["USER"]}
    server.update(password=db["PASSWORD"], autocommit=True)
    with psycopg.connect(dbname="postgres", **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{name}"
    )
    prefix = f"{settings.ELASTICSEARCH_INDEX_PREFIX}{name}_"
    if settings.ELASTICSEARCH_URL:
        env.update(ELASTICSEARCH_URL=settings.ELASTICSEARCH_URL, ELASTICSEARCH_INDEX_PREFIX=prefix)
    try:
        yield env
    finally:
        with psycopg.connect(dbname="postgres", **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if settings.ELASTICSEARCH_URL:
            from elasticsearch import Elasticsearch

            client = Elasticsearch(settings.ELASTICSEARCH_URL)
            for index in client.indices.get(index=f"{prefix}*"):
                client.indices.delete(index=index)


def run(env, *args, ok=True):
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert (result.returncode == 0) is ok, result.stdout + result.stderr
    return result


def state(env):
    """The target's snapshot (None where it has no demo content yet)."""
    code = (
        "import django, json; django.setup()\n"
        "from wagtail.models import Page, Site, Locale, Collection\n"
        "from django.contrib.auth.models import User\n"
        "from django.core.files.storage import default_storage as s\n"
        "from security.management.commands.backup import storage_files\n"
        "print(json.dumps([list(Page.objects.order_by('pk').values_list('pk', 'title')),"
        " list(Site.objects.values_list('hostname', 'root_page_id')),"
        " list(Locale.objects.values_list('language_code', flat=True)),"
        " Collection.objects.count(), User.objects.count(), storage_files(s)]))"
    )
    return json.loads(run(env, "-c", code).stdout)


def altered(archive, out, change):
    """A copy of the archive whose data.json is changed by `change`, with a
    manifest whose checksum matches (as a careless hand edit would be)."""
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar]
    original = {member.name: payload for member, payload in members}
    content = json.dumps(change(json.loads(original["data.json"]))).encode()
    manifest = json.loads(original["manifest.json"])
    manifest["data"]["data.json"] = hashlib.sha256(content).hexdigest()
    replaced = {"data.json": content, "manifest.json": json.dumps(manifest).encode()}
    with tarfile.open(out, "w:gz") as tar:
        for member, payload in members:
            payload = replaced.get(member.name, payload)
            member.size = len(payload)
            tar.addfile(member, io.BytesIO(payload))
    return out


def dangling_revision(data):
    """One more revision whose author does not exist: the load fails only at
    its end, when the foreign keys are checked, with every row written."""
    revision = next(item for item in reversed(data) if item["model"] == "wagtailcore.revision")
    data.append({**revision, "pk": 10**9, "fields": {**revision["fields"], "user": 10**9}})
    return data


@pytest.mark.django_db
def test_backup_restores_onto_an_empty_database(tmp_path, target):
    # The target's schema is migrated while the backup is made.
    migrating = subprocess.Popen(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=target,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    translated = translate_with_localize()
    archive = tmp_path / "site.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[:4] == ["manifest.json", "manifest.sig", "contenttypes.json", "data.json"]
    assert sorted(f"media/{name}" for name in manifest["media"]) == sorted(names[4:])
    assert manifest["media"] and manifest["rows"]["wagtailcore.revision"] > 50
    assert "sitesearch.searchdocument" not in manifest["rows"]
    if settings.ELASTICSEARCH_URL:
        # Wagtail's admin index there outlives the other tests' rollbacks:
        # bring it to this database's state, as the target's restore does.
        call_command("update_index", verbosity=0)
    before = json.loads(json.dumps(snapshot()))  # as the target prints it
    assert before["pages"] > 50 and before["aliases"] and before["locale_synchronizations"]
    assert before["translation_sources"] == 1 and before["string_translations"]
    assert Page.objects.get(pk=translated).locale.language_code == "uk"
    assert before["search_en"]["hits"] and before["search_el"]["hits"]
    assert before["admin_search"]
    assert migrating.wait() == 0, migrating.stdout.read().decode()

    empty = state(target)
    # Bad archives: a clear error, and the target as it was.
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    edited = tmp_path / "edited.tar.gz"
    with tarfile.open(archive) as tar, tarfile.open(edited, "w:gz") as out:
        for member in tar:
            payload = tar.extractfile(member).read()
            if member.name == "data.json":
                payload = payload.replace(b'"title": "', b'"title": "X', 1)
                member.size = len(payload)
            out.addfile(member, io.BytesIO(payload))
    failing = altered(archive, tmp_path / "failing.tar.gz", dangling_revision)
    # (the failing one is re-checksummed, so unsigned: the operator vouches for it)
    for bad, message, *flags in [
        (truncated, "damaged or truncated"),
        (edited, "does not match its checksum"),
        (failing, "the database is unchanged", "--allow-unsigned"),
    ]:
        result = run(target, "manage.py", "restore", *flags, str(bad), ok=False)
        assert message in result.stderr, result.stderr[-3000:]
        assert "Traceback" not in result.stderr
        assert state(target) == empty
    assert gzip.decompress(failing.read_bytes())  # the failing one was a sound archive

    restored = run(target, "manage.py", "restore", str(archive))
    assert "Restored" in restored.stdout
    after = json.loads(run(target, "-m", "tests.backup_probe").stdout)
    assert after == before
    assert sorted(state(target)[-1]) == sorted(manifest["media"])

    created = json.loads(run(target, "-m", "tests.backup_probe", "--create").stdout)
    assert created["page"] > Page.objects.aggregate(Max("pk"))["pk__max"]
    assert created["found"] == [created["page"]]

    refused = run(target, "manage.py", "restore", str(archive), ok=False)
    assert "not empty" in refused.stderr

    # --force replaces it, with Elasticsearch down (nothing on that port):
    # the data is restored, the command says what is left to do, and the
    # public search answers from the database.
    down = {**target, "ELASTICSEARCH_URL": "http://127.0.0.1:8249", "ELASTICSEARCH_TIMEOUT": "2"}
    forced = run(down, "manage.py", "restore", "--force", str(archive), ok=False)
    # (the client logs its failed attempts; the command's answer is its last line)
    assert forced.stderr.splitlines()[-1].startswith("CommandError: The data is restored")
    code = (
        "import django, json; django.setup()\n"
        "from wagtail.models import Page\n"
        "from tests.backup_probe import _search\n"
        f"print(json.dumps([Page.objects.count(), _search({before['search_en']['word']!r}, 'en')]))"
    )
    pages, fallback = json.loads(run(down, "-c", code).stdout)
    assert pages == before["pages"]  # the page published since is gone
    assert fallback["engine"] == "database (fallback)" and fallback["hits"]
