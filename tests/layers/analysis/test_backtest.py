"""Back-tests of the outlook: hand-made series with known answers, then the real store."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.analysis.backtest import (
    error_summary,
    growth_rates,
    migration_mean_backtest,
    percentage_errors,
    pre_census_backtest,
    rebased_backtest,
)
from tests.layers.analysis.test_projection import components_of


def test_percentage_errors_by_hand():
    errors = percentage_errors(
        pd.Series({"a": 110.0, "b": 90.0, "c": 5.0}), pd.Series({"a": 100.0, "b": 100.0})
    )
    assert list(errors.index) == ["a", "b"]
    assert errors["error_pct"].tolist() == pytest.approx([10.0, -10.0])
    assert errors["ape"].tolist() == pytest.approx([10.0, 10.0])


def test_summary_is_the_median_and_90th_percentile():
    errors = pd.DataFrame({"ape": np.arange(1.0, 11.0), "error_pct": np.arange(-5.0, 5.0)})
    summary = error_summary(errors)
    assert summary["median_ape"] == pytest.approx(5.5)
    assert summary["p90_ape"] == pytest.approx(np.percentile(np.arange(1.0, 11.0), 90))
    assert summary["median_error"] == pytest.approx(-0.5)
    assert summary["gminas"] == 10


def series(growth: dict[str, float], years: range = range(2010, 2020)) -> pd.DataFrame:
    """Return populations growing at a constant rate per gmina from 1,000 in the first year."""
    return pd.DataFrame(
        {
            year: {code: 1000.0 * (1 + g) ** (year - years.start) for code, g in growth.items()}
            for year in years
        }
    )


def test_steady_growth_is_projected_exactly_and_beats_the_constant():
    population = series({"up": 0.01, "down": -0.02})
    result = pre_census_backtest(population, trend_years=0)
    assert result["model"]["ape"].max() == pytest.approx(0.0, abs=1e-9)
    # the constant misses by five years of growth: 1/1.01^5 - 1 and 1/0.98^5 - 1
    assert result["constant"].loc["up", "error_pct"] == pytest.approx((1.01**-5 - 1) * 100)
    assert result["constant"].loc["down", "error_pct"] == pytest.approx((0.98**-5 - 1) * 100)


def test_trend_follows_an_accelerating_growth_rate():
    years = range(2010, 2020)
    rates = {year: 0.001 * (year - 2010) for year in years}
    level, values = 1000.0, {}
    for year in years:
        level *= 1 + rates[year] if year > 2010 else 1
        values[year] = level
    population = pd.DataFrame({year: {"g": value} for year, value in values.items()})
    trended = pre_census_backtest(population, trend_years=5)["model"]
    held = pre_census_backtest(population, trend_years=0)["model"]
    assert trended.loc["g", "ape"] == pytest.approx(0.0, abs=1e-9)
    assert held.loc["g", "error_pct"] < 0
    assert growth_rates(population, [2014]).loc["g", 2014] == pytest.approx(0.004)


def test_rebased_backtest_starts_where_the_rebased_series_starts():
    components = components_of(
        {
            ("a", 2020): (1000.0, 10.0, 20.0, 10.0),  # start 1000: net 0
            ("b", 2020): (2000.0, 20.0, 20.0, 40.0),  # start 1960: +40/1960 a year
            ("a", 2024): (990.0, 0, 0, 0),
            ("b", 2024): (2100.0, 0, 0, 0),
        }
    )
    population = pd.DataFrame({2020: {"a": 1000.0, "b": np.nan}, 2021: {"a": 999.0, "b": 2000.0}})
    result = rebased_backtest(population, components)
    model = result["model"]
    assert model.loc["a", "start"] == 2020
    assert model.loc["a", "projected"] == pytest.approx(1000.0)
    assert model.loc["b", "start"] == 2021
    assert model.loc["b", "projected"] == pytest.approx(2000.0 * (1 + 40 / 1960) ** 3)
    assert result["constant"].loc["b", "projected"] == 2000.0


def test_real_backtests_cover_every_gmina_and_beat_the_constant(dataset):
    population = dataset.values.by_indicator["population"]
    pre = pre_census_backtest(population, trend_years=0)
    with_history = population[[2010, 2011, 2013, 2014, 2019]].dropna().index
    assert set(pre["model"].index) == set(with_history)
    rebased = rebased_backtest(population, dataset.store.components)
    assert len(rebased["model"]) == len(dataset.codes)
    assert set(rebased["model"]["start"]) == {2020, 2021}
    for result in (pre, rebased):
        ours, constant = error_summary(result["model"]), error_summary(result["constant"])
        assert ours["median_ape"] < constant["median_ape"]
        assert ours["p90_ape"] < constant["p90_ape"]


def test_migration_mean_backtest_splits_growth_into_migration_and_the_rest():
    population = series({"a": 0.01}, range(2010, 2020))
    # net migration of 2011–2014: 0.5 %, 0.5 %, 0.5 %, 0.9 % of the previous year's stock
    shares = {2011: 0.005, 2012: 0.005, 2013: 0.005, 2014: 0.009}
    components = pd.DataFrame(
        [
            {
                "teryt": "a",
                "variable": "net_migration",
                "year": y,
                "value": s * population.loc["a", y - 1],
            }
            for y, s in shares.items()
        ]
    )
    result = migration_mean_backtest(population, components)
    # 2014: growth 1 % = 0.9 % migration + 0.1 % rest; the mean migration is 0.6 %
    rate = 0.001 + 0.006
    assert result["model"].loc["a", "projected"] == pytest.approx(
        population.loc["a", 2014] * (1 + rate) ** 5
    )
    assert result["held"].loc["a", "ape"] == pytest.approx(0.0, abs=1e-9)
