"""The catalog as a table: coverage by scope, accent-free search, an indicator's data."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.errors import UnknownIndicatorError
from layers.render.catalog_table import catalog_rows, indicator_data, matching_indicators


def test_coverage_counts_gminas_with_a_value_in_the_latest_year(dataset: Dataset) -> None:
    rows = catalog_rows(dataset)

    assert list(rows.index) == list(dataset.catalog)
    population = rows.loc["population"]
    assert (population["first_year"], population["last_year"]) == (2010, 2024)
    assert (population["covered_smk"], population["total_smk"]) == (15, 15)
    assert population["total_poland"] == 2477
    migration = rows.loc["net_migration_per_1000"]  # Małopolska only
    assert migration["covered_poland"] == migration["covered_malopolska"] <= 182
    own = dataset.values.by_indicator["own_revenue_per_capita"][2024]
    assert rows.loc["own_revenue_per_capita", "covered_poland"] == own.notna().sum()
    salary = rows.loc["avg_gross_salary_powiat"]  # powiats, not gminas
    assert (salary["level"], salary["covered_smk"], salary["total_smk"]) == ("powiat", 3, 3)
    assert salary["covered_poland"] == salary["total_poland"] == 380
    assert rows.loc["district_residents", "total_poland"] == 18


@pytest.mark.parametrize(
    ("query", "theme", "lang", "expected"),
    [
        ("gestosc", None, "pl", ["density"]),
        ("Gęstość", None, "pl", ["density"]),
        ("napływ krakowa", None, "pl", ["in_migrants_from_krakow_per_1000"]),
        ("krakow", "finance", "pl", ["own_revenue_per_capita"]),  # in its definition
        (
            "per capita",
            "finance",
            "en",
            [
                "own_revenue_per_capita",
                "own_revenue_per_capita_published",
                "pit_share_per_capita",
                "investment_per_capita",
            ],
        ),
        (
            "",
            "labour",
            "pl",
            [
                "registered_unemployed",
                "unemployed_per_1000_working_age",
                "avg_gross_salary_powiat",
                "unemployment_rate_powiat",
                "regon_per_10k_powiat",
            ],
        ),
        ("zzz", None, "pl", []),
    ],
)
def test_search_is_accent_free_and_filters_by_theme(dataset, query, theme, lang, expected):
    assert matching_indicators(dataset, query, theme, lang) == expected


def test_indicator_data_is_wide_by_year(dataset: Dataset) -> None:
    names = dataset.store.gminas["name"]

    table = indicator_data(dataset, "population", names)

    krakow = table.set_index("teryt").loc["1261011"]
    assert krakow["name"] == "Kraków" and krakow["2022"] == 803282
    assert len(table) == 2477 and list(table.columns[:2]) == ["teryt", "name"]


def test_change_data_is_the_five_year_change(dataset: Dataset) -> None:
    table = indicator_data(dataset, "population_change", dataset.store.gminas["name"])

    krakow = table.set_index("teryt").loc["1261011"]
    assert krakow["2024"] == pytest.approx((809168 / 779115 - 1) * 100)
    assert pd.isna(krakow["2011"])  # no population five years before


def test_unknown_indicator(dataset: Dataset) -> None:
    with pytest.raises(UnknownIndicatorError):
        indicator_data(dataset, "nope", dataset.store.gminas["name"])
