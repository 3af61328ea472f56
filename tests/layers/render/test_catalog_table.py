"""The catalog as a table: coverage by scope, accent-free search, an indicator's data."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.errors import UnknownIndicatorError
from layers.render.catalog_table import (
    catalog_rows,
    indicator_data,
    matching_indicators,
    theme_counts,
)


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


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bezrobocie", "registered_unemployed"),  # a term: "Bezrobotni" is another word
        ("stopa bezrobocia", "unemployed_per_1000_working_age"),
        ("migracja", "net_migration_per_1000"),  # a case form: "Saldo migracji"
        ("emeryci", "share_post_working"),
        ("starzenie", "old_age_dependency"),
        ("inwestycje", "investment_per_capita"),
        ("wydatków inwestycyjnych", "investment_per_capita"),
        ("podatek", "pit_share_per_capita"),
        ("mieszkańcy", "population"),
        ("budżet", "own_revenue_per_capita"),
        ("zamożność", "pit_share_per_capita"),
        ("dzieci", "share_pre_working"),
        ("przeprowadzki", "net_migration_per_1000"),
        ("suburbanizacja", "in_migrants_from_krakow_per_1000"),
        ("gęstość zaludnienia", "density"),
        ("dochodów własnych", "own_revenue_per_capita"),
        ("ludność miejska", "urbanization"),
        ("napływ z Krakowa", "in_migrants_from_krakow_per_1000"),
        ("seniorzy", "old_age_dependency"),
        ("powierzchnia", "area_km2"),
    ],
)
def test_everyday_queries_find_the_indicator(dataset: Dataset, query: str, expected: str) -> None:
    assert expected in matching_indicators(dataset, query, None, "pl")


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


def test_filters_by_level_and_by_coverage_of_a_scope(dataset: Dataset) -> None:
    every = matching_indicators(dataset, "", None, "pl")
    gmina = matching_indicators(dataset, "", None, "pl", level="gmina")
    poland = matching_indicators(dataset, "", None, "pl", scope="poland")
    smk = matching_indicators(dataset, "", None, "pl", scope="smk")

    assert gmina == [i for i in every if dataset.catalog[i].level == "gmina"]
    assert "net_migration_per_1000" in smk and "live_births_per_1000" in poland
    held = dataset.store.values.groupby("indicator")["teryt"].nunique()
    assert set(poland) == {i for i in every if dataset.catalog[i].is_change or held.get(i, 0)}
    assert matching_indicators(dataset, "", None, "pl", level="no-such-level") == []


def test_theme_counts_follow_the_found_indicators(dataset: Dataset) -> None:
    found = matching_indicators(dataset, "", None, "pl", level="gmina")
    counts = theme_counts(dataset, found)

    assert sum(counts.values()) == len(found)
    assert counts["housing"] == 2  # dwellings completed, and per 1,000
    assert list(counts) == list(dict.fromkeys(dataset.catalog[i].theme for i in found))
