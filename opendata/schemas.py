"""The shapes of the API's answers, for the OpenAPI schema and for checking
every answer before it leaves (django-ninja validates against them)."""

from typing import Literal

from ninja import Schema


class Licence(Schema):
    name: str
    url: str


class Version(Schema):
    id: int
    language: str
    url: str
    provenance: str  # "original" or "translation"
    translated_from: str | None


class Figure(Schema):
    label: str
    value: int | float
    unit: str
    year: int | None
    source: str


class Partner(Schema):
    name: str
    role: str
    url: str


class PrincipleLink(Schema):
    number: int
    title: str
    declaration: str
    declaration_id: int


class Practice(Schema):
    id: int
    external_id: str
    translation_key: str
    slug: str
    url: str
    language: str
    title: str
    summary: str
    city: str
    city_slug: str
    country: str
    country_name: str
    themes: list[str]
    theme_names: list[str]
    target_groups: list[str]
    target_group_names: list[str]
    start_date: str | None
    end_date: str | None
    status: str
    evidence_level: str
    last_verified_on: str | None
    funding_programme: str
    funder_type: str
    partners: list[Partner]
    figures: list[Figure]
    principles: list[PrincipleLink]
    source_url: str
    first_published_at: str | None
    last_published_at: str | None
    translations: list[Version]
    licence: str
    citation: str


class Office(Schema):
    name: str
    email: str
    phone: str
    address: str
    website: str
    consultation_hours: str


class City(Schema):
    id: int
    slug: str
    url: str
    language: str
    title: str
    summary: str
    country: str
    country_name: str
    region: str
    membership: str  # "member" or "partner": partners are not counted as members
    joined_on: str | None
    council_decision: str
    introduction: str
    office: Office
    key_figures: list[Figure]
    translations: list[Version]


class News(Schema):
    id: int
    slug: str
    url: str
    language: str
    title: str
    summary: str
    date: str | None
    city: str
    city_slug: str
    themes: list[str]
    theme_names: list[str]
    first_published_at: str | None
    last_published_at: str | None
    translations: list[Version]


class Principle(Schema):
    number: int
    title: str
    text: str


class Declaration(Schema):
    id: int
    slug: str
    url: str
    language: str
    title: str
    summary: str
    adopted_on: str | None
    adopted_at: str
    introduction: str
    principles: list[Principle]
    signatory_cities: list[str]
    translations: list[Version]


class Term(Schema):
    slug: str
    name: str
    description: str
    language: str


class Envelope(Schema):
    licence: Licence
    citation: str
    locale: str
    count: int
    page: int
    pages: int
    page_size: int
    next: str | None
    previous: str | None


class PracticeList(Envelope):
    results: list[Practice]


class CityList(Envelope):
    results: list[City]


class NewsList(Envelope):
    results: list[News]


class DeclarationList(Envelope):
    results: list[Declaration]


class TermList(Schema):
    licence: Licence
    citation: str
    locale: str
    count: int
    results: list[Term]


class PracticeDetail(Schema):
    licence: Licence
    citation: str
    locale: str
    result: Practice


class Error(Schema):
    error: Literal["bad_parameter", "not_found", "rate_limited"]
    parameter: str | None
    detail: str
