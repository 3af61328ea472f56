"""Proportional circles on the print layout: same circles and legend as the browser's."""

from __future__ import annotations

import io
import math
from datetime import date

import pytest
from reportlab.pdfgen.canvas import Canvas

from layers.analysis.crs import METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.render.choropleth import ViewRequest, classed_values, scope_gminas
from layers.render.pdf_layout import register_fonts
from layers.render.print_circles import (
    draw_print_circle_legend,
    draw_print_circles,
    legend_rows_taken,
)
from layers.render.print_layout import PrintPage, PrintTexts, print_view
from layers.render.print_map import map_frame
from layers.render.proportional_circles import circle_legend
from tests.layers.render.test_static_map import TEXTS


class Recorded(Canvas):
    """A canvas that also keeps the circles drawn on it (centre, radius, fill colour)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.circles: list[tuple[float, float, float, object]] = []

    def circle(self, x_cen, y_cen, r, stroke=1, fill=0):
        self.circles.append((x_cen, y_cen, r, self._fillColorObj))
        return super().circle(x_cen, y_cen, r, stroke=stroke, fill=fill)


def test_print_circles_are_largest_first_area_proportional_one_per_value(dataset: Dataset) -> None:
    request = ViewRequest("malopolska", "natural_increase", 2024, symbol="circles")
    classed = classed_values(dataset, request)
    metric = scope_gminas(dataset, classed.units).to_crs(METRIC_CRS)
    values = classed.values.reindex(metric.index)
    register_fonts()
    canvas = Recorded()
    frame = map_frame(metric, (40.0, 40.0, 500.0, 400.0))
    draw_print_circles(canvas, frame, metric.geometry, values, 20.0)

    radii = [circle[2] for circle in canvas.circles]
    assert len(radii) == int(values.notna().sum())
    assert radii == sorted(radii, reverse=True) and radii[0] == pytest.approx(20.0)
    top = float(values.abs().max())
    assert math.pi * radii[-1] ** 2 == pytest.approx(
        math.pi * 20.0**2 * float(values.abs().dropna().min()) / top
    )
    fills = {str(circle[3]) for circle in canvas.circles}
    assert len(fills) == 2  # births above deaths, and below: a second colour

    legend = circle_legend(values, 20.0)
    below = draw_print_circle_legend(
        canvas, (600.0, 500.0), legend, lang="pl", size=1.0, negative="wartość ujemna"
    )
    assert len(canvas.circles) == len(radii) + 3 + 1  # nested three and the note's swatch
    assert 500.0 - below <= legend_rows_taken(legend, 1.0, True) * 14.0 + 14.0


def test_the_pdf_of_a_count_holds_the_circle_legend(dataset: Dataset) -> None:
    texts = PrintTexts(TEXTS, "Data wydruku", "Skala", "N", "Uwagi")
    request = ViewRequest("smk", "population", 2024, symbol="circles")
    pdf = print_view(dataset, request, PrintPage(date(2026, 12, 5)), texts)
    plain = print_view(
        dataset, ViewRequest("smk", "population", 2024), PrintPage(date(2026, 12, 5)), texts
    )
    assert pdf.startswith(b"%PDF") and pdf != plain
