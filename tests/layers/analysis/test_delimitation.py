"""Delimitation: criteria on real data, Śleszyński's rule (contiguity: ``test_contiguity.py``)."""

from __future__ import annotations

import pandas as pd
import pytest

import shapely

from layers.analysis.dataset import Dataset
from layers.analysis.delimitation import (
    Criterion,
    area_comparison,
    area_reasons,
    criteria_table,
    delimitation,
)
from layers.analysis.scopes import scope_codes
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import values_in
from layers.errors import (
    DelimitationError,
    NoDataError,
    UnknownIndicatorError,
)

BOCHNIA_TOWN, BOCHNIA_RURAL = "1201011", "1201022"
SUCHA_BESKIDZKA = "1215021"
WIELICZKA, ZIELONKI, WIELKA_WIES, SKAWINA = "1219053", "1206172", "1206152", "1206113"
ZAKOPANE, NOWY_SACZ = "1217011", "1262011"
WARSAW = "1465011"


def test_area_reasons_name_each_case() -> None:
    index = pd.Index(["core", "in", "filled", "dropped", "out"])
    qualifies = pd.Series([False, True, False, True, False], index=index)
    in_area = pd.Series([True, True, True, False, False], index=index)

    result = area_reasons(qualifies, in_area, "core")

    assert result.name == "reason"
    assert result.tolist() == ["core", "criteria", "enclave_filled", "exclave_dropped", "not_met"]


def test_area_comparison_splits_the_codes() -> None:
    result = area_comparison(pd.Index(["a", "b", "c"]), ["c", "d", "b", "e"])

    assert result == {"both": ["b", "c"], "only_delimitation": ["a"], "only_reference": ["d", "e"]}


def test_criteria_table_has_the_values_of_a_relative_criterion(dataset: Dataset) -> None:
    codes = scope_codes("kom2003", dataset.codes, dataset.areas)
    density = values_in(dataset.values, dataset.catalog["density"], 2024, codes)

    table = criteria_table(dataset, [Criterion("density", 1.0, relative=True)], "kom2003")

    pd.testing.assert_index_equal(table.index, codes)
    pd.testing.assert_series_equal(table["value_0"], density, check_names=False)
    assert table.attrs == {"years": [2024], "thresholds": [density.median()], "crossing": [False]}
    assert table["met_0"].tolist() == (density >= density.median()).tolist()
    assert table["met_0"].sum() == (density.notna().sum() + 1) // 2
    assert table["functional_met"].all()
    assert table["others_met"].tolist() == table["met_0"].astype(int).tolist()


def test_criteria_table_counts_a_change_and_leaves_missing_values_unmet(dataset: Dataset) -> None:
    criteria = [
        Criterion("population_change", 3.8, year=2024, base_year=2019),
        Criterion("in_migrants_from_krakow_per_1000", 1e9, above=False, functional=True),
    ]

    table = criteria_table(dataset, criteria, "smk")

    assert table.loc[KRAKOW, "value_0"] == pytest.approx((809168 / 779115 - 1) * 100)
    assert table.loc[KRAKOW, "met_0"]
    assert pd.isna(table.loc[KRAKOW, "value_1"])
    assert not table.loc[KRAKOW, "met_1"]
    assert table.loc[WIELICZKA, "met_1"]
    assert table["functional_met"].equals(table["met_1"])
    assert table["others_met"].equals(table["met_0"].astype(int))
    assert table.attrs["crossing"] == [True, False]  # 2019→2024 spans the 2020 rebasing


def test_a_change_criterion_starts_after_the_series_break_by_default(dataset: Dataset) -> None:
    population = dataset.values.by_indicator["population"]
    latest = int(population.columns.max())

    table = criteria_table(dataset, [Criterion("population_change", 2.0)], "kom2003")

    # five years back would span 2020 (the census rebasing): the period starts in 2020
    suburb = population.loc[WIELKA_WIES]
    assert table.loc[WIELKA_WIES, "value_0"] == pytest.approx(
        (suburb[latest] / suburb[2020] - 1) * 100
    )
    assert table.attrs["crossing"] == [False]
    across = criteria_table(
        dataset, [Criterion("population_change", 2.0, base_year=latest - 5)], "kom2003"
    )
    assert across.attrs["crossing"] == [True]
    assert across["met_0"].sum() > table["met_0"].sum()  # the rebasing passes more gminas


