"""What a backup must carry over, read from the database in use: run by
tests/test_security_backup.py in the test process (the source) and, as
`python -m tests.backup_probe`, in the restored site's process (the target).

`--create` then adds and publishes a page there, as an editor would: on
PostgreSQL it fails if the restore left a sequence behind the rows."""

import hashlib
import json
import sys


def _digest(rows):
    return hashlib.sha256(json.dumps(list(rows), default=str).encode()).hexdigest()


def _search(word, language):
    from search.service import build_query, search

    result = search(build_query({"q": word}, language, {}))
    return {
        "word": word,
        "engine": result.engine,
        "total": result.total,
        "hits": [hit.page_id for hit in result.hits],
    }


def snapshot():
    from django.contrib.auth.models import Group, User
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Locale, Page, Revision, Site
    from wagtail_localize.models import (
        LocaleSynchronization,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    pages = Page.objects.order_by("pk")
    document = get_document_model().objects.order_by("pk").first()
    english = pages.live().filter(locale__language_code="en", depth__gt=3).first()
    greek = pages.live().filter(locale__language_code="el", depth__gt=3, alias_of=None).first()
    word = max(english.title.split(), key=len)
    return {
        "pages": pages.count(),
        "pages_digest": _digest(
            pages.values_list(
                "pk",
                "title",
                "draft_title",
                "url_path",
                "locale__language_code",
                "live",
                "alias_of_id",
                "translation_key",
                "latest_revision_id",
                "content_type__model",
            )
        ),
        "aliases": pages.exclude(alias_of=None).count(),
        "revisions": Revision.objects.count(),
        "revisions_digest": _digest(
            Revision.objects.order_by("pk").values_list("pk", "object_id", "content")
        ),
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "sites": list(
            Site.objects.order_by("pk").values_list(
                "hostname", "port", "root_page_id", "is_default_site"
            )
        ),
        "translation_sources": TranslationSource.objects.count(),
        "translations": list(
            Translation.objects.order_by("pk").values_list(
                "source_id", "target_locale__language_code", "enabled"
            )
        ),
        "string_translations": sorted(StringTranslation.objects.values_list("pk", "data")),
        "locale_synchronizations": LocaleSynchronization.objects.count(),
        "users": sorted(User.objects.values_list("username", flat=True)),
        "groups": sorted(Group.objects.values_list("name", "permissions__codename")),
        "collections": sorted(Collection.objects.values_list("name", flat=True)),
        "images": get_image_model().objects.count(),
        "document_sha256": hashlib.sha256(document.file.read()).hexdigest(),
        "search_en": _search(word, "en"),
        "search_el": _search(max(greek.title.split(), key=len), "el"),
        "admin_search": sorted(p.pk for p in Page.objects.live().search(word)[:100]),
    }


def translate_with_localize():
    """Translate a live English practice into Ukrainian through
    wagtail-localize, as a translator would (the demo's own translations are
    copies and aliases): its source, strings, translated strings and the
    published Ukrainian page are then rows a backup must carry. Its id."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    from practices.models import PracticePage

    practice = PracticePage.objects.live().filter(locale__language_code="en").order_by("pk")[0]
    ukrainian = Locale.objects.get(language_code="uk")
    source, _created = TranslationSource.get_or_create_from_instance(practice)
    translation = Translation.objects.create(source=source, target_locale=ukrainian)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=ukrainian,
            context=segment.context,
            defaults={"data": f"UK {segment.string.data}", "translation_type": "manual"},
        )
    translation.save_target(publish=True)
    return practice.get_translation(ukrainian).pk


def create_page():
    """Add and publish a page under the English home page; its new ids."""
    from wagtail.models import Page

    from search.service import build_query, search
    from standardpages.models import StandardPage

    home = Page.objects.get(depth=2, locale__language_code="en").specific
    page = home.add_child(instance=StandardPage(title="Restored Zanzibarium", slug="restored"))
    page.save_revision().publish()
    hits = search(build_query({"q": "Zanzibarium"}, "en", {})).hits
    return {"page": page.pk, "found": [hit.page_id for hit in hits]}


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(create_page() if "--create" in sys.argv else snapshot()))
