"""The outlook's balancing equation: hand-computed cases, scenarios, areas, real Tabl. IV rows."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.projection import (
    BASE_YEAR,
    HORIZON,
    SCENARIOS,
    Scenario,
    area_outlook,
    component_rates,
    migration_rates,
    population_outlook,
    projected,
    scenario_rates,
)
from layers.errors import ProjectionError

VITAL = "stats/gus_tabl_IV_population_vital_stats_migration_gminy_2020_2024_long.csv"


def components_of(rows: dict[tuple[str, int], tuple[float, float, float, float]]) -> pd.DataFrame:
    """Return a components table from {(teryt, year): (population_end, births, deaths, net)}."""
    records = []
    for (teryt, year), values in rows.items():
        for variable, value in zip(
            ("population_end", "births", "deaths", "net_migration"), values, strict=True
        ):
            records.append({"teryt": teryt, "variable": variable, "year": year, "value": value})
    return pd.DataFrame(records)


HAND = components_of(
    {
        ("a", 2020): (1010.0, 12.0, 8.0, 6.0),
        ("a", 2024): (1000.0, 10.0, 12.0, 2.0),
        ("b", 2020): (500.0, 5.0, 10.0, -15.0),
        ("b", 2024): (480.0, 4.0, 9.0, -5.0),
    }
)


def test_rates_are_events_per_person_at_the_start_of_the_year():
    rates = component_rates(HAND, 2024)
    # a: start = 1000 - 10 + 12 - 2 = 1000; b: 480 - 4 + 9 + 5 = 490
    assert rates.loc["a"].tolist() == pytest.approx([0.010, 0.012, 0.002])
    assert rates.loc["b"].tolist() == pytest.approx([4 / 490, 9 / 490, -5 / 490])
    start = 490.0
    b, d, m = rates.loc["b"]
    assert start * (1 + b - d + m) == pytest.approx(480.0)


def test_projection_by_hand():
    rates = {
        "births": pd.DataFrame({2025: [0.01], 2026: [0.01]}, index=["a"]),
        "deaths": pd.DataFrame({2025: [0.02], 2026: [0.02]}, index=["a"]),
        "migration": pd.DataFrame({2025: [0.005], 2026: [0.005]}, index=["a"]),
    }
    outlook = projected(pd.Series({"a": 1000.0}), rates)
    assert outlook.population.loc["a"].tolist() == pytest.approx([1000.0, 995.0, 990.025])
    assert outlook.events["deaths"].loc["a"].tolist() == pytest.approx([20.0, 19.9])
    assert outlook.events["births"].loc["a", 2026] == pytest.approx(9.95)


def test_trend_moves_then_holds_and_rates_stay_possible():
    base = pd.DataFrame({"births": [0.002], "deaths": [0.01], "migration": [-0.01]}, index=["a"])
    first = pd.DataFrame({"births": [0.006], "deaths": [0.01], "migration": [0.002]}, index=["a"])
    rates = scenario_rates(base, first, range(2025, 2031), trend_years=3, span=4)
    # births: -0.001 a year for 3 years, but never below 0
    assert rates["births"].loc["a"].tolist() == pytest.approx([0.001, 0.0, 0.0, 0.0, 0.0, 0.0])
    # migration: -0.003 a year for 3 years, then held; negative rates stay negative
    assert rates["migration"].loc["a"].tolist() == pytest.approx(
        [-0.013, -0.016, -0.019, -0.019, -0.019, -0.019]
    )
    held = scenario_rates(base, first, range(2025, 2031), trend_years=0, span=4)
    assert held["migration"].loc["a"].tolist() == pytest.approx([-0.01] * 6)


def test_any_other_component_may_be_negative():
    base = pd.DataFrame({"growth": [-0.01]}, index=["a"])
    rates = scenario_rates(base, base, range(2025, 2027), trend_years=0, span=1)
    outlook = projected(pd.Series({"a": 100.0}), rates)
    assert outlook.population.loc["a", 2026] == pytest.approx(100 * 0.99**2)


def test_scenarios_on_hand_made_gminas():
    held = population_outlook(HAND, SCENARIOS["held"], horizon=2026)
    assert list(held.population.columns) == [BASE_YEAR, 2025, 2026]
    assert held.population.loc["a", 2025] == pytest.approx(1000.0)  # 10 - 12 + 2 = 0
    assert held.population.loc["b", 2025] == pytest.approx(480 * (1 + (4 - 9 - 5) / 490))
    double = population_outlook(HAND, SCENARIOS["migration_double"], horizon=2026)
    half = population_outlook(HAND, SCENARIOS["migration_half"], horizon=2026)
    assert double.events["migration"].loc["a", 2025] == pytest.approx(4.0)
    assert half.events["migration"].loc["a", 2025] == pytest.approx(1.0)
    trend = population_outlook(HAND, Scenario(trend=True, trend_years=1), horizon=2026)
    # a's birth rate 2020: 12 / (1010 - 12 + 8 - 6) = 0.012, 2024: 0.010 → -0.0005 a year
    assert trend.events["births"].loc["a", 2025] == pytest.approx(1000 * 0.0095)


def test_areas_are_sums_and_a_gap_stays_a_gap():
    outlook = population_outlook(HAND, SCENARIOS["held"], horizon=2030)
    areas = area_outlook(outlook, {"both": ["a", "b"], "with_gap": ["a", "zz"], "empty": []})
    assert list(areas.population.index) == ["both"]
    pd.testing.assert_series_equal(
        areas.population.loc["both"],
        outlook.population.loc["a"] + outlook.population.loc["b"],
        check_names=False,
    )
    assert areas.events["deaths"].loc["both", 2030] == pytest.approx(
        outlook.events["deaths"].loc[["a", "b"], 2030].sum()
    )


@pytest.mark.parametrize(
    ("scenario", "horizon"),
    [
        (Scenario(trend_years=-1), HORIZON),
        (Scenario(trend_years=2.5), HORIZON),
        (Scenario(migration=-0.5), HORIZON),
        (Scenario(migration=float("nan")), HORIZON),
        (Scenario(migration=50.0), HORIZON),
        (Scenario(), BASE_YEAR),
        (Scenario(), 2060),
    ],
)
def test_bad_scenarios_raise(scenario, horizon):
    with pytest.raises(ProjectionError):
        population_outlook(HAND, scenario, horizon=horizon)


def test_a_store_without_components_cannot_project():
    with pytest.raises(ProjectionError):
        population_outlook(HAND[HAND["year"] == 2020], SCENARIOS["held"])


def test_krakow_first_year_from_the_raw_table(dataset, source_dir):
    raw = pd.read_csv(source_dir / VITAL, dtype={"teryt": str})
    row = raw[(raw["teryt"] == "1261011") & (raw["year"] == BASE_YEAR)].iloc[0]
    net = row["live_births"] - row["deaths"] + row["total_net_migration"]
    start = row["population_31xii"] - net
    expected = row["population_31xii"] * (1 + net / start)
    outlook = population_outlook(dataset.store.components, SCENARIOS["held"])
    assert outlook.population.loc["1261011", BASE_YEAR] == row["population_31xii"]
    assert outlook.population.loc["1261011", BASE_YEAR + 1] == pytest.approx(expected)
    assert len(outlook.population) == len(dataset.codes)
    assert list(outlook.population.columns) == list(range(BASE_YEAR, HORIZON + 1))
    smk = area_outlook(outlook, {"smk": dataset.areas["smk"]})
    assert smk.population.loc["smk", BASE_YEAR] == pytest.approx(
        raw[raw["teryt"].isin(dataset.areas["smk"]) & (raw["year"] == BASE_YEAR)][
            "population_31xii"
        ].sum()
    )


def test_migration_mean_holds_the_mean_rate_of_the_years_with_data():
    components = pd.concat(
        [
            HAND,
            pd.DataFrame(
                [
                    {"teryt": "a", "variable": "net_migration", "year": 2022, "value": 20.0},
                    {"teryt": "a", "variable": "net_migration", "year": 2023, "value": -8.0},
                ]
            ),
        ],
        ignore_index=True,
    )
    population = pd.DataFrame({2021: {"a": 1000.0, "b": 500.0}, 2022: {"a": 800.0, "b": 500.0}})
    rates = migration_rates(components, population)
    # 2022: 20/1000 (previous year's stock), 2023: -8/800; 2020 and 2024 from Tabl. IV
    assert rates.loc["a", 2022] == pytest.approx(0.02)
    assert rates.loc["a", 2023] == pytest.approx(-0.01)
    assert rates.loc["a", 2024] == pytest.approx(0.002)
    mean = (0.006 + 0.02 - 0.01 + 0.002) / 4  # 2020: 6 / 1000
    outlook = population_outlook(
        components, Scenario(migration_mean=True), horizon=2026, population=population
    )
    assert outlook.events["migration"].loc["a", 2025] == pytest.approx(1000 * mean)
    # b has only the Tabl. IV years: the mean of 2020's and 2024's rates
    b_mean = (-15 / 520 + -5 / 490) / 2
    assert outlook.events["migration"].loc["b", 2025] == pytest.approx(480 * b_mean)
    with pytest.raises(ProjectionError):
        population_outlook(components, Scenario(migration_mean=True))
