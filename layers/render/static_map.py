"""A map view rendered on the server as PNG or SVG (matplotlib), with legend, scale and source."""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.path import Path

import geopandas as gpd
import shapely

from layers.analysis.crs import METRIC_CRS
from layers.analysis.map_extent import Extent, metric_extent
from layers.errors import ImageSizeError
from layers.render.choropleth import OUTLINE_STYLE, ClassedValues, ViewRequest, circle_rows
from layers.render.circle_map import draw_circle_view
from layers.render.dates import period_label, written_date
from layers.render.legend import LegendRow, legend_rows
from layers.render.palettes import nodata_color
from layers.render.proportional_circles import CIRCLES, GAP_FILL, UNDER_FILL, drawn_symbol

SIZES = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "3840x2160": (3840, 2160)}
"""Preset image sizes in pixels (width, height); the first is the default."""
MIN_PX, MAX_PX = 400, 4000
"""Bounds of a custom width or height in pixels."""
DPI = 100
MAP_BOX = (0.02, 0.09, 0.64, 0.79)
"""Map axes in figure fractions (left, bottom, width, height)."""
LEGEND_BOX = (0.69, 0.09, 0.29, 0.79)
"""Legend axes in figure fractions: only the legend draws there."""
HIGHLIGHT_COLOR, HIGHLIGHT_WIDTH = OUTLINE_STYLE["smk"]
EDGE_COLOR = "#ffffff"
TEXT_COLOR = "#222222"
NICE_STEPS = (1, 2, 5)
NODATA_EDGE = "#636363"
UNDER_EDGE = "#969696"
"""The gminas' outlines under circles (their fill is light: white edges would vanish)."""
"""The outline of a hollow (no data) legend box."""


@dataclass(frozen=True)
class MapTexts:
    """Language-dependent texts of an exported map, supplied by the UI."""

    scope: str
    """Name of the scope, e.g. "Metropolia Krakowska (15 gmin)"."""
    nodata: str
    """Label of the no-data class."""
    exported: str
    """Label before the export date, e.g. "Eksport"."""
    attribution: str
    """The source line the data's licence requires."""
    lang: str
    """Language of the texts and of the numbers (``"pl"`` or ``"en"``)."""
    description: str = "{title}. {classes}. {source}."
    """The text alternative's template, fields ``title``, ``scope``, ``classes`` and
    ``source`` (:func:`layers.render.alt_text.map_alt_text`)."""
    negative: str = ""
    """The legend's note on a circle below zero (proportional circles of a balance)."""


@dataclass(frozen=True, eq=False)
class MapStyle:
    """How a view is drawn, besides its classes: texts, size, outlined area, export date."""

    texts: MapTexts
    exported: date
    size: tuple[int, int] = SIZES["1920x1080"]
    """Width and height in pixels."""
    highlight: gpd.GeoSeries | None = None
    """An area to outline (e.g. SMK), in any CRS."""
    extent: Extent | None = None
    """The bounds the browser map shows (degrees, checked by
    :func:`~layers.analysis.map_extent.checked_extent`); ``None``: the scope's whole extent."""


def image_size(width: float | None, height: float | None) -> tuple[int, int]:
    """Return a custom image size in whole pixels, checked.

    Raises
    ------
    ImageSizeError
        When a side is missing or outside :data:`MIN_PX`–:data:`MAX_PX`.
    """
    if (
        width is None
        or height is None
        or not all(math.isfinite(side) and MIN_PX <= side <= MAX_PX for side in (width, height))
    ):
        raise ImageSizeError(f"image sides must be {MIN_PX}–{MAX_PX} px, got {(width, height)}")
    return round(width), round(height)


def map_footer(texts: MapTexts, exported: date) -> str:
    """Return an exported map's footer: attribution and the export date, written out."""
    return f"{texts.attribution}   {texts.exported}: {written_date(exported, texts.lang)}"


def view_title(classed: ClassedValues, request: ViewRequest, scope: str, lang: str) -> str:
    """Return "indicator [unit], year (or period) — scope" as the map and legend show it."""
    indicator = classed.indicator
    period = period_label(request.start_year if indicator.is_change else None, request.year)
    return f"{indicator.name(lang)} [{indicator.unit(lang)}], {period} — {scope}"


