"""/<lang>/figures/: the network in figures, charts drawn on the server."""

from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from .data import library_figures

# The bar charts' geometry, in SVG user units (the SVG scales to its box).
WIDTH, ROW, LABEL, GAP = 460, 30, 190, 6


def geometry(chart, rtl):
    """Each bar with its rectangle and text positions, mirrored for RTL."""
    span = WIDTH - LABEL - 60
    rows = []
    for index, bar in enumerate(chart.bars):
        length = max(2, round(bar.share * span))
        y = index * ROW
        if rtl:
            bar_x, label_x, count_x = WIDTH - LABEL - length, WIDTH, WIDTH - LABEL - length - GAP
        else:
            bar_x, label_x, count_x = LABEL, 0, LABEL + length + GAP
        rows.append(
            {
                "bar": bar,
                "y": y,
                "text_y": y + ROW // 2 + 5,
                "x": bar_x,
                "length": length,
                "label_x": label_x,
                "count_x": count_x,
                "height": ROW - 10,
                "rect_y": y + 5,
            }
        )
    return {"rows": rows, "height": max(ROW, len(rows) * ROW), "width": WIDTH}


@require_GET
def figures(request):
    rtl = translation.get_language_bidi()
    data = library_figures(Locale.get_active())
    charts = [(chart, geometry(chart, rtl)) for chart in data["charts"] if chart.bars]
    return TemplateResponse(
        request, "figures/figures.html", {**data, "charts": charts, "label_width": LABEL}
    )
