"""Variables fetched from BDL merged into the store: the build wins, then the later fetch."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.fetched import (
    FETCHED_COLUMNS,
    added_values,
    computable,
    extended_catalog,
    merged_fetched,
    variable_indicators,
)


def fetched(rows: list[tuple], retrieved: str = "2026-06-01") -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["variable", "teryt", "year", "value"])
    return frame.assign(retrieved=retrieved, bdl_variable=72305)[FETCHED_COLUMNS]


def test_fetched_new_years_add_values_and_derived_indicators(dataset):
    values = dataset.store.values
    new = fetched([("population", "1261011", 2025, 810000.0), ("population", "1261011", 2024, 1.0)])
    added = added_values(dataset.catalog, values, new)
    by = added.set_index(["indicator", "year"])["value"]
    area = values[(values.indicator == "area_km2") & (values.teryt == "1261011")]["value"].iloc[0]
    assert by[("population", 2025)] == 810000.0
    assert by[("density", 2025)] == pytest.approx(810000.0 / area)
    assert 2024 not in added["year"].tolist()  # the store's own 2024 wins
    catalog = extended_catalog(dataset.catalog, added)
    assert catalog["population"].years[-1] == 2025
    assert catalog["density"].years[-1] == 2025
    assert catalog["population_change"].years[-1] == 2025
    assert catalog["urbanization"].years == dataset.catalog["urbanization"].years


def test_a_later_fetch_replaces_an_earlier_one():
    old = fetched([("population", "1261011", 2025, 1.0)], "2026-01-01")
    new = fetched([("population", "1261011", 2025, 2.0)], "2026-06-01")
    merged = merged_fetched(old, new)
    assert merged[["value", "retrieved"]].values.tolist() == [[2.0, "2026-06-01"]]


def test_the_formulas_a_fetched_variable_feeds_need_only_available_variables(dataset):
    catalog = dataset.catalog
    one_variable = variable_indicators(catalog)
    assert one_variable["population"] == "population"
    assert "density" not in one_variable.values()  # a ratio, not one variable as is

    chosen = computable(catalog, {"population", "area_km2"}, {"population"})

    assert {"population", "density"} <= set(chosen)
    assert "area_km2" not in chosen  # available, but fetched variables do not change it
    assert "share_working" not in chosen  # needs age groups the fetch did not bring
    assert computable(catalog, {"population", "area_km2"}, set()) == {}
