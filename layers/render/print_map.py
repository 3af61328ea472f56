"""The map of a print layout drawn as vectors on a reportlab canvas: gminas, scale bar, north.

The map is drawn in Poland CS92 (EPSG:2180) at a round scale (1 : 250 000, 1 : 500 000…),
so the scale bar and the stated scale hold on paper when the PDF is printed at 100 %.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from reportlab.lib import colors
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas

import geopandas as gpd
import shapely
from pyproj import Transformer

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS, require_metric
from layers.analysis.map_extent import Extent
from layers.render.pdf_layout import BOLD, FONT
from layers.render.static_map import HIGHLIGHT_COLOR, scale_length

POINT_M = 0.0254 / 72
"""One typographic point (1/72 inch) in metres of paper."""
SCALE_STEPS = (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5)
"""Round scale denominators: these × 10ⁿ."""
MARGIN_SHARE = 0.04
"""Share of the extent left free on each side of the map."""
EDGE_WIDTH, OUTLINE_WIDTH = 0.4, 1.6
"""Line widths in points of the gminas' edges and of an outlined area."""
HALF_LABEL_FROM = 10
"""Least scale bar length, in font sizes, that labels its half too."""
FINE_EDGES_FROM = 300
"""Beyond this many units (a map of Poland's gminas) the edges are a third as wide."""
INK = colors.HexColor("#222222")
LEADING = 14.0
"""Height of a legend row on A4, in points."""
SCALE_BLOCK = 44.0
"""Height of the scale and north arrow block on A4, in points."""


@dataclass(frozen=True)
class MapFrame:
    """Where the map goes on the page and at which scale.

    ``origin`` is the page point (points) of the metric point ``centre`` (EPSG:2180
    metres); one point of paper is ``denominator × POINT_M`` metres of ground.
    """

    box: tuple[float, float, float, float]
    """Left, bottom, width and height on the page, in points."""
    centre: tuple[float, float]
    denominator: int

    def page_points(self, coords: np.ndarray) -> np.ndarray:
        """Return metric coordinates (n × 2, EPSG:2180) as page points."""
        left, bottom, width, height = self.box
        metres_per_point = self.denominator * POINT_M
        shifted = (coords - np.asarray(self.centre)) / metres_per_point
        return shifted + np.asarray([left + width / 2, bottom + height / 2])

    def ground(self) -> Extent:
        """Return the bounds (EPSG:2180 metres) of the ground the box shows at its scale."""
        metres_per_point = self.denominator * POINT_M
        half_x, half_y = self.box[2] / 2 * metres_per_point, self.box[3] / 2 * metres_per_point
        x, y = self.centre
        return x - half_x, y - half_y, x + half_x, y + half_y


def map_scale(extent: tuple[float, float], box: tuple[float, float]) -> int:
    """Return the smallest round scale denominator at which ``extent`` fits in ``box``.

    Parameters
    ----------
    extent
        Width and height of the area to show, in metres of ground (EPSG:2180).
    box
        Width and height of the map on paper, in points.

    Returns
    -------
    int
        ``s × 10ⁿ`` with ``s`` in :data:`SCALE_STEPS`, the extent plus
        :data:`MARGIN_SHARE` on each side fitting the box.

    Examples
    --------
    >>> map_scale((50_000, 40_000), (500, 500))
    400000
    """
    needed = max(
        side * (1 + 2 * MARGIN_SHARE) / (paper * POINT_M)
        for side, paper in zip(extent, box, strict=True)
    )
    power = 10 ** math.floor(math.log10(needed))
    candidates = [step * power for step in SCALE_STEPS] + [10 * power]
    return round(min(candidate for candidate in candidates if candidate >= needed))


def map_frame(metric: gpd.GeoDataFrame, box: tuple[float, float, float, float]) -> MapFrame:
    """Return the frame that shows ``metric`` (EPSG:2180) centred in ``box`` at a round scale."""
    require_metric(metric)
    return bounds_frame(tuple(metric.total_bounds), box)


def bounds_frame(bounds: Extent, box: tuple[float, float, float, float]) -> MapFrame:
    """Return the frame that shows ``bounds`` (EPSG:2180 metres) centred in ``box``.

    The scale is the smallest round one at which the bounds fit (:func:`map_scale`); the
    box's other side shows more ground, so the map keeps its shape on paper.
    """
    minx, miny, maxx, maxy = bounds
    denominator = map_scale((maxx - minx, maxy - miny), (box[2], box[3]))
    return MapFrame(box, ((minx + maxx) / 2, (miny + maxy) / 2), denominator)


def grid_convergence(point: tuple[float, float]) -> float:
    """Return the angle of true north from grid north at a point of EPSG:2180, in degrees.

    Parameters
    ----------
    point
        Easting and northing in metres (EPSG:2180).

    Returns
    -------
    float
        Positive clockwise: the north arrow is turned by this angle from the page's up.

    Notes
    -----
    Measured on the projection itself: the direction from the point to the point
    0.01° of latitude north of it. In a transverse Mercator projection the
    convergence is about ``-(λ - λ₀) sin φ``, here λ₀ = 19° E (Snyder 1987, eq. 8-11):
    some 0.7° at Kraków, up to 4° at Poland's edges.

    References
    ----------
    Snyder, J. P. (1987). *Map Projections — A Working Manual*. U.S. Geological Survey
    Professional Paper 1395, pp. 60–64. https://doi.org/10.3133/pp1395
    """
    to_degrees = Transformer.from_crs(METRIC_CRS, DISPLAY_CRS, always_xy=True)
    to_metres = Transformer.from_crs(DISPLAY_CRS, METRIC_CRS, always_xy=True)
    lon, lat = to_degrees.transform(*point)
    north_x, north_y = to_metres.transform(lon, lat + 0.01)
    return math.degrees(math.atan2(north_x - point[0], north_y - point[1]))


