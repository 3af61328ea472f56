"""Proportional circles on the exported map: drawn where the browser draws them, same legend."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
from PIL import Image

from layers.analysis.crs import METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.teryt import KRAKOW
from layers.render.choropleth import ViewRequest, classed_values, scope_gminas
from layers.render.circle_map import circle_colors, marker_sizes, static_radius
from layers.render.map_labels import label_points
from layers.render.proportional_circles import (
    FILL_OPACITY,
    GAP_FILL,
    NEGATIVE_COLOR,
    POSITIVE_COLOR,
    UNDER_FILL,
)
from layers.render.static_map import MapStyle, map_figure, png_bytes
from tests.layers.render.test_static_map import TEXTS as STATIC_TEXTS

TEXTS = replace(STATIC_TEXTS, negative="koło pomarańczowe: wartość ujemna")


def rgb(hex_color: str) -> np.ndarray:
    return np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)


def over(color: str, under: str) -> np.ndarray:
    """The colour a semi-transparent circle fill shows over ``under``."""
    return FILL_OPACITY * rgb(color) + (1 - FILL_OPACITY) * rgb(under)


def figure_pixel(figure, axes, point) -> tuple[int, int]:
    """Return the PNG row and column of a point in the map axes' data coordinates."""
    x, y = axes.transData.transform((point.x, point.y))
    return round(figure.bbox.height - y), round(x)


def test_the_png_draws_a_circle_on_each_gminas_label_point(dataset: Dataset) -> None:
    request = ViewRequest("smk", "population", 2024, symbol="circles")
    classed = classed_values(dataset, request)
    gminas = scope_gminas(dataset, classed.units)
    figure = map_figure(gminas, classed, request, MapStyle(TEXTS, date(2026, 12, 5)))
    image = np.asarray(Image.open(io.BytesIO(png_bytes(figure))).convert("RGB")).astype(float)
    axes = figure.axes[0]
    points = label_points(gminas.geometry).to_crs(METRIC_CRS)

    row, column = figure_pixel(figure, axes, points[KRAKOW])
    assert np.abs(image[row, column] - over(POSITIVE_COLOR, UNDER_FILL)).max() <= 3
    # the smallest gmina gets its circle too (drawn last, on top), the rest is neutral fill
    smallest = classed.values.idxmin()
    assert np.abs(image[figure_pixel(figure, axes, points[smallest])] - rgb(UNDER_FILL)).max() > 3
    assert (np.abs(image - rgb(UNDER_FILL)).max(axis=2) <= 2).sum() > 1000


def test_static_circles_keep_area_proportional_and_colour_by_sign() -> None:
    radii = pd.Series([10.0, 5.0])
    sizes = marker_sizes(radii, 100.0)
    assert sizes.iloc[0] / sizes.iloc[1] == 4.0  # diameter² in points: area ∝ r²
    assert static_radius(28.0, 600.0) == 28.0 and static_radius(28.0, 1200.0) == 56.0
    negative, positive = circle_colors(pd.Series([-1.0, 2.0]))
    assert negative[:3] != positive[:3]
    assert np.allclose(np.array(negative[:3]) * 255, rgb(NEGATIVE_COLOR))
    assert GAP_FILL != UNDER_FILL
