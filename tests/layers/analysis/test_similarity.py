"""Similar gminas: standardised Euclidean distances, by hand and on real data."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.similarity import similar_gminas, standardised_distances
from layers.errors import ComparisonError, UnknownIndicatorError

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
BOLESLAWIEC = "0201011"  # outside every Małopolska scope


@pytest.fixture
def four_by_two() -> pd.DataFrame:
    """x: mean 0.25, sample sd 0.5; y: mean 10, sample sd sqrt(200)."""
    return pd.DataFrame(
        {"x": [0.0, 1.0, 0.0, 0.0], "y": [0.0, 0.0, 10.0, 30.0]},
        index=pd.Index(list("ABCD"), name="teryt"),
    )


def test_standardised_distances_by_hand(four_by_two: pd.DataFrame, check_series) -> None:
    # From A: to B 1 / 0.5 = 2; to C 10 / sqrt(200) = sqrt(0.5); to D 30 / sqrt(200).
    # Unstandardised, B (distance 1) would be nearest; standardised, C is.
    result = standardised_distances(four_by_two, four_by_two.loc["A"])
    expected = {"A": 0.0, "B": 2.0, "C": math.sqrt(0.5), "D": math.sqrt(4.5)}
    check_series(result, four_by_two.index, "distance", expected, rel=1e-12)


def test_standardised_distances_point_outside_and_constant_column(
    four_by_two: pd.DataFrame, check_series
) -> None:
    reference = four_by_two.assign(z=7.0)
    before = reference.copy()
    point = pd.Series({"x": 0.25, "y": 10.0, "z": 99.0})  # the means; z is constant
    result = standardised_distances(reference, point)
    expected = {"A": math.sqrt(0.75), "B": math.sqrt(2.75), "C": 0.5, "D": 1.5}
    check_series(result, reference.index, "distance", expected, rel=1e-12)
    pd.testing.assert_frame_equal(reference, before)


INDICATORS = ["density", "own_revenue_per_capita", "urbanization"]


def test_similar_gminas_real_data(dataset: Dataset) -> None:
    result = similar_gminas(dataset, WIELICZKA, "kom2003", INDICATORS, k=5)
    assert result.name == "distance"
    assert len(result) == 5 and WIELICZKA not in result.index
    assert set(result.index) <= set(dataset.areas["kom2003"])
    assert result.is_monotonic_increasing

    # The same with plain numpy over the 2024 values of the kom2003 gminas.
    codes = list(dataset.areas["kom2003"])
    table = pd.DataFrame(
        {i: dataset.values.by_indicator[i].reindex(codes)[2024] for i in INDICATORS}
    ).dropna()
    z = (table - table.mean()) / table.std(ddof=1)
    distance = np.sqrt(((z - z.loc[WIELICZKA]) ** 2).sum(axis=1)).drop(WIELICZKA)
    expected = distance.sort_values().head(5)
    assert result.index.tolist() == expected.index.tolist()
    np.testing.assert_allclose(result.to_numpy(), expected.to_numpy(), rtol=1e-12)


def test_similar_gminas_k_larger_than_scope(dataset: Dataset) -> None:
    result = similar_gminas(dataset, KRAKOW, "smk", ["population", "density"], k=50)
    assert len(result) == 14 and KRAKOW not in result.index


def test_similar_gminas_for_a_gmina_outside_the_scope(dataset: Dataset) -> None:
    result = similar_gminas(dataset, BOLESLAWIEC, "smk", ["population"], k=3)
    assert len(result) == 3 and set(result.index) <= set(dataset.areas["smk"])


@pytest.mark.parametrize(
    ("teryt", "indicators", "k"),
    [
        (WIELICZKA, [], 5),
        (WIELICZKA, ["density"], 0),
        (BOLESLAWIEC, ["own_revenue_per_capita"], 5),  # held for Małopolska only
        (KRAKOW, ["in_migrants_from_krakow_per_1000"], 5),
    ],
)
def test_similar_gminas_errors(dataset: Dataset, teryt: str, indicators: list[str], k: int) -> None:
    with pytest.raises(ComparisonError):
        similar_gminas(dataset, teryt, "malopolska", indicators, k=k)


def test_similar_gminas_unknown_indicator(dataset: Dataset) -> None:
    with pytest.raises(UnknownIndicatorError):
        similar_gminas(dataset, KRAKOW, "smk", ["no_such_indicator"])
