"""A print layout of a map view: A4 or A3, portrait or landscape, one PDF page (reportlab).

The page holds the title, the map (vectors, :mod:`layers.render.print_map`), the legend
beside or below it (never over it) with the scale, scale bar and north arrow, then the
user's note, the source line and the date of printing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

import geopandas as gpd

from layers.analysis.crs import METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.map_extent import Extent, metric_extent, units_within
from layers.errors import ExportError
from layers.render.choropleth import (
    ClassedValues,
    ViewRequest,
    circle_rows,
    classed_values,
    scope_gminas,
)
from layers.render.dates import written_date
from layers.render.legend import legend_rows
from layers.render.numbers import formatted
from layers.render.pdf_layout import BOLD, FONT, MARGIN, register_fonts
from layers.render.print_circles import (
    draw_circle_column,
    draw_print_circles,
    legend_rows_taken,
    print_circle_legend,
)
from layers.render.print_map import (
    LEADING,
    SCALE_BLOCK,
    MapFrame,
    bounds_frame,
    draw_gminas,
    draw_legend,
    draw_scale_block,
    map_frame,
)
from layers.render.print_note import note_markup, print_note
from layers.render.proportional_circles import (
    CIRCLES,
    drawn_symbol,
)
from layers.render.static_map import MapTexts, gmina_fills, view_title

PAPERS = {"a4": A4, "a3": A3}
"""Paper sizes in points (portrait), from reportlab."""
ORIENTATIONS = {"portrait": portrait, "landscape": landscape}
TYPE_SCALE = {"a4": 1.0, "a3": 1.35}
"""Type and symbol size of each paper, relative to A4."""
LEGEND_SHARE = 0.28
"""Share of the body's width the legend column takes on a landscape page."""
GAP = 10.0
"""Space between the page's parts, in points (× the type scale)."""


@dataclass(frozen=True)
class PrintTexts:
    """Language-dependent texts of a print layout, supplied by the UI."""

    map: MapTexts
    """The map's texts: scope, no-data label, source line, language."""
    printed: str
    """Label before the date of printing, e.g. "Data wydruku"."""
    scale: str
    """Label before the numeric scale, e.g. "Skala"."""
    north: str
    """The letter on the north arrow."""
    note: str
    """Label before the user's note, e.g. "Uwagi"."""


@dataclass(frozen=True, eq=False)
class PrintPage:
    """How to lay the page out: paper, orientation, note, date and an outlined area."""

    printed: date
    """The date of printing (Europe/Warsaw)."""
    paper: str = "a4"
    orientation: str = "landscape"
    note: str | None = ""
    """The user's note, plain text (checked by :func:`print_note`)."""
    outline: gpd.GeoSeries | None = None
    """An area to outline on the map (e.g. SMK), in any CRS."""
    extent: Extent | None = None
    """The bounds the browser map shows (degrees, checked by
    :func:`~layers.analysis.map_extent.checked_extent`); ``None``: the scope's whole extent."""


def page_size(paper: str, orientation: str) -> tuple[float, float]:
    """Return the width and height of a page in points (A4 portrait: 595 × 842).

    Raises
    ------
    ExportError
        For a paper other than :data:`PAPERS` or an orientation other than
        :data:`ORIENTATIONS`.
    """
    if paper not in PAPERS or orientation not in ORIENTATIONS:
        raise ExportError(f"unknown page {paper!r} {orientation!r}")
    width, height = ORIENTATIONS[orientation](PAPERS[paper])
    return float(width), float(height)


def print_file_name(request: ViewRequest, page: PrintPage) -> str:
    """Return a meaningful download name, e.g. ``wydruk_population_2023_smk_a4_landscape.pdf``."""
    parts = (request.indicator, request.year, request.scope, page.paper, page.orientation)
    return "wydruk_" + "_".join(str(part) for part in parts) + ".pdf"


def print_view(dataset: Dataset, request: ViewRequest, page: PrintPage, texts: PrintTexts) -> bytes:
    """Return the print layout of a map view as a one-page PDF.

    Parameters
    ----------
    dataset
        Loaded data (what the asker may see: internal indicators only for an official).
    request
        The view, as the browser map shows it (same classes and colours).
    page
        Paper, orientation, note, date of printing and outlined area.
    texts
        The layout's texts in the user's language.

    Raises
    ------
    ExportError
        For an unknown paper or orientation.
    PrintNoteError
        For a note longer than :data:`~layers.render.print_note.NOTE_LIMIT`.
    UnknownIndicatorError, NoDataError, ManualBreaksError
        When the view cannot be computed.
    """
    size = page_size(page.paper, page.orientation)
    note = print_note(page.note)
    classed = classed_values(dataset, request)
    gminas = scope_gminas(dataset, classed.units)
    title = view_title(classed, request, texts.map.scope, texts.map.lang)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, invariant=1)
    canvas.setTitle(title)
    canvas.setSubject(texts.map.attribution)
    register_fonts()
    circles = drawn_symbol(classed.indicator, request.symbol) == CIRCLES
    content = _Content(title, note, classed, gminas.to_crs(METRIC_CRS), request.scope, circles)
    _compose(canvas, content, page, texts)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class _Content:
    title: str
    note: str
    classed: ClassedValues
    metric: gpd.GeoDataFrame
    scope: str = ""
    circles: bool = False
    """Drawn as proportional circles (:mod:`layers.render.print_circles`)."""


def _styles(paper: str) -> dict[str, ParagraphStyle]:
    size = TYPE_SCALE[paper]
    body = ParagraphStyle("body", fontName=FONT, fontSize=9 * size, leading=11.5 * size)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=16 * size, leading=20 * size
        ),
        "small": ParagraphStyle(
            "small",
            body,
            fontSize=7.5 * size,
            leading=9.5 * size,
            textColor=colors.HexColor("#444444"),
        ),
    }