def draw_gminas(
    canvas: Canvas,
    frame: MapFrame,
    metric: gpd.GeoSeries,
    fills: Sequence[str],
    outline: gpd.GeoSeries | None = None,
) -> None:
    """Draw polygons (EPSG:2180) filled with ``fills`` and the outline of an area, clipped.

    Holes stay holes (even-odd fill); the drawing is clipped to the frame's box.
    """
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(*frame.box)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(EDGE_WIDTH if len(metric) <= FINE_EDGES_FROM else EDGE_WIDTH / 3)
    canvas.setLineJoin(1)
    for geometry, fill in zip(metric, fills, strict=True):
        canvas.setFillColor(colors.HexColor(fill))
        _draw_polygon(canvas, frame, geometry, fill=True)
    if outline is not None:
        canvas.setStrokeColor(colors.HexColor(HIGHLIGHT_COLOR))
        canvas.setLineWidth(OUTLINE_WIDTH)
        for geometry in outline.to_crs(METRIC_CRS):
            _draw_polygon(canvas, frame, geometry, fill=False)
    canvas.restoreState()


def _draw_polygon(
    canvas: Canvas, frame: MapFrame, geometry: shapely.Geometry, *, fill: bool
) -> None:
    path = canvas.beginPath()
    for polygon in shapely.get_parts(geometry):
        for ring in (polygon.exterior, *polygon.interiors):
            points = frame.page_points(np.asarray(ring.coords)[:, :2])
            path.moveTo(*points[0])
            for x, y in points[1:]:
                path.lineTo(x, y)
            path.close()
    canvas.drawPath(path, stroke=1, fill=int(fill), fillMode=FILL_EVEN_ODD)


def draw_scale_bar(
    canvas: Canvas,
    frame: MapFrame,
    origin: tuple[float, float],
    width: float,
    font: tuple[str, float],
) -> float:
    """Draw a two-part scale bar of a round length at most ``width`` points; return its width.

    ``origin`` is the bar's lower left corner; labels (0, half, length in m or km) go above,
    the half's only when it is a whole number of its unit and the bar is at least
    :data:`HALF_LABEL_FROM` font sizes long (room for three labels).
    """
    metres_per_point = frame.denominator * POINT_M
    length = scale_length(4 * width * metres_per_point)
    bar = length / metres_per_point
    x, y = origin
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    for part in range(2):
        canvas.setFillColor(INK if part == 0 else colors.white)
        canvas.rect(x + part * bar / 2, y, bar / 2, font[1] * 0.45, stroke=1, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(*font)
    halves = (0, 0.5, 1) if bar >= HALF_LABEL_FROM * font[1] else (0, 1)
    for share in halves:
        words = _distance(share * length)
        if "." not in words:  # a half of 5 km is not labelled: "2.5" is no Polish number
            canvas.drawCentredString(x + share * bar, y + font[1] * 0.75, words)
    canvas.restoreState()
    return bar


def _distance(metres: float) -> str:
    if metres == 0:
        return "0"
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


def draw_north_arrow(
    canvas: Canvas, centre: tuple[float, float], size: float, angle: float, label: str
) -> None:
    """Draw a north arrow ``size`` points tall at ``centre``, turned ``angle`` degrees clockwise."""
    canvas.saveState()
    canvas.translate(*centre)
    canvas.rotate(-angle)
    half = size / 2
    for side, fill in ((-1, INK), (1, colors.white)):
        canvas.setFillColor(fill)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        path = canvas.beginPath()
        path.moveTo(0, half * 0.55)
        path.lineTo(side * half * 0.32, -half)
        path.lineTo(0, -half * 0.6)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, size * 0.32)
    canvas.drawCentredString(0, half * 0.65, label)
    canvas.restoreState()


def draw_legend(
    canvas: Canvas,
    top_left: tuple[float, float],
    heading: str,
    entries: list[tuple[str, str]],
    size: float,
) -> None:
    """Draw the heading (the unit), then one swatch and its text per ``(colour, text)`` entry.

    ``size`` scales type and swatches (1 on A4); rows are :data:`LEADING` × ``size`` apart.
    """
    x, top = top_left
    leading, font = LEADING * size, 9 * size
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, font)
    canvas.drawString(x, top - font, heading)
    canvas.setFont(FONT, font)
    canvas.setStrokeColor(colors.HexColor("#777777"))
    for position, (color, words) in enumerate(entries, start=1):
        base = top - font - position * leading
        canvas.setFillColor(colors.HexColor(color))
        canvas.rect(x, base - 1, 1.4 * font, font, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.drawString(x + 2 * font, base, words)


def draw_scale_block(
    canvas: Canvas,
    frame: MapFrame,
    origin: tuple[float, float],
    labels: tuple[str, str],
    size: float,
) -> None:
    """Draw the numeric scale, the scale bar under it and the north arrow to their right.

    ``labels`` are the written scale ("Skala 1 : 250 000") and the arrow's letter; the
    arrow points to true north at the map's centre (:func:`grid_convergence`).
    """
    x, y = origin
    font, arrow = 8 * size, 36 * size
    canvas.setFillColor(INK)
    canvas.setFont(FONT, font)
    canvas.drawString(x, y + arrow - font, labels[0])
    bar = draw_scale_bar(canvas, frame, (x + font, y + 2), 110 * size, (FONT, font))
    centre = (x + font + bar + 16 * size + arrow / 2, y + arrow / 2)
    draw_north_arrow(canvas, centre, arrow, grid_convergence(frame.centre), labels[1])
