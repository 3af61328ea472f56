"""Where each source variable of the data build comes from in ``../shared/geodata``.

Each entry is one column of one file. When several files hold the same variable
for the same gmina and year, the entry listed first wins: exact counts in persons
come before figures published in thousands.
"""

from __future__ import annotations

from dataclasses import dataclass

from layers.analysis.teryt import KRAKOW


@dataclass(frozen=True)
class SourceColumn:
    """One variable read from one column of a source CSV."""

    variable: str
    path: str
    column: str
    factor: float = 1.0
    year: int | None = None
    """Fixed year for files without a ``year`` column."""
    wide: bool = False
    """Years are columns (``2003``, ``2004``, …) instead of a ``year`` column."""


MALOPOLSKA_FINANCE = (
    "stats/bdl_malopolskie_gminy_population_ownrevenue_investment_2015_2024_long.csv"
)
AGE_GROUPS = "stats/bdl_population_economic_age_groups_gminy_2010_2019_long.csv"
LUDN_2024 = "stats/bdl_LUDN_2425_population_density_urbanization_gminy_2024.csv"
LUDN_2023 = "stats/bdl_LUDN_2425_population_thousands_gminy_2023.csv"
REVENUE_2020 = "stats/bdl_own_revenue_pit_pc_density_gminy_2020.csv"
MIGRATION_OD = "flows/gus_internal_migration_od_gmina_2023.csv"
"""The 2023 gmina→gmina migration matrix; it also gives the in-migrants from Kraków."""

SOURCE_COLUMNS: tuple[SourceColumn, ...] = (
    SourceColumn("population", MALOPOLSKA_FINANCE, "population_persons"),
    SourceColumn(
        "population", "stats/gus_area_population_gminy_2021-12-31.csv", "population", year=2021
    ),
    SourceColumn(
        "population", "stats/gus_area_population_gminy_2022-12-31.csv", "population", year=2022
    ),
    SourceColumn("population", AGE_GROUPS, "population_total"),
    SourceColumn("population", LUDN_2023, "population_thousands", factor=1000.0),
    SourceColumn("population", LUDN_2024, "population_thousands", factor=1000.0),
    SourceColumn("population_age_groups", AGE_GROUPS, "population_total"),
    SourceColumn("pre_working", AGE_GROUPS, "pre_working"),
    SourceColumn("working", AGE_GROUPS, "working"),
    SourceColumn("post_working", AGE_GROUPS, "post_working"),
    SourceColumn("area_km2", "stats/gugik_area_gminy_2025-01-01.csv", "area_ha", factor=0.01),
    SourceColumn(
        "registered_unemployed", "stats/bdl_registered_unemployed_2003_2024_wide.csv", "", wide=True
    ),
    SourceColumn(
        "net_migration_per_1000",
        "stats/bdl_internal_migration_malopolska_1995_2024_long.csv",
        "net_per_1000",
    ),
    SourceColumn("own_revenue_per_capita", MALOPOLSKA_FINANCE, "own_revenue_per_capita_pln"),
    SourceColumn("own_revenue_per_capita", REVENUE_2020, "own_revenue_per_capita_pln"),
    SourceColumn("pit_share_per_capita", REVENUE_2020, "pit_share_per_capita_pln"),
    SourceColumn(
        "gmina_revenue_total",
        "stats/bdl_malopolska_gmina_revenues_selected_2010_2019_long.csv",
        "razem",
    ),
    SourceColumn(
        "investment_per_capita", MALOPOLSKA_FINANCE, "investment_expenditure_per_capita_pln"
    ),
    SourceColumn("urbanization", LUDN_2024, "urbanization_pct"),
)

INFLOW_VARIABLES = {"migrants_from_krakow": KRAKOW}
"""Variables taken from the migration matrix: each gmina's inflow from one origin gmina."""

MIGRATION_FLOW_COLUMNS = {
    "origin": "origin_teryt",
    "destination": "dest_teryt",
    "year": "year",
    "volume": "migrants",
}
"""Columns of the 2023 migration matrix, by role."""

COMMUTING_XLSX = "flows/gus_commuting_od_gmina_2021.xlsx"
"""Where the build looks for GUS's NSP 2021 commuting workbook when none is configured
(:class:`layers.ingest.build.BuildSources`); the build works without it."""

BOUNDARIES = {
    "gminas": "boundaries/gminy_2020.geojson",
    "powiats": "boundaries/powiaty_2020.geojson",
    "voivodeships": "boundaries/wojewodztwa_2020.geojson",
    "districts": "boundaries/krakow_dzielnice.geojson",
    "current_codes": "boundaries/teryt_gminy_2026_codes.geojson",
}
"""Boundary files by role, relative to the source directory."""
