"""Run-time values: changes, ranks, look-ups by scope and year, a gmina's latest values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import (
    ValueTable,
    change_percent,
    first_base_year,
    kept_base_year,
    latest_values,
    ranks,
    require_values,
    time_series,
    values_in,
)
from layers.errors import NoDataError
from tests.support.indicators import made_indicator

KRAKOW_POPULATION = {2010: 757740, 2015: 761069, 2019: 779115, 2020: 800531, 2024: 809168}


POPULATION = made_indicator("pop", {"variable": "population"}, (2015, 2020))
CHANGE = made_indicator("pop_change", {"change_of": "pop"}, (2020,))


@pytest.fixture
def table() -> ValueTable:
    """Three gminas, population in 2015 and 2020; ``C`` has no 2015 value."""
    long = pd.DataFrame(
        {
            "teryt": ["A", "A", "B", "B", "C"],
            "indicator": ["pop"] * 5,
            "year": [2015, 2020, 2015, 2020, 2020],
            "value": [100.0, 110.0, 200.0, 150.0, 50.0],
        }
    )
    return ValueTable.from_long(long)


def test_from_long_pivots_by_indicator(table: ValueTable) -> None:
    frame = table.by_indicator["pop"]

    assert list(frame.columns) == [2015, 2020]
    assert frame.loc["B", 2020] == 150.0
    assert np.isnan(frame.loc["C", 2015])


def test_frame_of_a_change_is_its_source(table: ValueTable) -> None:
    assert table.frame(CHANGE) is table.by_indicator["pop"]
    assert table.frame(made_indicator("other", {"variable": "x"}, (2020,))).empty


def test_base_years_are_the_years_with_data_but_the_last(table: ValueTable) -> None:
    assert table.base_years(CHANGE) == [2015]


def test_a_new_indicator_keeps_a_base_year_it_has_else_the_periods_start() -> None:
    choices = [2010, 2015, 2019, 2020]
    assert first_base_year(choices, 2024) == 2019  # five years before 2024
    assert first_base_year([2010, 2012], 2024) == 2010 and first_base_year([], 2024) is None
    assert kept_base_year(choices, 2010, 2024) == 2010
    assert kept_base_year(choices, 2005, 2024) == 2019


def test_change_percent_by_hand(check_series) -> None:
    frame = pd.DataFrame({2015: [100.0, 200.0, 0.0, np.nan], 2020: [110.0, 150.0, 5.0, 9.0]})
    frame.index = ["A", "B", "Z", "N"]

    result = change_percent(frame, 2020, 2015)

    check_series(result, frame.index, None, {"A": 10.0, "B": -25.0, "Z": np.nan, "N": np.nan})


def test_change_percent_without_the_base_year(check_series) -> None:
    frame = pd.DataFrame({2020: [1.0, 2.0]}, index=["A", "B"])

    check_series(change_percent(frame, 2020, 2010), frame.index, None, {"A": np.nan, "B": np.nan})


def test_values_in_reindexes_to_scope_codes(table: ValueTable, check_series) -> None:
    codes = pd.Index(["B", "X", "A"])

    result = values_in(table, POPULATION, 2015, codes)

    check_series(result, codes, "pop", {"B": 200.0, "X": np.nan, "A": 100.0})


def test_values_in_a_year_without_data(table: ValueTable, check_series) -> None:
    codes = pd.Index(["A", "B"])

    check_series(values_in(table, POPULATION, 1999, codes), codes, "pop", {"A": np.nan})


def test_values_in_of_a_change(table: ValueTable, check_series) -> None:
    codes = pd.Index(["A", "B", "C"])

    result = values_in(table, CHANGE, 2020, codes, base_year=2015)

    check_series(result, codes, "pop_change", {"A": 10.0, "B": -25.0, "C": np.nan})


def test_change_default_base_year_is_five_years_before(dataset: Dataset) -> None:
    change = dataset.catalog["population_change"]
    codes = pd.Index([KRAKOW])

    default = values_in(dataset.values, change, 2024, codes)
    explicit = values_in(dataset.values, change, 2024, codes, base_year=2019)

    expected = (KRAKOW_POPULATION[2024] / KRAKOW_POPULATION[2019] - 1) * 100  # 3.857 %
    assert default[KRAKOW] == pytest.approx(expected)
    assert explicit[KRAKOW] == default[KRAKOW]
    assert values_in(dataset.values, change, 2020, codes)[KRAKOW] == pytest.approx(
        (KRAKOW_POPULATION[2020] / KRAKOW_POPULATION[2015] - 1) * 100
    )


def test_time_series_of_krakow_population(dataset: Dataset, check_series) -> None:
    result = time_series(dataset.values, dataset.catalog["population"], KRAKOW)

    check_series(result, pd.Index(range(2010, 2025)), "population", KRAKOW_POPULATION)


def test_time_series_of_a_change_is_the_five_year_change_of_each_year(dataset: Dataset) -> None:
    result = time_series(dataset.values, dataset.catalog["population_change"], KRAKOW)

    assert result.index.min() == 2015  # the first year with a value five years before
    assert result[2024] == pytest.approx((809168 / 779115 - 1) * 100)  # 2019 → 2024
    assert result.name == "population_change"


def test_time_series_of_a_change_from_a_fixed_base_year(dataset: Dataset) -> None:
    result = time_series(dataset.values, dataset.catalog["population_change"], KRAKOW, 2010)

    assert result[2010] == 0.0
    assert result[2024] == pytest.approx((809168 / 757740 - 1) * 100)


ZIELONA_GORA = "0862011"  # merged with its rural gmina on 1 I 2015


def test_no_change_over_a_period_in_which_the_territory_changed(dataset: Dataset) -> None:
    change = dataset.catalog["population_change"]
    codes = pd.Index([ZIELONA_GORA, KRAKOW])

    across = values_in(dataset.values, change, 2015, codes, base_year=2010)
    after = values_in(dataset.values, change, 2019, codes, base_year=2015)

    population = dataset.values.by_indicator["population"].loc[ZIELONA_GORA]
    assert population[2015] / population[2014] > 1.15  # the merger, not growth
    assert np.isnan(across[ZIELONA_GORA]) and not np.isnan(across[KRAKOW])
    assert after[ZIELONA_GORA] == pytest.approx((population[2019] / population[2015] - 1) * 100)


def test_a_change_series_has_a_gap_where_the_period_spans_the_territory_change(
    dataset: Dataset,
) -> None:
    change = dataset.catalog["population_change"]

    five_years = time_series(dataset.values, change, ZIELONA_GORA)
    from_2010 = time_series(dataset.values, change, ZIELONA_GORA, 2010)

    assert set(range(2015, 2020)).isdisjoint(five_years.index)  # each period holds 2015
    assert 2021 in five_years.index
    assert max(from_2010.index) == 2014


def test_time_series_of_an_unknown_gmina_is_empty(table: ValueTable) -> None:
    result = time_series(table, POPULATION, "nowhere")

    assert result.empty
    assert result.name == "pop"


def test_time_series_drops_missing_years(table: ValueTable) -> None:
    assert time_series(table, POPULATION, "C").to_dict() == {2020: 50.0}


def test_ranks_share_the_best_rank_and_keep_nan(check_series) -> None:
    values = pd.Series([10.0, 20.0, 20.0, np.nan, 5.0], index=list("abcde"), name="v")

    expected = {"a": 3.0, "b": 1.0, "c": 1.0, "d": np.nan, "e": 4.0}
    check_series(ranks(values), values.index, "v", expected)


def test_latest_values_of_krakow_in_smk(dataset: Dataset) -> None:
    codes = scope_codes("smk", dataset.codes, dataset.areas)

    latest = latest_values(dataset.values, dataset.catalog, KRAKOW, codes)

    population = latest.loc["population"]
    assert (population["year"], population["value"]) == (2024, 809168)
    assert (population["rank"], population["ranked"]) == (1, 15)
    assert latest.loc["area_km2", "value"] == pytest.approx(326.85)  # GUGiK 32,685 ha
    assert latest.loc["population_change", "value"] == pytest.approx((809168 / 779115 - 1) * 100)
    assert "in_migrants_from_krakow_per_1000" not in latest.index  # not defined for Kraków
    assert list(latest.index) == [i for i in dataset.catalog if i in latest.index]


def test_latest_change_does_not_depend_on_the_scope(dataset: Dataset) -> None:
    smk = scope_codes("smk", dataset.codes, dataset.areas)
    poland = dataset.codes
    bochnia = "1201011"

    outside = latest_values(dataset.values, dataset.catalog, bochnia, smk)
    inside = latest_values(dataset.values, dataset.catalog, bochnia, poland)

    assert outside.loc["population_change", "value"] == pytest.approx(
        inside.loc["population_change", "value"]
    )


def test_require_values() -> None:
    require_values(pd.Series([np.nan, 1.0]))
    with pytest.raises(NoDataError, match="density"):
        require_values(pd.Series([np.nan, np.nan], name="density"))
    with pytest.raises(NoDataError):
        require_values(pd.Series([], dtype=float))
