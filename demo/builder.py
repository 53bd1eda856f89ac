"""Builds the demo site from the data in demo.content, idempotently.

Every object is found again by a stable key before anything is created: a
page by its slug path under the home page in a locale, a term by slug and
locale, an image or document by title, a collection by name. A page is only
saved as a new revision when one of its values differs from the data, so a
second run writes nothing.

Greek is the source language. Every other language's tree is kept in sync
from it (wagtail-localize's "sync from", a LocaleSynchronization per
language): each source page has an alias in every tree until it is
translated. Where the data has a language's text, the alias is converted
into the real translation (``copy_for_translation``, parents first, where
there is no alias), sharing the source's ``translation_key``.
"""

import re

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.management.base import CommandError
from django.db import models, transaction
from modelcluster.fields import ParentalManyToManyField
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from core.blocks import stream_signature
from core.roles import ensure_roles
from demo.content import Doc, Img, PageRef, T
from demo.content import news as news_content
from demo.content import pages as pages_content
from demo.content.cities import CITIES, CITY_INDEX
from demo.content.community import COMMUNITY_INDEX, DISCUSSIONS
from demo.content.declaration import DECLARATION
from demo.content.documents import DOCUMENTS
from demo.content.events import EVENT_INDEX, EVENTS
from demo.content.languages import add_languages
from demo.content.news import NEWS, NEWS_INDEX
from demo.content.practices import PRACTICE_INDEX, all_practices
from demo.content.publications import PUBLICATION_INDEX, PUBLICATIONS, TEXT_DOCUMENTS
from demo.content.vocabularies import TARGET_GROUPS, THEMES
from demo.media import MediaLibrary
from demo.progress import Progress
from localization.trees import ensure_aliases
from members.onboarding import add_member_city
from members.roles import NETWORK_COLLECTION

SOURCE_LANGUAGE = "el"
LINK_PLACEHOLDER = re.compile(r'id="\{(\w+)\}"')


def all_specs():
    """Every page of the demo, parents before children."""
    return [
        pages_content.HOME,
        CITY_INDEX,
        PRACTICE_INDEX,
        NEWS_INDEX,
        DECLARATION,
        *pages_content.STANDARD_PAGES,
        *CITIES,
        *all_practices(),
        *NEWS,
        EVENT_INDEX,
        *EVENTS,
        PUBLICATION_INDEX,
        *PUBLICATIONS,
        COMMUNITY_INDEX,
        *DISCUSSIONS,
    ]