def scale_length(extent_m: float) -> float:
    """Return a round scale-bar length (1, 2 or 5 × 10ⁿ m) of at most a quarter of ``extent_m``."""
    target = extent_m / 4
    power = 10 ** math.floor(math.log10(target))
    return max(step * power for step in NICE_STEPS if step * power <= target)


def fitted_limits(bounds: tuple[float, ...], aspect: float) -> tuple[tuple, tuple]:
    """Return x and y limits around ``bounds`` with 4 % margin and the box's width/height ratio."""
    minx, miny, maxx, maxy = bounds
    width, height = (maxx - minx) * 1.08, (maxy - miny) * 1.08
    width, height = max(width, height * aspect), max(height, width / aspect)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    return (cx - width / 2, cx + width / 2), (cy - height / 2, cy + height / 2)


def view_limits(metric: gpd.GeoDataFrame, extent: Extent | None, aspect: float) -> tuple:
    """Return a map's x and y limits (:func:`fitted_limits`): around the view, else the units.

    ``metric`` holds the scope's units (EPSG:2180), ``extent`` the bounds the browser map
    shows (degrees) or ``None`` for the scope's whole extent, ``aspect`` the width / height
    of the map's box. Units beyond the limits are clipped away by the map's axes.
    """
    bounds = tuple(metric.total_bounds) if extent is None else metric_extent(extent)
    return fitted_limits(bounds, aspect)


def polygon_path(geometry: shapely.Geometry) -> Path:
    """Return a (multi)polygon as one matplotlib path: every ring closed, holes kept."""
    vertices, codes = [], []
    for polygon in shapely.get_parts(geometry):
        for ring in (polygon.exterior, *polygon.interiors):
            coords = np.asarray(ring.coords)[:, :2]
            ring_codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
            ring_codes[0], ring_codes[-1] = Path.MOVETO, Path.CLOSEPOLY
            vertices.append(coords)
            codes.append(ring_codes)
    return Path(np.concatenate(vertices), np.concatenate(codes))


def _polygons(geometry: gpd.GeoSeries, **style: Any) -> PathCollection:
    """Return polygons as one collection in data coordinates (no pyplot, no global state)."""
    return PathCollection([polygon_path(g) for g in geometry], **style)


def gmina_fills(
    metric: gpd.GeoDataFrame, classed: ClassedValues, circles: bool = False
) -> list[str]:
    """Return each gmina's fill: its class colour, or under circles neutral (hollow: no data)."""
    if circles:
        return [
            UNDER_FILL if has else GAP_FILL for has in classed.values.reindex(metric.index).notna()
        ]
    classes = classed.classification.classes.reindex(metric.index).fillna(-1).astype(int)
    nodata = nodata_color(classed.colors)
    return [classed.colors[c] if c >= 0 else nodata for c in classes]


def draw_gminas(
    axes: Axes,
    metric: gpd.GeoDataFrame,
    classed: ClassedValues,
    style: MapStyle,
    circles: bool = False,
) -> None:
    """Draw the gminas in their class colours (neutral under ``circles``), the area outlined."""
    colors = gmina_fills(metric, classed, circles)
    scale = style.size[1] / 1080
    edges = UNDER_EDGE if circles else EDGE_COLOR
    gminas = _polygons(
        metric.geometry, facecolors=colors, edgecolors=edges, linewidths=max(scale / 2, 0.3)
    )
    axes.add_collection(gminas)
    if style.highlight is not None:
        outline = _polygons(
            style.highlight.to_crs(METRIC_CRS),
            facecolors="none",
            edgecolors=HIGHLIGHT_COLOR,
            linewidths=HIGHLIGHT_WIDTH * scale,
        )
        axes.add_collection(outline)


def draw_scale(axes: Axes, font: float) -> None:
    """Draw a metric scale bar in the lower left of a map in EPSG:2180 (metres)."""
    (x0, x1), (y0, y1) = axes.get_xlim(), axes.get_ylim()
    length = scale_length(x1 - x0)
    left, bottom, bar = x0 + 0.04 * (x1 - x0), y0 + 0.04 * (y1 - y0), 0.012 * (y1 - y0)
    for part in range(2):
        axes.add_patch(
            Rectangle(
                (left + part * length / 2, bottom),
                length / 2,
                bar,
                facecolor=TEXT_COLOR if part == 0 else "#ffffff",
                edgecolor=TEXT_COLOR,
                linewidth=0.8,
            )
        )
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    for x, words in ((left, "0"), (left + length, label)):
        axes.text(x, bottom + 2 * bar, words, ha="center", va="bottom", fontsize=font)


