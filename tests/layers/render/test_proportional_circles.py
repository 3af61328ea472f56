"""Proportional circles: area ∝ value, round legend values, gaps and negative values."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.teryt import KRAKOW
from layers.render.choropleth import ViewRequest, choropleth_view
from layers.render.proportional_circles import (
    CHOROPLETH,
    CIRCLES,
    GAP_FILL,
    UNDER_FILL,
    circle_legend,
    circle_paint,
    circle_radii,
    default_symbol,
    drawn_symbol,
    label_heights,
    legend_labels,
    legend_values,
    max_radius,
    nice_floor,
)

VALUES = pd.Series([809_168.0, 4_000.0, np.nan, 0.0, 62_000.0], index=list("abcde"))


def test_circle_area_is_proportional_to_the_value() -> None:
    radii = circle_radii(VALUES, 28.0)
    area = math.pi * radii**2
    ratio = area / VALUES
    shown = VALUES.notna() & (VALUES > 0)
    assert np.allclose(ratio[shown], ratio[shown].iloc[0], rtol=1e-12)
    assert radii["a"] == pytest.approx(28.0)
    assert math.isnan(radii["c"])  # a gap: no circle, never a zero circle
    assert radii["d"] == 0.0


def test_negative_values_scale_by_magnitude_and_are_marked() -> None:
    values = pd.Series([-300.0, 1200.0, np.nan])
    paint = circle_paint(values, 20.0)
    assert paint["radii"][0] == pytest.approx(10.0)
    assert paint["radii"][2] is None
    assert paint["negative"] == [0]
    assert paint["negative_color"] != paint["color"]
    assert circle_legend(values, 20.0).negative


@pytest.mark.parametrize("top", [809_168.0, 1_234.0, 7.0, 0.37, 55_000.0])
def test_legend_values_are_round_and_within_the_range(top: float) -> None:
    values = pd.Series([top, top / 3, np.nan])
    shown = legend_values(values)
    assert 1 <= len(shown) <= 3
    assert list(shown) == sorted(shown, reverse=True)
    for value in shown:
        assert 0 < value <= top
        mantissa = value / 10 ** math.floor(math.log10(value))
        assert round(mantissa, 9) in (1.0, 2.0, 2.5, 5.0)
    assert shown[0] > top / 2.5  # the largest stands near the top of the data


def test_legend_radii_follow_the_map_scaling() -> None:
    legend = circle_legend(VALUES, 28.0)
    assert legend.values == (500_000.0, 250_000.0, 50_000.0)
    expected = [28.0 * math.sqrt(value / 809_168.0) for value in legend.values]
    assert legend.radii == pytest.approx(expected, abs=0.01)
    assert legend.gaps == 1 and not legend.negative


def test_no_legend_without_a_value() -> None:
    assert legend_values(pd.Series([np.nan, 0.0])) == ()
    assert nice_floor(1.0) == 1.0


def test_symbols_by_aggregation(dataset: Dataset) -> None:
    count = indicator_of(dataset.catalog, "population")
    rate = indicator_of(dataset.catalog, "density")
    assert default_symbol(count) == CIRCLES and default_symbol(rate) == CHOROPLETH
    assert drawn_symbol(rate, CIRCLES) == CHOROPLETH
    assert drawn_symbol(count, CHOROPLETH) == CHOROPLETH
    assert drawn_symbol(count, None) == CIRCLES


def test_smk_population_as_circles(dataset: Dataset) -> None:
    request = ViewRequest("smk", "population", 2024, symbol=CIRCLES)
    view = choropleth_view(dataset, request, "pl")
    codes = list(scope_codes("smk", dataset.codes, dataset.areas))
    circles = view.paint["circles"]
    radii = circles["radii"]
    assert radii[codes.index(KRAKOW)] == pytest.approx(max_radius("smk"))
    assert max(radii) == radii[codes.index(KRAKOW)]
    assert set(view.paint["colors"]) == {UNDER_FILL}
    assert view.circles is not None and len(view.circles.values) == 3
    assert view.paint["columns"][1][codes.index(KRAKOW)] == 1  # the hover's rank stays


def test_a_gap_gives_no_circle_and_a_hollow_fill(dataset: Dataset) -> None:
    values = dataset.values.frame(indicator_of(dataset.catalog, "natural_increase"))
    year = max(values.columns)
    view = choropleth_view(
        dataset, ViewRequest("poland", "natural_increase", int(year), symbol=CIRCLES), "pl"
    )
    radii, classes = view.paint["circles"]["radii"], view.paint["classes"]
    assert all((r is None) == (c == -1) for r, c in zip(radii, classes, strict=True))
    assert view.paint["nodata"] == GAP_FILL
    assert view.circles is not None and view.circles.negative  # a natural decrease
    assert len(view.paint["circles"]["negative"]) > 0


def test_a_rate_asked_as_circles_stays_a_choropleth(dataset: Dataset) -> None:
    request = ViewRequest("smk", "density", 2024, symbol=CIRCLES)
    view = choropleth_view(dataset, request, "pl")
    assert "circles" not in view.paint and view.circles is None


def test_legend_labels_keep_apart_and_are_written_as_poles_write_numbers() -> None:
    heights = label_heights((28.0, 26.0, 5.0), 14.0)
    assert heights == [56.0, 42.0, 10.0]  # the second moved down, the third at its top
    assert legend_labels((500_000.0, 2.5), "pl") == ["500 000", "2,5"]
    assert legend_labels((500_000.0,), "en") == ["500,000"]


def test_the_fill_rows_under_circles_count_values_and_gaps(dataset: Dataset) -> None:
    request = ViewRequest("smk", "population", 2024, symbol=CIRCLES)
    view = choropleth_view(dataset, request, "pl")
    assert [(row.color, row.count, row.nodata) for row in view.legend] == [(UNDER_FILL, 15, False)]
    assert view.legend[0].label.replace("\u00a0", " ").endswith(" – 809 168")
