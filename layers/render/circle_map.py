"""Proportional circles on the static maps (matplotlib): the circles and their legend.

The PNG and SVG of a view (:mod:`layers.render.static_map`) draw a count as the browser
does: circles at the units' label points (:func:`layers.render.map_labels.label_points`),
area proportional to the value (:mod:`layers.render.proportional_circles`), largest first,
semi-transparent with a thin dark outline, a negative value in the second colour, no
circle for a gap; and the nested circle legend with round values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba

import geopandas as gpd

if TYPE_CHECKING:
    from layers.render.static_map import MapTexts

from layers.render.map_labels import label_points
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

POINTS_PER_INCH = 72.0
LEADER_COLOR = "#555555"
"""The dotted line from a legend circle's top to its value."""
REFERENCE_MAP_PX = 600.0
"""The height of the browser's map the circles' largest radius is given for: a static
map whose map box is taller draws them larger in proportion (:func:`static_radius`)."""


def static_radius(largest: float, map_height_px: float) -> float:
    """Return the largest radius in px on a static map whose map box is ``map_height_px`` high."""
    return largest * map_height_px / REFERENCE_MAP_PX


def marker_sizes(radii: pd.Series, dpi: float) -> pd.Series:
    """Return matplotlib scatter sizes (points², the marker's diameter squared) of radii in px."""
    return (2 * radii * POINTS_PER_INCH / dpi) ** 2


def circle_colors(values: pd.Series) -> list[tuple[float, ...]]:
    """Return each value's circle fill: the positive or the negative colour, semi-transparent."""
    return [
        to_rgba(NEGATIVE_COLOR if value < 0 else POSITIVE_COLOR, FILL_OPACITY)
        for value in values.tolist()
    ]


def draw_circles(
    axes: Axes, points: gpd.GeoSeries, values: pd.Series, largest: float, dpi: float
) -> None:
    """Draw a circle per unit with a value at its point, largest first (small ones on top).

    Parameters
    ----------
    axes
        Map axes in the CRS of ``points``.
    points
        Each unit's label point, on the index of ``values``.
    values
        One value per unit, NaN for a gap (no circle).
    largest
        Radius in px of the circle of the largest magnitude.
    dpi
        The figure's dots per inch (px per inch).
    """
    radii = circle_radii(values, largest).dropna().sort_values(ascending=False, kind="stable")
    order = radii.index
    axes.scatter(
        points.x.reindex(order).to_numpy(),
        points.y.reindex(order).to_numpy(),
        s=marker_sizes(radii, dpi).to_numpy(),
        c=circle_colors(values.reindex(order)),
        edgecolors=OUTLINE_COLOR,
        linewidths=OUTLINE_PX,
        zorder=3,
    )


def draw_circle_legend(
    axes: Axes, legend: CircleLegend, box_px: tuple[float, float], texts: MapTexts, font: float
) -> float:
    """Draw the nested circles of ``legend`` at the top of legend ``axes`` (0–1 coordinates).

    Parameters
    ----------
    axes
        The legend's axes, limits 0–1 on both sides.
    legend
        Values and radii (px) of the circles
        (:func:`~layers.render.proportional_circles.circle_legend`).
    box_px
        The axes' width and height in px (a circle stays round in axes fractions).
    texts, font
        The language of the values and the note on negative values, and the text size in
        points.

    Returns
    -------
    float
        The height (axes fraction) below which the legend's rows go.
    """
    width, height = box_px
    top = 0.9
    base = top - 2 * legend.max_radius / height
    centre_x = 0.02 + legend.max_radius / width
    radii = pd.Series(legend.radii, dtype=float)
    axes.scatter(
        [centre_x] * len(radii),
        (base + radii / height).to_numpy(),
        s=marker_sizes(radii, axes.figure.dpi).to_numpy(),
        c=[to_rgba(POSITIVE_COLOR, 0.25)] * len(radii),
        edgecolors=OUTLINE_COLOR,
        linewidths=OUTLINE_PX,
    )
    labels: Sequence[str] = legend_labels(legend.values, texts.lang)
    label_x = centre_x + legend.max_radius / width + 0.03
    line_px = font * axes.figure.dpi / POINTS_PER_INCH * 1.2
    heights = label_heights(legend.radii, line_px)
    for label, radius, up in zip(labels, legend.radii, heights, strict=True):
        y, circle_top = base + up / height, base + 2 * radius / height
        leader = ([centre_x, label_x - 0.02, label_x - 0.01], [circle_top, circle_top, y])
        axes.plot(*leader, color=LEADER_COLOR, lw=0.6, ls=":")
        axes.text(label_x, y, label, fontsize=font, va="center")
    below = base - 0.04
    if legend.negative and texts.negative:
        swatch = to_rgba(NEGATIVE_COLOR, FILL_OPACITY)
        axes.scatter([0.03], [below], s=(font * 0.9) ** 2, c=[swatch], edgecolors=OUTLINE_COLOR)
        axes.text(0.07, below, texts.negative, fontsize=font * 0.9, va="center")
        below -= 0.06
    return below


def draw_circle_view(  # noqa: PLR0913 (both axes and what they show)
    axes: Axes,
    legend_axes: Axes,
    units: gpd.GeoSeries,
    values: pd.Series,
    *,
    scope: str,
    texts: MapTexts,
    font: float | None = None,
) -> float:
    """Draw a count's circles on the map ``axes`` and the nested circles in ``legend_axes``.

    Parameters
    ----------
    axes, legend_axes
        The map's axes (in the CRS of ``units``, set up) and the legend's (0–1).
    units
        The units' polygons, on the index of ``values``.
    values
        One value per unit, NaN for a gap.
    scope
        The view's scope: its largest radius
        (:func:`~layers.render.proportional_circles.max_radius`), scaled to the map axes'
        height (:func:`static_radius`).
    texts, font
        The map's texts (language, note on negative values) and the text size in points
        (by default the figure's height / 60 px).

    Returns
    -------
    float
        Where the legend's rows start (axes fraction), below the circles.
    """
    figure = axes.figure
    width, height = figure.bbox.width, figure.bbox.height
    largest = static_radius(max_radius(scope), axes.get_position().height * height)
    points = label_points(units).to_crs(units.crs)
    draw_circles(axes, points, values, largest, figure.dpi)
    box = legend_axes.get_position()
    size = font if font is not None else height / 60
    legend = circle_legend(values, largest)
    box_px = (box.width * width, box.height * height)
    return draw_circle_legend(legend_axes, legend, box_px, texts, size)
