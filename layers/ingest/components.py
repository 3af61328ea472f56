"""Components of population change for the outlook: births, deaths, migration per gmina.

Read by the data build into the store's ``components.parquet`` (not catalog indicators):
GUS Tabl. IV (2020 and 2024, every gmina) and BDL's migration series of Małopolska's
gminas (1995–2023). Codes go through the same crosswalk as every other statistic.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from layers.ingest.sources import SourceColumn
from layers.ingest.variables import variables_table
from layers.store.io import require_columns

VITAL = "stats/gus_tabl_IV_population_vital_stats_migration_gminy_2020_2024_long.csv"
MIGRATION_SERIES = "stats/bdl_internal_migration_malopolska_1995_2024_long.csv"
COMPONENT_COLUMNS: tuple[SourceColumn, ...] = (
    SourceColumn("population_end", VITAL, "population_31xii"),
    SourceColumn("births", VITAL, "live_births"),
    SourceColumn("deaths", VITAL, "deaths"),
    SourceColumn("net_migration", VITAL, "total_net_migration"),
    SourceColumn("net_migration", MIGRATION_SERIES, "net"),
)
"""Source columns of the components table: Tabl. IV's population at 31 XII (2020's is the
pre-census estimate, used only as the denominator of that year's events), live births,
deaths and total net migration (internal and international), persons; then BDL's net
migration of Małopolska's gminas for the other years (1995–2023: registrations for
permanent residence in minus out, abroad included, so the same total as Tabl. IV's: the
two files agree for all 182 gminas in 2020)."""


def components_table(
    read: Callable[[SourceColumn], pd.DataFrame], codes: pd.Index, current: pd.Index
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the components of change as a long table ``teryt, variable, year, value``.

    Parameters
    ----------
    read
        Returns the source file of a column spec (the build's reader, so files are read once
        and checked for the columns they must have).
    codes, current
        The store's gmina codes and today's code list (for the crosswalk), as in
        :func:`layers.ingest.variables.variables_table`.

    Returns
    -------
    tuple of pandas.DataFrame
        The table, and the findings of the build's checks on it
        (:mod:`layers.ingest.invariants`), as :func:`.variables_table` returns them.

    Raises
    ------
    SourceFileError
        When a file is missing, lacks a column or holds a non-numeric cell.

    Notes
    -----
    BDL's series has 2015 rows whose registrations in and out are both 0 while their
    parts (from towns, from the countryside) are not: a gap written as zeros. Such a
    year's net migration is left out (a gap), never read as 0.
    """

    def cleaned(spec: SourceColumn) -> pd.DataFrame:
        frame = read(spec)
        return without_empty_totals(frame) if spec.path == MIGRATION_SERIES else frame

    return variables_table(COMPONENT_COLUMNS, cleaned, codes, current)


def without_empty_totals(series: pd.DataFrame) -> pd.DataFrame:
    """Return the migration series with ``net`` blank where both totals are 0 (a gap)."""
    require_columns(series, MIGRATION_SERIES, ["in_total", "out_total", "net"])
    totals = series[["in_total", "out_total"]].apply(pd.to_numeric, errors="coerce")
    empty = (totals["in_total"] == 0) & (totals["out_total"] == 0)
    return series.assign(net=series["net"].mask(empty, ""))


def component_paths(source_dir: Path) -> list[Path]:
    """Return the files :func:`components_table` reads, under ``source_dir`` (the fingerprint's)."""
    return [source_dir / path for path in sorted({spec.path for spec in COMPONENT_COLUMNS})]