def _compose(canvas: Canvas, content: _Content, page: PrintPage, texts: PrintTexts) -> None:
    """Lay out title, body (map and legend) and footer within the page's margins."""
    width, height = canvas._pagesize
    styles, gap = _styles(page.paper), GAP * TYPE_SCALE[page.paper]
    frame_width = width - 2 * MARGIN
    title = Paragraph(escape(content.title), styles["title"])
    top = height - MARGIN - title.wrap(frame_width, height)[1]
    title.drawOn(canvas, MARGIN, top)
    footer = []
    if content.note:
        footer.append(
            Paragraph(f"<b>{escape(texts.note)}:</b> {note_markup(content.note)}", styles["body"])
        )
    lang = texts.map.lang
    stamp = f"{escape(texts.printed)}: {written_date(page.printed, lang)}"
    footer.append(Paragraph(f"{escape(texts.map.attribution)}<br/>{stamp}", styles["small"]))
    bottom = MARGIN
    for paragraph in reversed(footer):
        paragraph_height = paragraph.wrap(frame_width, height)[1]
        paragraph.drawOn(canvas, MARGIN, bottom)
        bottom += paragraph_height + gap / 2
    body = (MARGIN, bottom + gap / 2, frame_width, top - gap - bottom - gap / 2)
    _draw_body(canvas, body, content, page, texts)


def body_boxes(
    body: tuple[float, float, float, float], orientation: str, entries: int, size: float
) -> tuple[tuple[float, float, float, float], tuple[float, float], tuple[float, float]]:
    """Return the map's box, the legend's top left and the scale block's lower left.

    Parameters
    ----------
    body
        Left, bottom, width and height (points) between the title and the footer.
    orientation
        ``"landscape"``: the legend and scale in a column right of the map;
        ``"portrait"``: in a band below it, the legend left, the scale right.
    entries
        Rows of the legend (classes and no data).
    size
        Type scale of the paper (:data:`TYPE_SCALE`).
    """
    x, y, width, height = body
    gap = GAP * size
    if orientation == "landscape":
        column = x + (1 - LEGEND_SHARE) * width
        box = (x, y, column - gap - x, height)
        return box, (column, y + height), (column, y)
    band = max((entries + 1) * LEADING, SCALE_BLOCK) * size
    box = (x, y + band + gap, width, height - band - gap)
    return box, (x, y + band), (x + width / 2 + gap, y)


def _draw_body(
    canvas: Canvas,
    body: tuple[float, float, float, float],
    content: _Content,
    page: PrintPage,
    texts: PrintTexts,
) -> None:
    """Draw the map and, beside it (landscape) or below it (portrait), legend and scale."""
    size = TYPE_SCALE[page.paper]
    entries = _legend_entries(content, texts.map)
    circles = (
        print_circle_legend(content.classed.values, content.scope, body[3])
        if content.circles
        else None
    )
    taken = legend_rows_taken(circles, size, circles.negative) if circles else 0
    box, legend_at, scale_at = body_boxes(body, page.orientation, len(entries) + taken, size)
    frame, shown = view_frame(content.metric, box, page.extent)
    fills = gmina_fills(shown, content.classed, content.circles)
    draw_gminas(canvas, frame, shown.geometry, fills, page.outline)
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.5)
    canvas.rect(*box, stroke=1, fill=0)
    unit = content.classed.indicator.unit(texts.map.lang)
    if circles:
        values = content.classed.values.reindex(shown.index)
        draw_print_circles(canvas, frame, shown.geometry, values, circles.max_radius)
        legend_at = draw_circle_column(canvas, legend_at, unit, circles, size=size, texts=texts.map)
        unit = ""
    draw_legend(canvas, legend_at, unit, entries, size)
    scale = f"{texts.scale} 1 : {formatted(frame.denominator, 0, texts.map.lang)}"
    draw_scale_block(canvas, frame, scale_at, (scale, texts.north), size)


def view_frame(
    metric: gpd.GeoDataFrame, box: tuple[float, float, float, float], extent: Extent | None
) -> tuple[MapFrame, gpd.GeoDataFrame]:
    """Return the frame of a printed map and the units it shows.

    Parameters
    ----------
    metric
        The scope's units in EPSG:2180.
    box
        Left, bottom, width and height of the map on the page, in points.
    extent
        The bounds the browser map shows (degrees, checked by
        :func:`~layers.analysis.map_extent.checked_extent`), or ``None`` for the scope's
        whole extent.

    Returns
    -------
    tuple
        The frame (:func:`bounds_frame` of the extent's metric bounds, else
        :func:`map_frame`) and the units reaching into the ground it shows (all of
        ``metric`` without an extent).
    """
    if extent is None:
        return map_frame(metric, box), metric
    frame = bounds_frame(metric_extent(extent), box)
    return frame, units_within(metric, frame.ground())


def _legend_entries(content: _Content, texts: MapTexts) -> list[tuple[str, str]]:
    """Return each class's colour and "range (count)", the no-data class last.

    Under circles: the rows of the neutral fill (the values' range) and of the gaps.
    """
    classed = content.classed
    decimals = classed.indicator.decimals
    if content.circles:
        rows = circle_rows(classed.values.reindex(content.metric.index), decimals, texts.lang)
    else:
        rows = legend_rows(classed.classification, classed.colors, decimals, texts.lang)
    return [
        (row.color, f"{texts.nodata if row.nodata else row.label} ({row.count})") for row in rows
    ]
