"""Decorative images and one-page PDFs for the demo, drawn with Pillow.

Everything is seeded from the item's key, so the same key always gives the
same picture. The loader finds images and documents again by title and never
re-creates a file that is already stored.
"""

import io
import math
import random
import textwrap
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1200, 800
SCALE = 2  # shapes are drawn large, then shrunk: smooth edges without anti-aliasing

# Calm palettes: a dark, two mid tones, a light and an accent.
PALETTES = [
    ["#1f4e5f", "#2f7f86", "#7fb7b0", "#f4efe6", "#e2b867"],
    ["#4a5a3c", "#8a9a5b", "#c9c19b", "#f3ecdc", "#d98c5f"],
    ["#2e3a59", "#58688f", "#a4a9c9", "#f6e7dc", "#e3a587"],
    ["#6e3b32", "#c97b5a", "#e8c3a0", "#f7efe4", "#5c7a6b"],
    ["#3f5e4b", "#8fae98", "#d7e2d0", "#f8f5ec", "#c4a66a"],
    ["#34495e", "#5d8aa8", "#b7d0dd", "#f5f1e8", "#d4876b"],
]

FONT_CANDIDATES = {
    "regular": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/Library/Fonts/Arial Unicode.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ],
    "bold": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "C:/Windows/Fonts/arialbd.ttf",
    ],
}


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size, start, end, angle):
    """A linear gradient from `start` to `end` at `angle` degrees."""
    width, height = size
    diagonal = int(math.hypot(width, height)) + 2
    mask = PILImage.linear_gradient("L").resize((diagonal, diagonal)).rotate(angle)
    left, top = (diagonal - width) // 2, (diagonal - height) // 2
    mask = mask.crop((left, top, left + width, top + height))
    return PILImage.composite(
        PILImage.new("RGB", size, end), PILImage.new("RGB", size, start), mask
    )


def draw_image(key, width=WIDTH, height=HEIGHT):
    """JPEG bytes of an abstract composition seeded by `key`."""
    rng = random.Random(f"citynet-demo-image:{key}")  # noqa: S311 -- decoration
    palette = [_rgb(colour) for colour in rng.choice(PALETTES)]
    dark, mid_a, mid_b, light, accent = palette

    # The background (a gradient and soft, blurred blobs) is smooth, so it is
    # drawn small and enlarged: far cheaper than blurring a full-size image.
    small = (width // 8, height // 8)
    background = _gradient(
        small, rng.choice([light, mid_b]), rng.choice([mid_a, mid_b, light]), rng.uniform(0, 360)
    ).convert("RGBA")
    blobs = PILImage.new("RGBA", small, (0, 0, 0, 0))
    draw = ImageDraw.Draw(blobs)
    for _ in range(rng.randint(3, 5)):
        radius = rng.uniform(0.2, 0.45) * small[1]
        x, y = rng.uniform(0, small[0]), rng.uniform(0, small[1])
        colour = rng.choice([mid_a, mid_b, accent])
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 110))
    background.alpha_composite(blobs.filter(ImageFilter.GaussianBlur(small[1] // 12)))
    canvas = background.resize((width, height), PILImage.BICUBIC)
    big = (width * SCALE, height * SCALE)

    # Crisp shapes on top: circles, rings, rounded bars and arcs.
    shapes = PILImage.new("RGBA", big, (0, 0, 0, 0))
    draw = ImageDraw.Draw(shapes)
    for _ in range(rng.randint(6, 11)):
        kind = rng.choice(["circle", "ring", "bar", "arc", "circle"])
        colour = (*rng.choice([dark, mid_a, mid_b, accent, light]), rng.randint(120, 220))
        x, y = rng.uniform(0, big[0]), rng.uniform(0, big[1])
        size = rng.uniform(0.05, 0.22) * big[1]
        box = (x - size, y - size, x + size, y + size)
        if kind == "circle":
            draw.ellipse(box, fill=colour)
        elif kind == "ring":
            draw.ellipse(box, outline=colour, width=int(rng.uniform(0.08, 0.2) * size))
        elif kind == "bar":
            length = rng.uniform(2, 5) * size
            draw.rounded_rectangle(
                (x, y, x + length, y + size * 0.5), radius=size * 0.25, fill=colour
            )
        else:
            start = rng.uniform(0, 360)
            draw.arc(
                box,
                start,
                start + rng.uniform(90, 240),
                fill=colour,
                width=int(rng.uniform(0.1, 0.25) * size),
            )
    canvas.alpha_composite(shapes.resize((width, height), PILImage.BOX))

    output = io.BytesIO()
    canvas.convert("RGB").save(output, "JPEG", quality=85, optimize=True)
    return output.getvalue()


def _font(kind, size):
    for candidate in FONT_CANDIDATES[kind]:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def draw_pdf(key, heading, subheading, paragraphs):
    """PDF bytes of one A4 page (100 dpi) with a coloured band and the text."""
    rng = random.Random(f"citynet-demo-pdf:{key}")  # noqa: S311 -- decoration
    palette = [_rgb(colour) for colour in rng.choice(PALETTES)]
    page = PILImage.new("RGB", (827, 1169), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 827, 150), fill=palette[0])
    draw.rectangle((0, 150, 827, 158), fill=palette[4])
    draw.text((60, 48), heading, font=_font("bold", 34), fill=palette[3])
    draw.text((60, 100), subheading, font=_font("regular", 15), fill=palette[3])
    body = _font("regular", 16)
    y = 200
    for text in paragraphs:
        for line in textwrap.wrap(text, width=78):
            draw.text((60, y), line, font=body, fill=(40, 40, 40))
            y += 24
        y += 14
    output = io.BytesIO()
    page.save(output, "PDF", resolution=100.0, title=heading)
    return output.getvalue()


class MediaLibrary:
    """Finds or makes the collections, images and documents of the demo."""

    def __init__(self):
        self.Image = get_image_model()
        self.Document = get_document_model()
        self._collections = {}
        self.created = {"images": 0, "documents": 0, "collections": 0}

    def collection(self, name):
        if name not in self._collections:
            root = Collection.get_first_root_node()
            collection = root.get_children().filter(name=name).first()
            if collection is None:
                collection = root.add_child(instance=Collection(name=name))
                self.created["collections"] += 1
            self._collections[name] = collection
        return self._collections[name]

    def _stored(self, obj):
        return bool(obj.file) and obj.file.storage.exists(obj.file.name)

    def image(self, key, title, collection_name):
        image = self.Image.objects.filter(title=title).order_by("pk").first()
        if image is not None and self._stored(image):
            return image
        data = ContentFile(draw_image(key), name=f"demo-{key}.jpg")
        if image is None:
            image = self.Image(title=title, collection=self.collection(collection_name))
            self.created["images"] += 1
        image.file = data
        image._set_image_file_metadata()
        image.save()
        return image

    def document(self, key, spec, draw=None):
        """`draw(key, spec)` makes the PDF's bytes (a picture of the text by default)."""
        document = self.Document.objects.filter(title=spec["title"]).order_by("pk").first()
        if document is not None and self._stored(document):
            return document
        if draw is None:
            pdf = draw_pdf(key, spec["heading"], spec["subheading"], spec["paragraphs"])
        else:
            pdf = draw(key, spec)
        data = ContentFile(pdf, name=f"demo-{key}.pdf")
        if document is None:
            document = self.Document(
                title=spec["title"], collection=self.collection(spec["collection"])
            )
            self.created["documents"] += 1
        document.file = data
        document._set_document_file_metadata()
        document.save()
        return document
