"""Indicators aggregated over areas of whole gminas: counts summed, rates weighted."""

from __future__ import annotations

import pytest

from layers.analysis.area_aggregates import areas_aggregates
from layers.errors import ComparisonError

KRAKOW, WIELICZKA, BISKUPICE = "1261011", "1219053", "1219012"


def test_counts_are_sums_and_rates_population_weighted(dataset):
    areas = {"w": [WIELICZKA, BISKUPICE], "smk": dataset.areas["smk"]}
    result = areas_aggregates(dataset, areas)
    population = dataset.values.by_indicator["population"]
    year = int(result.loc["population", ("w", "year")])
    density = dataset.values.by_indicator["density"]
    density_year = int(result.loc["density", ("w", "year")])

    assert result.loc["population", ("w", "value")] == pytest.approx(
        population.loc[[WIELICZKA, BISKUPICE], year].sum()
    )
    weights = population.loc[[WIELICZKA, BISKUPICE], density_year]
    expected = (density.loc[[WIELICZKA, BISKUPICE], density_year] * weights).sum() / weights.sum()
    assert result.loc["density", ("w", "value")] == pytest.approx(expected)
    assert result.loc["population", ("smk", "value")] > result.loc["population", ("w", "value")]
    assert result.loc["population", ("w", "coverage")] == 1.0
    assert list(result.columns.get_level_values(0).unique()) == ["w", "smk"]


@pytest.mark.parametrize(
    "areas",
    [
        {"one": [KRAKOW]},
        {str(i): [KRAKOW] for i in range(7)},
        {"a": [KRAKOW], "b": ["9999999"]},
    ],
)
def test_two_to_six_areas_of_known_gminas(dataset, areas):
    with pytest.raises(ComparisonError):
        areas_aggregates(dataset, areas)
