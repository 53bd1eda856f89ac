"""import_practices: the example files, idempotency, translations, bad input."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Locale, Page, Revision, WorkflowState

from practices.models import PracticePage

pytestmark = pytest.mark.django_db

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
EXAMPLE_IDS = {
    "example-katerini-homework-club": {"el", "en"},
    "example-thessaloniki-tenancy-desk": {"el", "en"},
    "example-halle-job-mentoring": {"de", "en"},
    "example-athens-health-mediators": {"el"},
}


def run(path, *args):
    out, err = StringIO(), StringIO()
    # As committed: Elasticsearch is written on commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("import_practices", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        sorted(PracticePage.objects.values_list("pk", "last_published_at", "latest_revision_id")),
    )


def own_pages(external_id):
    return {
        page.locale.language_code: page
        for page in PracticePage.objects.filter(
            external_id=external_id, alias_of__isnull=True
        ).select_related("locale")
    }


@pytest.mark.parametrize("name", ["practices.json", "practices.csv"])
def test_example_file_imports_published_translations_and_is_idempotent(client, name):
    pages_before = Page.objects.count()
    out, _err = run(EXAMPLES / name, "--publish")
    assert "7 created, 0 updated" in out
    for external_id, languages in EXAMPLE_IDS.items():
        pages = own_pages(external_id)
        assert set(pages) == languages
        assert len({page.translation_key for page in pages.values()}) == 1
        assert all(page.live and not page.has_unpublished_changes for page in pages.values())
    # Greek sources have an alias in every other tree; the German one has none.
    katerini = own_pages("example-katerini-homework-club")["el"]
    assert PracticePage.objects.filter(translation_key=katerini.translation_key).count() == 7
    halle = own_pages("example-halle-job-mentoring")
    assert PracticePage.objects.filter(translation_key=halle["de"].translation_key).count() == 2
    assert Page.objects.count() > pages_before

    el, en = katerini, own_pages("example-katerini-homework-club")["en"]
    response = client.get(el.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Λέσχη μελέτης για παιδιά προσφύγων" in html and "Εθελοντές" in html
    response = client.get(en.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Homework club for refugee children" in html and "Children per school year" in html
    assert en.url.startswith("/en/cities/katerini/") and el.url.startswith("/el/cities/katerini/")
    assert [theme.slug for theme in en.themes.all()] == ["education", "language-learning"]
    assert str(en.figures[0].value["value"]) == "46.00"
    # Listed in the library of each language.
    library = client.get("/en/practices/?city=katerini").content.decode()
    assert "Homework club for refugee children" in library

    before = snapshot()
    out, _err = run(EXAMPLES / name, "--publish")
    assert "0 created, 0 updated, 7 unchanged" in out
    assert snapshot() == before


def write_json(tmp_path, records, name="practices.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"practices": records}), encoding="utf-8")
    return path


def example_records():
    return json.loads((EXAMPLES / "practices.json").read_text(encoding="utf-8"))["practices"]


def test_a_later_translation_replaces_the_alias_and_a_change_is_one_update(tmp_path):
    greek, english = example_records()[:2]
    run(write_json(tmp_path, [greek]), "--publish")
    source = own_pages(greek["external_id"])["el"]
    alias = PracticePage.objects.get(
        translation_key=source.translation_key, locale__language_code="en"
    )
    assert alias.alias_of_id == source.pk

    english["summary"] = "Changed summary."
    out, _err = run(write_json(tmp_path, [greek, english]), "--publish")
    assert "1 created, 0 updated, 1 unchanged" in out
    translation = PracticePage.objects.get(pk=alias.pk)  # the same page, now a translation
    assert translation.alias_of_id is None
    assert translation.translation_key == source.translation_key
    assert translation.title == english["title"] and translation.summary == "Changed summary."

    english["figures"][0]["value"] = 47
    out, _err = run(write_json(tmp_path, [greek, english]), "--publish")
    assert "0 created, 1 updated, 1 unchanged" in out
    assert str(PracticePage.objects.get(pk=alias.pk).figures[0].value["value"]) == "47.00"


def test_without_publish_pages_are_drafts_in_moderation(tmp_path, django_user_model):
    greek, english = example_records()[:2]
    run(write_json(tmp_path, [greek]), "--publish")
    english["title"] = "Homework club (draft)"
    user = django_user_model.objects.create_superuser("importer", "i@example.org", "x")
    out, _err = run(write_json(tmp_path, [greek, english]), "--user", "importer")
    assert "1 created" in out
    translation = own_pages(greek["external_id"])["en"]
    # Readers still see the Greek text; the English text waits for a moderator.
    assert translation.title == greek["title"]
    assert translation.get_latest_revision_as_object().title == "Homework club (draft)"
    state = WorkflowState.objects.get(object_id=str(translation.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == user
    before = snapshot()
    out, _err = run(write_json(tmp_path, [greek, english]), "--user", "importer")
    assert "0 created, 0 updated, 2 unchanged" in out
    assert snapshot() == before


def break_record(record, field, value):
    if "." in field:
        outer, inner = field.split(".")
        record[outer][inner] = value
    else:
        record[field] = value
    return record


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("city", "Atlantis", "city"),
        ("themes", ["education", "astrology"], "themes"),
        ("target_groups", ["nobody"], "target_groups"),
        ("start_date", "2022-13-01", "start_date"),
        ("end_date", "2001-01-01", "end_date"),
        ("title", "", "title"),
        ("language", "fr", "language"),
        ("status", "finished", "status"),
        ("contact.email", "not-an-address", "contact.email"),
        ("figures", [{"label": "x", "value": "many"}], "figures[1].value"),
        ("summary", "x" * 401, "summary"),
    ],
)
def test_each_invalid_record_is_named_and_nothing_is_written(tmp_path, field, value, named):
    records = example_records()
    break_record(records[3], field, value)
    before = snapshot()
    err = StringIO()
    with pytest.raises(CommandError, match=r"1 problem.*nothing was imported"):
        call_command("import_practices", str(write_json(tmp_path, records)), stderr=err)
    assert f"record 4 (example-thessaloniki-tenancy-desk), {named}:" in err.getvalue()
    assert snapshot() == before
    assert not PracticePage.objects.filter(external_id__startswith="example-").exists()


def test_a_term_awaiting_approval_is_not_a_known_slug(tmp_path):
    from taxonomy.models import Theme

    Theme.objects.create(
        name="Astrology", slug="astrology", locale=Locale.get_default(), live=False
    )
    records = example_records()
    for record in records[2:4]:  # both languages of one practice
        break_record(record, "themes", ["education", "astrology"])
    before = snapshot()
    err = StringIO()
    with pytest.raises(CommandError, match=r"2 problem.*nothing was imported"):
        call_command("import_practices", str(write_json(tmp_path, records)), stderr=err)
    assert "record 4 (example-thessaloniki-tenancy-desk), themes: unknown: astrology" in (
        err.getvalue()
    )
    assert snapshot() == before


def test_errors_list_every_bad_record_and_field(tmp_path, capsys):
    records = example_records()
    records[0]["city"] = "Atlantis"
    records[5]["start_date"] = "soon"
    del records[6]["title"]
    path = write_json(tmp_path, records)
    err = StringIO()
    with pytest.raises(CommandError, match="3 problem"):
        call_command("import_practices", str(path), stderr=err, stdout=StringIO())
    lines = err.getvalue().splitlines()
    assert any("record 1 (example-katerini-homework-club), city:" in line for line in lines)
    assert any("record 6 (example-halle-job-mentoring), start_date:" in line for line in lines)
    missing = "record 7 (example-athens-health-mediators), title: is missing"
    assert any(missing in line for line in lines)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", b'{"practices": [', "invalid JSON"),
        ("bad.json", b'[{"title": "x"}]', '"practices" list'),
        ("bad.csv", b"\xff\xfe\x00title", "not UTF-8"),
        ("bad.csv", b"title,colour\nx,red\n", "unknown: colour"),
        ("bad.txt", b"{}", ".json or .csv"),
    ],
)
def test_malformed_files_are_refused(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        run(path)
    assert snapshot() == before


def test_too_large_a_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("practices.import_records.MAX_FILE_BYTES", 100)
    with pytest.raises(CommandError, match="larger than"):
        run(EXAMPLES / "practices.json")


def test_a_failure_while_writing_rolls_everything_back(tmp_path, monkeypatch):
    from practices.import_pages import PracticeImporter

    records = example_records()
    original = PracticeImporter.import_practice
    calls = []

    def failing(self, group):
        calls.append(group)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(self, group)

    monkeypatch.setattr(PracticeImporter, "import_practice", failing)
    before = snapshot()
    with pytest.raises(RuntimeError):
        run(write_json(tmp_path, records), "--publish")
    assert snapshot() == before


def test_translations_must_agree_on_shared_fields_and_not_repeat(tmp_path):
    records = example_records()
    records[1]["themes"] = ["health"]
    records.append(dict(records[6]))
    err = StringIO()
    with pytest.raises(CommandError, match="2 problem"):
        call_command("import_practices", str(write_json(tmp_path, records)), stderr=err)
    errors = err.getvalue()
    assert "record 2 (example-katerini-homework-club), themes: differs from record 1" in errors
    assert "record 8 (example-athens-health-mediators), language: repeats record 7" in errors


def test_trees_stay_in_sync_from_greek(client, tmp_path):
    greek, english = example_records()[:2]
    run(write_json(tmp_path, [greek, english]), "--publish")
    source = own_pages(greek["external_id"])["el"]
    alias = PracticePage.objects.get(
        translation_key=source.translation_key, locale__language_code="de"
    )
    assert alias.alias_of_id == source.pk and alias.live
    response = client.get(alias.url)
    # German readers get the English text, German's first fallback
    # (settings.LANGUAGE_FALLBACKS), at the German address.
    assert english["external_id"] == greek["external_id"]
    assert response.status_code == 200 and english["title"] in response.content.decode()
    # The German library lists German texts; with every language it offers
    # the Greek original, linked through the German tree's alias.
    assert greek["title"] not in client.get("/de/practices/?city=katerini").content.decode()
    everywhere = client.get("/de/practices/?city=katerini&lang=all").content.decode()
    assert greek["title"] in everywhere and alias.url in everywhere


def test_a_greek_translation_of_a_german_original_gets_aliases(tmp_path):
    german, english = example_records()[4:6]
    run(write_json(tmp_path, [german]), "--publish")
    greek = {**german, "language": "el", "title": "Καθοδήγηση για την εργασία"}
    out, _err = run(write_json(tmp_path, [german, english, greek]), "--publish")
    assert "2 created, 0 updated, 1 unchanged" in out
    pages = PracticePage.objects.filter(external_id=german["external_id"])
    by_language = {page.locale.language_code: page for page in pages.select_related("locale")}
    assert set(by_language) == {"el", "en", "de", "ru", "uk", "ar", "fa"}
    assert by_language["ru"].alias_of_id == by_language["el"].pk
    assert not by_language["en"].alias_of_id and not by_language["de"].alias_of_id


def test_new_drafts_are_not_shown_to_readers(client, tmp_path):
    greek = example_records()[0]
    out, _err = run(write_json(tmp_path, [greek]))
    assert "1 created" in out and "submitted for moderation" in out
    pages = PracticePage.objects.filter(external_id=greek["external_id"])
    assert pages.count() == 7 and not pages.filter(live=True).exists()
    source = pages.get(alias_of__isnull=True)
    assert source.workflow_in_progress
    assert source.get_latest_revision_as_object().summary == greek["summary"]
    assert greek["title"] not in client.get("/el/practices/").content.decode()
    assert client.get("/el/cities/katerini/").status_code == 200
    assert client.get(source.url or "/el/cities/katerini/x/").status_code == 404
