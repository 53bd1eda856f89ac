"""The demo site's content, as data.

Every text a reader sees is a ``T`` with one value per language code:
``T(el="...", en="...")``. Adding a language is adding a key; where a key is
missing the builder falls back to English, then to Greek (the source).

References to other objects are small markers resolved by the builder in the
language of the page being built:

* ``Img("city-athens")``     a generated image, titled after the page using it
* ``Doc("declaration-2018")`` a generated PDF from ``documents.DOCUMENTS``
* ``PageRef("cities/athens")`` a page by its slug path under the home page

Pages are found by that same path, so the data never holds database ids.
"""

from dataclasses import dataclass, field


class T(dict):
    """A translatable value: ``T(el="...", en="...")``."""

    def __init__(self, **values):
        super().__init__(values)

    def get_for(self, language, fallbacks=("en", "el")):
        for code in (language, *fallbacks):
            if code in self:
                return self[code]
        raise KeyError(f"No text for {language!r} in {self!r}")


@dataclass(frozen=True)
class Img:
    key: str


@dataclass(frozen=True)
class Doc:
    key: str


@dataclass(frozen=True)
class PageRef:
    path: str


@dataclass
class PageSpec:
    """One page of the tree: where it lives, its type and its field values.

    ``path`` is the slug path under the home page ("" is the home page
    itself); the last segment is the page's slug in every language.
    """

    path: str
    model: str
    fields: dict
    in_menu: bool = False
    children: list = field(default_factory=list)

    @property
    def slug(self):
        return self.path.rsplit("/", 1)[-1]

    @property
    def parent_path(self):
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""


def paragraphs(*texts):
    """Rich text from plain paragraphs. Items that already start with a tag
    (a list, say) are kept as they are."""
    return "".join(text if text.startswith("<") else f"<p>{text}</p>" for text in texts)


def rich(**by_language):
    """``rich(el=[...], en=[...])``: a translatable rich text of paragraphs."""
    return T(**{code: paragraphs(*texts) for code, texts in by_language.items()})


def figure(label, value, unit=None, year=None, source=None):
    return (
        "figure",
        {
            "label": label,
            "value": value,
            "unit": unit or "",
            "year": year,
            "source": source or "",
        },
    )


def goal(title, text=None):
    return ("goal", {"title": title, "text": text or ""})


def partner(name, role=None, url=""):
    return ("partner", {"name": name, "role": role or "", "url": url})


def attachment(key, title=None):
    return ("attachment", {"document": Doc(key), "title": title or ""})


def gallery_image(key):
    # Decorative: the images are abstract and carry no information.
    return ("image", {"image": Img(key), "decorative": True, "alt_text": ""})


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(**by_language):
    return ("paragraph", rich(**by_language))


def document_block(key, title=None):
    return ("document", {"document": Doc(key), "title": title or ""})


def city(slug, fields):
    """A CityPage under ``cities/`` with its conventional image."""
    fields.setdefault("image", Img(f"city-{slug}"))
    return PageSpec(path=f"cities/{slug}", model="cities.CityPage", fields=fields)


def practice(city, slug, fields):
    """A PracticePage under ``cities/<city>/`` with the conventional keys."""
    fields.setdefault("image", Img(f"practice-{slug}"))
    fields.setdefault("external_id", f"demo-{slug}")
    return PageSpec(path=f"cities/{city}/{slug}", model="practices.PracticePage", fields=fields)