def test_criteria_table_rejects_an_unknown_scope_or_indicator(dataset: Dataset) -> None:
    with pytest.raises(DelimitationError):
        criteria_table(dataset, [Criterion("density", 1.0)], "europe")
    with pytest.raises(UnknownIndicatorError):
        criteria_table(dataset, [Criterion("no_such_indicator", 1.0)], "smk")
    with pytest.raises(NoDataError):
        criteria_table(dataset, [Criterion("density", 1.0, year=1990)], "smk")


CRITERIA = [
    Criterion("in_migrants_from_krakow_per_1000", 5.0, functional=True),
    Criterion("density", 1.0, relative=True),
    Criterion("population_change", 0.0),
    Criterion("net_migration_per_1000", 0.0),
]


def area_polygon(dataset: Dataset, codes: pd.Index) -> shapely.Geometry:
    """Return the union of the gminas' polygons, widened by 1 m to close rounding gaps."""
    return shapely.union_all(dataset.store.gminas_metric.geometry[codes].buffer(1.0).to_numpy())


def test_delimitation_around_krakow_is_contiguous(dataset: Dataset) -> None:
    result = delimitation(dataset, CRITERIA, "malopolska")

    reasons = result["reason"]
    assert reasons[KRAKOW] == "core"
    assert {reasons[code] for code in (WIELICZKA, ZIELONKI, WIELKA_WIES)} == {"criteria"}
    assert {reasons[code] for code in (SKAWINA, ZAKOPANE, NOWY_SACZ)} == {"not_met"}
    assert result.loc[result["in_area"] & (reasons != "core"), "value_0"].min() >= 5.0
    assert area_polygon(dataset, result.index[result["in_area"]]).geom_type == "Polygon"
    assert result["in_area"].equals(reasons.isin(["core", "criteria", "enclave_filled"]))


def test_delimitation_fills_bochnia_and_drops_sucha(dataset: Dataset) -> None:
    criteria = [Criterion("in_migrants_from_krakow_per_1000", 1.0, functional=True), *CRITERIA[1:]]

    result = delimitation(dataset, criteria, "malopolska", min_others=2)

    assert result.loc[BOCHNIA_TOWN, "reason"] == "enclave_filled"
    assert result.loc[BOCHNIA_RURAL, "reason"] == "criteria"
    assert result.loc[SUCHA_BESKIDZKA, "reason"] == "exclave_dropped"
    area = area_polygon(dataset, result.index[result["in_area"]])
    assert area.geom_type == "Polygon"
    town = dataset.store.gminas_metric.geometry[BOCHNIA_TOWN]
    assert area.covers(town.buffer(100.0))


def test_delimitation_without_contiguity_keeps_what_qualifies(dataset: Dataset) -> None:
    criteria = [Criterion("in_migrants_from_krakow_per_1000", 1.0, functional=True), *CRITERIA[1:]]

    result = delimitation(dataset, criteria, "malopolska", min_others=2, contiguous=False)

    expected = result["qualifies"] | (result.index == KRAKOW)
    assert result["in_area"].tolist() == expected.tolist()
    assert not result["reason"].isin(["enclave_filled", "exclave_dropped"]).any()
    assert result.loc[SUCHA_BESKIDZKA, "in_area"]


def test_delimitation_rejects_a_core_outside_the_scope(dataset: Dataset) -> None:
    with pytest.raises(DelimitationError) as raised:
        delimitation(dataset, CRITERIA, "kom2003", core=WARSAW)
    assert raised.value.code == "delimitation"
    with pytest.raises(DelimitationError):
        delimitation(dataset, CRITERIA, "kom2003", min_others=-1)
