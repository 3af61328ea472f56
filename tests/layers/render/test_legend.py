"""Legend rows: one per class with its range and count, plus a no-data row."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.analysis.classify import Classification, classified
from layers.render.legend import LegendRow, legend_rows
from layers.render.palettes import NODATA_COLOR

COLORS = ["#eff3ff", "#6baed6", "#08519c"]


@pytest.fixture
def classes() -> Classification:
    """Seven gminas in three manual classes (≤ 10, ≤ 20, ≤ 35) and two without data."""
    values = pd.Series([2.5, 10.0, 12.0, 20.0, 20.0, 30.0, 35.0, np.nan, np.nan])
    return classified(values, "manual", 5, (10.0, 20.0))


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("pl", ["2,5 – 10,0", "10,0 – 20,0", "20,0 – 35,0"]),
        ("en", ["2.5 – 10.0", "10.0 – 20.0", "20.0 – 35.0"]),
    ],
)
def test_rows_have_ranges_and_counts(classes: Classification, lang: str, labels: list) -> None:
    rows = legend_rows(classes, COLORS, 1, lang)

    assert rows[:3] == [
        LegendRow(COLORS[0], labels[0], 2),
        LegendRow(COLORS[1], labels[1], 3),
        LegendRow(COLORS[2], labels[2], 2),
    ]
    assert rows[3] == LegendRow(NODATA_COLOR, "", 2, nodata=True)
    assert len(rows) == 4


def test_no_nodata_row_without_missing_values() -> None:
    classes = classified(pd.Series([1.0, 2.0, 3.0]), "equal_interval", 3)

    rows = legend_rows(classes, COLORS, 1, "en")

    assert [row.label for row in rows] == ["1.0 – 1.7", "1.7 – 2.3", "2.3 – 3.0"]
    assert [row.count for row in rows] == [1, 1, 1]
    assert not any(row.nodata for row in rows)


def test_counts_add_up(classes: Classification) -> None:
    rows = legend_rows(classes, COLORS, 1, "pl")

    assert sum(row.count for row in rows) == 9


def test_one_colour_per_class_is_required(classes: Classification) -> None:
    with pytest.raises(ValueError, match="zip"):
        legend_rows(classes, COLORS[:2], 1, "pl")
