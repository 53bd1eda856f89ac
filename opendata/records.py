"""Pages as the API's records (docs/api.md), built a batch at a time.

A practice's record is the export's row (practices.export.Exporter.row),
so that the API and the downloads say the same thing about it, plus the
fields a file has no column for: identifiers, funding, partners, principles,
dates of publication and the other language versions with their provenance.
Each batch costs a fixed number of queries, whatever its size.
"""

from collections import defaultdict

from django.utils.html import strip_tags

from cities.models import country_name
from core.addresses import page_url
from search.models import SearchDocument


def _iso(value):
    return value.isoformat() if value else None


def _text(value):
    """Rich text as plain text (readers of the data get no markup)."""
    if value is None:
        return ""
    source = value.source if hasattr(value, "source") else str(value)
    return " ".join(strip_tags(source.replace("<", " <")).split())


def live_public(model):
    """Published pages nobody has restricted: never a draft, never a
    members' page. Rows of live pages hold their published text, so an
    unpublished translation (a draft revision) is never read."""
    return model.objects.live().public()


def in_order(queryset, ids):
    loaded = queryset.in_bulk(ids)
    return [loaded[page_id] for page_id in ids if page_id in loaded]


def load_practices(ids):
    from practices.models import PracticePage

    queryset = (
        live_public(PracticePage)
        .select_related("locale", "city", "alias_of__locale")
        .prefetch_related("themes", "target_groups", "principles")
    )
    return in_order(queryset, ids)


def versions(pages, kind, request):
    """{translation_key: [version]}: the live language versions with their
    own text of each page's translation group, with their provenance (the
    original, or a translation from which language). Three queries."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    documents = list(
        SearchDocument.objects.filter(translation_key__in=keys, kind=kind).values_list(
            "page_id", "translation_key", "language"
        )
    )
    urls = {
        page.pk: page_url(page, request)
        for page in Page.objects.live()
        .public()
        .filter(pk__in=[page_id for page_id, *_ in documents])
        .select_related("locale")
    }
    sources = {
        (record.source.object_id, record.target_locale.language_code): (
            record.source.locale.language_code
        )
        for record in Translation.objects.filter(source__object_id__in=keys).select_related(
            "source__locale", "target_locale"
        )
    }
    from django.conf import settings

    default = settings.LANGUAGE_CODE
    has_default = {key for _page_id, key, language in documents if language == default}
    grouped = defaultdict(list)
    for page_id, key, language in documents:
        if page_id not in urls:
            continue
        # As localization.status.original_language: a translation's source is
        # its wagtail-localize source, else the default language's version.
        source = sources.get((key, language))
        if source is None and language != default and key in has_default:
            source = default
        grouped[key].append(
            {
                "id": page_id,
                "language": language,
                "url": urls[page_id],
                "provenance": "translation" if source else "original",
                "translated_from": source,
            }
        )
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    for items in grouped.values():
        items.sort(key=lambda item: order.get(item["language"], 99))
    return grouped


def _principles(pages, locale):
    """{principle translation_key: record} in `locale` (one query)."""
    from declarations.models import DeclarationPage, Principle

    keys = {principle.translation_key for page in pages for principle in page.principles.all()}
    found = {}
    candidates = Principle.objects.filter(translation_key__in=keys, locale=locale)
    # The declarations of these principles only: a subquery over every live
    # public declaration made SQLite scan the whole page table.
    declarations = live_public(DeclarationPage).filter(pk__in=candidates.values("page_id"))
    for principle in candidates.filter(page__in=declarations.values("pk")).select_related("page"):
        found[principle.translation_key] = {
            "number": principle.number,
            "title": principle.short_title,
            "declaration": principle.page.title,
            "declaration_id": principle.page_id,
        }
    return found


def practice_records(exporter, pages, request):
    """The export's row of each page, completed (see the module docstring)."""
    groups = versions(pages, "practice", request)
    principles = _principles(pages, exporter.locale)
    in_tree = exporter.in_readers_tree(pages)
    records = []
    for page in pages:
        record = exporter.row(page, in_tree.get(page.translation_key, page))
        figures_source = [figure.value.get("source") or "" for figure in page.figures]
        for figure, source in zip(record["figures"], figures_source, strict=True):
            figure["source"] = source
        record.update(
            {
                "id": page.pk,
                "translation_key": str(page.translation_key),
                "slug": page.slug,
                "city_slug": page.city.slug if page.city else "",
                "funding_programme": page.funding_programme,
                "funder_type": page.funder_type,
                "partners": [
                    {
                        "name": block.value["name"],
                        "role": block.value.get("role") or "",
                        "url": block.value.get("url") or "",
                    }
                    for block in page.partners
                ],
                "last_verified_on": _iso(page.last_verified_on),
                "source_url": page.source_url,
                "principles": [
                    principles[principle.translation_key]
                    for principle in page.principles.all()
                    if principle.translation_key in principles
                ],
                "first_published_at": _iso(page.first_published_at),
                "last_published_at": _iso(page.last_published_at),
                "translations": groups.get(page.translation_key, []),
            }
        )
        records.append(record)
    return records