def localize(value, language):
    """The value for `language`: T picks its text, containers are walked."""
    if isinstance(value, T):
        return localize(value.get_for(language), language)
    if isinstance(value, dict):
        return {key: localize(item, language) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(localize(item, language) for item in value)
    return value


class DemoBuilder:
    def __init__(self, progress=None):
        add_languages()
        self.progress = progress or Progress()
        self.locales = {}
        self.pages = {}  # slug path -> {language: specific page}
        self.media = MediaLibrary()
        self.links = {**pages_content.RICH_TEXT_LINKS, **news_content.RICH_TEXT_LINKS}
        self.stats = {"pages created": 0, "pages published": 0, "terms created": 0}
        self._images = {}
        self._documents = {}

    # --- entry point -------------------------------------------------------

    def build(self):
        with transaction.atomic():
            self.progress.step("languages and vocabularies")
            self.ensure_locales()
            self.ensure_synchronisation()
            self.ensure_vocabularies()
            specs = all_specs()
            self.prepare_media(specs)
            self.build_source_tree(specs)
            self.synchronise_trees(specs)
            for language in self.translation_languages():
                self.build_translations(specs, language)
            self.ensure_network_settings()
            self.ensure_member_spaces(ensure_roles()["workflow"])
        self.stats.update(self.media.created)
        return self.stats

    def translation_languages(self):
        return [code for code in self.locales if code != SOURCE_LANGUAGE]

    def ensure_member_spaces(self, workflow):
        """Each city's editors' group, collection and workflow, through the
        same onboarding as ``add_member_city`` (the pages exist already, so
        only what is missing around them is made)."""
        for spec in self.progress.each("cities' editors and collections", CITIES):
            add_member_city(
                spec.fields["title"].get_for("en"),
                country=spec.fields["country"],
                joined_on=spec.fields.get("joined_on"),
                decision=spec.fields.get("council_decision", ""),
                slug=spec.slug,
                workflow=workflow,
            )

    def ensure_network_settings(self):
        """The network's contact address, unless an editor has set one."""
        from core.models import NetworkSettings

        network = NetworkSettings.load()
        if not network.contact_email:
            network.contact_email = pages_content.CONTACT_EMAIL
            network.save()

    # --- locales and vocabularies -------------------------------------------

    def ensure_locales(self):
        codes = [code for code, _name in settings.LANGUAGES]
        if SOURCE_LANGUAGE not in codes:
            raise CommandError(
                f"The demo content is written in {SOURCE_LANGUAGE!r}; add it to LANGUAGES."
            )
        for code in codes:
            self.locales[code], _created = Locale.objects.get_or_create(language_code=code)

    def ensure_synchronisation(self):
        """Every other language syncs from the source language, unless an
        editor has chosen another source for it."""
        source = self.locales[SOURCE_LANGUAGE]
        for language in self.translation_languages():
            LocaleSynchronization.objects.get_or_create(
                locale=self.locales[language], defaults={"sync_from": source}
            )

    def synchronise_trees(self, specs):
        """An alias in every synced tree for each demo page it lacks, as
        wagtail-localize makes when an editor adds a page in the admin (the
        builder adds its pages itself). Only the demo's own pages: practices
        generated for benchmarks (--practices) stay in their languages."""
        for spec in self.progress.each("aliases in the other languages", specs):
            ensure_aliases(self.pages[spec.path][SOURCE_LANGUAGE])

    def ensure_vocabularies(self):
        from taxonomy.models import TargetGroup, Theme

        for model, names in ((Theme, THEMES), (TargetGroup, TARGET_GROUPS)):
            for slug, name in names.items():
                source = self._ensure_term(model, slug, name, SOURCE_LANGUAGE, None)
                for language in self.translation_languages():
                    if language in name:
                        self._ensure_term(model, slug, name, language, source)

    def _ensure_term(self, model, slug, name, language, source):
        locale = self.locales[language]
        text = name.get_for(language)
        term = model.objects.filter(slug=slug, locale=locale).first()
        if term is None:
            if source is None:
                term = model(slug=slug, locale=locale, name=text)
            else:
                term = source.copy_for_translation(locale)
                term.name = text
            term.save()
            self.stats["terms created"] += 1
        elif term.name != text:
            term.name = text
            term.save(update_fields=["name"])
        return term

    def term(self, model, slug, language):
        """The term in `language`, or in the source language if not translated."""
        for code in (language, SOURCE_LANGUAGE):
            term = model.objects.filter(slug=slug, locale=self.locales[code]).first()
            if term is not None:
                return term
        raise CommandError(f"Unknown {model.__name__} {slug!r}")

    # --- images and documents ------------------------------------------------

    def prepare_media(self, specs):
        """Make every image and document the pages refer to, named after its page."""
        for spec in self.progress.each("images", specs):
            city = self._city_name(spec)
            title = spec.fields["title"].get_for("en")
            for ref in _refs(spec.fields, Img):
                if ref.key in self._images:
                    continue
                number = ref.key.rsplit("-", 1)[-1]
                suffix = f" ({number})" if number.isdigit() else ""
                owner = city or NETWORK_COLLECTION
                label = "city illustration" if ref.key.startswith("city-") else title
                self._images[ref.key] = self.media.image(
                    ref.key, f"{owner} \u2013 {label}{suffix}", owner
                )
        for key, spec in DOCUMENTS.items():
            self._documents[key] = self.media.document(key, spec)
        # The document library's files, one per language, with a text layer.
        from demo.text_pdf import draw_library_pdf

        for key, spec in self.progress.each("library files", TEXT_DOCUMENTS.items()):
            for language in spec["title"]:
                self._documents[f"{key}-{language}"] = self.media.document(
                    f"{key}-{language}",
                    {**localize(spec, language), "collection": NETWORK_COLLECTION},
                    draw=draw_library_pdf(language),
                )

    def _city_name(self, spec):
        parts = spec.path.split("/")
        if parts[0] == "cities" and len(parts) > 1:
            city = next(city for city in CITIES if city.path == f"cities/{parts[1]}")
            return city.fields["title"].get_for("en")
        return None

    # --- the page tree ---------------------------------------------------------

    def build_source_tree(self, specs):
        for spec in specs:
            self.ensure_source_page(spec)
        for spec in self.progress.each(f"pages in {SOURCE_LANGUAGE}", specs):
            self.fill(spec, self.pages[spec.path][SOURCE_LANGUAGE], SOURCE_LANGUAGE)

    def ensure_source_page(self, spec):
        locale = self.locales[SOURCE_LANGUAGE]
        model = apps.get_model(spec.model)
        if spec.path == "":
            page = self._source_home(model, locale)
        else:
            parent = self.pages[spec.parent_path][SOURCE_LANGUAGE]
            page = parent.get_children().filter(slug=spec.slug).first()
            if page is None:
                page = model(
                    title=spec.fields["title"].get_for(SOURCE_LANGUAGE),
                    slug=spec.slug,
                    locale=locale,
                    live=False,
                    has_unpublished_changes=True,
                )
                parent.add_child(instance=page)
                self.stats["pages created"] += 1
            page = page.specific
            if not isinstance(page, model):
                raise CommandError(
                    f"/{spec.path}/ is a {type(page).__name__}, expected {model.__name__}."
                )
        self.pages[spec.path] = {SOURCE_LANGUAGE: page}

    def _source_home(self, model, locale):
        home = model.objects.filter(depth=2, locale=locale).order_by("path").first()
        if home is None:
            home = model(title="Home", slug="home", locale=locale, live=False)
            Page.get_first_root_node().add_child(instance=home)
            self.stats["pages created"] += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name=""
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        return home

    def build_translations(self, specs, language):
        wanted = [spec for spec in specs if language in spec.fields["title"]]
        for spec in wanted:
            self.ensure_translation(spec, language)
        for spec in self.progress.each(f"pages in {language}", wanted):
            self.fill(spec, self.pages[spec.path][language], language)

    def ensure_translation(self, spec, language):
        locale = self.locales[language]
        source = self.pages[spec.path][SOURCE_LANGUAGE]
        page = source.get_translation_or_none(locale)
        if page is not None and page.alias_of_id:
            # wagtail-localize's synchronisation left an alias: make it the translation.
            ConvertAliasPageAction(page).execute(skip_permission_checks=True)
            page = Page.objects.get(pk=page.pk)
        if page is None:
            page = source.copy_for_translation(locale, copy_parents=True)
            self.stats["pages created"] += 1
        self.pages[spec.path][language] = page.specific

    # --- field values ----------------------------------------------------------

    def fill(self, spec, page, language):
        """Give the page the spec's values; publish only if something changed."""
        values = {**spec.fields, "show_in_menus": spec.in_menu}
        changed = False
        for name, raw in values.items():
            changed |= self.apply(page, name, raw, language)
        if changed or not page.live or page.has_unpublished_changes:
            # Publishing writes the tree fields of this object back: children may
            # have been added since it was read (copy_for_translation reads the
            # parent afresh), so take them from the database first.
            tree = Page.objects.values("path", "depth", "numchild", "url_path").get(pk=page.pk)
            for name, value in tree.items():
                setattr(page, name, value)
            page.save_revision(log_action=True).publish()
            self.stats["pages published"] += 1
            # Publishing saves a copy made from the revision: read back what was stored.
            self.pages[spec.path][language] = type(page).objects.get(pk=page.pk)

    def apply(self, page, name, raw, language):
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist as error:
            raise CommandError(f"{type(page).__name__} has no field {name!r}") from error
        if field.one_to_many:
            return self.apply_principles(page, name, raw, language)
        if isinstance(field, StreamField):
            data = [
                {"type": block_type, "value": self.resolve(value, language, as_ids=True)}
                for block_type, value in raw
            ]
            wanted = field.to_python(data)
            if stream_signature(getattr(page, name)) == stream_signature(wanted):
                return False
            setattr(page, name, data)
            return True
        if isinstance(field, ParentalManyToManyField):
            objects = [self.related(field.related_model, key, language) for key in raw]
            current = {obj.pk for obj in getattr(page, name).all()}
            if current == {obj.pk for obj in objects}:
                return False
            getattr(page, name).set(objects)
            return True
        value = self.resolve(raw, language)
        if isinstance(field, models.ForeignKey):
            if getattr(page, field.attname) == (value.pk if value else None):
                return False
            setattr(page, name, value)
            return True
        if isinstance(field, RichTextField) and value is None:
            value = ""
        if getattr(page, name) == value:
            return False
        setattr(page, name, value)
        return True

    def resolve(self, value, language, as_ids=False):
        """Texts in `language`; images, documents and pages as objects, or as
        ids (for StreamField data)."""
        return self._resolve_refs(localize(value, language), language, as_ids)

    def _resolve_refs(self, value, language, as_ids):
        if isinstance(value, Img):
            image = self._images[value.key]
            return image.pk if as_ids else image
        if isinstance(value, Doc):
            document = self._documents[value.key]
            return document.pk if as_ids else document
        if isinstance(value, PageRef):
            page = self.page(value.path, language)
            return page.pk if as_ids else page
        if isinstance(value, str):
            return LINK_PLACEHOLDER.sub(
                lambda match: f'id="{self.page(self.links[match[1]].path, language).pk}"',
                value,
            )
        if isinstance(value, dict):
            return {key: self._resolve_refs(item, language, as_ids) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [self._resolve_refs(item, language, as_ids) for item in value]
        return value

    def page(self, path, language):
        """The page at `path` in `language`, or the source page if not translated."""
        by_language = self.pages[path]
        return by_language.get(language) or by_language[SOURCE_LANGUAGE]

    def related(self, model, key, language):
        from declarations.models import Principle
        from taxonomy.models import TargetGroup, Theme

        if model in (Theme, TargetGroup):
            return self.term(model, key, language)
        if model is Principle:
            declaration = self.page(DECLARATION.path, language)
            return declaration.principles.get(number=key)
        if issubclass(model, Page):
            return self.page(key.path, language)
        raise CommandError(f"Cannot refer to a {model.__name__} from demo data")

    def apply_principles(self, page, name, items, language):
        """Child rows (the declaration's principles), matched by their number."""
        relation = getattr(page, name)
        model = relation.model
        existing = {row.number: row for row in relation.all()}
        source_keys = {}
        if language != SOURCE_LANGUAGE:
            source_page = self.pages[DECLARATION.path][SOURCE_LANGUAGE]
            source_keys = dict(
                model.objects.filter(page=source_page).values_list("number", "translation_key")
            )
        changed = set(existing) != {item["number"] for item in items}
        rows = []
        for position, item in enumerate(items):
            row = existing.get(item["number"])
            if row is None:
                row = model(number=item["number"], locale=page.locale)
                if item["number"] in source_keys:
                    row.translation_key = source_keys[item["number"]]
                changed = True
            for field_name in ("short_title", "text"):
                text = localize(item[field_name], language)
                if getattr(row, field_name) != text:
                    setattr(row, field_name, text)
                    changed = True
            if row.sort_order != position:
                row.sort_order = position
                changed = True
            rows.append(row)
        if changed:
            relation.set(rows)
        return changed


def _refs(value, kind):
    """Every `kind` marker (Img, Doc) inside a spec's values."""
    if isinstance(value, kind):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _refs(item, kind)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _refs(item, kind)
