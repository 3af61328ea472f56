"""A bivariate map of two rates: terciles, 3 × 3 cells, Stevens' palette, the square legend."""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.render.bivariate import (
    STEVENS,
    bivariate_classes,
    bivariate_colors,
    bivariate_legend,
    tercile_classes,
)


def test_terciles_split_in_thirds_and_keep_ties_together() -> None:
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, np.nan])
    assert tercile_classes(values).tolist() == [0, 0, 0, 1, 1, 1, 2, 2, 2, -1]
    tied = pd.Series([1.0, 1.0, 1.0, 1.0, 5.0, 9.0])
    classes = tercile_classes(tied)
    assert len(set(classes[tied == 1.0])) == 1


def test_cells_mix_both_rates_and_a_missing_value_is_a_gap() -> None:
    first = pd.Series([1.0, 9.0, 1.0, 9.0, 5.0, np.nan], index=list("abcdef"))
    second = pd.Series([1.0, 1.0, 9.0, 9.0, 5.0, 5.0], index=list("abcdef"))
    cells = bivariate_classes(first, second)
    assert cells.to_dict() == {"a": 0, "b": 2, "c": 6, "d": 8, "e": 4, "f": -1}
    colors = bivariate_colors()
    assert colors[0] == STEVENS[0][0] and colors[8] == STEVENS[2][2] and len(set(colors)) == 9


def test_the_square_legend_of_two_real_rates_counts_every_gmina(dataset: Dataset) -> None:
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    first, second = (
        values_in(dataset.values, indicator, 2024, codes)
        for indicator in (
            indicator_of(dataset.catalog, "density"),
            indicator_of(dataset.catalog, "deaths_per_1000"),
        )
    )
    legend = bivariate_legend(first, second)
    assert sum(map(sum, legend.counts)) + legend.gaps == len(codes)
    assert legend.first_edges[0] < legend.first_edges[1]
    assert all(sum(row[c] for row in legend.counts) >= 50 for c in range(3))  # thirds