def city_records(ids, request):
    from cities.models import CityPage

    pages = in_order(live_public(CityPage).select_related("locale", "alias_of__locale"), ids)
    groups = versions(pages, "city", request)
    return [
        {
            "id": page.pk,
            "slug": page.slug,
            "url": page.get_full_url(request),
            "language": page.content_language,
            "title": page.title,
            "summary": page.summary,
            "country": page.country,
            "country_name": country_name(page.country, page.locale.language_code),
            "region": page.region,
            "membership": page.membership,
            "joined_on": _iso(page.joined_on),
            "council_decision": page.council_decision,
            "introduction": _text(page.introduction),
            "office": {
                "name": page.office_name,
                "email": page.office_email,
                "phone": page.office_phone,
                "address": page.office_address,
                "website": page.office_website,
                "consultation_hours": page.consultation_hours,
            },
            "key_figures": _figures(page.key_figures),
            "translations": groups.get(page.translation_key, []),
        }
        for page in pages
    ]


def _figures(stream):
    from practices.export import _figure_value

    return [
        {
            "label": block.value["label"],
            "value": _figure_value(block.value["value"]),
            "unit": block.value["unit"],
            "year": block.value["year"],
            "source": block.value.get("source") or "",
        }
        for block in stream
    ]


def news_records(ids, request, locale):
    from news.models import NewsPage
    from taxonomy.models import Theme, localized_terms

    pages = in_order(
        live_public(NewsPage)
        .select_related("locale", "city", "alias_of__locale")
        .prefetch_related("themes"),
        ids,
    )
    names = {slug: term.name for slug, term in localized_terms(Theme, locale).items()}
    groups = versions(pages, "news", request)
    records = []
    for page in pages:
        themes = [term.slug for term in page.themes.all()]
        records.append(
            {
                "id": page.pk,
                "slug": page.slug,
                "url": page.get_full_url(request),
                "language": page.content_language,
                "title": page.title,
                "summary": page.summary,
                "date": _iso(page.date),
                "city": page.city.title if page.city else "",
                "city_slug": page.city.slug if page.city else "",
                "themes": themes,
                "theme_names": [names.get(slug, slug) for slug in themes],
                "first_published_at": _iso(page.first_published_at),
                "last_published_at": _iso(page.last_published_at),
                "translations": groups.get(page.translation_key, []),
            }
        )
    return records


def declaration_records(ids, request):
    from declarations.models import DeclarationPage

    pages = in_order(
        live_public(DeclarationPage)
        .select_related("locale", "alias_of__locale")
        .prefetch_related("principles", "signatory_cities"),
        ids,
    )
    groups = versions(pages, "declaration", request)
    return [
        {
            "id": page.pk,
            "slug": page.slug,
            "url": page.get_full_url(request),
            "language": page.content_language,
            "title": page.title,
            "summary": page.summary,
            "adopted_on": _iso(page.adopted_on),
            "adopted_at": page.adopted_at,
            "introduction": _text(page.introduction),
            "principles": [
                {"number": principle.number, "title": principle.short_title, "text": principle.text}
                for principle in sorted(page.principles.all(), key=lambda p: p.sort_order or 0)
            ],
            "signatory_cities": sorted(
                {city.slug for city in page.signatory_cities.all() if city.live}
            ),
            "translations": groups.get(page.translation_key, []),
        }
        for page in pages
    ]


def term_records(model, locale):
    from taxonomy.models import localized_terms

    terms = localized_terms(model, locale)
    return [
        {
            "slug": slug,
            "name": term.name,
            "description": term.description,
            "language": term.locale.language_code,
        }
        for slug, term in sorted(terms.items(), key=lambda item: item[1].name.casefold())
    ]
