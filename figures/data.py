"""The practice library counted: the numbers behind /<lang>/figures/.

One practice counts once, as it stands in the reader's language tree (every
tree holds every practice: its own translation or an alias of the original).
A fixed number of queries, whatever the size of the library.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from localization.fallback import localize_pages


@dataclass
class Bar:
    label: str
    count: int
    url: str
    lang: str = ""  # the label's language when it is not the reader's
    share: float = 0.0  # of the longest bar, 0..1


@dataclass
class Chart:
    key: str
    title: str
    bars: list = field(default_factory=list)

    def __post_init__(self):
        longest = max((bar.count for bar in self.bars), default=0)
        for bar in self.bars:
            bar.share = bar.count / longest if longest else 0.0

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)


def _library(base, **params):
    return f"{base}?{urlencode({'lang': 'all', **params})}"


def library_figures(locale):
    """{"charts": [Chart], "sums": [(unit, total, practices)], "total": n}."""
    from cities.models import CityPage
    from practices.models import EvidenceLevel, PracticeIndexPage, PracticePage, Status
    from search.engines.database import year_range
    from taxonomy.models import Theme, localized_terms

    library = PracticeIndexPage.objects.live().filter(locale=locale).first()
    base = library.get_url() if library is not None else ""
    practices = list(
        PracticePage.objects.live()
        .public()
        .filter(locale=locale)
        .values(
            "pk",
            "status",
            "evidence_level",
            "start_date",
            "end_date",
            "city_id",
            "figures",
            "locale__language_code",
            "alias_of__locale__language_code",
        )
    )
    ids = [practice["pk"] for practice in practices]
    through = PracticePage.themes.through.objects.filter(practicepage_id__in=ids)
    by_theme = Counter(slug for slug in through.values_list("theme__slug", flat=True))
    names = localized_terms(Theme, locale, slugs=list(by_theme))
    themes = Chart(
        "theme",
        _("Practices by theme"),
        sorted(
            (
                Bar(
                    term.name,
                    by_theme[slug],
                    _library(base, theme=slug),
                    lang=term.locale.language_code,
                )
                for slug, term in names.items()
            ),
            key=lambda bar: (-bar.count, bar.label),
        ),
    )
    by_city = Counter(practice["city_id"] for practice in practices if practice["city_id"])
    cities = localize_pages(CityPage.objects.filter(pk__in=by_city), related=())
    city_chart = Chart(
        "city",
        _("Practices by city"),
        sorted(
            (
                Bar(
                    city.title,
                    by_city[city.pk],
                    _library(base, city=city.slug),
                    lang=getattr(city, "_text_language", "") or "",
                )
                for city in cities
            ),
            key=lambda bar: (-bar.count, bar.label),
        ),
    )
    low, high = year_range()
    this_year = datetime.date.today().year
    running = Counter()
    for practice in practices:
        start, end = practice["start_date"], practice["end_date"]
        if start is None:
            continue  # undated: ran in no year anyone knows
        first = start.year
        if practice["status"] == Status.PLANNED:
            first = max(first, this_year)
        last = end.year if end else high
        for year in range(max(first, low), min(last, high) + 1):
            running[year] += 1
    years = Chart(
        "year",
        _("Practices running each year"),
        [
            Bar(str(year), running[year], _library(base, year=year))
            for year in range(low, high + 1)
            if running[year]
        ],
    )
    statuses = Counter(practice["status"] for practice in practices)
    status_chart = Chart(
        "status",
        _("Practices by status"),
        [
            Bar(label, statuses[value], _library(base, status=value))
            for value, label in Status.choices
            if statuses[value]
        ],
    )
    evidence = Counter(practice["evidence_level"] for practice in practices)
    evidence_chart = Chart(
        "evidence",
        _("Evidence of results"),
        [
            Bar(label, evidence[value], _library(base, evidence=value))
            for value, label in EvidenceLevel.choices
            if evidence[value]
        ],
    )
    return {
        "charts": [themes, city_chart, years, status_chart, evidence_chart],
        "sums": outcome_sums(practices),
        "total": len(practices),
        "freshness": freshness(ids),
        "library_url": base,
    }


def outcome_sums(practices):
    """The practices' own figures summed where their units agree (the same
    unit, as written, in the same language): [(unit, language, total, number
    of practices)], largest first. An untranslated practice (an alias) brings
    its original's figures, in its original's language."""
    totals, counts = defaultdict(Decimal), Counter()
    for practice in practices:
        language = practice["alias_of__locale__language_code"] or practice["locale__language_code"]
        seen = set()
        stream = practice["figures"]
        for block in getattr(stream, "raw_data", stream) or []:
            value = block.get("value") or {}
            unit = (" ".join(str(value.get("unit") or "").split()), language)
            if not unit[0]:
                continue
            try:
                totals[unit] += Decimal(str(value.get("value")))
            except (InvalidOperation, TypeError):
                continue
            if unit not in seen:
                counts[unit] += 1
                seen.add(unit)
    shared = [
        (unit, language, totals[(unit, language)], counts[(unit, language)])
        for unit, language in totals
        if counts[(unit, language)] > 1
    ]
    return sorted(shared, key=lambda row: (-row[3], row[0]))


def freshness(ids):
    """(confirmed within a year, older, never verified): one query."""
    from practices.models import PracticePage, stale_cutoff

    cutoff = stale_cutoff()
    fresh = older = never = 0
    for verified in PracticePage.objects.filter(pk__in=ids).values_list(
        "last_verified_on", flat=True
    ):
        if verified is None:
            never += 1
        elif verified >= cutoff:
            fresh += 1
        else:
            older += 1
    return {"fresh": fresh, "older": older, "never": never}
