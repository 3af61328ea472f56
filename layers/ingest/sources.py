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
    additive: bool = False
    """A count over territory (persons, PLN, km²): an urban-rural gmina's value is the sum
    of its town and rural parts, and a split-off gmina's value adds to its parent's."""
    decimals: int = 0
    """Decimals the file gives (2 for thousands of persons or PLN with grosze)."""

    @property
    def resolution(self) -> float:
        """Return the smallest step of the file's figures, in the variable's unit."""
        return self.factor * 10.0**-self.decimals


@dataclass(frozen=True)
class PartsRule:
    """A column of a source file that totals other columns of the same row.

    Where the total is below the sum of its parts (or differs from it, for an exact
    rule with every part present), the total and the columns computed from it are
    missing, not the figure the file shows.
    """

    path: str
    total: str
    parts: tuple[str, ...]
    dependents: tuple[str, ...] = ()
    """Columns computed from the total (a net figure, a rate), missing with it."""
    exact: bool = False
    """The parts cover the whole total; otherwise they are a lower bound."""


MALOPOLSKA_FINANCE = (
    "stats/bdl_malopolskie_gminy_population_ownrevenue_investment_2015_2024_long.csv"
)
AGE_GROUPS = "stats/bdl_population_economic_age_groups_gminy_2010_2019_long.csv"
LUDN_2024 = "stats/bdl_LUDN_2425_population_density_urbanization_gminy_2024.csv"
LUDN_2023 = "stats/bdl_LUDN_2425_population_thousands_gminy_2023.csv"
REVENUE_2020 = "stats/bdl_own_revenue_pit_pc_density_gminy_2020.csv"
REVENUE_2010 = "stats/bdl_malopolska_gmina_revenues_selected_2010_2019_long.csv"
"""Małopolska's own revenues 2010–2019: ``razem`` is own revenues in total (not all revenues)."""
MIGRATION = "stats/bdl_internal_migration_malopolska_1995_2024_long.csv"
AREA_POPULATION = "stats/gus_area_population_gminy_{year}-12-31.csv"
"""GUS "Powierzchnia i ludność w przekroju terytorialnym" (Tabl. 21), one file per year:
population on 31 XII of the year, area as GUS publishes it with that population."""
AREA_2025 = "stats/gugik_area_gminy_2025-01-01.csv"
VITAL_STATS = "stats/gus_tabl_IV_population_vital_stats_migration_gminy_2020_2024_long.csv"
"""GUS Tabl. IV, 2020 and 2024: events (persons) and GUS's own rates per 1,000. Its 2020
population is the pre-census estimate: the build reads it as ``population_vital_stats``, the
denominator of this table's own rates only, never as ``population``."""
VITAL_COUNTS = (
    "marriages",
    "live_births",
    "deaths",
    "infant_deaths",
    "natural_increase",
    "internal_migration_net",
    "international_migration_net",
    "total_net_migration",
)
"""Counts of events in :data:`VITAL_STATS` the build reads (additive over territory)."""
VITAL_RATES = (
    "marriages_per_1000",
    "live_births_per_1000",
    "deaths_per_1000",
    "natural_increase_per_1000",
    "total_net_migration_per_1000",
)
"""GUS's published rates per 1,000 residents in :data:`VITAL_STATS` (empty where the count is 0)."""
DWELLINGS = "stats/bdl_dwellings_completed_all_units_1995_2024_long.csv"
"""BDL dwellings completed 1995–2024, codes as of 2025 (the build's crosswalk applies)."""
MIGRATION_OD = "flows/gus_internal_migration_od_gmina_2023.csv"
"""The 2023 gmina→gmina migration matrix; it also gives the in-migrants from Kraków."""

