"""The whole library as two files, CSV and JSON, in every language.

`python manage.py build_open_data` writes them under MEDIA_ROOT/opendata/:
for each site language, the rows of that language's library (the export's
rows, practices.export.Exporter: the practices with their own text in
that language), one file for all. Each file is written to a temporary name
and renamed, so a reader never gets half a file. A manifest records the
date, the sizes, the row counts and the licence, for the Data page.

Publishing, unpublishing or moving a page and saving a term mark the files
stale (opendata.signals: a marker file, one write). `build_open_data
--if-stale`, run from cron like `publish_scheduled`, rebuilds them only
then; the Data page builds them itself the first time, when there are none.
"""

import codecs
import csv
import json
import os
from pathlib import Path

from django.conf import settings
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import Site

FILES = {"csv": "practices-all-languages.csv", "json": "practices-all-languages.json"}
MANIFEST = "manifest.json"
STALE = "stale"


def directory():
    """OPEN_DATA_DIR if set (tests), else MEDIA_ROOT/opendata."""
    custom = getattr(settings, "OPEN_DATA_DIR", None)
    return Path(custom) if custom else Path(settings.MEDIA_ROOT) / "opendata"


def path_of(file_format):
    return directory() / FILES[file_format]


def manifest():
    try:
        return json.loads((directory() / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def mark_stale():
    folder = directory()
    if (folder / MANIFEST).exists():
        (folder / STALE).touch()


def is_stale():
    return (directory() / STALE).exists()


def _request():
    """A request on the default site, for its settings (URLs come from
    core.addresses)."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    host = site.hostname if site else "localhost"
    request = RequestFactory().get("/", HTTP_HOST=host)
    request.get_host = lambda: host  # ALLOWED_HOSTS is checked for real requests only
    return request


def _libraries():
    from practices.models import PracticeIndexPage

    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    pages = list(PracticeIndexPage.objects.live().public().select_related("locale"))
    pages = [page for page in pages if page.locale.language_code in order]
    return sorted(pages, key=lambda page: order[page.locale.language_code])


def _rows(request):
    """(exporter, row) for every language's library, in the site's order."""
    from practices.export import Exporter

    for library in _libraries():
        with translation.override(library.locale.language_code):
            exporter = Exporter(request, library)
            for row in exporter.rows():
                yield exporter, row


def build():
    """Write both files and the manifest; returns the manifest."""
    from core.models import NetworkSettings
    from practices.export import COLUMNS, _csv_cell

    folder = directory()
    folder.mkdir(parents=True, exist_ok=True)
    request = _request()
    network = NetworkSettings.load(request_or_site=request)
    licence = {"name": network.data_licence_name, "url": network.data_licence_url}
    now = timezone.now()
    # Marked before reading: a change during the build leaves it stale.
    (folder / STALE).unlink(missing_ok=True)
    rows = [row for _exporter, row in _rows(request)]
    csv_tmp, json_tmp = folder / ".csv.tmp", folder / ".json.tmp"
    with open(csv_tmp, "w", encoding="utf-8", newline="") as handle:
        handle.write(codecs.BOM_UTF8.decode("utf-8"))
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(row[name]) for name in COLUMNS])
    with open(json_tmp, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "licence": licence,
                "citation": translation.gettext(
                    "Cities Network for Integration: practice library, all languages "
                    "(%(date)s). %(licence)s"
                )
                % {"date": now.date().isoformat(), "licence": licence["name"]},
                "exported_on": now.date().isoformat(),
                "languages": [library.locale.language_code for library in _libraries()],
                "practices": rows,
            },
            handle,
            ensure_ascii=False,
        )
    os.replace(csv_tmp, path_of("csv"))
    os.replace(json_tmp, path_of("json"))
    counts = {}
    for row in rows:
        counts[row["language"]] = counts.get(row["language"], 0) + 1
    data = {
        "built_at": now.isoformat(),
        "rows": len(rows),
        "rows_by_language": counts,
        "licence": licence,
        "files": {
            file_format: {"name": FILES[file_format], "size": path_of(file_format).stat().st_size}
            for file_format in FILES
        },
    }
    manifest_tmp = folder / ".manifest.tmp"
    manifest_tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(manifest_tmp, folder / MANIFEST)
    return data


def current():
    """The manifest, building the files first if there are none yet."""
    data = manifest()
    if data is None or not all(path_of(name).exists() for name in FILES):
        data = build()
    return data
