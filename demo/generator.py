"""Generated practices for search benchmarks: ``load_demo_content --practices N``.

Practice number i (external_id "gen-0000i") is drawn from its own
``random.Random`` seeded with i, so it is the same whatever N is, and a
second run skips every (external_id, language) already stored. Most
practices exist in one language; some also in one or two more languages,
sharing one translation_key (a UUID derived from the external_id) as a
translation made with copy_for_translation would.

Speed matters (20,000 practices): the pages are written straight into the
tree under their city (tree paths computed here, no revisions, no full_clean),
and search indexing and the reference index are paused; run
``manage.py update_index`` afterwards.
"""

import datetime
import random
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Page

from demo.content import PageSpec, paragraphs
from demo.content.cities import CITIES
from demo.content.cities_members import CITY_NAMES
from demo.content.generated import LANGUAGES, pool

PREFIX = "gen-"
BATCH_SIZE = 500
# Who writes in which language, roughly: weights of the first language.
LANGUAGE_WEIGHTS = {"el": 30, "en": 25, "de": 15, "ru": 10, "ar": 10, "uk": 10}
TRANSLATED_SHARE = 0.15  # practices that also exist in one or two other languages
KEY_NAMESPACE = uuid.UUID("6f1c2a52-3d0e-4c1e-9a53-1f2f0b6f7a10")
STATUSES = {"ongoing": 55, "completed": 30, "planned": 15}
EVIDENCE = {"self-reported": 60, "monitored": 30, "externally-evaluated": 10}
FUNDERS = ["eu", "eu", "municipal", "regional"]  # matches each pool's FUNDING
FIRST_START = datetime.date(2012, 1, 1)
TODAY = datetime.date(2026, 11, 1)  # fixed, so that the same N gives the same pages


def external_id(number):
    return f"{PREFIX}{number:05d}"


@dataclass
class Plan:
    """Everything about one generated practice except its wording."""

    number: int
    languages: list
    city: str
    themes: list
    groups: list
    status: str
    evidence: str
    start: datetime.date
    end: datetime.date | None
    verified: datetime.date
    funding: int
    principles: list
    picks: dict = field(default_factory=dict)

    @property
    def external_id(self):
        return external_id(self.number)

    @property
    def translation_key(self):
        return uuid.uuid5(KEY_NAMESPACE, self.external_id)


