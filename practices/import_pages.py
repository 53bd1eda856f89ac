"""Writing checked import records as practice pages (docs/import.md).

One practice per external_id. Its first record (the default language's, if
the file has one) is created as the source page under its city in that
language's tree, with aliases in the trees that sync from it, as the admin's
"add page" does (wagtail-localize's `after_create_page` hook). Every other
record becomes a translation sharing the source's translation_key: the
alias in that tree is converted, as a translator's first translation does,
or the page is copied into the tree.

A page is only given a new revision when one of its values differs from the
record, so importing the same file again writes nothing. Without `publish`,
changed pages are saved as draft revisions and submitted to their moderation
workflow; with it, they are published.
"""

import re

from anyascii import anyascii
from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page

from cities.models import CityPage
from core.blocks import stream_signature
from localization.trees import ensure_aliases
from taxonomy.models import TargetGroup, Theme, localized_terms

from .import_records import TEXT_FIELDS
from .models import PracticePage

SLUG_LENGTH = 80


def plain_text_to_html(text):
    """Paragraphs separated by blank lines; the text is escaped, never HTML."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line.strip()) for line in part.splitlines()))
        for part in paragraphs
    )


class PracticeImporter:
    def __init__(self, publish=False, user=None):
        self.publish = publish
        self.user = user
        self.default_language = settings.LANGUAGE_CODE
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.stats = {"created": 0, "updated": 0, "unchanged": 0}

    def run(self, records):
        """Write every record, or nothing: one transaction."""
        groups = {}
        for record in records:
            groups.setdefault(record.external_id, []).append(record)
        with transaction.atomic():
            for group in groups.values():
                self.import_practice(group)
        return self.stats

    # --- one practice, all its languages -------------------------------------

    def import_practice(self, records):
        external_id = records[0].external_id
        pages = {
            page.locale.language_code: page
            for page in PracticePage.objects.filter(external_id=external_id)
            .select_related("locale")
            .order_by("pk")
        }
        own = {language: page for language, page in pages.items() if not page.alias_of_id}
        if own:
            source = next(iter(own.values()))
            for candidate in own.values():  # prefer the original over its translations
                if candidate.locale.language_code == self.default_language:
                    source = candidate
        else:
            first = next((r for r in records if r.language == self.default_language), records[0])
            source = self.create_source(first, records)
            own[first.language] = source
            self.stats["created"] += 1
            self.write(source, first, new=True)
            records = [record for record in records if record is not first]
        for record in records:
            page = own.get(record.language)
            new = page is None
            if new:
                page = self.translation(source, record.language)
                self.stats["created"] += 1
            self.write(page, record, new=new)

    def create_source(self, record, records):
        locale = self.locales[record.language]
        city = CityPage.objects.get(translation_key=record.city_key, locale=locale)
        page = PracticePage(
            title=record.title,
            slug=self.free_slug(city, records),
            locale=locale,
            external_id=record.external_id,
            live=False,
            has_unpublished_changes=True,
            owner=self.user,
        )
        city.add_child(instance=page)
        ensure_aliases(page)
        return page

    def free_slug(self, city, records):
        """Slugs are the same in every tree: one from the English or source
        title, in ASCII, free under the city in every tree."""
        titles = [r.title for r in records if r.language == "en"] + [records[0].title]
        base = slugify(anyascii(titles[0]))[:SLUG_LENGTH].strip("-")
        base = base or slugify(records[0].external_id) or "practice"
        taken = set()
        for page in CityPage.objects.filter(translation_key=city.translation_key):
            taken |= set(page.get_children().values_list("slug", flat=True))
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug

    def translation(self, source, language):
        """The page to hold `language`'s text: the converted alias or a copy."""
        locale = self.locales[language]
        page = source.get_translation_or_none(locale)
        if page is not None and page.alias_of_id:
            ConvertAliasPageAction(page, user=self.user).execute(skip_permission_checks=True)
            return PracticePage.objects.get(pk=page.pk)
        page = source.copy_for_translation(locale, copy_parents=True)
        ensure_aliases(page)  # a new page in a tree others sync from
        return PracticePage.objects.get(pk=page.pk)

    # --- values ------------------------------------------------------------------

    def write(self, page, record, new):
        """Give the page the record's values; a revision only if one differs."""
        draft = page.get_latest_revision_as_object()
        changed = self.apply(draft, record)
        unpublished = self.publish and (not page.live or page.has_unpublished_changes)
        if not (new or changed or unpublished):
            self.stats["unchanged"] += 1
            return
        if not new:
            self.stats["updated"] += 1
        # The revision is taken from the page object: keep its tree fields current.
        tree = Page.objects.values("path", "depth", "numchild", "url_path").get(pk=page.pk)
        for name, value in tree.items():
            setattr(draft, name, value)
        revision = draft.save_revision(user=self.user, log_action=True)
        if self.publish:
            revision.publish(user=self.user)
            return
        workflow = page.get_workflow()
        if workflow is not None and not page.workflow_in_progress:
            workflow.start(draft, self.user)

    def apply(self, page, record):
        values = {
            "title": record.title,
            "summary": record.texts["summary"],
            "start_date": record.start_date,
            "end_date": record.end_date,
            "status": record.status,
            "contact_email": record.contact["email"],
            "contact_phone": record.contact["phone"],
            "contact_url": record.contact["url"],
            "external_id": record.external_id,
        }
        for name in TEXT_FIELDS[1:]:
            values[name] = plain_text_to_html(record.texts[name])
        changed = False
        for name, value in values.items():
            if getattr(page, name) != value:
                setattr(page, name, value)
                changed = True
        changed |= self.apply_terms(page, "themes", Theme, record.themes)
        changed |= self.apply_terms(page, "target_groups", TargetGroup, record.target_groups)
        return self.apply_figures(page, record.figures) or changed

    def apply_terms(self, page, name, model, slugs):
        """The terms in the page's language, or another language's where a term
        has no translation (filters work on slugs either way)."""
        terms = localized_terms(model, page.locale, slugs=slugs)
        wanted = [terms[slug] for slug in slugs]
        relation = getattr(page, name)
        if {term.pk for term in relation.all()} == {term.pk for term in wanted}:
            return False
        relation.set(wanted)
        return True

    def apply_figures(self, page, figures):
        data = [{"type": "figure", "value": {**figure, "source": ""}} for figure in figures]
        wanted = PracticePage._meta.get_field("figures").to_python(data)
        if stream_signature(page.figures) == stream_signature(wanted):
            return False
        page.figures = data
        return True
