"""PDFs with a real text layer (fpdf2), for the document library: the public
search reads their text back with pypdf. The font must cover Greek, so a
Unicode TrueType font is embedded (DejaVu Sans, Debian's fonts-dejavu-core,
or any other of demo.media's candidates)."""

import datetime
import logging
from pathlib import Path

from django.core.management.base import CommandError
from fpdf import FPDF

from .media import FONT_CANDIDATES

# fontTools logs every glyph table it subsets at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def _font_file(kind):
    for candidate in FONT_CANDIDATES[kind]:
        if Path(candidate).exists():
            return candidate
    raise CommandError(
        "No Unicode TrueType font for the demo PDFs: install fonts-dejavu-core "
        f"(looked for {', '.join(FONT_CANDIDATES[kind])})."
    )


def draw_text_pdf(key, heading, subheading, paragraphs, language="en"):
    pdf = FPDF(format="A4")
    pdf.set_title(heading)
    pdf.set_lang(language)
    pdf.set_creator("Cities Network for Integration (demo)")
    # A fixed date: the same text always gives the same file.
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    pdf.add_font("body", "", _font_file("regular"))
    pdf.add_font("body", "B", _font_file("bold"))
    pdf.add_page()
    pdf.set_fill_color(31, 78, 95)
    pdf.rect(0, 0, 210, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 10)
    pdf.set_font("body", "B", 20)
    pdf.multi_cell(174, 9, heading)
    pdf.set_x(18)
    pdf.set_font("body", "", 10)
    pdf.multi_cell(174, 6, subheading)
    pdf.set_text_color(40, 40, 40)
    pdf.set_xy(18, 50)
    pdf.set_font("body", "", 12)
    for text in paragraphs:
        pdf.multi_cell(174, 6.5, text)
        pdf.ln(4)
        pdf.set_x(18)
    return bytes(pdf.output())


def draw_library_pdf(language):
    """A MediaLibrary `draw` for the document library's files in `language`."""

    def draw(key, spec):
        return draw_text_pdf(key, spec["heading"], spec["subheading"], spec["paragraphs"], language)

    return draw
