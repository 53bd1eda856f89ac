"""Reading and checking a practice import file (docs/import.md).

Everything is checked before anything is written: `read_records` turns a JSON
or CSV file into plain records, `validate` checks every record against the
database and returns clean `Record`s or the complete list of problems, each
naming the record (position and external_id) and the field.
"""

import csv
import datetime
import decimal
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from .models import Status

MAX_FILE_BYTES = 10 * 1024 * 1024
TEXT_FIELDS = ["summary", "how_it_works", "how_it_started", "results"]
CONTACT_FIELDS = ["email", "phone", "url"]
FIELDS = ["external_id", "language", "title", "city", *TEXT_FIELDS, "themes", "target_groups"] + [
    "start_date",
    "end_date",
    "status",
    "contact",
    "figures",
]
CSV_COLUMNS = [name for name in FIELDS if name != "contact"] + [
    f"contact_{name}" for name in CONTACT_FIELDS
]
# Fields wagtail-localize keeps the same in every translation: all records of
# one practice must agree on them.
SHARED_FIELDS = ["city", "themes", "target_groups", "start_date", "end_date", "status", "contact"]
MAX_LENGTHS = {"external_id": 100, "title": 255, "summary": 400}


class ImportFileError(Exception):
    """The file as a whole cannot be read."""


@dataclass
class Problem:
    index: int  # 1-based position of the record in the file
    external_id: str
    field: str
    message: str

    def __str__(self):
        name = f" ({self.external_id})" if self.external_id else ""
        return f"record {self.index}{name}, {self.field}: {self.message}"


@dataclass
class Record:
    index: int
    external_id: str
    language: str
    title: str
    city_key: object  # the city's translation_key
    texts: dict
    themes: list
    target_groups: list
    start_date: datetime.date | None
    end_date: datetime.date | None
    status: str
    contact: dict
    figures: list = field(default_factory=list)

    def shared_values(self):
        values = {name: getattr(self, name, None) for name in SHARED_FIELDS}
        return {**values, "city": self.city_key}


# --- reading -------------------------------------------------------------------