def _weighted(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _date_between(rng, start, end):
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def make_plan(number, available_languages):
    rng = random.Random(f"citynet-generated-practice:{number}")  # noqa: S311 -- demo data
    weights = {
        code: weight for code, weight in LANGUAGE_WEIGHTS.items() if code in available_languages
    } or {available_languages[0]: 1}
    first = _weighted(rng, weights)
    languages = [first]
    if rng.random() < TRANSLATED_SHARE:
        others = [code for code in weights if code != first]
        languages += rng.sample(others, min(len(others), rng.randint(1, 2)))
    themes = rng.sample(sorted(pool("en").ACTIVITIES), rng.randint(1, 3))
    groups = rng.sample(sorted(pool("en").FOR_GROUP), rng.randint(1, 3))
    status = _weighted(rng, STATUSES)
    if status == "planned":
        start = _date_between(rng, TODAY, TODAY + datetime.timedelta(days=400))
        end = None
    else:
        start = _date_between(rng, FIRST_START, TODAY - datetime.timedelta(days=60))
        end = None
        if status == "completed":
            end = min(start + datetime.timedelta(days=rng.randint(120, 1500)), TODAY)
        elif rng.random() < 0.3:
            end = start + datetime.timedelta(days=rng.randint(400, 2000))
    plan = Plan(
        number=number,
        languages=languages,
        city=rng.choice(sorted(CITY_NAMES)),
        themes=themes,
        groups=groups,
        status=status,
        evidence=_weighted(rng, EVIDENCE),
        start=start,
        end=end,
        verified=_date_between(rng, datetime.date(2023, 1, 1), TODAY),
        funding=rng.randrange(len(FUNDERS)),
        principles=sorted(rng.sample(range(1, 14), rng.randint(0, 2))),
    )
    plan.picks = {
        "title": rng.randrange(3),
        "activity": rng.randrange(2),
        "summary": rng.randrange(3),
        "works": [(theme, rng.randrange(3)) for theme in themes] + [(themes[0], rng.randrange(3))],
        "inspiring": rng.sample(range(4), rng.randint(1, 2)),
        "started": rng.randrange(4),
        "results": rng.sample(range(4), rng.randint(1, 2)),
        "number": rng.choice([12, 25, 40, 60, 85, 120, 150, 240, 300, 450, 800, 1200]),
        "figures": [(theme, rng.randint(5, 2500)) for theme in themes[: rng.randint(1, 2)]],
        "block_ids": [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(2)],
    }
    return plan


def wording(plan, language):
    """The practice's texts in `language`: the same picks in every language."""
    words = pool(language)
    picks = plan.picks
    primary = plan.themes[0]
    for_group = words.FOR_GROUP[plan.groups[0]]
    title = words.TITLE_PATTERNS[picks["title"]].format(
        activity=words.ACTIVITIES[primary][picks["activity"]],
        for_group=for_group,
        city=CITY_NAMES[plan.city].get_for(language),
    )
    works = list(dict.fromkeys(words.SENTENCES[theme][k] for theme, k in picks["works"]))
    figures = [
        {
            "type": "figure",
            "id": block_id,
            "value": {
                "label": words.FIGURES[theme][0],
                "value": value,
                "unit": words.FIGURES[theme][1],
                "year": min(plan.start.year + 1, TODAY.year),
                "source": "",
            },
        }
        for (theme, value), block_id in zip(picks["figures"], picks["block_ids"], strict=False)
    ]
    return {
        "title": title,
        "summary": words.SENTENCES[primary][picks["summary"]],
        "inspiring": paragraphs(
            *(words.INSPIRING[k].format(for_group=for_group) for k in picks["inspiring"])
        ),
        "how_it_works": paragraphs(*works),
        "how_it_started": paragraphs(words.STARTED[picks["started"]].format(year=plan.start.year)),
        "results": paragraphs(
            *(words.RESULTS[k].format(number=picks["number"]) for k in picks["results"])
        ),
        "funding_programme": words.FUNDING[plan.funding],
        "figures": figures,
    }


@contextmanager
def indexing_paused():
    """No search indexing or reference-index updates on save, for bulk writes."""
    from modelsearch import index as search_index
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.signal_handlers import disable_reference_index_auto_update

    paused = [
        model
        for model in search_index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


class TreeSlot:
    """Appends children to one parent page without treebeard's per-child queries."""

    def __init__(self, parent):
        self.parent = parent
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.step = Page._str2int(last[-Page.steplen :]) if last else 0
        self.dirty = False

    def place(self, page):
        self.step += 1
        page.depth = self.parent.depth + 1
        page.path = Page._get_path(self.parent.path, page.depth, self.step)
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page._cached_parent_obj = self.parent
        self.dirty = True

    def flush(self):
        if self.dirty:
            count = Page.objects.filter(
                path__startswith=self.parent.path, depth=self.parent.depth + 1
            ).count()
            Page.objects.filter(pk=self.parent.pk).update(numchild=count)
            self.parent.numchild = count
            self.dirty = False


class PracticeGenerator:
    def __init__(self, builder, progress=None):
        from practices.models import PracticePage

        self.PracticePage = PracticePage
        self.builder = builder
        self.progress = progress or (lambda message: None)
        site_languages = [code for code, _name in settings.LANGUAGES]
        self.languages = [code for code in LANGUAGES if code in site_languages]
        self.slots = {}
        self.terms = {}
        self.principles = {}
        self.pending = {}  # through model -> rows to insert at the end of the batch

    def run(self, count):
        plans = [make_plan(number, self.languages) for number in range(1, count + 1)]
        existing = set(
            self.PracticePage.objects.filter(external_id__startswith=PREFIX).values_list(
                "external_id", "locale__language_code"
            )
        )
        todo = [
            (plan, language)
            for plan in plans
            for language in plan.languages
            if (plan.external_id, language) not in existing
        ]
        # City pages in every language needed, made the ordinary way (with revisions).
        for city, language in sorted({(plan.city, language) for plan, language in todo}):
            self.city_page(city, language)
        created = 0
        started = time.monotonic()
        with indexing_paused():
            for start in range(0, len(todo), BATCH_SIZE):
                with transaction.atomic():
                    for plan, language in todo[start : start + BATCH_SIZE]:
                        self.create(plan, language)
                        created += 1
                    self.flush_relations()
                    for slot in self.slots.values():
                        slot.flush()
                elapsed = time.monotonic() - started
                self.progress(
                    f"  generated pages: {created}/{len(todo)} "
                    f"({created / elapsed if elapsed else 0:.0f}/s)"
                )
        return {"generated practices": count, "generated pages created": created}

    def city_page(self, slug, language):
        path = f"cities/{slug}"
        if language not in self.builder.pages[path]:
            city_spec = next(spec for spec in CITIES if spec.path == path)
            spec = PageSpec(
                path=path,
                model=city_spec.model,
                fields={**city_spec.fields, "title": CITY_NAMES[slug]},
                in_menu=city_spec.in_menu,
            )
            self.builder.ensure_translation(spec, language)
            self.builder.fill(spec, self.builder.pages[path][language], language)
        return self.builder.pages[path][language]

    def slot(self, city, language):
        key = (city, language)
        if key not in self.slots:
            self.slots[key] = TreeSlot(self.city_page(city, language))
        return self.slots[key]

    def term_objects(self, model, slugs, language):
        return [self._cached_term(model, slug, language) for slug in slugs]

    def _cached_term(self, model, slug, language):
        key = (model, slug, language)
        if key not in self.terms:
            self.terms[key] = self.builder.term(model, slug, language)
        return self.terms[key]

    def principle_objects(self, numbers, language):
        if language not in self.principles:
            declaration = self.builder.page("declaration", language)
            self.principles[language] = {row.number: row for row in declaration.principles.all()}
        return [self.principles[language][number] for number in numbers]

    def create(self, plan, language):
        from taxonomy.models import TargetGroup, Theme

        slot = self.slot(plan.city, language)
        texts = wording(plan, language)
        published = datetime.datetime.combine(
            min(plan.verified, plan.start), datetime.time(9), tzinfo=datetime.UTC
        )
        page = self.PracticePage(
            title=texts["title"],
            draft_title=texts["title"],
            slug=plan.external_id,
            locale=self.builder.locales[language],
            translation_key=plan.translation_key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            external_id=plan.external_id,
            summary=texts["summary"],
            inspiring=texts["inspiring"],
            how_it_works=texts["how_it_works"],
            how_it_started=texts["how_it_started"],
            results=texts["results"],
            contact_email=f"practice-{plan.number}@{plan.city}.example.org",
            start_date=plan.start,
            end_date=plan.end,
            status=plan.status,
            funding_programme=texts["funding_programme"],
            funder_type=FUNDERS[plan.funding],
            figures=texts["figures"],
            evidence_level=plan.evidence,
            last_verified_on=plan.verified,
        )
        slot.place(page)
        # Spare Page.save two lookups per page: the city is known (CityScopedMixin
        # would search up the tree) and a practice is never a site's root page.
        page.city = slot.parent
        page.city_from_tree = lambda: slot.parent
        page.is_site_root = lambda: False
        # No "wagtail.create" log entry per generated page (log_action=None).
        page.save(clean=False, log_action=None)
        for name, objects in (
            ("themes", self.term_objects(Theme, plan.themes, language)),
            ("target_groups", self.term_objects(TargetGroup, plan.groups, language)),
            ("principles", self.principle_objects(plan.principles, language)),
        ):
            field = self.PracticePage._meta.get_field(name)
            through = field.remote_field.through
            self.pending.setdefault(through, []).extend(
                through(**{field.m2m_field_name(): page, field.m2m_reverse_field_name(): obj})
                for obj in objects
            )

    def flush_relations(self):
        """Many-to-many rows of the batch, one INSERT per table."""
        for through, rows in self.pending.items():
            through.objects.bulk_create(rows)
        self.pending = {}


def generate_practices(builder, count, progress=None):
    return PracticeGenerator(builder, progress).run(count)