def draw_legend(  # noqa: PLR0913 (the rows and where they start: set under circles)
    axes: Axes,
    classed: ClassedValues,
    texts: MapTexts,
    font: float,
    *,
    rows: Sequence[LegendRow] | None = None,
    top: float = 0.9,
) -> None:
    """Draw the class boxes with their ranges and counts (``font`` points), no-data last.

    ``rows`` replace the classes' (the fill under circles, :func:`circle_rows`), drawn
    from ``top`` down; a hollow no-data box is outlined.
    """
    lang = texts.lang
    if rows is None:
        rows = legend_rows(classed.classification, classed.colors, classed.indicator.decimals, lang)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.axis("off")
    axes.text(0, 0.98, classed.indicator.unit(lang), fontsize=font, va="top", weight="bold")
    step = min(0.09, top / max(len(rows), 1))
    for position, row in enumerate(rows):
        upper = top - position * step
        edge = NODATA_EDGE if row.color == GAP_FILL else "none"
        box = Rectangle((0, upper - step * 0.8), 0.16, step * 0.8, facecolor=row.color)
        box.set(edgecolor=edge, linewidth=0.8)
        axes.add_patch(box)
        label = texts.nodata if row.nodata else row.label
        axes.text(0.2, upper - step * 0.4, f"{label} ({row.count})", fontsize=font, va="center")


def map_figure(
    gminas: gpd.GeoDataFrame,
    classed: ClassedValues,
    request: ViewRequest,
    style: MapStyle,
) -> Figure:
    """Return the map of a view as a matplotlib figure of ``style.size`` pixels.

    Parameters
    ----------
    gminas
        The scope's gmina polygons, indexed like ``classed.values``, in any CRS
        (drawn in EPSG:2180).
    classed
        Values, classes and colours of the view (:func:`layers.render.choropleth.classed_values`),
        so the colours and classes are those of the browser map.
    request
        The view (for the year or period of the title).
    style
        Texts (with their language), pixel size, outlined area and export date.

    Notes
    -----
    The map is drawn in Poland CS92 (EPSG:2180), so the scale bar is true in metres
    across the map (the projection's scale error within Poland is below 0.1 %).
    """
    texts, lang = style.texts, style.texts.lang
    width, height = style.size
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    font = height / 60
    title = view_title(classed, request, texts.scope, lang)
    figure.text(
        0.02, 0.955, title, fontsize=font * 1.5, weight="bold", color=TEXT_COLOR, va="center"
    )
    axes = figure.add_axes(MAP_BOX)
    axes.axis("off")
    metric = gminas.to_crs(METRIC_CRS)
    circles = drawn_symbol(classed.indicator, request.symbol) == CIRCLES
    draw_gminas(axes, metric, classed, style, circles)
    box_aspect = (MAP_BOX[2] * width) / (MAP_BOX[3] * height)
    xlim, ylim = view_limits(metric, style.extent, box_aspect)
    axes.set_xlim(*xlim)
    axes.set_ylim(*ylim)
    axes.set_aspect("equal", adjustable="box")
    draw_scale(axes, font)
    legend_axes = figure.add_axes(LEGEND_BOX)
    if circles:
        values = classed.values.reindex(metric.index)
        top = draw_circle_view(
            axes, legend_axes, metric.geometry, values, scope=request.scope, font=font, texts=texts
        )
        rows = circle_rows(values, classed.indicator.decimals, lang)
        draw_legend(legend_axes, classed, texts, font, rows=rows, top=top)
    else:
        draw_legend(legend_axes, classed, texts, font)
    figure.text(
        0.02,
        0.03,
        map_footer(texts, style.exported),
        fontsize=font * 0.8,
        color=TEXT_COLOR,
        va="center",
    )
    return figure


def png_bytes(figure: Figure, chunks: Mapping[str, str] | None = None) -> bytes:
    """Return a figure as PNG at its own pixel size (no metadata that changes between runs).

    ``chunks`` are text chunks to write (e.g. ``Title`` and ``Description``).
    """
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    metadata: dict[str, str | None] = {"Software": None, **(chunks or {})}
    figure.savefig(buffer, format="png", dpi=DPI, metadata=metadata)
    return buffer.getvalue()


def svg_bytes(figure: Figure) -> bytes:
    """Return a figure as SVG with text kept as text (searchable, editable) and no date stamp."""
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "geoportal"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
