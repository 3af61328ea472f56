"""Figures of other levels than the gmina: GUS's powiat series and Kraków's districts.

GUS publishes some series down to powiats only (``stats/powiaty/`` of the mirror); Kraków's
18 districts have area and registered residents from the city's register
(``districts/``). Both become rows of source variables keyed by the unit's own code —
``WWPP000`` for a powiat, :func:`district_code` for a district — never by a gmina's, so
the indicators computed from them (``level`` in the catalog) stay at their level.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from layers.errors import SourceFileError
from layers.ingest.invariants import findings, no_findings

POWIAT_DIR = "stats/powiaty"
DISTRICTS_CSV = "districts/krakow_dzielnice_area_population_2019-12-31.csv"
DISTRICT_YEAR = 2019
"""The one year of the districts' figures (residents registered on 31 XII 2019)."""


@dataclass(frozen=True)
class LevelColumn:
    """One powiat variable read from one column of a ``stats/powiaty/`` file."""

    variable: str
    path: str
    column: str
    zero_is_gap: bool = False
    """A 0 the source cannot mean (an average salary): no data, left out as a gap."""


POWIAT_COLUMNS: tuple[LevelColumn, ...] = (
    LevelColumn(
        "avg_gross_salary",
        f"{POWIAT_DIR}/bdl_powiat_avg_gross_salary_2002_2024_long.csv",
        "avg_gross_monthly_salary_pln",
        zero_is_gap=True,
    ),
    LevelColumn(
        "unemployment_rate",
        f"{POWIAT_DIR}/bdl_powiat_registered_unemployment_rate_2004_2024_long.csv",
        "registered_unemployment_rate_pct",
    ),
    LevelColumn(
        "regon_per_10k",
        f"{POWIAT_DIR}/bdl_powiat_regon_entities_per_10k_2002_2022_long.csv",
        "regon_entities_per_10k_pop",
    ),
    LevelColumn(
        "dwellings_per_1000_powiat",
        f"{POWIAT_DIR}/bdl_powiat_dwellings_completed_per_1000_2002_2022_long.csv",
        "dwellings_completed_per_1000_pop",
    ),
    LevelColumn(
        "nursery_care_pct",
        f"{POWIAT_DIR}/bdl_powiat_nursery_care_pct_2003_2022_long.csv",
        "children_in_nurseries_pct_of_age_0_3",
    ),
)
"""The powiat series GUS publishes for powiats only, by variable."""

DISTRICT_COLUMNS = {
    "district_area_km2": "area_km2",
    "district_residents": "population_registered_2019_12_31",
}
"""Variables of Kraków's districts and their columns in :data:`DISTRICTS_CSV`."""

LEVEL_VARIABLES = frozenset({spec.variable for spec in POWIAT_COLUMNS} | set(DISTRICT_COLUMNS))
"""Every variable this module gives (the catalog's formulas may name them)."""


def district_code(number: pd.Series) -> pd.Series:
    """Return each district's code from its number (1–18): ``"D01"`` … ``"D18"``.

    Examples
    --------
    >>> district_code(pd.Series([1, 18])).tolist()
    ['D01', 'D18']
    """
    return "D" + number.astype(int).astype(str).str.zfill(2)


def numbers(frame: pd.DataFrame, column: str, path: str) -> pd.Series:
    """Return a column as numbers (an empty cell is missing).

    Raises
    ------
    SourceFileError
        When a filled cell is not a number.
    """
    values = pd.to_numeric(frame[column], errors="coerce")
    bad = values.isna() & frame[column].notna() & (frame[column].str.strip() != "")
    if bad.any():
        raise SourceFileError(f"{path}: {column} is not a number in {int(bad.sum())} row(s)")
    return values


def powiat_rows(
    spec: LevelColumn, frame: pd.DataFrame, powiats: pd.Index
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return one powiat variable as rows ``teryt, variable, year, value`` and the findings.

    Parameters
    ----------
    spec
        The column and how to read it.
    frame
        The file as read (strings); ``teryt`` is ``WWPP000``, Poland and voivodeships
        (``WW00000``) are dropped.
    powiats
        The powiat layer's codes; a powiat without a polygon (Wałbrzych's unit of before
        2013) is dropped and listed (``unmatched_code``).

    Returns
    -------
    tuple of pandas.DataFrame
        The rows (empty cells and, with ``zero_is_gap``, zeros left out: gaps, never 0)
        and the findings of what was left out.
    """
    long = pd.DataFrame(
        {
            "teryt": frame["teryt"].str.zfill(7),
            "variable": spec.variable,
            "year": numbers(frame, "year", spec.path).astype("Int64"),
            "value": numbers(frame, spec.column, spec.path),
        }
    )
    long = long[~long["teryt"].str.endswith("00000") & long["value"].notna()]
    unmatched = long[~long["teryt"].isin(powiats)]
    zeros = long[(long["value"] == 0) & spec.zero_is_gap]
    found = [
        no_findings(),
        findings("unmatched_code", spec.variable, unmatched, "dropped"),
        findings("zero_gap", spec.variable, zeros, "missing"),
    ]
    kept = long.drop(index=unmatched.index.union(zeros.index))
    return kept.astype({"year": int}), pd.concat(found, ignore_index=True)


def district_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Return Kraków's districts' area and registered residents as variable rows.

    Parameters
    ----------
    frame
        :data:`DISTRICTS_CSV` as read (strings).

    Returns
    -------
    pandas.DataFrame
        ``teryt`` (:func:`district_code`), ``variable``, ``year`` (:data:`DISTRICT_YEAR`),
        ``value``; empty cells left out.
    """
    codes = district_code(numbers(frame, "district_no", DISTRICTS_CSV))
    parts = [
        pd.DataFrame(
            {
                "teryt": codes,
                "variable": variable,
                "year": DISTRICT_YEAR,
                "value": numbers(frame, column, DISTRICTS_CSV),
            }
        )
        for variable, column in DISTRICT_COLUMNS.items()
    ]
    rows = pd.concat(parts, ignore_index=True)
    return rows[rows["value"].notna()].reset_index(drop=True)


def level_variables(
    read: Callable[[str, list[str]], pd.DataFrame], powiats: pd.Index
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return every powiat and district variable, and the findings of the powiat files.

    Parameters
    ----------
    read
        Returns a source file (path relative to the mirror) checked for the columns named.
    powiats
        The powiat layer's codes (``WWPP000``).
    """
    rows, found = [], [no_findings()]
    for spec in POWIAT_COLUMNS:
        kept, notes = powiat_rows(spec, read(spec.path, ["teryt", "year", spec.column]), powiats)
        rows.append(kept)
        found.append(notes)
    rows.append(district_rows(read(DISTRICTS_CSV, ["district_no", *DISTRICT_COLUMNS.values()])))
    table = pd.concat(rows, ignore_index=True)
    return table, pd.concat(found, ignore_index=True)


def level_paths() -> list[str]:
    """Return the source files this module reads (for the build's fingerprint)."""
    return [spec.path for spec in POWIAT_COLUMNS] + [DISTRICTS_CSV]
