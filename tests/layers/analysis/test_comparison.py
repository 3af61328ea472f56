"""Comparison of gminas: table against the scope, percentiles, look-alikes, selection size."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import percentileofscore

from layers.analysis.comparison import (
    comparison_table,
    percentile_profile,
    polarity_cue,
    require_selection,
    scope_indicators,
)
from layers.analysis.dataset import Dataset
from layers.errors import ComparisonError, GeoportalError

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
SELECTED = [KRAKOW, WIELICZKA, SKAWINA]
BOLESLAWIEC = "0201011"  # outside every Małopolska scope
COLUMNS = [
    "indicator",
    "teryt",
    "year",
    "value",
    "rank",
    "ranked",
    "median",
    "diff_median",
    "mean_without_krakow",
    "diff_mean_without_krakow",
]


def scope_frame(dataset: Dataset, indicator_id: str, scope_codes: list[str]) -> pd.DataFrame:
    """The stored gmina × year table restricted to a scope, or the 5-year change of population."""
    if indicator_id != "population_change":
        return dataset.values.by_indicator[indicator_id].reindex(scope_codes)
    population = dataset.values.by_indicator["population"].reindex(scope_codes)
    years = [year for year in population.columns if year - 5 in population.columns]
    return pd.DataFrame(
        {year: (population[year] / population[year - 5] - 1) * 100 for year in years}
    )


def expected_row(frame: pd.DataFrame, teryt: str) -> dict[str, float]:
    """Recompute one row with plain numpy: latest year with data, rank, median, mean."""
    year = max(year for year in frame.columns if frame[year].notna().any())
    values = frame[year].to_numpy(dtype=float)
    present = values[~np.isnan(values)]
    value = float(frame.loc[teryt, year])
    others = frame[year].drop(KRAKOW, errors="ignore").to_numpy(dtype=float)
    median = float(np.median(present))
    mean = float(np.mean(others[~np.isnan(others)]))
    return {
        "year": year,
        "value": value,
        "rank": float(1 + np.sum(present > value)) if not math.isnan(value) else math.nan,
        "ranked": len(present),
        "median": median,
        "diff_median": value - median,
        "mean_without_krakow": mean,
        "diff_mean_without_krakow": value - mean,
    }


@pytest.fixture(scope="module")
def smk_table(dataset: Dataset) -> pd.DataFrame:
    return comparison_table(dataset, SELECTED, "smk")


def test_table_lists_levels_and_population_change_for_each_gmina(
    dataset: Dataset, smk_table: pd.DataFrame
) -> None:
    levels = [i.id for i in dataset.catalog.values() if not i.is_change and i.level == "gmina"]
    assert list(smk_table.columns) == COLUMNS
    assert set(smk_table["indicator"]) == {*levels, "population_change"}
    assert "population_change" in dataset.catalog
    assert smk_table.groupby("indicator")["teryt"].agg(list).map(SELECTED.__eq__).all()
    assert len(smk_table) == 3 * smk_table["indicator"].nunique()


def test_table_matches_independent_recomputation(dataset: Dataset, smk_table: pd.DataFrame) -> None:
    smk = list(dataset.areas["smk"])
    for row in smk_table.itertuples(index=False):
        expected = expected_row(scope_frame(dataset, row.indicator, smk), row.teryt)
        for column, value in expected.items():
            actual = getattr(row, column)
            if math.isnan(value):
                assert math.isnan(actual), (row.indicator, row.teryt, column)
            else:
                assert actual == pytest.approx(value, rel=1e-12), (row.indicator, column)


def test_table_hand_checked_population(smk_table: pd.DataFrame) -> None:
    population = smk_table[smk_table["indicator"] == "population"].set_index("teryt")
    assert population.loc[KRAKOW, "value"] == 809168  # GUS BDL, 31 XII 2024
    assert population.loc[KRAKOW, "year"] == 2024
    assert population["rank"].tolist() == [1.0, 2.0, 3.0]  # the three largest in SMK
    assert (population["ranked"] == 15).all()  # SMK: Kraków and 14 gminas around it
    krakow_gap = population.loc[KRAKOW, "diff_mean_without_krakow"]
    assert krakow_gap == pytest.approx(809168 - population.loc[KRAKOW, "mean_without_krakow"])


def test_population_change_is_over_five_years(smk_table: pd.DataFrame) -> None:
    change = smk_table[smk_table["indicator"] == "population_change"].set_index("teryt")
    assert change.loc[KRAKOW, "year"] == 2024
    # 809168 in 2024 against 779115 in 2019
    assert change.loc[KRAKOW, "value"] == pytest.approx((809168 / 779115 - 1) * 100)


def test_missing_value_stays_missing(smk_table: pd.DataFrame) -> None:
    # Migration from Kraków is not defined for Kraków itself.
    row = smk_table[(smk_table["indicator"] == "in_migrants_from_krakow_per_1000")]
    krakow = row.set_index("teryt").loc[KRAKOW]
    assert math.isnan(krakow["value"]) and math.isnan(krakow["rank"])
    assert math.isnan(krakow["diff_median"])
    assert krakow["ranked"] == 14


def test_gmina_outside_scope_is_listed_without_rank(dataset: Dataset) -> None:
    table = comparison_table(dataset, [KRAKOW, BOLESLAWIEC], "smk")
    population = table[table["indicator"] == "population"].set_index("teryt")
    outside = population.loc[BOLESLAWIEC]
    stored = dataset.values.by_indicator["population"].loc[BOLESLAWIEC, outside["year"]]
    assert outside["value"] == stored
    assert math.isnan(outside["rank"])
    assert outside["ranked"] == 15


def test_table_drops_repeats_and_keeps_input(dataset: Dataset) -> None:
    selected = (WIELICZKA, KRAKOW, WIELICZKA)
    table = comparison_table(dataset, selected, "kom2003")
    assert selected == (WIELICZKA, KRAKOW, WIELICZKA)
    assert table[table["indicator"] == "population"]["teryt"].tolist() == [WIELICZKA, KRAKOW]


def test_percentile_of_krakow_population_in_smk_is_100(dataset: Dataset) -> None:
    profile = percentile_profile(dataset, SELECTED, "smk")
    assert profile.loc["population", KRAKOW] == 100.0
    assert list(profile.columns) == SELECTED
    assert profile.index.name == "indicator"


def test_percentiles_match_scipy(dataset: Dataset, smk_table: pd.DataFrame) -> None:
    # All of SMK, so that ties (rural gminas with urbanization 0) are covered.
    smk = list(dataset.areas["smk"])
    profile = percentile_profile(dataset, [*smk, BOLESLAWIEC], "smk")
    assert (profile.loc["urbanization"] == profile.loc["urbanization"].min()).sum() > 1
    for indicator_id in profile.index:
        frame = scope_frame(dataset, indicator_id, smk)
        year = max(year for year in frame.columns if frame[year].notna().any())
        present = frame[year].dropna().to_numpy()
        for teryt in smk:
            value = frame.loc[teryt, year]
            expected = math.nan if math.isnan(value) else percentileofscore(present, value, "weak")
            assert profile.loc[indicator_id, teryt] == pytest.approx(expected, nan_ok=True)
        assert math.isnan(profile.loc[indicator_id, BOLESLAWIEC])
    assert list(profile.index) == list(dict.fromkeys(smk_table["indicator"]))


@pytest.mark.parametrize(
    ("selected", "ok"),
    [
        ([KRAKOW], False),
        ([KRAKOW, KRAKOW], False),
        ([KRAKOW, WIELICZKA], True),
        ([str(code) for code in range(6)], True),
        ([str(code) for code in range(7)], False),
        ([], False),
    ],
)
def test_require_selection(selected: list[str], ok: bool) -> None:
    if ok:
        require_selection(selected)
    else:
        with pytest.raises(ComparisonError) as error:
            require_selection(selected)
        assert error.value.code == "comparison"
        assert isinstance(error.value, GeoportalError)


def test_require_selection_bounds_are_parameters() -> None:
    require_selection(["a"], low=1, high=1)
    with pytest.raises(ComparisonError):
        require_selection(["a", "b", "c"], low=1, high=2)


NAN = float("nan")


@pytest.mark.parametrize(
    ("value", "median", "polarity", "cue"),
    [
        (12.0, 10.0, "higher_better", "better"),
        (8.0, 10.0, "higher_better", "worse"),
        (12.0, 10.0, "higher_worse", "worse"),
        (8.0, 10.0, "higher_worse", "better"),
        (-3.0, -1.0, "higher_better", "worse"),  # a steeper fall of population
        (-3.0, -1.0, "higher_worse", "better"),
        (10.0, 10.0, "higher_better", "neutral"),  # at the median
        (10.0, 10.0, "higher_worse", "neutral"),
        (12.0, 10.0, "neutral", "neutral"),
        (8.0, 10.0, "neutral", "neutral"),
        (NAN, 10.0, "higher_better", "neutral"),  # no value
        (12.0, NAN, "higher_worse", "neutral"),  # no median
        (NAN, NAN, "neutral", "neutral"),
        (np.float64(12.0), np.float64(10.0), "higher_better", "better"),  # as read from a frame
        (np.float64("nan"), np.float64(10.0), "higher_worse", "neutral"),
    ],
)
def test_polarity_cue(value: float, median: float, polarity: str, cue: str) -> None:
    assert polarity_cue(value, median, polarity) == cue


@pytest.mark.parametrize("polarity", ["higher_better", "higher_worse"])
def test_polarity_cue_flips_with_the_side_of_the_median(polarity: str) -> None:
    above, below = polarity_cue(11.0, 10.0, polarity), polarity_cue(9.0, 10.0, polarity)
    assert {above, below} == {"better", "worse"}


def test_scope_indicators_hold_the_scope_side_of_a_comparison(dataset: Dataset):
    in_scope = {
        statistics.indicator.id: statistics for statistics in scope_indicators(dataset, "smk")
    }
    population = in_scope["population"]

    assert (population.year, population.ranked) == (2024, 15)
    assert population.median == 18638.0  # the 8th of the 15 SMK gminas
    assert population.ranks[KRAKOW] == 1
    assert population.percentiles[KRAKOW] == 100.0
    assert list(in_scope) == list(comparison_table(dataset, SELECTED, "smk")["indicator"].unique())
