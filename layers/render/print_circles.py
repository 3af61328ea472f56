"""Proportional circles on the print layout (reportlab): the circles and their legend.

The PDF of a view draws a count as the browser and the PNG do
(:mod:`layers.render.proportional_circles`): a circle per unit at its label point, area
proportional to the value, largest first, semi-transparent with a thin dark outline, a
negative value in the second colour, no circle for a gap; the nested circle legend with
round values above the rows of the fill under the circles.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

import geopandas as gpd

from layers.analysis.crs import METRIC_CRS
from layers.render.circle_map import LEADER_COLOR, static_radius
from layers.render.map_labels import label_points
from layers.render.pdf_layout import FONT
from layers.render.print_map import INK, LEADING, MapFrame, draw_legend
from layers.render.proportional_circles import (
    FILL_OPACITY,
    NEGATIVE_COLOR,
    OUTLINE_COLOR,
    OUTLINE_PX,
    POSITIVE_COLOR,
    CircleLegend,
    circle_legend,
    circle_radii,
    label_heights,
    legend_labels,
    max_radius,
)

if TYPE_CHECKING:
    from layers.render.static_map import MapTexts

BOX_SHARE = 0.85
"""About the share of the body's height the map takes: sizes the circles before the boxes."""
OUTLINE_PT = OUTLINE_PX * 0.75
"""The circles' outline in points (a CSS px is ¾ pt)."""


def print_radius(largest_px: float, frame: MapFrame) -> float:
    """Return the largest circle's radius in points on a map box of ``frame`` (its height)."""
    return static_radius(largest_px, frame.box[3])


def fill(color: str, alpha: float) -> colors.Color:
    """Return a reportlab colour of ``color`` with opacity ``alpha``."""
    base = colors.HexColor(color)
    return colors.Color(base.red, base.green, base.blue, alpha=alpha)


def draw_print_circles(
    canvas: Canvas, frame: MapFrame, units: gpd.GeoSeries, values: pd.Series, largest: float
) -> None:
    """Draw a circle per unit with a value at its label point, largest first, clipped.

    Parameters
    ----------
    canvas, frame
        The page and where the map is on it.
    units
        The units' polygons in EPSG:2180, on the index of ``values``.
    values
        One value per unit, NaN for a gap (no circle).
    largest
        Radius in points of the circle of the largest magnitude (:func:`print_radius`).
    """
    radii = circle_radii(values, largest).dropna().sort_values(ascending=False, kind="stable")
    points = label_points(units).to_crs(METRIC_CRS).reindex(radii.index)
    page = frame.page_points(np.column_stack([points.x.to_numpy(), points.y.to_numpy()]))
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(*frame.box)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setStrokeColor(colors.HexColor(OUTLINE_COLOR))
    canvas.setLineWidth(OUTLINE_PT)
    for (x, y), radius, value in zip(
        page, radii.tolist(), values.reindex(radii.index), strict=True
    ):
        canvas.setFillColor(fill(NEGATIVE_COLOR if value < 0 else POSITIVE_COLOR, FILL_OPACITY))
        canvas.circle(float(x), float(y), radius, stroke=1, fill=1)
    canvas.restoreState()


def legend_rows_taken(legend: CircleLegend, size: float, negative: bool) -> int:
    """Return how many legend rows (:data:`LEADING` × ``size``) the nested circles take."""
    rows = math.ceil((2 * legend.max_radius + 6) / (LEADING * size))
    return rows + (1 if negative else 0)


def draw_print_circle_legend(  # noqa: PLR0913 (where, what, how written)
    canvas: Canvas,
    top_left: tuple[float, float],
    legend: CircleLegend,
    *,
    lang: str,
    size: float,
    negative: str,
) -> float:
    """Draw the nested circles (sharing their bottom) with their values; return the y below.

    ``negative`` is the note on a circle below zero, written when the legend has one.
    """
    x, top = top_left
    font = 8 * size
    base = top - 2 * legend.max_radius - 4
    centre = x + legend.max_radius
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor(OUTLINE_COLOR))
    canvas.setLineWidth(OUTLINE_PT)
    canvas.setFillColor(fill(POSITIVE_COLOR, 0.25))
    for radius in legend.radii:
        canvas.circle(centre, base + radius, radius, stroke=1, fill=1)
    label_x = centre + legend.max_radius + 6 * size
    heights = label_heights(legend.radii, font * 1.15)
    canvas.setDash(1, 1.5)
    canvas.setStrokeColor(colors.HexColor(LEADER_COLOR))
    canvas.setFillColor(INK)
    canvas.setFont(FONT, font)
    for label, radius, up in zip(
        legend_labels(legend.values, lang), legend.radii, heights, strict=True
    ):
        canvas.line(centre, base + 2 * radius, label_x - 2, base + up)
        canvas.drawString(label_x, base + up - font / 3, label)
    canvas.restoreState()
    below = base - LEADING * size / 2
    if legend.negative and negative:
        canvas.setFillColor(fill(NEGATIVE_COLOR, FILL_OPACITY))
        canvas.circle(x + font / 2, below, font / 2, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(FONT, font)
        canvas.drawString(x + 1.6 * font, below - font / 3, negative)
        below -= LEADING * size
    return below


def print_circle_legend(values: pd.Series, scope: str, body_height: float) -> CircleLegend:
    """Return the circle legend of a printed view: the largest radius by the body's height.

    The map's box is not laid out yet (the legend's height decides it in portrait): the
    radius is the scope's (:func:`~layers.render.proportional_circles.max_radius`) scaled to
    :data:`BOX_SHARE` of the body's height, on the map and in the legend alike.
    """
    return circle_legend(values, static_radius(max_radius(scope), body_height * BOX_SHARE))


def draw_circle_column(  # noqa: PLR0913 (where, what, the texts)
    canvas: Canvas,
    top_left: tuple[float, float],
    unit: str,
    legend: CircleLegend,
    *,
    size: float,
    texts: MapTexts,
) -> tuple[float, float]:
    """Draw the legend's heading (the unit) and the nested circles; return where rows go."""
    draw_legend(canvas, top_left, unit, [], size)
    top = top_left[1] - 9 * size - LEADING * size / 2
    below = draw_print_circle_legend(
        canvas,
        (top_left[0], top),
        legend,
        lang=texts.lang,
        size=size,
        negative=texts.negative,
    )
    return top_left[0], below + LEADING * size / 2