def read_records(path, file_format=None):
    """The file's records as dicts, in order. Raises ImportFileError."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(f"cannot read {path}: {error.strerror}") from error
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    file_format = (file_format or path.suffix.lstrip(".")).lower()
    if file_format not in ("json", "csv"):
        raise ImportFileError("the file must end in .json or .csv (or give --format)")
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a BOM is dropped
    except UnicodeDecodeError as error:
        raise ImportFileError(f"{path} is not UTF-8 text: {error}") from error
    return _read_json(text) if file_format == "json" else _read_csv(text)


def _read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(f"invalid JSON: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("practices"), list):
        raise ImportFileError('the JSON must be an object with a "practices" list')
    return data["practices"]


def _read_csv(text):
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    unknown = [name for name in columns if name not in CSV_COLUMNS]
    if unknown or "title" not in columns:
        raise ImportFileError(
            f"the CSV header must name columns among {', '.join(CSV_COLUMNS)}"
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    records = []
    try:
        for row in reader:
            if None in row:
                raise ImportFileError(f"line {reader.line_num} has more cells than the header")
            records.append(_from_csv_row(row))
    except csv.Error as error:
        raise ImportFileError(f"invalid CSV: {error}") from error
    return records


def _split_list(value):
    return [item.strip() for item in value.replace("|", ";").split(";") if item.strip()]


def _csv_figures(value):
    value = value.strip()
    if not value:
        return []
    if value.startswith("["):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value  # reported by validation as malformed
    figures = []
    for item in _split_list(value):
        parts = item.rsplit(":", 3)
        if len(parts) != 4:
            return value
        label, number, unit, year = (part.strip() for part in parts)
        figures.append({"label": label, "value": number, "unit": unit, "year": year or None})
    return figures


def _from_csv_row(row):
    record = {name: (row.get(name) or "") for name in CSV_COLUMNS if name in row}
    contact = {name: record.pop(f"contact_{name}", "") for name in CONTACT_FIELDS}
    record["contact"] = contact
    for name in ("themes", "target_groups"):
        record[name] = _split_list(record.get(name, ""))
    record["figures"] = _csv_figures(record.get("figures", ""))
    return record


# --- checking --------------------------------------------------------------------


class _Checker:
    """Checks one record, collecting every problem rather than stopping."""

    def __init__(self, context, index, raw):
        self.context = context
        self.index = index
        self.raw = raw
        external_id = raw.get("external_id") if isinstance(raw, dict) else None
        self.external_id = external_id.strip() if isinstance(external_id, str) else ""
        self.problems = []

    def problem(self, field_name, message):
        self.problems.append(Problem(self.index, self.external_id, field_name, message))

    def text(self, name, required=False):
        value = self.raw.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.problem(name, "must be text")
            return ""
        value = value.strip()
        if "\x00" in value:
            self.problem(name, "contains a NUL character")
            value = value.replace("\x00", "")
        if required and not value:
            self.problem(name, "is missing")
        if name in MAX_LENGTHS and len(value) > MAX_LENGTHS[name]:
            self.problem(name, f"is longer than {MAX_LENGTHS[name]} characters")
        return value

    def date(self, name):
        value = self.raw.get(name)
        if value in (None, ""):
            return None
        try:
            return datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            self.problem(name, f"{value!r} is not a date (YYYY-MM-DD)")
            return None

    def slugs(self, name, known):
        value = self.raw.get(name) or []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(name, "must be a list of slugs")
            return []
        unknown = [slug for slug in value if slug not in known]
        if unknown:
            self.problem(name, f"unknown: {', '.join(unknown)}")
        return list(dict.fromkeys(value))

    def contact(self):
        value = self.raw.get("contact") or {}
        if not isinstance(value, dict) or set(value) - set(CONTACT_FIELDS):
            self.problem("contact", f"must be an object with {', '.join(CONTACT_FIELDS)}")
            return dict.fromkeys(CONTACT_FIELDS, "")
        contact = {}
        for name in CONTACT_FIELDS:
            item = value.get(name) or ""
            contact[name] = item.strip() if isinstance(item, str) else item
        checks = {"email": validate_email, "url": URLValidator(schemes=["http", "https"])}
        for name, check in checks.items():
            if contact[name]:
                try:
                    check(str(contact[name]))
                except ValidationError:
                    self.problem(f"contact.{name}", f"{contact[name]!r} is not valid")
        if not isinstance(contact["phone"], str) or len(contact["phone"]) > 40:
            self.problem("contact.phone", "must be text of at most 40 characters")
        return contact

    def figures(self):
        value = self.raw.get("figures") or []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem("figures", "must be a list of {label, value, unit, year}")
            return []
        figures = []
        for position, item in enumerate(value, start=1):
            name = f"figures[{position}]"
            label = str(item.get("label") or "").strip()
            unit = str(item.get("unit") or "").strip()
            if not label or len(label) > 160:
                self.problem(f"{name}.label", "is missing or longer than 160 characters")
            if len(unit) > 40:
                self.problem(f"{name}.unit", "is longer than 40 characters")
            try:
                number = decimal.Decimal(str(item.get("value")).strip())
                if not number.is_finite() or abs(number) >= 10**12:
                    raise decimal.InvalidOperation
                number = number.quantize(decimal.Decimal("0.01"))
            except (decimal.InvalidOperation, ValueError):
                self.problem(f"{name}.value", f"{item.get('value')!r} is not a number")
                number = None
            year = item.get("year")
            if year not in (None, ""):
                try:
                    year = int(str(year))
                    if not 1900 <= year <= 2100:
                        raise ValueError
                except ValueError:
                    self.problem(f"{name}.year", f"{item.get('year')!r} is not a year")
                    year = None
            else:
                year = None
            extra = set(item) - {"label", "value", "unit", "year"}
            if extra:
                self.problem(name, f"unknown fields: {', '.join(sorted(extra))}")
            figures.append({"label": label, "value": number, "unit": unit, "year": year})
        return figures

    def record(self):
        if not isinstance(self.raw, dict):
            self.problem("record", "must be an object")
            return None
        unknown = sorted(set(self.raw) - set(FIELDS))
        if unknown:
            self.problem("record", f"unknown fields: {', '.join(unknown)}")
        ctx = self.context
        external_id = self.text("external_id", required=True)
        language = self.text("language", required=True)
        if language and language not in ctx.languages:
            self.problem("language", f"{language!r} is not one of {', '.join(ctx.languages)}")
        title = self.text("title", required=True)
        city_name = self.text("city", required=True)
        city_key = ctx.cities.get(city_name.casefold())
        if city_name and city_key is None:
            self.problem("city", f"no member city is called {city_name!r}")
        elif city_key and language in ctx.languages and (city_key, language) not in ctx.city_pages:
            self.problem("city", f"{city_name} has no page in the {language!r} tree")
        texts = {name: self.text(name) for name in TEXT_FIELDS}
        status = self.text("status") or Status.ONGOING
        if status not in Status.values:
            self.problem("status", f"{status!r} is not one of {', '.join(Status.values)}")
        record = Record(
            index=self.index,
            external_id=external_id,
            language=language,
            title=title,
            city_key=city_key,
            texts=texts,
            themes=self.slugs("themes", ctx.themes),
            target_groups=self.slugs("target_groups", ctx.target_groups),
            start_date=self.date("start_date"),
            end_date=self.date("end_date"),
            status=status,
            contact=self.contact(),
            figures=self.figures(),
        )
        if record.start_date and record.end_date and record.end_date < record.start_date:
            self.problem("end_date", "is before start_date")
        return record


class _Context:
    """What records are checked against, read once."""

    def __init__(self):
        from wagtail.models import Locale

        from cities.models import CityPage
        from taxonomy.models import TargetGroup, Theme

        with_tree = set(Locale.objects.values_list("language_code", flat=True))
        self.languages = [code for code, _name in settings.LANGUAGES if code in with_tree]
        # Live terms only: pages show no other (a term awaiting approval is unknown).
        self.themes = set(Theme.objects.filter(live=True).values_list("slug", flat=True))
        self.target_groups = set(
            TargetGroup.objects.filter(live=True).values_list("slug", flat=True)
        )
        self.cities = {}
        self.city_pages = set()
        rows = CityPage.objects.values_list("title", "translation_key", "locale__language_code")
        for title, key, language in rows:
            self.cities.setdefault(title.strip().casefold(), key)
            self.city_pages.add((key, language))


def validate(raw_records):
    """(records, problems): clean records if `problems` is empty."""
    from .models import PracticePage

    context = _Context()
    records, problems, seen = [], [], {}
    if not raw_records:
        problems.append(Problem(0, "", "practices", "the file has no records"))
    for index, raw in enumerate(raw_records, start=1):
        checker = _Checker(context, index, raw)
        record = checker.record()
        problems += checker.problems
        if record is None:
            continue
        key = (record.external_id, record.language)
        if record.external_id and key in seen:
            problems.append(
                Problem(index, record.external_id, "language", f"repeats record {seen[key]}")
            )
        seen.setdefault(key, index)
        records.append(record)
    # Only clean records are compared: a bad value is reported once, as itself.
    flawed = {problem.index for problem in problems}
    clean = [record for record in records if record.index not in flawed]
    problems += _check_translations(clean, PracticePage)
    return records, sorted(problems, key=lambda problem: problem.index)


def _check_translations(records, model):
    """Records of one practice agree on its shared fields, and keep its city."""
    problems, first = [], {}
    for record in records:
        if not record.external_id:
            continue
        other = first.setdefault(record.external_id, record)
        if other is record:
            continue
        for name, value in record.shared_values().items():
            if value != other.shared_values()[name]:
                problems.append(
                    Problem(
                        record.index,
                        record.external_id,
                        name,
                        f"differs from record {other.index} of the same practice",
                    )
                )
    stored = dict(
        model.objects.filter(external_id__in=list(first), alias_of__isnull=True)
        .exclude(city__isnull=True)
        .values_list("external_id", "city__translation_key")
    )
    for external_id, record in first.items():
        if external_id in stored and record.city_key and stored[external_id] != record.city_key:
            message = "differs from the stored practice's city"
            problems.append(Problem(record.index, external_id, "city", message))
    return problems
