"""The state report: key indicators, SMK series by aggregation rule, rankings, an area's report."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.render.report import (
    EXTRA_STEPS,
    area_series,
    key_indicators,
    ranking,
    series_png,
    state_report,
)
from tests.layers.render.conftest import REPORT_DAY, REPORT_TEXTS

WIELICZKA_AREA = ["1219053", "1219012", "1219022", "1209013"]
"""Wieliczka with Biskupice, Gdów and Dobczyce: a second-level area."""


def test_progress_is_one_step_per_page_then_the_series(smk_report, smk_steps, dataset):
    steps = len(key_indicators(dataset.catalog)) + EXTRA_STEPS
    assert [(done, steps) for done in range(1, steps + 1)] == smk_steps
    assert len(smk_report.sections) == steps - EXTRA_STEPS


def stored(dataset, indicator: str) -> pd.DataFrame:
    """SMK's gmina × year table straight from the store's long table."""
    long = dataset.store.values
    rows = long[(long["indicator"] == indicator) & long["teryt"].isin(dataset.areas["smk"])]
    return rows.pivot(index="teryt", columns="year", values="value")


def test_six_to_eight_key_indicators_from_the_catalog(dataset):
    keys = key_indicators(dataset.catalog)
    assert 6 <= len(keys) <= 8
    assert [i.id for i in keys][:3] == ["population", "density", "population_change"]


def test_counts_are_summed_over_smk(dataset):
    population = dataset.catalog["population"]
    series = area_series(dataset, population, pd.Index(dataset.areas["smk"]))
    table = stored(dataset, "population")
    assert series[2023] == pytest.approx(table[2023].sum())
    assert list(series.index) == list(table.columns[table.notna().all()])


def test_rates_are_population_weighted(dataset):
    density = dataset.catalog["density"]
    series = area_series(dataset, density, pd.Index(dataset.areas["smk"]))
    rate, weight = stored(dataset, "density")[2023], stored(dataset, "population")[2023]
    assert series[2023] == pytest.approx((rate * weight).sum() / weight.sum())


def test_change_is_the_change_of_the_aggregate(dataset):
    change = dataset.catalog["population_change"]
    series = area_series(dataset, change, pd.Index(dataset.areas["smk"]))
    table = stored(dataset, "population")
    assert series[2023] == pytest.approx((table[2023].sum() / table[2018].sum() - 1) * 100)
    assert series.index.min() == table.columns.min() + 5


def test_small_scope_is_ranked_whole_and_large_one_by_top_and_bottom(labels):
    small = pd.Series([3.0, 1.0, None, 2.0], index=["1261011", "1219053", "1206113", "1206032"])
    table = ranking(small, labels, 1, "pl")
    assert table["rank"].tolist() == [1, 2, 3] and table["value"].tolist() == ["3,0", "2,0", "1,0"]
    large = pd.Series(range(30), index=labels.index[:30], dtype=float)
    table = ranking(large, labels, 0, "pl")
    assert len(table) == 20
    assert table["part"].tolist() == ["top"] * 10 + ["bottom"] * 10
    assert table["rank"].tolist() == [*range(1, 11), *range(21, 31)]


def test_an_area_replaces_smk_in_the_outline_and_the_series(dataset, labels):
    smk = state_report(dataset, "kom2003", labels, REPORT_TEXTS, REPORT_DAY)
    area = state_report(dataset, "kom2003", labels, REPORT_TEXTS, REPORT_DAY, area=WIELICZKA_AREA)
    indicators = key_indicators(dataset.catalog)

    assert area.series_png == series_png(dataset, indicators, "pl", pd.Index(WIELICZKA_AREA))
    assert area.series_png != smk.series_png
    assert area.sections[0].map_png != smk.sections[0].map_png  # another outline
    assert area.sections[0].ranking.equals(smk.sections[0].ranking)  # the same scope ranked