SOURCE_COLUMNS: tuple[SourceColumn, ...] = (
    SourceColumn("population", MALOPOLSKA_FINANCE, "population_persons", additive=True),
    *(
        SourceColumn(
            "population",
            AREA_POPULATION.format(year=year),
            "population",
            year=year,
            additive=True,
        )
        for year in (2021, 2022, 2023)
    ),
    SourceColumn("population", AGE_GROUPS, "population_total", additive=True),
    *(
        SourceColumn(
            "population",
            path,
            "population_thousands",
            factor=1000.0,
            additive=True,
            decimals=2,
        )
        for path in (LUDN_2023, LUDN_2024)
    ),
    SourceColumn("population_age_groups", AGE_GROUPS, "population_total", additive=True),
    SourceColumn("pre_working", AGE_GROUPS, "pre_working", additive=True),
    SourceColumn("working", AGE_GROUPS, "working", additive=True),
    SourceColumn("post_working", AGE_GROUPS, "post_working", additive=True),
    *(
        SourceColumn(
            "area_km2",
            AREA_POPULATION.format(year=table),
            "area_ha",
            factor=0.01,
            year=year,
            additive=True,
        )
        for table, year in ((2021, 2021), (2022, 2022), (2023, 2023), (2023, 2024))
    ),
    SourceColumn("area_km2", AREA_2025, "area_ha", factor=0.01, additive=True),
    SourceColumn(
        "registered_unemployed",
        "stats/bdl_registered_unemployed_2003_2024_wide.csv",
        "",
        wide=True,
        additive=True,
    ),
    SourceColumn("net_migration_per_1000", MIGRATION, "net_per_1000"),
    SourceColumn("own_revenue", MALOPOLSKA_FINANCE, "own_revenue_pln", additive=True, decimals=2),
    SourceColumn("own_revenue", REVENUE_2010, "razem", additive=True, decimals=2),
    SourceColumn("own_revenue_per_capita_published", REVENUE_2020, "own_revenue_per_capita_pln"),
    SourceColumn("pit_share_per_capita", REVENUE_2020, "pit_share_per_capita_pln"),
    SourceColumn(
        "investment_expenditure",
        MALOPOLSKA_FINANCE,
        "investment_expenditure_pln",
        additive=True,
        decimals=2,
    ),
    SourceColumn("urbanization", LUDN_2024, "urbanization_pct"),
    *(
        SourceColumn(
            f"population_{sex}",
            LUDN_2024,
            f"population_{sex}_thousands",
            factor=1000.0,
            additive=True,
            decimals=2,
        )
        for sex in ("male", "female")
    ),
    *(SourceColumn(name, VITAL_STATS, name, additive=True) for name in VITAL_COUNTS),
    SourceColumn("population_vital_stats", VITAL_STATS, "population_31xii", additive=True),
    *(SourceColumn(name, VITAL_STATS, name, decimals=4) for name in VITAL_RATES),
    SourceColumn("dwellings_completed", DWELLINGS, "dwellings_completed", additive=True),
)
"""Every source variable in priority order.

The area is kept in editions: the GUS tables give the area published with each year's
population (the 2023 table's area, on 1 I 2024, is also the area all through 2024), and
GUGiK the area on 1 I 2025. Per-capita figures are computed here from counts and the same
year's population, never taken from a file's own ratio, so one indicator has one definition.
"""

PARTS_RULES: tuple[PartsRule, ...] = (
    PartsRule(MIGRATION, "in_total", ("in_from_rural", "in_from_urban"), ("net", "net_per_1000")),
    PartsRule(
        MIGRATION,
        "out_total",
        ("out_to_rural", "out_to_urban", "out_abroad"),
        ("net", "net_per_1000"),
    ),
    PartsRule(AGE_GROUPS, "population_total", ("pre_working", "working", "post_working"), (), True),
    PartsRule(AGE_GROUPS, "working", ("working_mobile", "working_nonmobile"), (), True),
    PartsRule(
        VITAL_STATS,
        "total_net_migration",
        ("internal_migration_net", "international_migration_net"),
        ("total_net_migration_per_1000",),
        True,
    ),
)
"""Totals and their parts within a row of a source file (checked by the build).

In the migration file ``in_total`` also holds arrivals from abroad, which have no column,
so its parts are a lower bound; ``out_abroad`` is empty from 2018 on.
"""

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
